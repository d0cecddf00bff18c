// The command line of `node wasm/aioplay.mjs`, the same as the native CLI's (core/cli) and, for
// the program part, CPython's: options, then FILE | -c CODE | -, then the program's own arguments.

export const USAGE = 'usage: aioplay [--virtual-time] [--interrupt-at SECONDS] [--max-heap-mb N] '
  + '[--recursion-limit N] FILE.py | -c CODE | - [ARG ...]';

// Returns { options, program: { kind: 'file' | 'code' | 'stdin', file?, code?, argv } } or
// { help: true }; throws a UsageError (message for stderr, exit status 2) on a bad command line.
export function parseCommandLine(args) {
  const options = { virtualTime: false, interruptAt: -1, maxHeapMB: 0, recursionLimit: 1000 };
  const numeric = {
    '--interrupt-at': ['interruptAt', (v) => v >= 0],
    '--max-heap-mb': ['maxHeapMB', (v) => v > 0],
    '--recursion-limit': ['recursionLimit', (v) => Number.isInteger(v) && v > 0],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--virtual-time') {
      options.virtualTime = true;
      continue;
    }
    const [flag, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    if (flag in numeric) {
      const text = inlineValue ?? args[++i];
      if (text === undefined) throw new UsageError(`argument ${flag}: expected a value`);
      const [key, valid] = numeric[flag];
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value) || !valid(value)) {
        throw new UsageError(`argument ${flag}: invalid value: '${text}'`);
      }
      options[key] = value;
      continue;
    }
    if (arg === '-c') {
      if (i + 1 >= args.length) throw new UsageError('Argument expected for the -c option');
      return { options, program: { kind: 'code', code: args[i + 1], argv: ['-c', ...args.slice(i + 2)] } };
    }
    if (arg === '-') return { options, program: { kind: 'stdin', argv: ['-', ...args.slice(i + 1)] } };
    if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    return { options, program: { kind: 'file', file: arg, argv: args.slice(i) } };
  }
  throw new UsageError('no program given');
}

export class UsageError extends Error {}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

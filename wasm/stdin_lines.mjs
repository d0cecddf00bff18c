// Reads standard input one line at a time, blocking, for input() in the node CLI: CPython reads
// its stdin only when the program asks, so a caller that never closes the pipe does not hang a
// program that never reads it (reading everything up front would).
import fs from 'node:fs';

export function createStdinLineReader(fd = 0) {
  const decoder = new TextDecoder();
  const chunk = Buffer.alloc(64 * 1024);
  let pending = Buffer.alloc(0);
  let ended = false;
  const pause = new Int32Array(new SharedArrayBuffer(4));

  function readMore() {
    for (;;) {
      try {
        const n = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) ended = true;
        else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
        return;
      } catch (error) {
        if (error.code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 10); // a non-blocking stdin (some terminals): poll
          continue;
        }
        if (error.code === 'EOF' || error.code === 'EBADF' || error.code === 'ENXIO') {
          ended = true; // no stdin at all reads as an empty one
          return;
        }
        throw error;
      }
    }
  }

  // The next line without its line ending, or null at end of file.
  return function readLine() {
    for (;;) {
      const newline = pending.indexOf(10);
      if (newline >= 0) {
        const line = pending.subarray(0, newline);
        pending = pending.subarray(newline + 1);
        return decoder.decode(line).replace(/\r$/, '');
      }
      if (ended) {
        if (pending.length === 0) return null;
        const rest = decoder.decode(pending);
        pending = Buffer.alloc(0);
        return rest;
      }
      readMore();
    }
  };
}

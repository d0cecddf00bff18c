// What a widget is asked for, from either kind of embed: the data attributes of a marked block
// (blocks.js) or the `opts` JSON of an embed.html fragment (frame.js). Both go through
// normalizeOptions, so the two kinds accept the same options with the same meaning.
import { languages } from '../src/i18n.js';
import { tidyCode } from './program.js';

const maxLines = 200;

// A data attribute that is present counts as on ("" from <pre data-timeline>), unless it says off.
function flag(value) {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return false;
  return !/^(false|0|no|off)$/i.test(value.trim());
}

export function languageOf(tag) {
  const base = String(tag ?? '').trim().toLowerCase().split('-')[0];
  return languages.includes(base) ? base : null;
}

// raw: { timeline, virtualTime, readonly, lines, lang } as strings (data attributes) or JSON values.
export function normalizeOptions(raw = {}) {
  const lines = Number.parseInt(raw.lines, 10);
  return {
    timeline: flag(raw.timeline),
    virtualTime: flag(raw.virtualTime),
    readonly: flag(raw.readonly),
    lines: Number.isInteger(lines) && lines > 0 ? Math.min(lines, maxLines) : null,
    lang: languageOf(raw.lang),
  };
}

// An allow-list entry → its origin ("https://lms.example.org"), or null: only http(s) origins
// count, so "*", "null" and paths of no origin never match anything.
export function normalizeOrigin(text) {
  try {
    const url = new URL(String(text));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

const text = (value) => (typeof value === 'string' ? value : '');

// "#code=<percent-encoded>&opts=<percent-encoded JSON>" → { code, prefix, suffix, options, origins }.
// opts: { timeline, virtualTime, readonly, lines, lang, prefix, suffix, origins: [origin, ...] }.
// A damaged opts is ignored as a whole (the snippet still shows, with the defaults).
export function parseFrameHash(hash) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ''));
  let opts = {};
  try {
    const parsed = JSON.parse(params.get('opts') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) opts = parsed;
  } catch {
    opts = {};
  }
  const listed = Array.isArray(opts.origins) ? opts.origins : [opts.origins];
  const origins = [...new Set(listed.map(normalizeOrigin).filter(Boolean))];
  return {
    code: tidyCode(text(params.get('code'))),
    prefix: tidyCode(text(opts.prefix)),
    suffix: tidyCode(text(opts.suffix)),
    options: normalizeOptions(opts),
    origins,
  };
}

// Share links: code, example and options packed into the URL fragment, so nothing is sent to a
// server. The JSON is deflated (CompressionStream, built into browsers) and base64url-encoded.
const key = 'share=';

async function pipeBytes(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// state: { code, exampleId, virtualTime } → "#share=..."
export async function encodeShare({ code, exampleId, virtualTime }) {
  const json = JSON.stringify({ c: code, e: exampleId, v: virtualTime ? 1 : 0 });
  const packed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `#${key}${toBase64Url(packed)}`;
}

// "#share=..." → { code, exampleId, virtualTime }, or null for any other or a damaged fragment.
export async function decodeShare(hash) {
  if (!hash.startsWith(`#${key}`)) return null;
  try {
    const packed = fromBase64Url(hash.slice(key.length + 1));
    const json = new TextDecoder().decode(await pipeBytes(packed, new DecompressionStream('deflate-raw')));
    const { c, e, v } = JSON.parse(json);
    if (typeof c !== 'string') return null;
    return { code: c, exampleId: typeof e === 'string' ? e : null, virtualTime: v === 1 };
  } catch {
    return null;
  }
}

// Puts the link in the address bar and tries the clipboard; resolves true when copied.
export async function publishShareLink(fragment) {
  history.replaceState(null, '', fragment);
  try {
    await navigator.clipboard.writeText(location.href);
    return true;
  } catch {
    return false;  // no permission or no secure context: the address bar still has it
  }
}

// Serves a directory (web/dist by default) over HTTP on 127.0.0.1 for local use and tests.
// Usage: node scripts/serve.mjs [dir]; PORT overrides 8000 (PORT=0 picks a free port).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',  // anything else makes browsers fall back to slower instantiation
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
};

function resolve(root, url) {
  let rel;
  try {
    rel = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.join(root, path.normalize(rel));
  // path.join already collapses "..", this keeps the result inside root whatever the input.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

async function findFile(file) {
  try {
    let st = await fs.promises.stat(file);
    if (st.isDirectory()) {
      file = path.join(file, 'index.html');
      st = await fs.promises.stat(file);
    }
    return st.isFile() ? { file, size: st.size } : null;
  } catch {
    return null;
  }
}

export function startServer({ root, port = 8000, host = '127.0.0.1' }) {
  root = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolve(root, req.url);
    const found = file && (await findFile(file));
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',  // a rebuilt engine must not meet a stale cached page
      // The embed runs on course pages of other origins, which import its modules, Worker entry
      // and wasm: all public, static files.
      'Access-Control-Allow-Origin': '*',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = process.argv[2] ?? path.join(here, '../web/dist');
  if (!fs.existsSync(root)) {
    console.error(`serve: ${root} does not exist; run npm run build first`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8000);
  const server = await startServer({ root, port }).catch((e) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.code ?? e.message}`);
    process.exit(1);
  });
  const { address, port: actual } = server.address();
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${address}:${actual}/`);
}

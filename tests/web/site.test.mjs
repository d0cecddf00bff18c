// The built site itself: its security policy, its first-load budget, and that nothing of the
// tests' fake engine ships in it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { buildSite } from './harness.mjs';

let site;
before(() => { site = buildSite(); });
after(() => { fs.rmSync(site, { recursive: true, force: true }); });

const read = (name) => fs.readFileSync(path.join(site, name), 'utf8');

// index.html and embed.html, the iframe embed's page (the course demo plays a page not ours).
for (const name of ['index.html', 'embed.html']) {
  test(`${name} declares a strict Content-Security-Policy`, () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(name))?.[1];
    assert.ok(policy, 'no CSP meta tag');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(policy, /style-src 'self';/);
    assert.match(policy, /object-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|\*/);
    assert.doesNotMatch(read(name), /<script>|<style>| on\w+=/, 'no inline script, style or handler');
  });
}

test('the first load (page, bundle, styles) is within 400 KB gzipped and leaves the engine for later', () => {
  const size = ['index.html', 'app.js', 'app.css']
    .map((name) => zlib.gzipSync(fs.readFileSync(path.join(site, name)), { level: 9 }).length)
    .reduce((a, b) => a + b);
  assert.ok(size <= 400 * 1024, `${size} bytes`);
  assert.doesNotMatch(read('app.js'), /createWorkerEngine/, 'the driver is imported lazily, not bundled');
});

test('the fake engine of the tests is not in the site', () => {
  for (const name of fs.readdirSync(site)) {
    assert.doesNotMatch(read(name), /fake:recordings|FakeRun/, name);
  }
});

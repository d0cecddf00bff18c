// A suite's programs with CPython's recordings (tests/conformance/README.md), for the tests that
// run them through the engine in other ways than run.mjs: the wasm driver, the page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { validateManifest } from "./compare.mjs";

// [{ file: "01_x.py", name: "01_x", source, stdout, stderr, status, options }], by file name.
export function loadRecordings(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
  const manifestPath = join(dir, "manifest.json");
  const manifest = existsSync(manifestPath) ? validateManifest(JSON.parse(readFileSync(manifestPath, "utf8")), manifestPath, files) : {};
  return files.map((file) => {
    const name = file.slice(0, -3);
    const read = (ext) => readFileSync(join(dir, `${name}.${ext}`), "utf8");
    return { file, name, source: read("py"), stdout: read("stdout"), stderr: read("stderr"), status: Number(read("status").trim()), options: manifest[file] ?? {} };
  });
}

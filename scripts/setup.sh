#!/usr/bin/env bash
# Installs what the build and tests need. Silent when everything is already there,
# so `npm start` and `npm test` can call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node and npm come with the machine (Node 20 from nodesource); Debian's own nodejs is older
# and its package would fight with it, so we check for it but never install it.
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is required" >&2
  exit 1
fi

packages=(
  emscripten          # emcc 3.1.6 and the CMake toolchain file CMakePresets.json points at
  chromium            # the browser for end-to-end tests (playwright-core drives /usr/bin/chromium)
  fonts-wqy-microhei  # a CJK font, so the page's Chinese text renders in headless screenshots
  libclang-rt-14-dev  # libFuzzer and LeakSanitizer runtimes for clang-14
  time                # /usr/bin/time, for peak memory in benchmarks
  ninja-build
  cmake
  g++
  libgtest-dev        # native tests; the wasm build compiles /usr/src/googletest itself
  libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  # dpkg -s succeeds for removed-but-configured packages too, so look at the status itself.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo -n)  # -n: fail instead of waiting for a password that CI cannot type
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q </dev/null
  "${sudo[@]}" apt-get install -y -q "${missing[@]}" </dev/null
fi

# npm writes node_modules/.package-lock.json only when it installs something; with no
# dependencies in the lockfile there is nothing to install, and running npm ci would
# just print noise every time.
stamp=node_modules/.package-lock.json
if grep -q '"node_modules/' package-lock.json &&
   { [ ! -e "$stamp" ] || [ package-lock.json -nt "$stamp" ]; }; then
  npm ci --no-audit --no-fund --loglevel=error </dev/null
fi

#!/usr/bin/env python3
"""Record what CPython prints for the conformance programs (the oracle; never a product dependency).

    scripts/record_cpython.py                      # every tests/conformance/**/*.py
    scripts/record_cpython.py PATH...              # these programs, or every program under these dirs

For each program it writes, next to it, <name>.stdout, <name>.stderr and <name>.status (the exit
status as text; -N when a signal N killed the process). The program runs as `python3 main.py` in a
fresh temporary directory (the cwd), with PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1, the
manifest's `stdin` text (empty by default) on its standard input, for at most 60 s. Per-program
options come from the suite's manifest.json; see tests/conformance/README.md for the options and
for the normalisations applied to the recordings here and by a runner.

Options reach the program through a generated sitecustomize.py (imported before main.py, so the
program runs exactly as `python3 main.py` would); `interrupt_at` is a SIGINT this script sends from
outside, timed from a byte the shim writes to a pipe just before main.py starts.
"""

import argparse
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "tests" / "conformance"
TIMEOUT_SECONDS = 60
EXPECTED_ORACLE = (3, 11)

# Manifest options. The recorder uses interrupt_at, python38_all_tasks and stdin; unordered_lines is
# for runners comparing outputs.
OPTIONS = {
    "interrupt_at": (int, float),      # seconds after start-up: deliver SIGINT (a Ctrl+C)
    "python38_all_tasks": bool,        # emulate Python 3.8's asyncio.Task.all_tasks()
    "unordered_lines": list,           # [[first, last], ...] 1-based stdout lines that compare as a multiset
    "stdin": str,                      # text fed to the program's stdin (default: empty)
}

# Installed as sitecustomize.py on PYTHONPATH, so that it runs before main.py while main.py still
# runs exactly as `python3 main.py` does: same tracebacks, same exit status, no wrapper frames.
SHIM_HEADER = "# Written by scripts/record_cpython.py: runs before main.py (see tests/conformance/README.md).\n"
READY_FD_VAR = "AIOPLAY_RECORD_READY_FD"

SHIM_ALL_TASKS = '''
import asyncio
import warnings


def _compat_all_tasks(loop=None):
    """Python 3.8's asyncio.Task.all_tasks(), removed in 3.9."""
    warnings.warn("Task.all_tasks() is deprecated, use asyncio.all_tasks() instead",
                  DeprecationWarning, stacklevel=2)
    if loop is None:
        loop = asyncio.get_event_loop()
    return {t for t in list(asyncio.tasks._all_tasks)
            if asyncio.futures._get_loop(t) is loop and not t.done()}


# The C Task type is immutable: a subclass carries the static method. Tasks the program creates are
# still plain asyncio.tasks.Task objects, so their reprs read <Task ...>.
asyncio.Task = type("Task", (asyncio.Task,), {"all_tasks": staticmethod(_compat_all_tasks)})
'''

# The recorder sends SIGINT (a Ctrl+C) `interrupt_at` seconds after this byte: from outside, so that
# the KeyboardInterrupt is raised in the program's own frame and any SIGINT handler the program
# installed (asyncio.run() installs one) sees a real SIGINT.
SHIM_READY = f'''
import os as _os

_fd = int(_os.environ.pop("{READY_FD_VAR}"))
_os.write(_fd, b"r")
_os.close(_fd)
del _os, _fd
'''


def load_manifest(suite_dir: Path) -> dict:
    path = suite_dir / "manifest.json"
    if not path.exists():
        return {}
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(manifest, dict):
        raise SystemExit(f"{path}: the manifest must be a JSON object")
    for program, options in manifest.items():
        if not (suite_dir / program).is_file():
            raise SystemExit(f"{path}: no program {program!r} in {suite_dir}")
        if not isinstance(options, dict):
            raise SystemExit(f"{path}: options of {program!r} must be an object")
        for key, value in options.items():
            if key not in OPTIONS:
                raise SystemExit(f"{path}: unknown option {key!r} for {program!r} (known: {', '.join(OPTIONS)})")
            if not isinstance(value, OPTIONS[key]) or isinstance(value, bool) != (OPTIONS[key] is bool):
                raise SystemExit(f"{path}: option {key!r} of {program!r} has the wrong type")
        for r in options.get("unordered_lines", []):
            if not (isinstance(r, list) and len(r) == 2 and all(type(n) is int for n in r) and 1 <= r[0] <= r[1]):
                raise SystemExit(f"{path}: unordered_lines of {program!r}: want [[first, last], ...], 1-based")
    return manifest


def shim_source(options: dict) -> str:
    parts = []
    if options.get("python38_all_tasks"):
        parts.append(SHIM_ALL_TASKS)
    if "interrupt_at" in options:
        # Last, so that the time the shim takes to import asyncio does not count.
        parts.append(SHIM_READY)
    return SHIM_HEADER + "".join(parts) if parts else ""


def oracle_stdlib(python: str) -> str:
    out = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def normalise(text: str, replacements: list) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def program_env(shim_dir: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    if shim_dir is not None:
        env["PYTHONPATH"] = str(shim_dir)
    return env


def run_program(python: str, run_dir: Path, env: dict, interrupt_at, stdin):
    """Runs `python main.py` in run_dir with `stdin` (a file object) as its standard input:
    (exit status, stdout, stderr), or None on timeout."""
    if interrupt_at is None:
        try:
            proc = subprocess.run([python, "main.py"], cwd=run_dir, env=env, capture_output=True,
                                  stdin=stdin, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return None
        return proc.returncode, proc.stdout, proc.stderr
    ready_r, ready_w = os.pipe()
    env = dict(env, **{READY_FD_VAR: str(ready_w)})
    proc = subprocess.Popen([python, "main.py"], cwd=run_dir, env=env, pass_fds=(ready_w,), stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(ready_w)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        # The shim writes its byte just before main.py starts (EOF instead if the start-up failed).
        if select.select([ready_r], [], [], TIMEOUT_SECONDS)[0] and os.read(ready_r, 1):
            start = time.monotonic()
            try:
                out, err = proc.communicate(timeout=max(0.0, start + float(interrupt_at) - time.monotonic()))
                return proc.returncode, out, err
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=max(0.0, deadline - time.monotonic()))
        return proc.returncode, out, err
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    finally:
        os.close(ready_r)


def record(program: Path, options: dict, python: str, stdlib: str) -> bool:
    with tempfile.TemporaryDirectory(prefix="aioplay-record-") as tmp:
        run_dir = Path(tmp) / "run"
        run_dir.mkdir()
        shutil.copyfile(program, run_dir / "main.py")
        shim_dir = None
        shim = shim_source(options)
        if shim:
            shim_dir = Path(tmp) / "shim"
            shim_dir.mkdir()
            (shim_dir / "sitecustomize.py").write_text(shim, encoding="utf-8")
        # stdin comes from a file (empty unless the manifest gives text), never from the caller's terminal.
        stdin_path = Path(tmp) / "stdin.txt"
        stdin_path.write_text(options.get("stdin", ""), encoding="utf-8")
        with open(stdin_path, "rb") as stdin:
            result = run_program(python, run_dir, program_env(shim_dir), options.get("interrupt_at"), stdin)
        if result is None:
            print(f"FAIL {program.relative_to(ROOT)}: no exit within {TIMEOUT_SECONDS} s; nothing written",
                  file=sys.stderr)
            return False
        returncode, stdout, stderr = result
        # Longest prefixes first: the stdlib may live under the temp dir's parent in odd set-ups.
        replacements = []
        for d in sorted({str(run_dir), os.path.realpath(run_dir)}, key=len, reverse=True):
            replacements.append((d + "/", ""))
        for d in sorted({stdlib, os.path.realpath(stdlib)}, key=len, reverse=True):
            replacements.append((d + "/", ""))
        for stream, data in (("stdout", stdout), ("stderr", stderr)):
            text = normalise(data.decode("utf-8", "surrogateescape"), replacements)
            program.with_suffix("." + stream).write_bytes(text.encode("utf-8", "surrogateescape"))
        program.with_suffix(".status").write_text(f"{returncode}\n", encoding="utf-8")
        print(f"ok   {program.relative_to(ROOT)} (status {returncode})")
        return True


def collect(paths: list) -> list:
    programs = []
    for p in paths:
        p = Path(p).resolve()
        if p.is_dir():
            programs.extend(sorted(p.rglob("*.py")))
        elif p.suffix == ".py" and p.is_file():
            programs.append(p)
        else:
            raise SystemExit(f"not a .py program or a directory: {p}")
    for p in programs:
        if CONFORMANCE not in p.parents:
            raise SystemExit(f"{p} is not under {CONFORMANCE}")
    return programs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="programs or directories (default: tests/conformance)")
    parser.add_argument("--python", default="python3", help="the oracle interpreter (default: python3)")
    args = parser.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(*sys.version_info[:3])"],
                             check=True, capture_output=True, text=True).stdout.split()
    print(f"oracle: {args.python} = CPython {'.'.join(version)}")
    if tuple(map(int, version[:2])) != EXPECTED_ORACLE:
        print(f"warning: the recordings are made with CPython {'.'.join(map(str, EXPECTED_ORACLE))}",
              file=sys.stderr)
    stdlib = oracle_stdlib(args.python)

    manifests = {}
    ok = True
    for program in collect(args.paths or [CONFORMANCE]):
        suite = program.parent
        if suite not in manifests:
            manifests[suite] = load_manifest(suite)
        ok &= record(program, manifests[suite].get(program.name, {}), args.python, stdlib)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

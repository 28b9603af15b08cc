"""``make test-matrix``: the unit, typing and fake-server suites on every CPython >= 3.11 here.

Interpreters are found without machine paths: ``python3.X`` on PATH, then pyenv's versions
directory (``pyenv root``). Each version gets its own venv, ``.venv-3.X`` (the facade, the
generated packages and the dev tools installed editable, redone when pyproject.toml changes);
the version ``.venv`` runs on uses ``.venv`` itself. A version the machine lacks is reported
and skipped unless ``--require`` names it (CI requires all of them). tests/phoenix (a real
server) and tests/test_wheels.py (builds and installs wheels) are not part of the matrix.

    python -m scripts.test_matrix [--versions 3.12,3.13] [--require 3.11,3.12,3.13]
                                  [--except-current | --whole-current] [--setup-only]
                                  [--jobs N]
                                  [-- pytest options]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from scripts.registry import read_registry

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ("3.11", "3.12", "3.13")
VENDORS = tuple(read_registry())  # every registry vendor (stdlib only, like the Makefile)
# Not in the matrix: the real Phoenix server and the wheel builds (run once, by `make test`,
# in this order: the wheels first, while `make test` may still be installing Phoenix).
EXCLUDED = ("tests/test_wheels.py", "tests/phoenix")


def _version_of(python: str) -> str | None:
    """``"3.X"`` of an interpreter, or None when it does not run."""
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _pyenv_candidates(version: str) -> list[str]:
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return []
    done = subprocess.run([pyenv, "root"], capture_output=True, text=True)
    if done.returncode != 0:
        return []
    versions = Path(done.stdout.strip()) / "versions"
    # Newest patch release first (3.12.10 before 3.12.9).
    found = sorted(
        versions.glob(f"{version}.*"),
        key=lambda p: [int(x) if x.isdigit() else -1 for x in p.name.split(".")],
        reverse=True,
    )
    return [str(p / "bin" / f"python{version}") for p in found]


def find_python(version: str) -> str | None:
    """An interpreter for ``version`` (``"3.12"``): PATH first, then pyenv's versions."""
    candidates = [c for c in [shutil.which(f"python{version}")] if c]
    candidates += _pyenv_candidates(version)
    for python in candidates:  # a pyenv shim of an unselected version fails: try the next
        if _version_of(python) == version:
            return python
    return None


def _install_key() -> str:
    """Changes when what the venvs install changes (the facade's or a package's metadata)."""
    digest = hashlib.sha256()
    for path in [
        ROOT / "pyproject.toml",
        *(ROOT / "generated" / v / "pyproject.toml" for v in VENDORS),
    ]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(version: str, python: str) -> Path:
    """``.venv-<version>`` with everything ``make setup`` installs; reused while it is current."""
    venv = ROOT / f".venv-{version}"
    stamp = venv / ".matrix-setup"
    key = _install_key()
    if stamp.exists() and stamp.read_text() == key and venv_python(venv).exists():
        return venv_python(venv)
    print(f"matrix: setting up {venv.name} with {python}", flush=True)
    if not venv_python(venv).exists():
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
    py = str(venv_python(venv))
    subprocess.run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    editable = ["-e", f"{ROOT}[dev]"]
    for vendor in VENDORS:
        editable += ["-e", str(ROOT / "generated" / vendor)]
    subprocess.run([py, "-m", "pip", "install", "--quiet", *editable], check=True, cwd=ROOT)
    stamp.write_text(key)
    return venv_python(venv)


def main(argv: list[str] | None = None) -> int:
    """Run the matrix; the exit code is non-zero when any version failed or a required one lacks."""
    argv = list(sys.argv[1:] if argv is None else argv)
    pytest_args: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, pytest_args = argv[:at], argv[at + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--versions", default=",".join(VERSIONS), help="versions to run")
    parser.add_argument("--require", default="", help="versions that must be present")
    parser.add_argument(
        "--except-current",
        action="store_true",
        help="skip the version .venv runs (make test has just run every suite on it)",
    )
    parser.add_argument(
        "--whole-current",
        action="store_true",
        help="the version .venv runs gets every suite (make test: one pass, both cores busy)",
    )
    parser.add_argument("--setup-only", action="store_true", help="create the venvs, run nothing")
    parser.add_argument("--jobs", type=int, default=1, help="versions run at once (1)")
    args = parser.parse_args(argv)
    versions = [v for v in args.versions.split(",") if v]
    required = {v for v in args.require.split(",") if v}
    current = _version_of(str(venv_python(ROOT / ".venv")))
    results: dict[str, str] = {}
    failed = False
    found: list[tuple[str, str]] = []  # (version, interpreter) to set up
    for version in versions:
        if args.except_current and version == current:
            results[version] = "skipped: .venv runs it (make test)"
            continue
        python = find_python(version)
        if python is None:
            if version in required:
                results[version] = "MISSING (required)"
                failed = True
            else:
                results[version] = f"skipped: no python{version} on PATH or under pyenv"
            print(f"matrix: {results[version]}", flush=True)
            continue
        found.append((version, python))
    started = time.monotonic()
    set_up = _set_up(found, current, args.jobs)
    runs = plan_runs(set_up, current if args.whole_current else None)
    if args.setup_only:
        took = time.monotonic() - started
        results.update({version: f"set up ({took:.0f}s)" for version, _ in set_up})
        runs = []
    for name, outcome in run_suites(runs, pytest_args, args.jobs).items():
        results[name] = outcome
        failed |= not outcome.startswith("passed")
    print("matrix:", "; ".join(f"{v} {r}" for v, r in results.items()), flush=True)
    return 1 if failed else 0


@dataclass(frozen=True)
class Run:
    """One pytest run of a version: the portable suites, or only the suites the matrix leaves
    out (``server_only``: the real Phoenix server and the wheel builds)."""

    version: str
    python: Path
    server_only: bool = False

    @property
    def name(self) -> str:
        return f"{self.version} (server suites)" if self.server_only else self.version

    def command(self, pytest_args: list[str]) -> list[str]:
        cmd = [str(self.python), "-m", "pytest", "-p", "no:cacheprovider", "-q"]
        if self.server_only:
            cmd += list(EXCLUDED)
        else:
            cmd += ["tests", *(f"--ignore={path}" for path in EXCLUDED)]
        return cmd + pytest_args


def plan_runs(set_up: list[tuple[str, Path]], whole_current: str | None) -> list[Run]:
    """The runs, the server suites first: they start Phoenix, the slowest start to overlap.

    The version that gets every suite (``--whole-current``) gets them as two runs, its portable
    suites beside the server suites, so that with as many jobs as runs no core sits idle while
    one long run finishes (every test still runs once per version, as before).
    """
    runs = [Run(v, py) for v, py in set_up]
    runs += [Run(v, py, server_only=True) for v, py in set_up if v == whole_current]
    return sorted(runs, key=lambda run: not run.server_only)


def _set_up(found: list[tuple[str, str]], current: str | None, jobs: int) -> list[tuple[str, Path]]:
    """Each version's venv python, the venvs set up ``jobs`` at a time (before any test runs,
    so no install writes while a suite reads the tree)."""
    venv = venv_python(ROOT / ".venv")
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [
            (v, None if v == current else pool.submit(ensure_venv, v, python))
            for v, python in found
        ]
        return [(v, venv if f is None else f.result()) for v, f in futures]


def run_suites(runs: list[Run], pytest_args: list[str], jobs: int) -> dict[str, str]:
    """Run the suites, ``jobs`` at a time, in the given order; per run "passed/FAILED in Ns (CPU)".

    With one job pytest's output streams through; with more, each run writes to
    ``<venv>/matrix-pytest[-server].log``, printed when it ends (so outputs do not interleave).
    """
    pending = list(runs)
    active: dict[int, tuple[str, float, Path | None, IO[bytes] | None]] = {}
    outcomes: dict[str, str] = {}
    while pending or active:
        while pending and len(active) < max(1, jobs):
            run = pending.pop(0)
            cmd = run.command(pytest_args)
            what = "the server suites" if run.server_only else "the portable suites"
            print(f"matrix: Python {run.version}, {what}: {' '.join(cmd[1:])}", flush=True)
            log_name = "matrix-pytest-server.log" if run.server_only else "matrix-pytest.log"
            log_path = run.python.parent.parent / log_name if jobs > 1 else None
            log = log_path.open("wb") if log_path else None
            proc = subprocess.Popen(
                cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT if log else None
            )
            active[proc.pid] = (run.name, time.monotonic(), log_path, log)
        pid, status, usage = os.wait4(-1, 0)
        if pid not in active:
            continue
        version, started, done_log_path, done_log = active.pop(pid)
        if done_log is not None and done_log_path is not None:
            done_log.close()
            text = done_log_path.read_text(errors="replace")
            print(f"matrix: Python {version} output:\n{text}", flush=True)
        code = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        took = time.monotonic() - started
        outcome = "passed" if code == 0 else f"FAILED (exit {code})"
        outcomes[version] = f"{outcome} in {took:.0f}s ({cpu:.0f}s CPU)"
        print(f"matrix: Python {version} {outcomes[version]}", flush=True)
    return outcomes


if __name__ == "__main__":
    raise SystemExit(main())

"""Install and run a real, local Arize Phoenix server for the tests and the demo.

Usage:
    python scripts/phoenix_server.py ensure           # install into the cache, nothing else
    python scripts/phoenix_server.py serve [--port N] [--auth] [--keep]   # until Ctrl-C

Phoenix lives in its own venv ``<cache>/phoenix-<version>`` (cache: ``$EVALCLIENTS_CACHE_DIR``
or ``<repo>/.cache``); a marker file is written only after a verified install, so an
interrupted install is wiped and redone. :class:`PhoenixServer` starts ``phoenix serve`` on
127.0.0.1 with free HTTP and gRPC ports, a private SQLite working dir and TMPDIR, no
telemetry and no outbound requests, optionally with auth, and stops it by its own pid.
Only the standard library and httpx are used.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import httpx

PHOENIX_VERSION = "20.26.1"
PHOENIX_REQUIREMENT = f"arize-phoenix=={PHOENIX_VERSION}"
DEFAULT_PORT = 6006  # Phoenix's own default, and the facade's default base URL
REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_ENV = "EVALCLIENTS_CACHE_DIR"
MARKER_NAME = ".evalclients-install-ok"
INSTALL_LOG_NAME = "install.log"

# Inherited settings that would change what the server does (a Postgres URL, a collector,
# TLS, ...) are dropped: the child gets only the variables set below.
_DROPPED_ENV_PREFIXES = ("PHOENIX_", "OTEL_")


class PhoenixError(RuntimeError):
    """Phoenix could not be installed or started."""


def default_cache_dir() -> Path:
    """``$EVALCLIENTS_CACHE_DIR`` if set, else ``<repo>/.cache``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser().resolve() if env else REPO_ROOT / ".cache"


def venv_python(venv: Path) -> Path:
    """The interpreter of a venv."""
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def _marker_text() -> str:
    return f"{PHOENIX_REQUIREMENT}\n"


def is_installed(venv: Path) -> bool:
    """True when the venv holds a complete, verified install (its marker matches)."""
    marker = venv / MARKER_NAME
    return (
        venv_python(venv).exists()
        and marker.is_file()
        and marker.read_text(encoding="utf-8") == _marker_text()
    )


@contextlib.contextmanager
def _install_lock(path: Path) -> Iterator[None]:
    """Serialise installs between processes (POSIX advisory lock; no-op elsewhere)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run_logged(cmd: list[str], log: IO[str]) -> None:
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    rc = subprocess.call(cmd, stdout=log, stderr=subprocess.STDOUT)
    if rc != 0:
        raise PhoenixError(f"command failed with exit code {rc}: {' '.join(cmd)}")


def ensure_phoenix(cache_dir: Path | None = None, *, quiet: bool = True) -> Path:
    """Create or reuse ``<cache>/phoenix-<version>`` with Phoenix installed; return the venv.

    Idempotent: a venv whose marker is present is reused as is; anything else at that path
    (an interrupted or foreign install) is deleted and installed again.
    """
    cache = (cache_dir or default_cache_dir()).resolve()
    try:
        return _ensure(cache, quiet)
    except OSError as exc:  # unwritable cache, disk full, ...
        raise PhoenixError(f"cannot install Phoenix into {cache}: {exc}") from exc


def _ensure(cache: Path, quiet: bool) -> Path:
    venv = cache / f"phoenix-{PHOENIX_VERSION}"
    with _install_lock(cache / f"phoenix-{PHOENIX_VERSION}.lock"):
        if is_installed(venv):
            return venv
        if venv.exists():
            shutil.rmtree(venv)
        cache.mkdir(parents=True, exist_ok=True)
        log_path = cache / f"phoenix-{PHOENIX_VERSION}-{INSTALL_LOG_NAME}"
        if not quiet:
            print(f"Installing {PHOENIX_REQUIREMENT} into {venv} (log: {log_path})", flush=True)
        py = str(venv_python(venv))
        try:
            with log_path.open("w", encoding="utf-8") as log:
                _run_logged([sys.executable, "-m", "venv", str(venv)], log)
                _run_logged(
                    [
                        py,
                        "-m",
                        "pip",
                        "install",
                        "--disable-pip-version-check",
                        PHOENIX_REQUIREMENT,
                    ],
                    log,
                )
                check = "import phoenix.version as v; print(v.__version__)"
                found = subprocess.run(
                    [py, "-c", check], capture_output=True, text=True, check=False
                ).stdout.strip()
                if found != PHOENIX_VERSION:
                    raise PhoenixError(f"installed Phoenix reports version {found!r}")
        except (PhoenixError, OSError) as exc:
            raise PhoenixError(
                f"installing {PHOENIX_REQUIREMENT} failed: {exc}\n{log_tail(log_path)}"
            ) from exc
        (venv / MARKER_NAME).write_text(_marker_text(), encoding="utf-8")
        return venv


def log_tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file, with a header naming it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(cannot read {path}: {exc})"
    tail = "\n".join(text.splitlines()[-lines:])
    return f"--- last {lines} lines of {path} ---\n{tail}"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now (the usual bind-to-0 trick)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether nothing listens on ``host:port`` (so a health check there is our server's)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_grpc_port() -> int:
    """A port free on all interfaces: Phoenix binds gRPC to ``[::]`` whatever PHOENIX_HOST is."""
    if socket.has_ipv6:
        with contextlib.suppress(OSError):
            return free_port("::")
    return free_port("0.0.0.0")


def make_secret(prefix: str) -> str:
    """A secret Phoenix accepts: >= 32 chars with at least one digit and one lowercase letter."""
    return f"{prefix}0a{secrets.token_hex(24)}"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: have the kernel SIGTERM the server if the process that started it dies."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class PhoenixServer:
    """A ``phoenix serve`` child process on 127.0.0.1; use as a context manager.

    ``workdir`` holds the SQLite database, TMPDIR and the log; a temporary one is created
    when not given, and removed by :meth:`stop` unless ``keep`` (never after a failed start).
    """

    def __init__(
        self,
        *,
        venv: Path | None = None,
        workdir: Path | None = None,
        auth: bool = False,
        port: int | None = None,
        startup_timeout: float = 120.0,
        stop_grace: float = 10.0,
        keep: bool = False,
        extra_env: Mapping[str, str] | None = None,
    ) -> None:
        self._venv = venv
        self._given_workdir = workdir
        self.auth = auth
        self._requested_port = port
        self.startup_timeout = startup_timeout
        self.stop_grace = stop_grace
        self.keep = keep
        self._extra_env = dict(extra_env or {})
        self.secret: str | None = make_secret("jwt") if auth else None
        self.admin_secret: str | None = make_secret("adm") if auth else None
        self.admin_password: str | None = make_secret("Pw") if auth else None
        self.workdir: Path | None = None
        self.port: int | None = None
        self.grpc_port: int | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        if self.port is None:
            raise PhoenixError("server not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """The server's combined stdout/stderr."""
        if self.workdir is None:
            raise PhoenixError("server not started")
        return self.workdir / "phoenix.log"

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._proc.pid if self._proc is not None else None

    def is_running(self) -> bool:
        """True while the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def auth_headers(self) -> dict[str, str]:
        """``Authorization: Bearer <admin secret>`` when auth is on, else nothing."""
        return {"Authorization": f"Bearer {self.admin_secret}"} if self.admin_secret else {}

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server log."""
        return log_tail(self.log_path, lines)

    def _env(self) -> dict[str, str]:
        assert self.workdir is not None and self.port is not None and self.grpc_port is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith(_DROPPED_ENV_PREFIXES)}
        tmp = self.workdir / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        env.update(
            {
                "PHOENIX_HOST": "127.0.0.1",
                "PHOENIX_PORT": str(self.port),
                "PHOENIX_GRPC_PORT": str(self.grpc_port),
                "PHOENIX_WORKING_DIR": str(self.workdir / "data"),
                "PHOENIX_TELEMETRY_ENABLED": "false",
                "PHOENIX_ALLOW_EXTERNAL_RESOURCES": "false",
                "PHOENIX_ENABLE_PROMETHEUS": "false",  # would bind :9090
                "PHOENIX_LOG_MIGRATIONS": "false",  # else ~4000 lines of SQL per start
                # Phoenix writes a pid file to $TMPDIR/.arize-phoenix/pids and leaves it behind
                # after SIGTERM; keep it in our own dir.
                "TMPDIR": str(tmp),
                "PYTHONUNBUFFERED": "1",
            }
        )
        if self.auth:
            assert self.secret and self.admin_secret and self.admin_password
            env.update(
                {
                    "PHOENIX_ENABLE_AUTH": "true",
                    "PHOENIX_SECRET": self.secret,
                    "PHOENIX_ADMIN_SECRET": self.admin_secret,
                    "PHOENIX_DEFAULT_ADMIN_INITIAL_PASSWORD": self.admin_password,
                }
            )
        env.update(self._extra_env)
        return env

    def start(self) -> Self:
        """Start the server and wait for ``GET /healthz``; raise :class:`PhoenixError`."""
        if self._proc is not None:
            raise PhoenixError("already started")
        venv = self._venv or ensure_phoenix()
        if self._given_workdir is not None:
            self.workdir = self._given_workdir.resolve()
            self.workdir.mkdir(parents=True, exist_ok=True)
        else:
            self.workdir = Path(tempfile.mkdtemp(prefix="evalclients-phoenix-"))
        if self._requested_port and not _port_is_free(self._requested_port):
            raise PhoenixError(f"port {self._requested_port} is already in use on 127.0.0.1")
        attempts = 1 if self._requested_port else 3  # a lost port race is retried
        for attempt in range(1, attempts + 1):
            self.port = self._requested_port or free_port()
            self.grpc_port = free_grpc_port()
            try:
                self._launch(venv)
                return self
            except PhoenixError as exc:
                lost_race = "address already in use" in self._log_text().lower()
                if attempt == attempts or not lost_race:
                    raise exc  # the workdir and its log are kept for inspection
        raise AssertionError("unreachable")

    def _log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def _launch(self, venv: Path) -> None:
        cmd = [str(venv_python(venv)), "-m", "phoenix.server.main", "serve"]
        self._log_handle = self.log_path.open("wb")
        started = time.monotonic()
        self._proc = subprocess.Popen(
            cmd,
            env=self._env(),
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in a terminal reaches us, not the server
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        deadline = started + self.startup_timeout
        url = f"{self.base_url}/healthz"
        with httpx.Client(timeout=2.0) as client:
            while True:
                rc = self._proc.poll()
                if rc is not None:
                    self._reap()
                    raise PhoenixError(
                        f"Phoenix exited with code {rc} during startup ({' '.join(cmd)})\n"
                        f"{log_tail(self.log_path)}"
                    )
                with contextlib.suppress(httpx.TransportError):
                    if client.get(url).status_code == 200 and self._proc.poll() is None:
                        self.startup_seconds = time.monotonic() - started
                        return
                if time.monotonic() > deadline:
                    self._terminate()
                    raise PhoenixError(
                        f"Phoenix did not answer {url} within {self.startup_timeout:.0f}s\n"
                        f"{log_tail(self.log_path)}"
                    )
                time.sleep(0.1)

    def _terminate(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(self.stop_grace)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._reap()

    def _reap(self) -> None:
        self._proc = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None

    def _cleanup_dir(self) -> None:
        if self._given_workdir is None and not self.keep and self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def stop(self) -> None:
        """SIGTERM the server, SIGKILL it after ``stop_grace`` seconds; idempotent."""
        self._terminate()
        self._cleanup_dir()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_port(
    requested: int | None, default: int = DEFAULT_PORT, host: str = "127.0.0.1"
) -> tuple[int | None, str]:
    """The port ``serve`` binds and why: ``Phoenix()`` defaults to :6006, so take it when free.

    ``None`` means "a free one, picked at start"; an explicit ``--port`` is used as given.
    """
    if requested is not None:
        return requested, "as requested with --port"
    if _port_is_free(default, host):
        return default, "the default, so Phoenix() reaches it without a base URL"
    return None, (
        f"{default} is in use, so a free port: pass base_url= or set PHOENIX_BASE_URL to it"
    )


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _serve(args: argparse.Namespace) -> int:
    # Stop cleanly on Ctrl-C and on SIGTERM, even when started with SIGINT ignored (`cmd &`).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    venv = ensure_phoenix(quiet=False)
    port, why = serve_port(args.port)
    server = PhoenixServer(venv=venv, auth=args.auth, port=port, keep=args.keep)
    with server:
        print(f"Phoenix {PHOENIX_VERSION} up in {server.startup_seconds:.1f}s at {server.base_url}")
        print(f"  port {server.port}: {why}")
        print(f"  log: {server.log_path}")
        if server.admin_secret:
            print(f"  admin secret (Bearer): {server.admin_secret}")
            print(f"  admin login: admin@localhost / {server.admin_password}")
        print("Ctrl-C to stop.", flush=True)
        try:
            while server.is_running():
                time.sleep(0.5)
            print(f"Phoenix exited by itself.\n{server.log_tail()}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("\nstopping", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("ensure", help="install Phoenix into the cache (idempotent)")
    serve = sub.add_parser("serve", help="run a Phoenix server until Ctrl-C")
    serve.add_argument(
        "--port",
        type=int,
        default=None,
        help=f"HTTP port (default: {DEFAULT_PORT} when free, else a free one)",
    )
    serve.add_argument("--auth", action="store_true", help="turn authentication on")
    serve.add_argument("--keep", action="store_true", help="keep the working dir and log")
    args = parser.parse_args(argv)
    try:
        if args.command == "ensure":
            print(ensure_phoenix(quiet=False))
            return 0
        return _serve(args)
    except PhoenixError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

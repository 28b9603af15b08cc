"""A local pypiserver with upload authentication, for the packaging tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

PYPI_SIMPLE = "https://pypi.org/simple/"


@dataclass(frozen=True)
class LocalIndex:
    """A running pypiserver: upload to ``url``, install from ``simple``."""

    url: str
    simple: str
    username: str
    password: str
    packages: Path
    log: Path


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def local_index(
    root: Path, username: str, password: str, fallback: str | None = PYPI_SIMPLE
) -> Iterator[LocalIndex]:
    """Run pypiserver on a free 127.0.0.1 port; uploads need ``username``/``password``.

    Packages it does not hold are redirected to ``fallback`` (PyPI), as a private index
    that proxies PyPI does, so dependencies such as httpx install from there.
    """
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    packages = root / "packages"
    packages.mkdir(parents=True)
    htpasswd = root / "htpasswd"
    users = HtpasswdFile(str(htpasswd), new=True, default_scheme="apr_md5_crypt")
    users.set_password(username, password)
    users.save()
    port = free_port()
    cmd = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    cmd += ["-P", str(htpasswd), "-a", "update", "--disable-fallback"]
    if fallback:
        cmd[-1:] = ["--fallback-url", fallback]
    cmd.append(str(packages))
    log = root / "pypiserver.log"
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"pypiserver exited:\n{log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"pypiserver did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield LocalIndex(f"{url}/", f"{url}/simple/", username, password, packages, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

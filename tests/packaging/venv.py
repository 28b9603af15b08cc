"""Fresh virtual envs that see nothing of this repository, and pip limited to one index."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Kept from the caller's environment: trust and proxies, which the network may need.
KEEP = ("PIP_CERT", "PIP_DEFAULT_TIMEOUT", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")


def isolated_env() -> dict[str, str]:
    """The environment without pip configuration (no extra indexes or find-links)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not (k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "TWINE_")) and k not in KEEP)
        and k != "EVALCLIENTS_PUBLISH_TOKEN"
    }
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    env["PYTHONNOUSERSITE"] = "1"
    return env


def fresh_venv(path: Path) -> Path:
    """A new virtual env without pip (the test's pip installs into it); its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    return path / "bin" / "python"


def pip_install(python: Path, index: str, *requirements: str) -> subprocess.CompletedProcess[str]:
    """``pip install`` into ``python``'s env from ``index`` only."""
    cmd = [sys.executable, "-m", "pip", "--python", str(python), "install", "--index-url", index]
    cmd += ["--only-binary", ":all:", *requirements]
    return subprocess.run(cmd, capture_output=True, text=True, env=isolated_env(), check=False)


def run_script(
    python: Path, script: str, *args: str, cwd: Path
) -> subprocess.CompletedProcess[str]:
    """``python -c script args…`` in ``cwd`` with the isolated environment (60 s at most)."""
    return subprocess.run(
        [str(python), "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=isolated_env(),
        check=False,
        timeout=60,
    )

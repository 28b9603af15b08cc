"""The README's "Add a vendor" walkthrough, run literally in a temporary clone.

The clone gets the working tree's files and a fresh git history; its ``.venv`` is a new
virtual environment that sees this environment's third-party packages through a ``.pth``
line (so pip installs nothing from an index), while the facade and every vendor package are
installed into it by the clone's own ``make setup`` / ``make regenerate`` from the clone's
files. Then the new vendor is paged through ``Client(name)`` and its named client, exported
by the CLI, and ``git status`` may show changes under specs/, generated/ and tests/ only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEY = "acme-test-key"
RUNS = [
    {
        "id": f"run{i}",
        "experiment_id": "exp1",
        "example_id": f"ex{i}",
        "output": f"out{i}",
        "error": None,
        "started_at": "2026-01-01T00:00:00Z",
        "ended_at": f"2026-01-01T00:00:0{i}Z",
    }
    for i in range(5)
]

pytestmark = pytest.mark.slow


def walkthrough() -> list[str]:
    """The shell lines of the README's "Add a vendor" section (its first ``sh`` block)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Add a vendor\n", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


class AcmeHandler(BaseHTTPRequestHandler):
    """Acme's API as the fixture spec describes it: cursor pages, Bearer auth."""

    requests: list[str] = []  # noqa: RUF012 - shared by the server's threads, read by the test

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        AcmeHandler.requests.append(self.path)
        if self.headers.get("Authorization") != f"Bearer {KEY}":
            return self._send(401, {"detail": "no key"})
        query = parse_qs(url.query)
        if url.path == "/v1/experiments/exp1":
            return self._send(200, {"id": "exp1", "name": "first"})
        if url.path == "/v1/experiments/exp1/runs":
            start = int(query.get("cursor", ["0"])[0])
            size = int(query["limit"][0])
            end = start + size
            cursor = str(end) if end < len(RUNS) else None
            return self._send(200, {"data": RUNS[start:end], "next_cursor": cursor})
        return self._send(404, {"detail": "not found"})

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def acme_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), AcmeHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    AcmeHandler.requests.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _clone(dest: Path) -> Path:
    """The working tree's files (tracked and new, not ignored) in a fresh git repository."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in filter(None, listed):
        rel = raw.decode()
        src = ROOT / rel
        if rel == ".cache" or rel.startswith(".cache/") or not src.is_file():
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest / rel)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=dest, check=True)
    subprocess.run([*git, "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "-qm", "clone"], cwd=dest, check=True)
    return dest


def _seed_venv(repo: Path) -> Path:
    """A new .venv that sees this environment's third-party packages (not its editables)."""
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(repo / ".venv")], check=True)
    python = repo / ".venv" / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A path added by a .pth line is not a site dir: its own .pth files (this environment's
    # editable installs of evalclients and the vendors) are not processed in the clone.
    Path(purelib, "_parent_env.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    # The tools' commands pip would have put in bin/ (ruff, mypy, ...); not the facade's own.
    parent_bin = Path(sys.executable).parent
    for tool in parent_bin.iterdir():
        target = python.parent / tool.name
        own = tool.name == "evalclients" or tool.name.startswith(("python", "pip", "activ"))
        if not own and not target.exists():
            target.symlink_to(tool)
    return python


def _run(repo: Path, command: list[str] | str, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command,
        cwd=repo,
        shell=isinstance(command, str),
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **env},
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def test_the_add_a_vendor_walkthrough_in_a_temporary_clone(tmp_path: Path, acme_url: str) -> None:
    repo = _clone(tmp_path / "clone")
    python = _seed_venv(repo)
    lines = walkthrough()
    assert "make setup" in lines and "make regenerate" in lines and "make check" in lines
    outputs = {line: _run(repo, line) for line in lines}
    assert "acme: not generated yet" in outputs["make setup"].stdout
    regenerated = outputs["make regenerate"].stdout
    assert "acme: regenerated" in regenerated
    assert "first version 0.1.0 recorded in specs/acme/versions.toml" in regenerated
    assert (repo / "specs/acme/versions.toml").exists()
    assert not (repo / "specs/acme/overlay.yaml").exists()  # nothing to correct

    code = f"""
import evalclients
from evalclients_acme import Acme, AsyncAcme
from evalclients_acme.models import Run
with evalclients.Client("acme", base_url={acme_url!r}, api_key={KEY!r}) as client:
    ids = [run.id for run in client.paginate("list_experiment_runs", experiment_id="exp1")]
with Acme(base_url={acme_url!r}, api_key={KEY!r}) as acme:
    runs = list(acme.experiment_runs("exp1", page_size=2))
    assert all(isinstance(run, Run) for run in runs)
    assert acme.experiment("exp1").name == "first"
assert evalclients.Acme is Acme and evalclients.AsyncAcme is AsyncAcme
assert evalclients.__file__.startswith({str(repo)!r}), evalclients.__file__
print(" ".join(ids), len(runs))
"""
    paged = _run(repo, [str(python), "-c", code])
    assert paged.stdout.split() == [r["id"] for r in RUNS] + ["5"]
    assert sum("/runs?" in r and "limit=2" in r for r in AcmeHandler.requests) == 6  # 3 + 3 pages

    out = tmp_path / "runs.jsonl"
    cli = [str(repo / ".venv/bin/evalclients"), "runs", "export", "acme", "exp1"]
    _run(repo, [*cli, "--base-url", acme_url, "-o", str(out), "-q"], ACME_API_KEY=KEY)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in RUNS]
    assert records[3]["example_id"] == "ex3" and records[3]["latency_ms"] == 3000.0
    assert records[0]["vendor"] == "acme" and records[0]["raw"] == RUNS[0]

    status = _run(repo, ["git", "status", "--porcelain", "--untracked-files=all"]).stdout
    changed = [line[3:] for line in status.splitlines()]
    assert changed, "the walkthrough changed nothing"
    assert [p for p in changed if not p.startswith(("specs/", "generated/", "tests/"))] == []
    assert "specs/vendors.toml" in changed and "generated/acme/openapi.json" in changed

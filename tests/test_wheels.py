"""Wheels and sdists per package, published to a real index (a local pypiserver), installed fresh.

One build per session is shared; the index falls back to PyPI for httpx, attrs and the like.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from email.message import Message
from email.parser import Parser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from packaging.requirements import Requirement

from scripts import wheels
from scripts.registry import GENERATED, ROOT
from tests.packaging.index import LocalIndex, local_index
from tests.packaging.venv import fresh_venv, pip_install, run_script

pytestmark = pytest.mark.slow

PACKAGES = wheels.packages()
VENDORS = [name for name in PACKAGES if name != wheels.FACADE]
FACADE = PACKAGES[wheels.FACADE]
T = "2025-01-02T03:04:05+00:00"
# One real model per vendor and a document it must round-trip unchanged.
SAMPLES: dict[str, tuple[str, dict[str, Any]]] = {
    "arize": (
        "ExperimentRun",
        {"id": "run_1", "example_id": "ex_1", "output": "42", "error": None, "latency_ms": 12},
    ),
    "phoenix": (
        "ExperimentRun",
        {
            "id": "RXhwZXJpbWVudFJ1bjox",
            "experiment_id": "RXhwZXJpbWVudDox",
            "dataset_example_id": "RGF0YXNldEV4YW1wbGU6MQ==",
            "output": {"answer": 42, "tokens": [1, 2]},
            "repetition_number": 1,
            "start_time": T,
            "end_time": T,
            "error": None,
            "trace_id": "abc123",
        },
    ),
    "humanloop": (
        "EvaluationRunResponse",
        {
            "id": "run_1",
            "orchestrated": False,
            "added_at": T,
            "created_at": T,
            "status": "completed",
            "control": True,
        },
    ),
    "respan": (
        "Experiment",
        {
            "id": "exp_1",
            "name": "baseline",
            "created_at": T,
            "evaluator_ids": ["ev_1"],
            "progress": 50.5,
            "dataset_id": None,
            "enable_tracing": True,
        },
    ),
}


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scripts.wheels", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)


def _publish_env(username: str, password: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    env.pop(wheels.TOKEN_ENV, None)
    return {**env, "TWINE_USERNAME": username, "TWINE_PASSWORD": password}


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(zf.read(name).decode())


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every package built once, as `make wheels` does."""
    out = tmp_path_factory.mktemp("dist")
    proc = _cli("build", "--dist", str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalIndex]:
    """A pypiserver with upload auth that falls back to PyPI; the password has odd characters."""
    password = f"p@ss:{secrets.token_urlsafe(12)}/%"
    with local_index(tmp_path_factory.mktemp("index"), "publisher", password) as idx:
        yield idx


@pytest.fixture(scope="module")
def published(dist: Path, index: LocalIndex) -> LocalIndex:
    """All five packages published to the index with `make publish`'s command."""
    proc = _cli(
        "publish",
        "--dist",
        str(dist),
        "--repository-url",
        index.url,
        env=_publish_env(index.username, index.password),
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert index.password not in output
    assert sorted(p.name for p in index.packages.iterdir()) == sorted(
        p.name for p in dist.iterdir()
    )
    return index


def test_every_package_has_a_wheel_and_sdist_with_complete_metadata(dist: Path) -> None:
    expected = {name for pkg in PACKAGES.values() for name in (pkg.wheel, pkg.sdist)}
    assert {p.name for p in dist.iterdir()} == expected
    for pkg in PACKAGES.values():
        meta = _metadata(dist / pkg.wheel)
        assert meta["Name"] == pkg.distribution and meta["Version"] == pkg.version
        assert meta["Requires-Python"] == ">=3.11"
        assert meta["License-Expression"] == "Apache-2.0"
        classifiers = meta.get_all("Classifier") or []
        assert {"Typing :: Typed", "Programming Language :: Python :: 3.11"} <= set(classifiers)
        assert any(u.startswith("Source, https://") for u in meta.get_all("Project-URL") or [])
        assert meta["Description-Content-Type"] == "text/markdown"
        readme = (pkg.project / "README.md").read_text(encoding="utf-8")
        assert str(meta.get_payload()).strip() == readme.strip()
        with zipfile.ZipFile(dist / pkg.wheel) as zf:
            assert f"{pkg.stem}/py.typed" in zf.namelist()
            assert not [n for n in zf.namelist() if "stamp" in n or "__pycache__" in n]


def test_vendor_dependencies_match_the_generated_code(dist: Path) -> None:
    for vendor in VENDORS:
        meta = _metadata(dist / PACKAGES[vendor].wheel)
        reqs = {r.name: r.specifier for r in map(Requirement, meta.get_all("Requires-Dist") or [])}
        assert set(reqs) == {"httpx", "attrs"}
        assert reqs["httpx"].contains("0.23.1") and reqs["httpx"].contains("0.28.1")
        assert not reqs["httpx"].contains("0.29.0") and not reqs["httpx"].contains("0.23.0")
        assert reqs["attrs"].contains("22.2.0") and not reqs["attrs"].contains("22.1.0")
        entry = f"{vendor} = {PACKAGES[vendor].stem}"
        with zipfile.ZipFile(dist / PACKAGES[vendor].wheel) as zf:
            points = zf.read(
                f"{PACKAGES[vendor].stem}-{PACKAGES[vendor].version}.dist-info/entry_points.txt"
            )
        assert entry in points.decode()


def test_facade_extras_pull_in_the_vendor_versions_built_here(dist: Path) -> None:
    meta = _metadata(dist / FACADE.wheel)
    requirements = [Requirement(r) for r in meta.get_all("Requires-Dist") or []]
    for vendor in VENDORS:
        pkg = PACKAGES[vendor]
        for extra in (vendor, "all"):
            found = [
                r
                for r in requirements
                if r.name == pkg.distribution
                and r.marker is not None
                and r.marker.evaluate({"extra": extra})
            ]
            assert found and found[0].specifier.contains(pkg.version), (vendor, extra)


def test_sdists_carry_the_resolved_spec_and_only_their_package(dist: Path) -> None:
    for vendor in VENDORS:
        pkg = PACKAGES[vendor]
        with tarfile.open(dist / pkg.sdist) as tf:
            spec = tf.extractfile(f"{pkg.stem}-{pkg.version}/openapi.json")
            assert spec is not None
            assert spec.read() == (GENERATED / vendor / "openapi.json").read_bytes()
    with tarfile.open(dist / FACADE.sdist) as tf:
        tops = {n.split("/")[1] for n in tf.getnames() if n.count("/") >= 1}
    assert tops <= {
        "src",
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "PKG-INFO",
        ".gitignore",
        "hatch_build.py",  # the extras, read from the registry at build time
        "specs",
    }
    assert "LICENSE" in tops


def test_twine_check_strict_passes_on_every_file(dist: Path) -> None:
    cmd = [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("PASSED") == len(PACKAGES) * 2


def test_building_twice_gives_byte_identical_files(dist: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    proc = _cli("build", "--dist", str(again))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _hashes(again) == _hashes(dist)


def test_source_date_epoch_comes_from_git_or_a_constant(tmp_path: Path) -> None:
    assert wheels.source_date_epoch([tmp_path], env={}) == wheels.FALLBACK_EPOCH
    assert wheels.source_date_epoch([tmp_path], env={"SOURCE_DATE_EPOCH": "1700000000"}) == (
        1700000000
    )
    committed = wheels.source_date_epoch([ROOT / "scripts" / "wheels.py"], env={})
    assert committed > 1_700_000_000


class _Phoenix(BaseHTTPRequestHandler):
    """Two Phoenix pages of experiment runs, cursor-linked."""

    pages: ClassVar[dict[str | None, tuple[list[dict[str, Any]], str | None]]] = {}
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.seen.append(self.path)
        cursor = parse_qs(url.query).get("cursor", [None])[0]
        if url.path != "/v1/experiments/RXhwZXJpbWVudDox/runs" or cursor not in self.pages:
            self.send_error(404)
            return
        data, next_cursor = self.pages[cursor]
        body = json.dumps({"data": data, "next_cursor": next_cursor}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


FACADE_SCRIPT = """
import importlib.util, json, sys
import evalclients
with evalclients.Phoenix(base_url=sys.argv[1]) as client:
    runs = list(client.experiment_runs("RXhwZXJpbWVudDox"))
print(json.dumps({
    "types": sorted({f"{type(r).__module__}.{type(r).__name__}" for r in runs}),
    "runs": [r.to_dict() for r in runs],
    "vendors": sorted(evalclients.installed_vendors()),
    "arize": importlib.util.find_spec("evalclients_arize") is not None,
    "where": evalclients.__file__,
}))
"""


def test_published_facade_installs_fresh_and_talks_to_a_server(
    published: LocalIndex, tmp_path: Path
) -> None:
    python = fresh_venv(tmp_path / "venv")
    proc = pip_install(python, published.simple, f"evalclients[phoenix]=={FACADE.version}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    second = dict(SAMPLES["phoenix"][1], id="RXhwZXJpbWVudFJ1bjoy", trace_id=None)
    _Phoenix.pages = {None: ([SAMPLES["phoenix"][1]], "page-2"), "page-2": ([second], None)}
    _Phoenix.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Phoenix)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        run = run_script(python, FACADE_SCRIPT, base, cwd=tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert result["runs"] == [SAMPLES["phoenix"][1], second]
    assert result["types"] == ["evalclients_phoenix.models.experiment_run.ExperimentRun"]
    assert result["vendors"] == ["phoenix"] and result["arize"] is False
    assert Path(result["where"]).is_relative_to(tmp_path / "venv")
    assert len(_Phoenix.seen) == 2


ROUND_TRIP = """
import importlib, importlib.util, json, sys
name, data = json.loads(sys.argv[2])
package = importlib.import_module(sys.argv[1])
model = getattr(importlib.import_module(sys.argv[1] + ".models"), name)
obj = model.from_dict(data)
others = [p for p in ("evalclients", "evalclients_arize", "evalclients_phoenix",
          "evalclients_humanloop", "evalclients_respan")
          if p != sys.argv[1] and importlib.util.find_spec(p) is not None]
print(json.dumps({"out": obj.to_dict(), "type": type(obj).__name__, "others": others,
                  "where": package.__file__}))
"""


@pytest.mark.parametrize("vendor", list(SAMPLES))
def test_each_vendor_wheel_works_alone(published: LocalIndex, tmp_path: Path, vendor: str) -> None:
    pkg = PACKAGES[vendor]
    python = fresh_venv(tmp_path / "venv")
    proc = pip_install(python, published.simple, f"{pkg.distribution}=={pkg.version}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    name, data = SAMPLES[vendor]
    run = run_script(python, ROUND_TRIP, pkg.stem, json.dumps([name, data]), cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert result["out"] == data and result["type"] == name
    assert result["others"] == []
    assert Path(result["where"]).is_relative_to(tmp_path / "venv")


def test_republishing_a_version_is_refused_in_one_line(published: LocalIndex, dist: Path) -> None:
    before = _hashes(published.packages)
    proc = _cli(
        "publish",
        "--dist",
        str(dist),
        "--repository-url",
        published.url,
        "--package",
        "phoenix",
        env=_publish_env(published.username, published.password),
    )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "already on the index" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and published.password not in proc.stdout + proc.stderr
    assert _hashes(published.packages) == before


def test_the_index_own_refusal_of_a_duplicate_is_explained(
    published: LocalIndex, dist: Path
) -> None:
    pkg = PACKAGES["respan"]
    creds = wheels.Credentials(published.username, published.password)
    index = wheels.Index(published.simple, creds, wheels.Redactor(creds))
    try:
        with pytest.raises(wheels.WheelsError, match="already exists") as caught:
            wheels.upload(pkg, [dist / pkg.wheel], published.url, creds, index)
    finally:
        index.close()
    assert "HTTP 400" in str(caught.value) and published.password not in str(caught.value)


def test_a_changed_spec_under_a_published_version_is_refused(
    published: LocalIndex, dist: Path, tmp_path: Path
) -> None:
    original = PACKAGES["respan"]
    project = tmp_path / "respan"
    shutil.copytree(original.project, project, ignore=shutil.ignore_patterns("__pycache__"))
    spec = json.loads((project / "openapi.json").read_text(encoding="utf-8"))
    spec["info"]["description"] = f"changed after {original.version} was published"
    (project / "openapi.json").write_text(json.dumps(spec), encoding="utf-8")
    changed = wheels.Package(
        "respan",
        original.distribution,
        original.version,
        project,
        (project,),
        project / "openapi.json",
    )
    out = tmp_path / "dist"
    wheels.build_package(changed, out)
    creds = wheels.Credentials(published.username, published.password)
    index = wheels.Index(published.simple, creds, wheels.Redactor(creds))
    try:
        since = rf"spec changed since {re.escape(original.version)} was published"
        with pytest.raises(wheels.WheelsError, match=since):
            wheels.preflight(changed, out, index, skip_existing=True)
        assert wheels.preflight(original, dist, index, skip_existing=True) == []
    finally:
        index.close()


def test_a_wrong_password_is_refused_without_showing_it(dist: Path, tmp_path: Path) -> None:
    good, bad = f"right-{secrets.token_hex(8)}", f"wrong:{secrets.token_hex(8)}"
    with local_index(tmp_path, "publisher", good, fallback=None) as idx:
        proc = _cli(
            "publish",
            "--dist",
            str(dist),
            "--repository-url",
            idx.url,
            "--package",
            "respan",
            env=_publish_env("publisher", bad),
        )
        assert list(idx.packages.iterdir()) == []
        assert httpx.get(f"{idx.simple}evalclients-respan/").status_code == 404
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1
    assert "refused the credentials (HTTP 403" in proc.stderr, output
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in output
    assert bad not in output and good not in output


def test_publishing_without_credentials_says_which_variables(dist: Path) -> None:
    env = _publish_env("", "")
    proc = _cli("publish", "--dist", str(dist), "--repository-url", "http://127.0.0.1:9/", env=env)
    assert proc.returncode == 1
    assert "TWINE_USERNAME and TWINE_PASSWORD, or EVALCLIENTS_PUBLISH_TOKEN" in proc.stderr


def test_the_simple_api_is_derived_from_the_upload_url() -> None:
    assert wheels.simple_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080/simple/"
    assert wheels.simple_url("https://upload.pypi.org/legacy/") == "https://pypi.org/simple/"
    assert wheels.simple_url("https://test.pypi.org/legacy/") == "https://test.pypi.org/simple/"
    assert wheels.simple_url("https://h/pypi/legacy/") == "https://h/pypi/simple/"
    with pytest.raises(wheels.WheelsError, match="not in the repository URL") as caught:
        wheels.simple_url("https://user:hunter2@h/")
    assert "hunter2" not in str(caught.value)


def test_redaction_covers_the_encoded_forms_of_the_password() -> None:
    creds = wheels.Credentials("u", "a b/c%")
    redact = wheels.Redactor(creds)
    for form in ("a b/c%", "a%20b%2Fc%25", "a+b%2Fc%25", "dTphIGIvYyU="):
        assert redact(f"x {form} y") == "x *** y"
    assert "a b/c%" not in repr(creds)


def test_credentials_come_from_the_token_or_the_twine_variables() -> None:
    token = wheels.credentials({"EVALCLIENTS_PUBLISH_TOKEN": "pypi-abc"})
    assert (token.username, token.password) == ("__token__", "pypi-abc")
    named = wheels.credentials({"EVALCLIENTS_PUBLISH_TOKEN": "t", "TWINE_USERNAME": "bot"})
    assert (named.username, named.password) == ("bot", "t")
    pair = wheels.credentials({"TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"})
    assert (pair.username, pair.password) == ("u", "p")
    with pytest.raises(wheels.WheelsError, match="no upload credentials"):
        wheels.credentials({"TWINE_USERNAME": "u"})


def test_twine_failures_become_one_line() -> None:
    pkg = PACKAGES["respan"]
    conflict = "WARNING  Error during upload.\nERROR    HTTPError: 409 Conflict from http://i/\n"
    assert "already exists (HTTP 409 Conflict)" in wheels.explain(pkg, conflict, exists=False)
    bad = "ERROR    HTTPError: 400 Bad Request from http://i/\n         Bad Request\n"
    assert "already exists (HTTP 400 Bad Request)" in wheels.explain(pkg, bad, exists=True)
    assert "refused the upload (HTTP 400 Bad Request)" in wheels.explain(pkg, bad, exists=False)
    assert "upload failed: ConnectionError" in wheels.explain(pkg, "ConnectionError\n", False)

"""`make update-spec` / `make spec-diff` (scripts/update_spec.py) on temporary copies of the repo.

scripts/ finds the repo as the folder above itself, so each test copies scripts/, specs/, the
vendor's generated/ package and pyproject.toml into tmp_path and runs the module there in a
subprocess: the real specs/ and generated/ are only read.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from scripts import spec_versions, update_spec

ROOT = Path(__file__).resolve().parents[1]
OLD_PHOENIX = ROOT / "tests" / "fixtures" / "specdiff" / "phoenix-9478f954.json"
NEW_PHOENIX = ROOT / "specs" / "phoenix" / "openapi-20.26.1.json"
DAY1, DAY2 = "2030-01-02", "2030-02-03"
SIX_NEW_OPERATIONS = (
    "GET /v1/custom_model_providers",
    "GET /v1/model_providers",
    "GET /v1/datasets/{dataset_identifier}/splits",
    "PATCH /v1/projects/{project_identifier}/retention",
    "DELETE /v1/projects/{project_identifier}/traces",
    "POST /v1/prompts/{prompt_identifier}/versions",
)
Run = Callable[..., subprocess.CompletedProcess[str]]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def copy_repo(dest: Path, vendors: tuple[str, ...]) -> Path:
    """A repo copy holding what update-spec reads and writes for ``vendors``."""
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "scripts", dest / "scripts", ignore=skip)
    shutil.copytree(ROOT / "specs", dest / "specs", ignore=skip)
    for vendor in vendors:
        shutil.copytree(ROOT / "generated" / vendor, dest / "generated" / vendor, ignore=skip)
    for name in ("pyproject.toml", "LICENSE"):  # read by update-spec and the generator
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    return dest


def runner(root: Path) -> Run:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", *args],
            cwd=root,
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )

    return run


def fresh(root: Path, vendor: str) -> Run:
    """Bring the copy's generated/<vendor> up to date (a no-op unless the toolchain moved)."""
    run = runner(root)
    proc = run("scripts.regenerate", "--vendor", vendor)
    assert proc.returncode == 0, proc.stderr
    return run


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def vendor_entry(root: Path, vendor: str) -> dict[str, object]:
    data = tomllib.loads((root / "specs" / "vendors.toml").read_text())
    entry: dict[str, object] = data["vendors"][vendor]
    return entry


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- Phoenix


def test_phoenix_round_trip(tmp_path: Path) -> None:
    """20.26.1 -> the older 9478f954 spec -> 20.26.1 again, each a classified release."""
    root = copy_repo(tmp_path / "repo", ("phoenix",))
    run = fresh(root, "phoenix")
    registry_before = (root / "specs" / "vendors.toml").read_text()
    generated_before = (root / "generated" / "phoenix" / "openapi.json").read_bytes()
    specs = root / "specs" / "phoenix"

    # 1. the older spec removes the six operations: breaking, 1.0.0 -> 2.0.0
    start = time.perf_counter()
    proc = run(
        "scripts.update_spec", "update", "phoenix", "--source", str(OLD_PHOENIX), "--date", DAY1
    )
    first = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr
    assert "[breaking] DELETE /v1/projects/{project_identifier}/traces" in proc.stdout
    assert "phoenix: 1.0.0 -> 2.0.0 (major release)" in proc.stdout
    entry = vendor_entry(root, "phoenix")
    assert (entry["version"], entry["upstream"]) == ("2.0.0", "phoenix-9478f954.json")
    assert not (specs / "openapi-20.26.1.json").exists()
    assert (specs / "phoenix-9478f954.json").read_bytes() == OLD_PHOENIX.read_bytes()
    provenance = tomllib.loads((specs / "provenance.toml").read_text())
    assert provenance["sha256"] == sha(specs / "phoenix-9478f954.json") == sha(OLD_PHOENIX)
    assert provenance["file"] == "phoenix-9478f954.json"
    assert provenance["retrieved"] == DAY1
    assert provenance["licence"] == "Elastic License 2.0"  # untouched keys stay
    assert "url" not in provenance  # a local file has none; the PyPI url would be stale
    assert runner(root)("scripts.regenerate", "--check", "--vendor", "phoenix").returncode == 0

    # 2. back to 20.26.1: the six operations return (and breaking schema changes): 3.0.0
    source = tmp_path / "openapi-20.26.1.json"
    shutil.copy(NEW_PHOENIX, source)
    start = time.perf_counter()
    proc = run("scripts.update_spec", "update", "phoenix", "--source", str(source), "--date", DAY2)
    second = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr
    entry = vendor_entry(root, "phoenix")
    assert (entry["version"], entry["upstream"]) == ("3.0.0", "openapi-20.26.1.json")
    assert not (specs / "phoenix-9478f954.json").exists()
    assert sha(specs / "openapi-20.26.1.json") == sha(NEW_PHOENIX)
    assert oct((specs / "openapi-20.26.1.json").stat().st_mode & 0o777) == "0o444"
    provenance = tomllib.loads((specs / "provenance.toml").read_text())
    assert (provenance["sha256"], provenance["retrieved"]) == (sha(NEW_PHOENIX), DAY2)

    # the registry: only the version line differs, comments and layout kept
    registry_after = (root / "specs" / "vendors.toml").read_text()
    changed = [
        (a, b)
        for a, b in zip(registry_before.splitlines(), registry_after.splitlines(), strict=True)
        if a != b
    ]
    assert changed == [('version = "1.0.0"', 'version = "3.0.0"')]

    # generated/ regenerated: the round trip gives back the same resolved spec and package
    generated = root / "generated" / "phoenix"
    assert (generated / "openapi.json").read_bytes() == generated_before
    assert 'version = "3.0.0"' in (generated / "pyproject.toml").read_text()
    assert runner(root)("scripts.regenerate", "--check", "--vendor", "phoenix").returncode == 0

    # the changelog: newest first, the 3.0.0 entry lists the six new operations
    changelog = (generated / "CHANGELOG.md").read_text()
    heads = re.findall(r"(?m)^## .*$", changelog)
    assert heads[:2] == [f"## phoenix 3.0.0 ({DAY2})", f"## phoenix 2.0.0 ({DAY1})"]
    assert len(heads) == 3 and heads[2].startswith("## phoenix 1.0.0 (")  # the committed entry
    newest = changelog.split(heads[1])[0]
    new_section = newest.split("### New", 1)[1].split("###", 1)[0]
    for operation in SIX_NEW_OPERATIONS:
        assert f"({operation}): new operation" in new_section, operation
    assert "previous version 2.0.0; major release" in newest

    # the spec hash of each version is recorded
    versions = tomllib.loads((specs / "versions.toml").read_text())["versions"]
    assert list(versions) == ["0.1.0", "1.0.0", "2.0.0", "3.0.0"]
    assert versions["3.0.0"] == versions["1.0.0"] == sha(generated / "openapi.json")
    print(f"update-spec phoenix: {first:.1f}s, {second:.1f}s")
    assert first < 60 and second < 60  # ~7 s each on an idle machine; loose for loaded CI


def test_vanished_overlay_target_fails_and_leaves_everything_untouched(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "repo", ("phoenix",))
    overlay = root / "specs" / "phoenix" / "overlay.yaml"
    doc = yaml.safe_load(overlay.read_text())
    doc["actions"].append(
        {"target": "$.paths['/v1/model_providers']", "update": {"summary": "Model providers"}}
    )
    overlay.write_text(yaml.safe_dump(doc, sort_keys=False))
    specs_before, generated_before = tree(root / "specs"), tree(root / "generated")

    proc = runner(root)("scripts.update_spec", "update", "phoenix", "--source", str(OLD_PHOENIX))
    assert proc.returncode == 1
    assert "action 7 ($.paths['/v1/model_providers']): correction no longer applies" in proc.stderr
    assert "specs/phoenix/overlay.yaml does not fit the new spec" in proc.stderr
    assert tree(root / "specs") == specs_before
    assert tree(root / "generated") == generated_before


def test_redundant_correction_is_reported(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "repo", ("respan",))
    overlay = root / "specs" / "respan" / "overlay.yaml"
    doc = yaml.safe_load(overlay.read_text())
    doc["actions"] = [{"target": "$.info", "update": {"title": "Respan API (experiments)"}}]
    overlay.write_text(yaml.safe_dump(doc, sort_keys=False))

    proc = runner(root)("scripts.update_spec", "update", "respan")
    assert proc.returncode == 0, proc.stderr
    assert "warning: respan: overlay action 1 ($.info) is redundant" in proc.stderr
    assert "respan: nothing to do (1.0.0 is up to date)" in proc.stdout


def test_check_fails_on_a_spec_change_without_bump_until_update_spec(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "repo", ("respan",))
    run = fresh(root, "respan")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):
        subprocess.run([*git, *cmd], cwd=root, check=True, capture_output=True)
    assert run("scripts.regenerate", "--check", "--vendor", "respan").returncode == 0

    # a hand edit of the upstream + `make regenerate`: generated/ is fresh but the spec moved
    upstream = root / "specs" / "respan" / "openapi.yaml"
    upstream.chmod(0o644)
    spec = yaml.safe_load(upstream.read_text())
    spec["paths"]["/experiments/"]["post"]["summary"] = "Create an experiment (edited)"
    spec["paths"]["/experiments/"]["post"]["description"] = "Edited by hand."
    upstream.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert run("scripts.regenerate", "--vendor", "respan").returncode == 0
    proc = run("scripts.regenerate", "--check", "--vendor", "respan")
    assert proc.returncode == 1
    assert (
        "error: respan: spec changed since 1.0.0 but the version was not bumped; "
        "run `make update-spec VENDOR=respan`" in proc.stderr
    )

    # update-spec finds the 1.0.0 spec in git HEAD, classifies the change, bumps: check passes
    proc = run("scripts.update_spec", "update", "respan", "--date", DAY1)
    assert proc.returncode == 0, proc.stderr
    assert "[patch] POST /experiments/: summary changed" in proc.stdout
    assert vendor_entry(root, "respan")["version"] == "1.0.1"
    assert run("scripts.regenerate", "--check", "--vendor", "respan").returncode == 0
    changelog = (root / "generated" / "respan" / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog: evalclients-respan\n")
    assert f"## respan 1.0.1 ({DAY1})" in changelog


def test_spec_diff_on_the_current_tree_prints_no_changes() -> None:
    """`make spec-diff VENDOR=phoenix` on the real tree (-o: do not re-run `make setup`)."""
    proc = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.setup-done", "spec-diff", "VENDOR=phoenix"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "-- 0 breaking, 0 addition, 0 patch; bump: none" in proc.stdout
    assert (
        "phoenix: no changes against 1.0.0" in proc.stdout or "phoenix: no changes" in proc.stdout
    )


# ----------------------------------------------------------------------------- units


def test_set_key_edits_one_line_and_keeps_comments() -> None:
    text = '# top\n[vendors.a]\nversion = "0.1.0"  # keep?\nupstream = "x.json"\n\n[vendors.b]\nversion = "0.1.0"\n'
    out = update_spec.set_key(text, "version", "1.0.0", "vendors.b")
    assert out == text.replace('[vendors.b]\nversion = "0.1.0"', '[vendors.b]\nversion = "1.0.0"')
    prov = 'source = "a"\ncommit = "abc"\nnotes = """\nx\n"""\n'
    out = update_spec.set_key(update_spec.set_key(prov, "commit", None), "url", 'https://x/"q"')
    assert out == 'source = "a"\nurl = "https://x/\\"q\\""\nnotes = """\nx\n"""\n'
    assert tomllib.loads(out)["url"] == 'https://x/"q"'


def test_version_problem(tmp_path: Path) -> None:
    resolved = tmp_path / "openapi.json"
    resolved.write_text("{}\n")
    assert spec_versions.version_problem("x", "0.1.0", tmp_path / "absent.json", tmp_path) is None
    problem = spec_versions.version_problem("x", "0.1.0", resolved, tmp_path)
    assert problem is not None and "no spec hash recorded for version 0.1.0" in problem
    spec_versions.record(tmp_path, "x", "0.1.0", sha(resolved))
    assert spec_versions.version_problem("x", "0.1.0", resolved, tmp_path) is None
    resolved.write_text("{ }\n")
    problem = spec_versions.version_problem("x", "0.1.0", resolved, tmp_path)
    assert problem == (
        "x: spec changed since 0.1.0 but the version was not bumped; run `make update-spec "
        "VENDOR=x` (SOURCE=... for a new upstream document)"
    )
    spec_versions.record(tmp_path, "x", "0.1.1", sha(resolved))
    spec_versions.record(tmp_path, "x", "0.1.0", "0" * 64)  # replaced in place, order kept
    assert list(spec_versions.recorded(tmp_path).items()) == [
        ("0.1.0", "0" * 64),
        ("0.1.1", sha(resolved)),
    ]
    assert spec_versions.version_problem("x", "0.1.1", resolved, tmp_path) is None


def test_changelog_entries_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    update_spec.add_changelog_entry(path, "evalclients-x", "## x 0.2.0 (d)\n\nA.\n")
    update_spec.add_changelog_entry(path, "evalclients-x", "## x 0.3.0 (e)\n\nB.\n")
    assert path.read_text() == (
        "# Changelog: evalclients-x\n\nNewest first; written by `make update-spec`.\n\n"
        "## x 0.3.0 (e)\n\nB.\n\n## x 0.2.0 (d)\n\nA.\n\n"
    )


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("openapi-1.json", True),
        ("spec.yaml", True),
        ("overlay.yaml", False),
        ("a/b.json", False),
        ("v2.ts", False),
        (".hidden.json", False),
    ],
)
def test_upstream_names(name: str, ok: bool) -> None:
    entry = {"upstream_format": "openapi"}
    if ok:
        update_spec._check_name("x", entry, name)
    else:
        with pytest.raises(update_spec.UpdateError):
            update_spec._check_name("x", entry, name)


def test_unknown_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(update_spec.UpdateError, match="no such file"):
        update_spec.fetch("respan", str(tmp_path / "missing.yaml"))
    with pytest.raises(update_spec.UpdateError, match="phoenix only"):
        update_spec.fetch("respan", "package:/usr/bin/python3")

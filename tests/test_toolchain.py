"""The codegen toolchain: seed operations, byte-identical regeneration, drift detection."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text())["vendors"]


def _copy_repo(dest: Path) -> Path:
    """The parts of the repo the toolchain reads and writes, copied to ``dest``."""
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "LICENSE", dest / "LICENSE")
    shutil.copytree(
        ROOT / "src" / "evalclients" / "_schemas",
        dest / "src" / "evalclients" / "_schemas",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return dest


def _toolchain(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.parametrize("vendor", sorted(REGISTRY))
def test_every_registry_operation_is_generated_with_sync_and_async_functions(vendor: str) -> None:
    index = json.loads(
        (ROOT / "generated" / vendor / REGISTRY[vendor]["package"] / "_vendor.json").read_text()
    )
    assert set(index["operations"]) == set(REGISTRY[vendor]["operations"])
    for name, op in index["operations"].items():
        module = importlib.import_module(op["module"])
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function)), f"{vendor}.{name} lacks {function}"
        assert module.__name__.rsplit(".", 1)[1] == name


def test_seed_endpoints_the_issue_names_exist() -> None:
    seeds = {
        "arize": {"list_experiment_runs"},
        "phoenix": {
            "list_experiments",
            "create_experiment",
            "get_experiment",
            "get_experiment_json",
            "list_experiment_runs",
            "create_experiment_run",
            "upsert_experiment_evaluation",
        },
        "humanloop": {
            "list_evaluations",
            "create_evaluation",
            "get_evaluation",
            "delete_evaluation",
            "add_evaluators",
            "remove_evaluator",
            "list_runs_for_evaluation",
            "create_run",
            "add_existing_run",
            "remove_run",
            "update_evaluation_run",
            "add_logs_to_run",
            "get_stats",
            "get_logs",
        },
    }
    for vendor, names in seeds.items():
        assert names <= set(REGISTRY[vendor]["operations"]), vendor
    assert len(REGISTRY["respan"]["operations"]) == 18


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copy_repo(tmp_path_factory.mktemp("repo"))


def test_forced_regeneration_reproduces_the_committed_tree_byte_for_byte(repo_copy: Path) -> None:
    result = _toolchain(repo_copy, "--force")
    assert result.returncode == 0, result.stderr
    for vendor in REGISTRY:
        assert _tree(repo_copy / "generated" / vendor) == _tree(ROOT / "generated" / vendor), vendor
    assert _tree(repo_copy / "src/evalclients/_schemas") == _tree(ROOT / "src/evalclients/_schemas")
    again = _toolchain(repo_copy)
    assert again.returncode == 0 and again.stdout.count("up to date") == len(REGISTRY) + 1


def test_check_names_the_vendor_whose_spec_changed(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    assert _toolchain(repo, "--check").returncode == 0
    spec = repo / "specs" / "respan" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Experiment ID.", "Experiment id.", 1))
    result = _toolchain(repo, "--check")
    assert result.returncode == 1
    assert "respan: generated/respan is stale" in result.stderr
    assert "phoenix" not in result.stderr


def test_check_catches_a_hand_edit_of_generated_code(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    client = repo / "generated" / "humanloop" / "evalclients_humanloop" / "client.py"
    client.write_text(client.read_text() + "\n# patched by hand\n")
    result = _toolchain(repo, "--check")
    assert (
        result.returncode == 1
        and "humanloop: generated/humanloop was edited by hand" in result.stderr
    )


def test_an_overlay_change_shows_up_in_the_generated_code(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    overlay = repo / "specs" / "respan" / "overlay.yaml"
    text = overlay.read_text().replace("actions: []", "actions:")
    overlay.write_text(
        text
        + (
            '  - target: "$.components.schemas.Experiment.properties"\n'
            "    description: test correction\n"
            "    update:\n"
            "      owner_email: {type: string, description: Who owns it.}\n"
        )
    )
    result = _toolchain(repo, "--vendor", "respan")
    assert result.returncode == 0, result.stderr
    model = repo / "generated/respan/evalclients_respan/models/experiment.py"
    assert "owner_email: str | Unset" in model.read_text()
    assert (
        "owner_email"
        not in (ROOT / "generated/respan/evalclients_respan/models/experiment.py").read_text()
    )


def test_an_invalid_spec_stops_regeneration_and_leaves_generated_untouched(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    before = _tree(repo / "generated" / "respan")
    spec = repo / "specs" / "respan" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("responses:", "responzes:", 1))
    result = _toolchain(repo, "--vendor", "respan")
    assert result.returncode == 1
    assert "respan: resolved spec is not valid OpenAPI" in result.stderr
    assert "generated/ was left untouched" in result.stderr
    assert _tree(repo / "generated" / "respan") == before


def test_a_registry_operation_missing_from_the_spec_stops_regeneration(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    registry = repo / "specs" / "vendors.toml"
    registry.write_text(registry.read_text() + "[vendors.respan.operations.list_unicorns]\n")
    result = _toolchain(repo, "--vendor", "respan")
    assert result.returncode == 1 and "list_unicorns" in result.stderr


def test_an_overlay_correction_that_no_longer_applies_is_an_error(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    overlay = repo / "specs" / "phoenix" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + ("  - target: \"$.paths['/v1/gone'].get\"\n    description: stale\n    remove: true\n")
    )
    result = _toolchain(repo, "--vendor", "phoenix")
    assert result.returncode == 1 and "correction no longer applies" in result.stderr


def test_importing_one_endpoint_imports_only_the_models_it_needs() -> None:
    code = (
        "import sys, evalclients_phoenix.api.experiments.list_experiment_runs as m; "
        "print(sum(k.startswith('evalclients_phoenix.models.') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    total = len(list((ROOT / "generated/phoenix/evalclients_phoenix/models").glob("*.py"))) - 1
    assert 0 < int(out.stdout) < 10 < total


def test_check_covers_the_facade_shapes_from_specs_common(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    schema = repo / "specs/common/problem_details.schema.json"
    schema.write_text(schema.read_text().replace("Short, human-readable", "Short"))
    result = _toolchain(repo, "--check")
    assert result.returncode == 1
    assert "common: src/evalclients/_schemas is stale" in result.stderr
    assert _toolchain(repo).returncode == 0
    assert _toolchain(repo, "--check").returncode == 0
    module = repo / "src/evalclients/_schemas/problem_details.py"
    module.write_text(module.read_text() + "\nHACK = 1\n")
    result = _toolchain(repo, "--check")
    assert "common: src/evalclients/_schemas was edited by hand" in result.stderr

"""What start-up avoids: the entry-point scan for a class named after its vendor, and the
bench's stand-in distributions (they make the scan read 300 distributions)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

import evalclients
from evalclients import registry
from scripts.bench_startup import first_call, stand_in_distributions


def _no_scan() -> dict[str, str]:
    raise AssertionError("the entry-point scan ran")


@pytest.mark.parametrize("name", ["Phoenix", "AsyncPhoenix", "Humanloop", "AsyncLangfuse"])
def test_a_class_named_after_its_vendor_is_found_without_the_scan(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(registry, "installed_vendors", _no_scan)
    found = registry.named_client(name)
    assert found is not None and found.__name__ == name
    package = found.__module__.split(".")[0]
    assert package == f"evalclients_{name.removeprefix('Async').lower()}"


def test_a_class_named_otherwise_is_still_found_by_the_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans: list[int] = []
    real = registry.installed_vendors

    def counted() -> dict[str, str]:
        scans.append(1)
        return real()

    monkeypatch.setattr(registry, "installed_vendors", counted)
    found = registry.named_client("AsyncArizeAX")
    assert found is not None and found.__module__.startswith("evalclients_arize")
    assert scans == [1]
    assert registry.named_client("NoSuchClient") is None
    with pytest.raises(AttributeError):
        evalclients.NoSuchClient  # noqa: B018


def test_stand_in_distributions_bring_the_total_to_the_goal(tmp_path: Path) -> None:
    installed = sum(1 for _ in metadata.distributions())
    written = stand_in_distributions(tmp_path, total=installed + 7)
    assert written == 7
    found = list(metadata.distributions(path=[str(tmp_path)]))
    assert sorted(d.metadata["Name"] for d in found) == [f"standin-{i:03d}" for i in range(7)]
    scripts = [ep for d in found for ep in d.entry_points if ep.group == "console_scripts"]
    assert len(scripts) == 3  # one in three (0, 3, 6)


def test_the_first_call_programs_name_the_origin() -> None:
    ours, plain = first_call("http://127.0.0.1:9")
    for program in (ours, plain):
        compile(program, "<bench>", "exec")
        assert "'http://127.0.0.1:9'" in program

"""``make docs`` builds the API reference with pdoc, warnings as errors (issue 20).

The full build renders about 1,350 pages (every generated model); this test renders the
facade and the smallest vendor package in full, and the client, errors and types pages of
the others (their models and operations come from the same templates as Respan's).
"""

from __future__ import annotations

from pathlib import Path

from scripts import docs

BIG = ("evalclients_arize", "evalclients_phoenix", "evalclients_humanloop")


def test_reference_builds_without_warnings(tmp_path: Path) -> None:
    specs = docs.module_specs(["evalclients", "evalclients_respan"])
    specs += [f"{package}.{module}" for package in BIG for module in ("client", "errors", "types")]
    packages = docs.build(tmp_path, strict=True, guides=False, specs=specs)
    assert packages[0] == "evalclients" and set(BIG) <= set(packages)
    pages = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")}
    # Facade modules hidden by its __all__ are documented too.
    for module in ("client", "config", "errors", "pagination"):
        assert f"evalclients/{module}.html" in pages
    assert any(p.startswith("evalclients_respan/models/") for p in pages)
    assert "evalclients_phoenix/client.html" in pages
    assert not any(p.startswith("evalclients_phoenix/models/") for p in pages)
    client_page = (tmp_path / "evalclients" / "client.html").read_text(encoding="utf-8")
    assert "paginate" in client_page


def test_guides_page_is_the_readme_with_links_to_the_reference() -> None:
    page = docs.guides_page(["evalclients", "evalclients_phoenix"])
    assert '<a href="evalclients_phoenix.html">' in page
    assert "Resuming a long listing" in page
    assert "<pre" in page  # code blocks rendered


def test_every_public_facade_module_is_covered_once() -> None:
    specs = docs.module_specs(["evalclients"])
    from pdoc.extract import walk_specs

    covered = walk_specs(specs)
    assert len(covered) == len(set(covered))
    assert set(docs.public_modules("evalclients")) <= set(covered)

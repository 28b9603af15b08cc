"""``make docs``: HTML reference docs for the facade and each generated package, with the guides.

pdoc (pinned in the dev extra) renders the API reference of ``evalclients`` and of every
vendor package in the registry from their docstrings and type hints; the README, the guides,
becomes ``guides.html`` beside it. ``--strict`` turns every warning pdoc (or an import it
triggers) raises into an error, as the test does.

    python -m scripts.docs [--out docs/_build] [--strict] [--no-guides]
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACADE = "evalclients"


def packages() -> list[str]:
    """The facade and every registry vendor's generated package, in registry order."""
    from scripts.registry import load_registry

    return [FACADE, *(str(vendor["package"]) for vendor in load_registry().values())]


def public_modules(package: str) -> list[str]:
    """``package`` and its submodules without a private (``_``) part, sorted.

    pdoc documents only the submodules a package's ``__all__`` names, and the facade's
    ``__all__`` names its API, not its modules: every public module is passed explicitly.
    """
    import importlib
    import pkgutil

    module = importlib.import_module(package)
    found = [package]
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), package + "."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            found.append(info.name)
    return sorted(found)


def module_specs(packages: list[str]) -> list[str]:
    """The fewest specs for pdoc that cover every public module of ``packages``, once each.

    pdoc walks a package's submodules itself, except those its ``__all__`` leaves out (the
    facade's ``__all__`` names its API, not its modules): those are added, shallowest first,
    until nothing public is missing (a module given twice is a pdoc warning).
    """
    from pdoc.extract import walk_specs

    wanted = {m for p in packages for m in public_modules(p)}
    specs = list(packages)
    while missing := wanted - set(walk_specs(specs)):
        depth = min(m.count(".") for m in missing)
        specs += sorted(m for m in missing if m.count(".") == depth)
    return specs


def guides_page(modules: list[str]) -> str:
    """README.md as an HTML page that links to each package's reference."""
    from pdoc.render_helpers import to_html

    body = to_html((ROOT / "README.md").read_text(encoding="utf-8"))
    links = " · ".join(f'<a href="{m}.html"><code>{html.escape(m)}</code></a>' for m in modules)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>evalclients: guides</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>body{max-width:60rem;margin:2rem auto;padding:0 1rem;font-family:sans-serif;"
        "line-height:1.5}pre{background:#f6f8fa;padding:.75rem;overflow:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem}</style>"
        f"</head><body><nav>API reference: {links}</nav>\n{body}</body></html>\n"
    )


def build(
    out: Path, *, strict: bool = False, guides: bool = True, specs: list[str] | None = None
) -> list[str]:
    """Write the reference (and the guides) into ``out``; the packages documented.

    ``specs``: pdoc module specs to render instead of every public module (a quick build).
    """
    import importlib

    import pdoc
    import pdoc.render

    modules = packages()
    for package in modules:
        # pdoc reads ``__all__`` names from a module's ``__dict__``: a generated package
        # exports its named clients lazily (module ``__getattr__``), so resolve them first.
        module = importlib.import_module(package)
        for name in getattr(module, "__all__", ()):
            getattr(module, name)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pdoc.render.configure(
        docformat="markdown",
        footer_text="evalclients API reference",
        show_source=False,
        search=True,
    )
    with warnings.catch_warnings():
        if strict:
            warnings.simplefilter("error")
        pdoc.pdoc(*(module_specs(modules) if specs is None else specs), output_directory=out)
        if guides:
            (out / "guides.html").write_text(guides_page(modules), encoding="utf-8")
    return modules


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "_build")
    parser.add_argument("--strict", action="store_true", help="warnings are errors")
    parser.add_argument("--no-guides", action="store_true", help="the API reference only")
    args = parser.parse_args(argv)
    modules = build(args.out, strict=args.strict, guides=not args.no_guides)
    files = sum(1 for _ in args.out.rglob("*.html"))
    print(f"docs: {', '.join(modules)}: {files} pages in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The README's ```python blocks, each with the set-up its preceding HTML comment declares.

A block may be preceded (blank lines between are fine) by

    <!-- readme-test: SETUP
    hidden prelude lines, e.g. `phoenix = evalclients.Phoenix()`
    -->

``SETUP`` says where the block runs: ``fakes`` (the default: the spec-driven fake servers,
every vendor host routed to its fake) or ``phoenix`` (a real Phoenix, tests/phoenix). The
prelude is run and type-checked with the block, so a block can use names an earlier block
made (``phoenix``, ``exp_id``) without repeating them on the page.
``clone`` marks the "Add a vendor" block: it needs the ``evalclients_acme`` package that
walkthrough generates, so tests/test_add_vendor.py runs those lines in its temporary clone
and neither the fakes nor ``mypy`` here see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
SETUPS = ("fakes", "phoenix", "clone")

_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)
_DIRECTIVE = re.compile(r"<!--\s*readme-test:[ \t]*(\w+)[ \t]*\n?((?:(?!-->).)*)-->\s*\Z", re.S)


@dataclass(frozen=True)
class Block:
    """One ```python block: where it starts, its set-up, its hidden prelude and its code."""

    line: int
    setup: str
    prelude: str
    code: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"

    @property
    def source(self) -> str:
        """The prelude and the block, as run and type-checked."""
        return f"{self.prelude}\n{self.code}" if self.prelude else self.code


def blocks(text: str | None = None) -> list[Block]:
    """Every ```python block of the README (or ``text``), in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    found: list[Block] = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()]
        directive = _DIRECTIVE.search(before)
        setup, prelude = "fakes", ""
        if directive is not None:
            setup, prelude = directive.group(1), _dedent(directive.group(2))
            if setup not in SETUPS:
                raise ValueError(f"README.md: unknown readme-test set-up {setup!r}")
        line = before.count("\n") + 2  # the block's first code line
        found.append(Block(line, setup, prelude, match.group(1)))
    return found


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n") + "\n" if text.strip() else ""

"""Checkpoints of an interrupted export: where it stopped and how much of the file is good.

A checkpoint is written (atomically: a temporary file, then ``os.replace``) only after a
page's lines have been flushed to the output, so ``bytes`` never counts a partial page.
Resuming truncates the output back to ``bytes`` and fetches from ``continuation_token``.
This survives the process being killed at any point (not a power loss: nothing is fsynced).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["VERSION", "Checkpoint", "CheckpointError", "checkpoint_path"]

VERSION = 1


class CheckpointError(ValueError):
    """A checkpoint file is unreadable or does not fit the export it should resume."""


def checkpoint_path(output: Path) -> Path:
    """``FILE.checkpoint.json`` next to the output ``FILE``."""
    return output.with_name(output.name + ".checkpoint.json")


@dataclass(frozen=True)
class Checkpoint:
    """How far an export into one file got."""

    vendor: str
    experiment_id: str
    format: str
    output: str
    base_url: str
    page_size: int
    limit: int | None
    continuation_token: str | None
    """Fetches the first page not yet in the file (None: start from the first page)."""
    bytes: int
    """Size of the output up to and including the last complete page."""
    records: int
    """Records (JSONL: lines) in those bytes."""
    pages: int
    reason: str = "page"
    """Why it was saved: ``page``, ``interrupted`` or ``failed``."""
    saved_at: str = ""
    version: int = VERSION

    def advance(self, token: str | None, size: int, records: int) -> Checkpoint:
        """The checkpoint after one more page of ``records`` ending the file at ``size``."""
        return replace(
            self,
            continuation_token=token,
            bytes=size,
            records=self.records + records,
            pages=self.pages + 1,
            reason="page",
        )

    @property
    def listing_done(self) -> bool:
        """Every page was written (stopped after the last one, before the file was closed):
        a page without a continuation token is the last, so resuming fetches nothing."""
        return self.pages > 0 and self.continuation_token is None

    def save(self, path: Path, reason: str | None = None) -> None:
        """Write atomically (never a half-written checkpoint)."""
        stamped = replace(
            self, reason=reason or self.reason, saved_at=datetime.now(UTC).isoformat()
        )
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(asdict(stamped), fh, indent=1)
            fh.write("\n")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        """Read a checkpoint; ``CheckpointError`` if it is not one this version wrote."""
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CheckpointError(f"cannot read checkpoint {path}: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise CheckpointError(f"{path} is not a version-{VERSION} evalclients checkpoint")
        names = {f.name for f in fields(cls)}
        missing = names - set(data)
        if missing:
            raise CheckpointError(f"{path} lacks {', '.join(sorted(missing))}")
        cp = cls(**{k: v for k, v in data.items() if k in names})
        ints = (cp.bytes, cp.records, cp.pages, cp.page_size)
        if not all(isinstance(n, int) and n >= 0 for n in ints) or not (
            cp.continuation_token is None or isinstance(cp.continuation_token, str)
        ):
            raise CheckpointError(f"{path} has invalid values")
        return cp

    @staticmethod
    def remove(path: Path) -> None:
        """Delete a checkpoint (and a stray temporary file), if present."""
        for p in (path, path.with_name(path.name + ".tmp")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

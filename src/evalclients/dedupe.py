"""Outdated versions of a listed row, dropped as a listing goes (the registry's ``dedupe``).

Some listings page over a row's version history: a later page may repeat a row (same id)
with an older version, and only the newest version is the row. ``Deduper`` keeps, page by
page, the newest version of each id and drops the versions older than one already handed
out. It never drops a row it cannot prove outdated: a row without an id or a comparable
version is always kept, and a row newer than the version already handed out (the listing
broke its own order) raises ``PaginationError`` instead. A version names one state of a
row, so a row repeating an id and version already handed out is that row again and is
dropped; two different rows of one id and version on one page raise ``PaginationError``
(only such pairs are compared: hashing every row would double the listing's cost). The ids
seen are kept in a temporary on-disk SQLite table, so memory stays proportional to one
page however long the listing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from evalclients.errors import PaginationError
from evalclients.pagination import MISSING, lookup

if TYPE_CHECKING:
    from evalclients._schemas.registry import Dedupe

__all__ = ["Deduper", "version_key"]

logger = logging.getLogger("evalclients")
_CHUNK = 500  # ids per SQLite lookup, far below its limit on host parameters


def version_key(value: Any) -> tuple[int, int | str] | None:
    """A sortable key for a version: integers (or strings of digits) as numbers, else text.

    None when the value cannot be a version (absent, null, bool, float, object).
    """
    if isinstance(value, bool) or value is None or value is MISSING:
        return None
    if isinstance(value, int):
        return (0, value)
    if isinstance(value, str) and value:
        return (0, int(value)) if value.isascii() and value.isdigit() else (1, value)
    return None


def _ident(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or value is MISSING:
        return None
    if isinstance(value, (str, int)):
        return json.dumps(value)
    return None


def _digest(row: Any) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class Deduper:
    """Drops the outdated versions of rows across the pages of one listing."""

    def __init__(self, spec: Dedupe, *, vendor: str = "") -> None:
        self.id_path = spec["id"]
        self.version_path = spec["version"]
        self.vendor = vendor
        self.dropped = 0
        """Rows dropped so far as outdated (or exact repeats of a row handed out)."""
        self._said = False  # close() logged the count
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self._dir = tempfile.TemporaryDirectory(prefix="evalclients-dedupe-")
            self._db = sqlite3.connect(os.path.join(self._dir.name, "seen.sqlite"))
            self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, version TEXT NOT NULL)")
        return self._db

    def _seen(self, ids: Sequence[str]) -> dict[str, str]:
        db = self._conn()
        found: dict[str, str] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = list(ids[i : i + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for ident, version in db.execute(
                f"SELECT id, version FROM seen WHERE id IN ({marks})", chunk
            ):
                found[ident] = version
        return found

    def _conflict(self, ident: str, what: str) -> PaginationError:
        return PaginationError(
            f"row id {ident} {what}; the listing's versions cannot be de-duplicated "
            "(no row was dropped)",
            vendor=self.vendor,
        )

    def keep(self, rows: Sequence[Any]) -> list[bool]:
        """Which rows of this page to hand out (in order), and remember them."""
        mask = [True] * len(rows)
        newest: dict[str, tuple[int, tuple[int, int | str], Any]] = {}
        for i, row in enumerate(rows):
            if not isinstance(row, Mapping):
                continue
            ident = _ident(lookup(row, self.id_path))
            raw_version = lookup(row, self.version_path)
            version = version_key(raw_version)
            if ident is None or version is None:
                continue
            best = newest.get(ident)
            if best is None:
                newest[ident] = (i, version, raw_version)
                continue
            if version == best[1]:
                if _digest(row) != _digest(rows[best[0]]):
                    raise self._conflict(ident, "has two different rows of one version")
                mask[i] = False
            elif version > best[1]:
                mask[best[0]] = False
                newest[ident] = (i, version, raw_version)
            else:
                mask[i] = False
        seen = self._seen(list(newest))
        record: list[tuple[str, str]] = []
        for ident, (i, version, raw_version) in newest.items():
            before = seen.get(ident)
            if before is None:
                record.append((ident, json.dumps(raw_version)))
                continue
            old = version_key(json.loads(before))
            assert old is not None
            if version > old:
                raise self._conflict(ident, "came back newer than the version already listed")
            mask[i] = False
        if record:
            self._conn().executemany("INSERT INTO seen VALUES (?, ?)", record)
        self.dropped += mask.count(False)
        return mask

    def close(self) -> None:
        """Say how many rows were dropped (never in silence) and remove the table of ids seen."""
        if self.dropped and not self._said:
            self._said = True
            logger.info(
                "%s: dropped %d outdated or repeated row versions (newest %s per %s kept)",
                self.vendor or "listing",
                self.dropped,
                self.version_path,
                self.id_path,
            )
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

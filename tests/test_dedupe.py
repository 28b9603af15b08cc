"""The registry's ``dedupe`` (evalclients.dedupe) without a server; Braintrust's duplicated
event versions through the fakes are in tests/test_results_braintrust_langfuse.py."""

from __future__ import annotations

from typing import Any

import pytest

from evalclients.dedupe import Deduper, version_key
from evalclients.errors import PaginationError


def _row(ident: Any, version: Any, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "_xact_id": version, **extra}


def _pages(deduper: Deduper, *pages: list[Any]) -> list[list[Any]]:
    return [[r for r, k in zip(p, deduper.keep(p), strict=True) if k] for p in pages]


def test_versions_compare_as_integers_when_they_are_digits() -> None:
    assert version_key("9") < version_key("10")  # type: ignore[operator]
    assert version_key(10) == version_key("10")
    assert version_key("b") > version_key("a")  # type: ignore[operator]
    assert [version_key(v) for v in (None, True, 1.5, {}, "")] == [None] * 5


def test_the_newest_version_wins_within_a_page_and_order_is_kept() -> None:
    deduper = Deduper({"id": "id", "version": "_xact_id"})
    page = [_row("a", "5", v=1), _row("b", "7"), _row("a", "9", v=2), _row("a", "3", v=0)]
    assert _pages(deduper, page) == [[_row("b", "7"), _row("a", "9", v=2)]]
    assert deduper.dropped == 2
    deduper.close()


def test_older_versions_and_exact_repeats_on_later_pages_are_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    deduper = Deduper({"id": "id", "version": "_xact_id"}, vendor="acme")
    first = [_row("a", "100", out=1), _row("b", "99")]
    second = [_row("c", "98"), _row("a", "97", out=0)]
    third = [_row("b", "99"), _row("a", "5"), _row("d", "1")]
    assert _pages(deduper, first, second, third) == [
        first,
        [_row("c", "98")],
        [_row("d", "1")],
    ]
    assert deduper.dropped == 3
    with caplog.at_level("INFO", logger="evalclients"):
        deduper.close()
        deduper.close()  # said once
    assert [r.getMessage() for r in caplog.records] == [
        "acme: dropped 3 outdated or repeated row versions (newest _xact_id per id kept)"
    ]


def test_rows_without_an_id_or_a_version_are_never_dropped() -> None:
    deduper = Deduper({"id": "meta.id", "version": "meta.v"})
    rows: list[Any] = [
        {"meta": {"id": "a"}},
        {"meta": {"id": "a"}},
        {"meta": {"v": 3}},
        {"meta": {"v": 3}},
        {"meta": {"id": None, "v": 2}},
        {"meta": {"id": "a", "v": 1.5}},
        "not an object",
    ]
    assert _pages(deduper, rows, rows) == [rows, rows]
    assert deduper.dropped == 0
    deduper.close()


def test_a_newer_version_after_an_older_one_was_handed_out_stops_the_listing() -> None:
    deduper = Deduper({"id": "id", "version": "_xact_id"}, vendor="acme")
    deduper.keep([_row("a", "10")])
    with pytest.raises(PaginationError, match='row id "a" came back newer') as err:
        deduper.keep([_row("a", "11")])
    assert err.value.vendor == "acme" and err.value.continuation_token is None
    deduper.close()


def test_two_different_rows_of_one_id_and_version_on_a_page_stop_the_listing() -> None:
    deduper = Deduper({"id": "id", "version": "_xact_id"})
    with pytest.raises(PaginationError, match="two different rows of one version"):
        deduper.keep([_row(7, 1, out="x"), _row(8, 1), _row(7, 1, out="y")])
    deduper.close()


def test_an_id_and_version_already_handed_out_is_that_row_again() -> None:
    """A version names one state of a row: on a later page it is dropped, not compared."""
    deduper = Deduper({"id": "id", "version": "_xact_id"})
    assert _pages(deduper, [_row(7, 1, out="x")], [_row(7, 1, out="x2"), _row(8, 1)]) == [
        [_row(7, 1, out="x")],
        [_row(8, 1)],
    ]
    assert deduper.dropped == 1
    deduper.close()

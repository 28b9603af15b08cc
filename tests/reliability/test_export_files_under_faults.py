"""Export files under faults (issue 15, rule 1): an export never destroys what it did not
write, and what it wrote resumes to exactly the uninterrupted file.

Seeded cases: an output that is missing, an existing file with someone else's bytes, or
empty; a failure (5xx after retries, a dropped connection, an interrupt) on a random page,
the first one included. Before the first complete page the output must be exactly as it
was, with nothing left beside it; after it, the file holds whole pages only, and resuming
from the checkpoint gives byte for byte the file an uninterrupted export writes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import evalclients
from evalclients.checkpoint import Checkpoint, checkpoint_path
from evalclients.export import Exporter, make_writer
from tests.fakeserver import SpecServer, reset, status
from tests.fakeserver.vendors import vendor_server
from tests.reliability._support import count, fuzz_settings

EXP = "exp_files"


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    srv = vendor_server("phoenix")
    runs = srv.make_items("list_experiment_runs", 40, overrides={"experiment_id": EXP})
    for i, r in enumerate(runs):
        r["dataset_example_id"], r["repetition_number"] = f"ex_{i}", 1
    srv.add_collection("list_experiment_runs", runs, path_params={"experiment_id": EXP})
    srv.set_response(
        "get_experiment_json",
        [
            {
                "example_id": r["dataset_example_id"],
                "repetition_number": 1,
                "annotations": [{"name": "n", "score": i / 40, "error": None}],
            }
            for i, r in enumerate(runs)
        ],
        path_params={"experiment_id": EXP},
        content_type="application/json",
        validate=False,
    )
    yield srv
    srv.stop()


class Stop(BaseException):
    """Stands for Ctrl-C arriving between pages."""


def _export(
    server: SpecServer, out: Path, fmt: str, resume: Checkpoint | None = None, stop_at: int = 0
) -> Checkpoint:
    def on_page(state: Checkpoint, total: int | None) -> None:
        if stop_at and state.pages >= stop_at:
            raise Stop

    with evalclients.Client("phoenix", base_url=server.base_url, max_retries=0) as client:
        exporter = Exporter(
            client,
            EXP,
            make_writer(fmt),
            output=out,
            checkpoint=checkpoint_path(out),
            page_size=6,
            resume=resume,
        )
        return exporter.run(on_page)


@pytest.fixture(scope="module")
def references(server: SpecServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("reference")
    out: dict[str, bytes] = {}
    for fmt in ("jsonl", "csv"):
        path = folder / f"ref.{fmt}"
        _export(server, path, fmt)
        out[fmt] = path.read_bytes()
    return out


@fuzz_settings(ci=25, long=400)
@given(
    seed=st.integers(0, 2**32 - 1),
    before=st.sampled_from(["missing", "theirs", "empty"]),
    fmt=st.sampled_from(["jsonl", "csv"]),
    fail_page=st.integers(1, 7),
    how=st.sampled_from(["503", "reset", "interrupt"]),
)
def test_nothing_destroyed_and_resume_is_exact(
    server: SpecServer,
    references: dict[str, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    before: str,
    fmt: str,
    fail_page: int,
    how: str,
) -> None:
    folder = tmp_path_factory.mktemp("case")
    out = folder / f"runs.{fmt}"
    theirs = random.Random(seed).randbytes(random.Random(seed).randint(1, 300))
    if before == "theirs":
        out.write_bytes(theirs)
    elif before == "empty":
        out.touch()
    original = out.read_bytes() if out.exists() else None
    server.reset()
    if how == "interrupt":
        server.set_faults([])
        stop_at = fail_page
        failed_before_first = False  # on_page runs after a page is written
    else:
        fault = status(503) if how == "503" else reset()
        server.set_faults([fault.on_page(fail_page, "list_experiment_runs", times=None)])
        stop_at = 0
        failed_before_first = fail_page == 1
    raised: BaseException | None = None
    try:
        _export(server, out, fmt, stop_at=stop_at)
    except (evalclients.APIError, Stop) as exc:
        raised = exc
    assert raised is not None, "the fault did not fire"
    cp_file = checkpoint_path(out)
    if failed_before_first:
        # Never touched: the same bytes (or still missing), nothing left beside it.
        assert (out.read_bytes() if out.exists() else None) == original
        assert sorted(p.name for p in folder.iterdir()) == (
            [out.name] if original is not None else []
        )
        count("export files: failed before the first page, output intact")
        return
    cp = Checkpoint.load(cp_file)
    data = out.read_bytes()
    assert len(data) == cp.bytes and references[fmt].startswith(data)  # whole pages only
    server.set_faults([])
    _export(server, out, fmt, resume=cp)
    assert out.read_bytes() == references[fmt]
    assert sorted(p.name for p in folder.iterdir()) == [out.name]
    count("export files: failed after a page, resumed exactly")


def test_a_failure_before_the_first_page_keeps_a_special_file(
    server: SpecServer, tmp_path: Path
) -> None:
    import os
    import stat

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    server.reset()
    server.set_faults([status(503).on("list_experiment_runs").repeat(None)])
    with pytest.raises(evalclients.APIStatusError):
        _export(server, fifo, "jsonl")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["fifo"]
    server.set_faults([])


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_interrupt_after_any_page_resumes_exactly_the_last_included(
    server: SpecServer,
    references: dict[str, bytes],
    tmp_path: Path,
    fmt: str,
) -> None:
    # After the last page the checkpoint has no continuation token, as at the start: resuming
    # it once appended the whole listing again (a file of every run twice, no error).
    pages = -(-40 // 6)
    for stop_at in range(1, pages + 1):
        out = tmp_path / f"runs-{stop_at}.{fmt}"
        server.reset()
        server.set_faults([])
        with pytest.raises(Stop):
            _export(server, out, fmt, stop_at=stop_at)
        cp = Checkpoint.load(checkpoint_path(out))
        assert cp.pages == stop_at and cp.listing_done == (stop_at == pages)
        _export(server, out, fmt, resume=cp)
        assert out.read_bytes() == references[fmt], f"interrupted after page {stop_at}"
        assert not checkpoint_path(out).exists()

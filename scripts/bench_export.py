"""The run export with a slow writer, for scripts/bench: do fetching and writing overlap?

The CLI's ``runs export`` is an ``Exporter`` (evalclients.export) writing to a file or a
stream. Here it pages the bench server's Arize AX runs (a cursor list: each page names the
next) under ``/delay/<ms>`` and writes JSONL into a sink that costs ``write_ms`` per page
(a slow disk, a network mount, a pipe to a slow consumer: the write waits, it does not hold
the interpreter). Per repeat, side by side:

- ``export``: the export as the CLI runs it (the client's default fetch-ahead);
- ``export_serial``: the same with ``concurrency=1`` (fetch, then write, then fetch ...);
- ``fetch``: the same listing paged with nothing written;
- ``write``: everything the export does but wait for the server: the same export from the
  same server without the delay (records built, encoded and written to the slow sink).

Overlapped, the export takes about ``max(fetch, write)``; serial, their sum.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from evalclients import Client
from evalclients.export import Exporter, make_writer
from scripts.bench_latency import PAGES, prefix

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

__all__ = ["EXPECTED", "PAGES", "SlowSink", "workloads"]
from scripts.bench_paging import KEY, PER_PAGE, STYLES

STYLE = STYLES["arize"]


class SlowSink(io.BytesIO):
    """A stream whose every non-empty write takes ``seconds``; the bytes are counted, not kept."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.written = 0

    def write(self, data: ReadableBuffer, /) -> int:
        size = memoryview(data).nbytes
        if size:
            time.sleep(self.seconds)
        self.written += size
        return size


def _client(origin: str, delay_ms: int, concurrency: int | None = None) -> Client:
    base = origin + (prefix(delay_ms) if delay_ms else "") + STYLE.prefix
    if concurrency is None:
        return Client(STYLE.vendor, base_url=base, api_key=KEY)
    return Client(STYLE.vendor, base_url=base, api_key=KEY, concurrency=concurrency)


def workloads(origin: str, delay_ms: int, write_ms: int) -> dict[str, Callable[[], int]]:
    """The four sides (module doc); each returns the number of runs it handled."""
    overlapped, serial = _client(origin, delay_ms), _client(origin, delay_ms, 1)
    undelayed = _client(origin, 0)
    experiment = str(STYLE.params["experiment_id"])

    def export(client: Client) -> Callable[[], int]:
        def run() -> int:
            sink = SlowSink(write_ms / 1000)
            exporter = Exporter(
                client, experiment, make_writer("jsonl"), stream=sink, page_size=PER_PAGE
            )
            return exporter.run().records

        return run

    def fetch() -> int:
        pager = overlapped.paginate(
            STYLE.operation, page_size=PER_PAGE, raw=True, experiment_id=experiment
        )
        return sum(len(page.items) for page in pager.by_page())

    return {
        "export": export(overlapped),
        "export_serial": export(serial),
        "fetch": fetch,
        "write": export(undelayed),
    }


EXPECTED = PAGES * PER_PAGE

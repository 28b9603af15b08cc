"""The export-overlap workloads of the latency section: each side handles every run."""

from __future__ import annotations

import json
import threading

from scripts import bench_export as ex
from scripts.bench_server import Server, build_listings


def test_each_side_handles_every_run_and_the_sink_takes_the_export() -> None:
    server = Server(build_listings(ex.EXPECTED, 100, 1))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sides = ex.workloads(f"http://127.0.0.1:{server.port}", delay_ms=1, write_ms=0)
    assert set(sides) == {"export", "export_serial", "fetch", "write"}
    assert {name: run() for name, run in sides.items()} == dict.fromkeys(sides, ex.EXPECTED)


def test_the_slow_sink_counts_what_it_drops() -> None:
    sink = ex.SlowSink(0.0)
    line = json.dumps({"run_id": "r1"}).encode() + b"\n"
    assert sink.write(line) == len(line) and sink.write(b"") == 0
    assert sink.written == len(line)

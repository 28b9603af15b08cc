"""``make bench``: evalclients against its floor and the official SDKs, as interleaved ratios.

Every line compares two sides measured alternately in one run (A B B A ...), and reports
both medians, the median of the per-repeat ratios A/B and their spread (min-max). Nothing
is compared with a fixed time, so the figures mean the same on a slow or busy machine.

Sections (``--only`` picks some): ``paging`` (the facade against plain httpx + json.loads,
four vendor styles, then every other pagination style of scripts/bench_styles, pre-rendered
pages from scripts/bench_server), ``sdk`` (official
``humanloop`` and ``arize-phoenix-client``; a real Phoenix 20.26.1), ``imports`` (cold
processes), ``memory`` (RSS over 1,000,000 items), ``async`` (prefetch), ``toolchain``
(``scripts.regenerate`` cold and no-op, on an export of HEAD), ``latency`` (listings at 20/50/100
ms round trips against their physical limit, the run export with a slow writer against
max(fetch, write), and ``arize==8.61.0``'s generated client there).

The official SDKs go into ``.cache/bench-venv`` (created on first use, with evalclients
installed editable next to them), never into .venv. Results: ``.bench/results-<time>.json``
and ``.bench/latest.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".bench"
# Holds editable installs of this checkout: BENCH_VENV= puts it elsewhere (a worktree whose
# .cache is shared with other checkouts).
BENCH_VENV = Path(os.environ.get("BENCH_VENV") or ROOT / ".cache" / "bench-venv")
SDK_PINS = [
    "arize-phoenix-client==3.5.0",
    "humanloop==0.8.38",
    "arize==8.61.0",
    "braintrust==0.48.1",
    "langfuse==5.2.0",
]
SECTIONS = ("paging", "sdk", "imports", "memory", "async", "toolchain", "latency")

Line = dict[str, Any]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def compare(
    name: str,
    a: tuple[str, list[float]],
    b: tuple[str, list[float]],
    goal: float | None = None,
    unit: str = "s",
    note: str = "",
) -> Line:
    """One result line from paired samples (``a[i]`` and ``b[i]`` measured together)."""
    ratios = [x / y for x, y in zip(a[1], b[1], strict=True) if y > 0]
    ratio = statistics.median(ratios)
    line: Line = {
        "name": name,
        "a": a[0],
        "b": b[0],
        "a_median": statistics.median(a[1]),
        "b_median": statistics.median(b[1]),
        "unit": unit,
        "ratio": ratio,
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "repeats": len(ratios),
        "goal": goal,
        "met": None if goal is None else ratio <= goal,
        "note": note,
    }
    met = "" if goal is None else ("  ok" if line["met"] else "  MISSED")
    goal_text = "" if goal is None else f" (goal <= {goal:g})"
    log(
        f"  {name}: {a[0]} {line['a_median']:.3f}{unit} / {b[0]} {line['b_median']:.3f}{unit}"
        f" = {ratio:.2f}x [{line['ratio_min']:.2f}-{line['ratio_max']:.2f}]{goal_text}{met}"
    )
    return line


def interleaved(sides: Mapping[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Wall and CPU seconds of each side per repeat; the order alternates every repeat."""
    names = list(sides)
    out: dict[str, list[float]] = {f"{n}{k}": [] for n in names for k in ("", ".cpu")}
    for r in range(repeats):
        for n in names if r % 2 == 0 else list(reversed(names)):
            gc.collect()  # each side starts from the same collector state, not the last one's
            wall, cpu = time.perf_counter(), time.process_time()
            sides[n]()
            out[f"{n}.cpu"].append(time.process_time() - cpu)
            out[n].append(time.perf_counter() - wall)
    return out


SERVER_CPUS: set[int] = set()
"""With ``--pin``: the CPUs of the bench servers (the client keeps the others)."""


def _pinned(cpus: set[int]) -> Callable[[], None]:
    def pin() -> None:
        os.sched_setaffinity(0, cpus)

    return pin


def pin_cpus() -> str:
    """Client on its CPUs, bench servers on the last one: no migrations between repeats.

    Both sides of every line run pinned alike; on a 2-core machine each process gets a core.
    """
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return "--pin: one CPU, nothing pinned"
    SERVER_CPUS.clear()
    SERVER_CPUS.add(cpus[-1])
    os.sched_setaffinity(0, set(cpus[:-1]))
    return f"--pin: client on CPU {','.join(map(str, cpus[:-1]))}, bench servers on CPU {cpus[-1]}"


@contextmanager
def bench_server(n_items: int, per_page: int, n_runs: int) -> Iterator[str]:
    """The pre-rendered page server in a child process; yields its origin."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.bench_server", str(n_items), str(per_page), str(n_runs)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        preexec_fn=_pinned(SERVER_CPUS) if SERVER_CPUS else None,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait()


# 1. Paging overhead


# Issue bars for typed paging without fetch-ahead (the floor fetches one page at a time).
TYPED_GOALS = {"phoenix": 1.05, "arize": 1.10}
"""Typed paging, one page at a time, where issue 14 set a tighter bar than 1.25 (issue 19)."""
RAW_GOAL = 1.0
"""Raw paging against its floor (issue 19: the pager itself adds nothing)."""


def section_paging(args: argparse.Namespace) -> list[Line]:
    from scripts import bench_paging

    items = args.items
    log(f"paging: {items:,} items in pages of 100, per vendor style ({args.repeats} repeats)")
    lines: list[Line] = []
    with bench_server(items, bench_paging.PER_PAGE, 1) as origin:
        for vendor, sides in bench_paging.workloads(origin, items).items():
            for side, run in sides.items():  # warm up; check every side sees every item
                if (got := run()) != items:
                    raise SystemExit(f"paging {vendor} {side}: {got} items, expected {items}")
            t = interleaved(sides, args.repeats)
            lines += [
                compare(f"paging {vendor} typed", ("typed", t["typed"]), ("floor", t["floor"]),
                        1.25, note="wall"),
                compare(f"paging {vendor} typed, one page at a time", ("typed", t["typed_seq"]),
                        ("floor", t["floor"]), TYPED_GOALS.get(vendor, 1.25),
                        note="wall; concurrency=1: no fetch ahead, the decoding's own cost"),
                compare(f"paging {vendor} raw", ("raw", t["raw"]), ("floor", t["floor"]),
                        RAW_GOAL, note="wall"),
                compare(f"paging {vendor} typed cpu", ("typed", t["typed.cpu"]),
                        ("floor", t["floor.cpu"]), note="client process CPU"),
                compare(f"paging {vendor} raw cpu", ("raw", t["raw.cpu"]),
                        ("floor", t["floor.cpu"]), note="client process CPU"),
                compare(f"paging {vendor} typed, gc.freeze()", ("typed", t["typed_frozen"]),
                        ("floor", t["floor"]), note="wall; the caller froze its start-up objects"),
                compare(f"paging {vendor} models alone", ("parse", t["parse"]),
                        ("floor", t["floor"]),
                        note="models parsing decoded pages, no HTTP: the least typed adds"),
            ]  # fmt: skip
        lines += paging_styles(args, origin)
    return lines


def paging_styles(args: argparse.Namespace, origin: str) -> list[Line]:
    """The other pagination styles (scripts/bench_styles): cursor in body, after_id, page with
    a total in meta, offset and next_url, each against its floor."""
    from scripts import bench_styles

    lines: list[Line] = []
    for name, sides in bench_styles.workloads(origin).items():
        for side, run in sides.items():  # warm up; check every side sees every item
            if (got := run()) != args.items:
                raise SystemExit(f"paging {name} {side}: {got} items, expected {args.items}")
        t = interleaved(sides, args.repeats)
        for side, goal in (("typed", 1.25), ("raw", RAW_GOAL)):
            if side in t:
                lines.append(compare(f"paging {name} {side}", (side, t[side]),
                                     ("floor", t["floor"]), goal, note="wall"))  # fmt: skip
    return lines


# 2. Against the official SDKs


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_bench_venv() -> Path:
    """.cache/bench-venv with the pinned SDKs and evalclients (editable); created once."""
    python = venv_python(BENCH_VENV)
    marker = BENCH_VENV / ".bench-ok"
    wanted = "\n".join(SDK_PINS)
    if marker.exists() and marker.read_text() == wanted:
        return python
    log(f"bench: installing {', '.join(SDK_PINS)} into {BENCH_VENV}")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    from scripts.registry import read_registry

    editable = ["-e", str(ROOT)]
    for vendor in read_registry():
        editable += ["-e", str(ROOT / "generated" / vendor)]
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *SDK_PINS, *editable], check=True
    )
    marker.write_text(wanted)
    return python


def run_json(cmd: list[str], env: dict[str, str] | None = None) -> Any:
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


async def _seed_runs(base_url: str, experiment_id: str, example_ids: list[str], reps: int) -> int:
    import httpx

    stamp = datetime.now(UTC).isoformat()
    jobs = [(e, r) for e in example_ids for r in range(1, reps + 1)]
    limit = asyncio.Semaphore(16)
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:

        async def post(example_id: str, rep: int) -> None:
            body = {
                "dataset_example_id": example_id,
                "output": {"answer": example_id, "rep": rep},
                "repetition_number": rep,
                "start_time": stamp,
                "end_time": stamp,
                "error": None,
            }
            async with limit:
                r = await client.post(f"/v1/experiments/{experiment_id}/runs", json=body)
                r.raise_for_status()

        await asyncio.gather(*(post(e, r) for e, r in jobs))
    return len(jobs)


def section_sdk(args: argparse.Namespace) -> list[Line]:
    python = str(ensure_bench_venv())
    lines: list[Line] = []
    runs = args.runs
    log(f"sdk: Humanloop list_runs_for_evaluation, {runs:,} runs in one answer")
    with bench_server(100, 100, runs) as origin:
        t = run_json(
            [python, "-m", "scripts.bench_sdk", "humanloop", origin, str(runs), str(args.repeats)]
        )
    lines.append(
        compare(
            "sdk humanloop runs",
            ("evalclients", t["evalclients"]),
            ("humanloop", t["sdk"]),
            1.0,
            note=f"{runs} runs, humanloop==0.8.38",
        )
    )
    lines += phoenix_sdk(args, python)
    return lines


def phoenix_sdk(args: argparse.Namespace, python: str) -> list[Line]:
    from evalclients.pagination import Walker
    from evalclients.registry import get_vendor
    from scripts.phoenix_server import PhoenixServer, ensure_phoenix
    from tests.phoenix.seed import create_experiment, make_client, upload_dataset

    runs, reps = args.phoenix_runs, 5
    log(f"sdk: real Phoenix, seeding {runs:,} runs ({runs // reps} examples x {reps})")
    venv = ensure_phoenix()
    with PhoenixServer(venv=venv) as server:
        start = time.perf_counter()
        with make_client(server.base_url, timeout=120) as client:
            dataset = upload_dataset(client, runs // reps)
            experiment = create_experiment(client, dataset.dataset_id, repetitions=reps)
        seeded = asyncio.run(
            _seed_runs(server.base_url, experiment["id"], dataset.example_ids, reps)
        )
        log(f"  seeded {seeded:,} runs in {time.perf_counter() - start:.1f}s")
        t = run_json(
            [
                python,
                "-m",
                "scripts.bench_sdk",
                "phoenix",
                server.base_url,
                experiment["id"],
                str(seeded),
                str(args.sdk_repeats),
            ]
        )
    pin = "arize-phoenix-client==3.5.0"
    # The page size the facade's pager picks when the caller gives none.
    ours = Walker(get_vendor("phoenix").operation("list_experiment_runs").pagination, {}).page_size
    lines = [
        compare(
            "sdk phoenix runs (each library's defaults)",
            ("evalclients", t["evalclients"]),
            ("phoenix.client", t["sdk"]),
            1.0,
            note=f"{seeded} runs, {pin}: {ours} vs 50 per page",
        ),
        compare(
            "sdk phoenix runs vs get_experiment()",
            ("evalclients", t["evalclients"]),
            ("get_experiment", t["sdk_get_experiment"]),
            note="the SDK's public call: one unpaginated request + the JSON export",
        ),
    ]
    for page in (50, 1000):
        lines.append(
            compare(
                f"sdk phoenix runs (both {page} per page)",
                ("evalclients", t[f"evalclients_{page}"]),
                ("phoenix.client", t[f"sdk_{page}"]),
                note=f"{seeded} runs, {pin}; typed models vs the SDK's dicts",
            )
        )
        lines.append(
            compare(
                f"sdk phoenix runs raw (both {page} per page)",
                ("evalclients raw", t[f"evalclients_raw_{page}"]),
                ("phoenix.client", t[f"sdk_{page}"]),
                note=f"{seeded} runs as dicts, as the SDK returns them",
            )
        )
    return lines


# 3. Import time


def timed_process(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return time.perf_counter() - start


def import_pair(
    python: str,
    name: str,
    a: str,
    b: str,
    goal: float,
    repeats: int,
    note: str = "",
    labels: tuple[str, str] | None = None,
) -> Line:
    from scripts.bench_startup import writable_bytecode_env

    for stmt in (a, b):  # warm the bytecode caches (as installed); fail early on a missing module
        subprocess.run([python, "-c", stmt], check=True, cwd=ROOT, env=writable_bytecode_env())
    ta: list[float] = []
    tb: list[float] = []
    for r in range(repeats):
        pairs = [(ta, a), (tb, b)] if r % 2 == 0 else [(tb, b), (ta, a)]
        for sink, stmt in pairs:
            sink.append(timed_process([python, "-c", stmt]))
    label_a, label_b = labels or (a, b)
    return compare(name, (label_a, ta), (label_b, tb), goal, note=note or "whole process")


def section_imports(args: argparse.Namespace) -> list[Line]:
    log(f"imports: cold processes, whole-process wall time ({args.import_repeats} repeats)")
    n = args.import_repeats
    ours = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
    lines = [
        import_pair(ours, "import facade + list op",
                    "import evalclients, evalclients_phoenix.api.experiments.list_experiment_runs",
                    "import httpx, attrs", 1.5, n),
        import_pair(ours, "import facade + list op (arize)",
                    "import evalclients, evalclients_arize.api.experiments.list_experiment_runs",
                    "import httpx, attrs", 1.5, n),
    ]  # fmt: skip
    lines += startup(args, ours)
    python = str(ensure_bench_venv())
    for ours_mod, theirs in (
        ("evalclients_humanloop", "humanloop"),
        ("evalclients_arize", "arize"),
        ("evalclients_phoenix", "phoenix.client"),
    ):
        lines.append(
            import_pair(
                python,
                f"import {ours_mod} vs {theirs}",
                f"import {ours_mod}",
                f"import {theirs}",
                0.5,
                n,
            )
        )
    return lines


def startup(args: argparse.Namespace, python: str) -> list[Line]:
    """Issue 19's start-up bars: import + client + one failed call against the same call
    with plain httpx; the first client's construction among 300 installed distributions."""
    from scripts import bench_startup as st

    n = args.import_repeats
    with bench_server(100, 100, 1) as origin:
        ours, plain = st.first_call(origin)
        lines = [
            import_pair(python, "import + client + one failed call vs httpx", ours, plain,
                        1.15, n, note="whole process; a 404 from the bench server",
                        labels=("evalclients", "httpx")),
        ]  # fmt: skip
        with tempfile.TemporaryDirectory(prefix="evalclients-dists-") as extra:
            added = st.stand_in_distributions(Path(extra))
            path = {"PYTHONPATH": os.pathsep.join([extra, str(ROOT)])}
            cmd = [python, "-m", "scripts.bench_startup", "construct", origin]
            run_json(cmd, {**st.writable_bytecode_env(), **path})  # warm the bytecode caches
            runs = [run_json(cmd, {**os.environ, **path}) for _ in range(n)]
    dists = int(runs[0]["distributions"])
    log(f"  construction: {dists} distributions on the path ({added} stand-ins), {n} processes")
    for side, what in (("client", 'Client("phoenix")'), ("named", "evalclients.Humanloop")):
        extra_ms = [(r[side] - r["httpx"]) * 1000 for r in runs]
        line: Line = {
            "name": f"construction {what} beyond httpx.Client(), {dists} distributions",
            "ms_beyond_median": statistics.median(extra_ms),
            "ms_beyond_min": min(extra_ms),
            "ms_beyond_max": max(extra_ms),
            "ours_ms_median": statistics.median(r[side] * 1000 for r in runs),
            "httpx_ms_median": statistics.median(r["httpx"] * 1000 for r in runs),
            "goal_ms": 5.0,
            "met": statistics.median(extra_ms) <= 5.0,
            "note": "first client in a fresh process, imports done; per-process differences",
        }
        lines.append(line)
        log(
            f"  {line['name']}: {line['ms_beyond_median']:+.1f} ms"
            f" [{line['ms_beyond_min']:+.1f} to {line['ms_beyond_max']:+.1f}]"
            f" (ours {line['ours_ms_median']:.1f} ms, httpx {line['httpx_ms_median']:.1f} ms;"
            f" goal <= +5){'  ok' if line['met'] else '  MISSED'}"
        )
    return lines


# 4. Memory


def section_memory(args: argparse.Namespace) -> list[Line]:
    pages = args.memory_items // 100
    log(f"memory: {args.memory_items:,} typed Phoenix runs, RSS after every page")
    with bench_server(100, 100, 1) as origin:
        r = run_json([sys.executable, "-m", "scripts.bench_paging", "memory", origin, str(pages)])
    rss = r["rss"]
    mb = 1024 * 1024
    growth = (max(rss) - rss[0]) / mb
    line: Line = {
        "name": "memory 1M items",
        "items": r["items"],
        "pages": r["pages"],
        "seconds": r["seconds"],
        "rss_first_page_mb": rss[0] / mb,
        "rss_peak_mb": max(rss) / mb,
        "rss_last_page_mb": rss[-1] / mb,
        "growth_mb": growth,
        "goal": 30.0,
        "met": growth < 30.0,
        "rss_every_100_pages_mb": [round(x / mb, 1) for x in rss[::100]],
    }
    log(
        f"  {r['items']:,} items in {r['seconds']:.1f}s: RSS {rss[0] / mb:.1f} MB after page 1,"
        f" peak {max(rss) / mb:.1f} MB, last {rss[-1] / mb:.1f} MB; growth {growth:.1f} MB"
        f" (goal < 30){'  ok' if line['met'] else '  MISSED'}"
    )
    return [line]


# 5. Async prefetch


def section_async(args: argparse.Namespace) -> list[Line]:
    from scripts import bench_paging

    work, pages = 0.004, 50
    log(
        f"async: four vendors concurrently, {pages} pages each, server 4 ms per page,"
        f" consumer 4 ms per page; prefetch=1 and the default fetch-ahead vs each page on"
        f" demand (concurrency=1, prefetch=0)"
    )
    with bench_server(args.items, 100, 1) as origin:

        def run(prefetch: int, concurrency: int | None) -> Callable[[], object]:
            return lambda: asyncio.run(
                bench_paging.concurrent(origin, prefetch, work, pages, concurrency)
            )

        sides = {"prefetch": run(1, 1), "default": run(0, None), "sequential": run(0, 1)}
        for side in sides.values():
            side()
        t = interleaved(sides, args.repeats)
    return [
        compare(
            "async 4 vendors, slow consumer, prefetch=1",
            ("prefetch=1", t["prefetch"]),
            ("on demand", t["sequential"]),
            0.8,
        ),
        compare(
            "async 4 vendors, slow consumer, default fetch-ahead",
            ("default", t["default"]),
            ("on demand", t["sequential"]),
            0.8,
        ),
    ]


# 6. Toolchain


def section_toolchain(args: argparse.Namespace) -> list[Line]:
    log("toolchain: scripts.regenerate on an export of HEAD (cold --force, then no-op)")
    python = str(ROOT / ".venv" / "bin" / "python")
    tmp = Path(tempfile.mkdtemp(prefix="evalclients-regen-"))
    try:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        tar_path = tmp / "head.tar"
        tar_path.write_bytes(archive)
        tree = tmp / "tree"
        with tarfile.open(tar_path) as tar:
            tar.extractall(tree, filter="data")

        def regen(*flags: str) -> float:
            start = time.perf_counter()
            subprocess.run(
                [python, "-m", "scripts.regenerate", *flags],
                cwd=tree,
                check=True,
                capture_output=True,
            )
            return time.perf_counter() - start

        cold = regen("--force")
        noop = [regen() for _ in range(3)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    line: Line = {
        "name": "regenerate",
        "cold_force_seconds": cold,
        "noop_seconds_median": statistics.median(noop),
        "noop_seconds": noop,
        "goal_noop_seconds": 1.0,
        "met": statistics.median(noop) < 1.0,
    }
    log(
        f"  all four vendors --force: {cold:.1f}s; no-op: {statistics.median(noop):.2f}s"
        f" (goal < 1 s){'  ok' if line['met'] else '  MISSED'}"
    )
    return [line]


# 7. Latency


def section_latency(args: argparse.Namespace) -> list[Line]:
    from scripts import bench_latency as lat

    pages, delays = lat.PAGES, [int(d) for d in args.delays.split(",")]
    fetch_ahead = "yes" if lat.supports_concurrency() else "no (window 1)"
    log(
        f"latency: {pages} pages of {lat.PAGE_SIZE} per listing at {'/'.join(map(str, delays))} ms;"
        f" limit: cursor pages x RTT, page+total (1 + ceil((pages-1)/window)) x RTT;"
        f" fetch-ahead in this build: {fetch_ahead} ({args.repeats} repeats)"
    )
    lines: list[Line] = []
    with bench_server(pages * lat.PAGE_SIZE, lat.PAGE_SIZE, 1) as origin:
        for delay in delays:
            for vendor, style in lat.styles().items():
                kind, window = lat.kind(style), lat.window(style)
                t = lat.measure(origin, style, delay, args.repeats)
                rtt = statistics.median(t["rtt"])
                note = f"{kind}, window {window}, RTT {rtt * 1000:.1f} ms"
                lines.append(
                    compare(f"latency {vendor} {delay} ms ({kind}) vs limit",
                            ("evalclients", t["listing"]), ("limit", t["limit"]),
                            1.10, note=note)
                )  # fmt: skip
                if kind == "page+total":
                    lines.append(
                        compare(f"latency {vendor} {delay} ms ({kind}) vs {pages} sequential RTTs",
                                ("evalclients", t["listing"]), ("sequential", t["sequential"]),
                                0.35, note=note)
                    )  # fmt: skip
        lines += export_overlap(args, origin)
        lines += latency_peers(args, origin, delays)
    return lines


def export_overlap(args: argparse.Namespace, origin: str, delay_ms: int = 40) -> list[Line]:
    """Issue 19's bar: the run export with a writer as slow as the server, against
    max(fetch time, write time) measured in the same repeat (scripts/bench_export)."""
    from scripts import bench_export as ex

    log(
        f"latency export: {ex.PAGES} pages of Arize AX runs at {delay_ms} ms, a writer taking"
        f" {delay_ms} ms per page ({args.repeats} repeats)"
    )
    sides = ex.workloads(origin, delay_ms, write_ms=delay_ms)
    for side, run in sides.items():  # warm up; check every side handles every run
        if (got := run()) != ex.EXPECTED:
            raise SystemExit(f"latency export {side}: {got} runs, expected {ex.EXPECTED}")
    t = interleaved(sides, args.repeats)
    bound = [max(f, w) for f, w in zip(t["fetch"], t["write"], strict=True)]
    total = [f + w for f, w in zip(t["fetch"], t["write"], strict=True)]
    note = f"cursor list, {delay_ms} ms per request and per page written"
    return [
        compare("latency export, slow writer vs max(fetch, write)", ("export", t["export"]),
                ("max", bound), 1.15, note=note),
        compare("latency export, slow writer vs fetch + write", ("export", t["export"]),
                ("sum", total), note=note + "; what no overlap costs"),
        compare("latency export concurrency=1 vs max(fetch, write)",
                ("export_serial", t["export_serial"]), ("max", bound), note=note),
    ]  # fmt: skip


def latency_peers(args: argparse.Namespace, origin: str, delays: list[int]) -> list[Line]:
    """arize==8.61.0's generated client vs evalclients, same listing, same page size."""
    from scripts import bench_latency as lat

    python = str(ensure_bench_venv())
    runs, page = lat.PAGES * lat.PAGE_SIZE, lat.PAGE_SIZE
    lines: list[Line] = []
    for delay in [0, *delays]:
        base = origin + (lat.prefix(delay) if delay else "")
        log(f"latency peers: Arize AX runs, {runs:,} in pages of {page}, {delay} ms per request")
        t = run_json(
            [python, "-m", "scripts.bench_sdk", "arize", base, str(runs), str(page),
             str(args.repeats)]
        )  # fmt: skip
        lines.append(
            compare(
                f"peer arize runs at {delay} ms",
                ("evalclients", t["evalclients"]),
                ("arize._generated", t["sdk"]),
                1.0,
                note=f"{runs} runs, arize==8.61.0 ExperimentsApi.list_experiment_runs",
            )
        )
    return lines + sdk_peers(args, origin, python)


# Per vendor: the pinned SDK, and each listing compared (the worker's key, what it lists).
PEERS = {
    "braintrust": ("braintrust==0.48.1 braintrust.api", [
        ("events", "experiment events (cursor in body)"),
        ("experiments", "experiments (after_id)"),
    ]),
    "langfuse": ("langfuse==5.2.0 LangfuseAPI", [("items", "dataset items (page+total)")]),
}  # fmt: skip


def sdk_peers(args: argparse.Namespace, origin: str, python: str) -> list[Line]:
    """The Braintrust and Langfuse SDKs' own REST clients vs evalclients on the same fake
    listings (scripts/bench_sdk), with no delay and at 50 ms per request."""
    from scripts import bench_latency as lat

    n, page = lat.PAGES * lat.PAGE_SIZE, lat.PAGE_SIZE
    lines: list[Line] = []
    for vendor, (sdk, listings) in PEERS.items():
        for delay in (0, 50):
            log(f"peers: {vendor}, {n:,} items in pages of {page}, {delay} ms per request")
            base = origin + (lat.prefix(delay) if delay else "")
            t = run_json(
                [python, "-m", "scripts.bench_sdk", vendor, base, str(n), str(page),
                 str(args.repeats)]
            )  # fmt: skip
            for key, what in listings:
                theirs = (sdk.split()[0], t[f"sdk_{key}"])
                lines.append(
                    compare(
                        f"peer {vendor} {what} at {delay} ms",
                        ("evalclients", t[key]),
                        theirs,
                        1.0,
                        note=f"{n}, {sdk}",
                    )
                )
                lines.append(compare(f"peer {vendor} {what} raw at {delay} ms",
                                     ("evalclients raw", t[f"{key}_raw"]), theirs,
                                     note=f"{n} as dicts, {sdk}"))  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help=f"comma-separated sections of {', '.join(SECTIONS)}")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved repeats (5)")
    parser.add_argument("--items", type=int, default=100_000, help="items per listing")
    parser.add_argument("--runs", type=int, default=10_000, help="Humanloop runs (10,000)")
    parser.add_argument("--phoenix-runs", type=int, default=10_000, help="Phoenix runs to seed")
    parser.add_argument("--sdk-repeats", type=int, default=5)
    parser.add_argument("--import-repeats", type=int, default=9)
    parser.add_argument("--memory-items", type=int, default=1_000_000)
    parser.add_argument("--delays", default="20,50,100", help="latency section, ms per request")
    parser.add_argument(
        "--pin", action="store_true", help="client and bench servers on separate CPUs (Linux)"
    )
    args = parser.parse_args(argv)
    if args.pin:
        log(pin_cpus())
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    sections: dict[str, Callable[[argparse.Namespace], list[Line]]] = {
        "paging": section_paging,
        "sdk": section_sdk,
        "imports": section_imports,
        "memory": section_memory,
        "async": section_async,
        "toolchain": section_toolchain,
        "latency": section_latency,
    }
    started = datetime.now(UTC)
    results: dict[str, Any] = {
        "started": started.isoformat(),
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "cpus": os.cpu_count(),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),
        "args": vars(args),
        "sections": {},
    }
    for name in SECTIONS:
        if name in chosen:
            results["sections"][name] = sections[name](args)
    results["seconds"] = (datetime.now(UTC) - started).total_seconds()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"results-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    text = json.dumps(results, indent=2)
    path.write_text(text)
    (OUT / "latest.json").write_text(text)
    log(f"bench: wrote {path.relative_to(ROOT)} and .bench/latest.json ({results['seconds']:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

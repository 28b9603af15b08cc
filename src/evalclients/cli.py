"""The ``evalclients`` command line: vendors, experiments, and resumable run exports.

    evalclients vendors
    evalclients experiments VENDOR [--dataset ID | --file ID]
    evalclients runs export VENDOR EXPERIMENT_ID [-o FILE] [--format jsonl|csv]
                                                 [--max-items N] [--resume | --force]
    evalclients runs summary VENDOR EXPERIMENT_ID [--json]
    evalclients runs compare VENDOR ID_A ID_B [--top N] [--json]

Exit codes:

===  ==========================================================================
0    success
1    anything else (e.g. the output file cannot be written; a bug: see --debug)
2    usage: bad arguments, unknown vendor or region, a checkpoint that does not fit
3    authentication: no API key, or the server answered 401 / 403
4    not found: the server answered 404 (unknown experiment, evaluation, dataset)
5    request rejected: any other 4xx (400, 409, 422, ...)
6    server failure after retries: 5xx, 429, or an answer that cannot be read
7    network failure after retries: connection refused or reset, timeout, DNS, TLS
130  interrupted by SIGINT (143: SIGTERM); the export's checkpoint is saved
===  ==========================================================================

An export that stops with 5, 6, 7, 130 or 143 after at least one page leaves the output cut
at the last complete page and ``FILE.checkpoint.json``; ``--resume`` continues from there.
Errors are one line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import signal
import stat
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from evalclients import __version__, cli_results
from evalclients.checkpoint import Checkpoint, CheckpointError, checkpoint_path
from evalclients.client import Client
from evalclients.config import check_timeout
from evalclients.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from evalclients.export import FORMATS, Exporter, RecordError, make_writer, run_params
from evalclients.registry import Vendor, get_vendor, installed_vendors, param_name

__all__ = ["EXIT_CODES", "main"]

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_REJECTED = 5
EXIT_SERVER = 6
EXIT_NETWORK = 7
EXIT_SIGINT = 128 + signal.SIGINT
EXIT_SIGTERM = 128 + signal.SIGTERM
EXIT_CODES = {
    "ok": EXIT_OK,
    "other": EXIT_OTHER,
    "usage": EXIT_USAGE,
    "auth": EXIT_AUTH,
    "not_found": EXIT_NOT_FOUND,
    "rejected": EXIT_REJECTED,
    "server": EXIT_SERVER,
    "network": EXIT_NETWORK,
    "sigint": EXIT_SIGINT,
    "sigterm": EXIT_SIGTERM,
}
PLAIN_INTERVAL = 1.0  # seconds between progress lines without a terminal
PROG = "evalclients"


class CLIError(Exception):
    """An error with its exit code and a one-line message."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived (a BaseException, like KeyboardInterrupt)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise CLIError(f"{message} (see: {self.prog} --help)", EXIT_USAGE)


# -- errors ---------------------------------------------------------------------------------


def exit_code(exc: BaseException) -> int:
    """The documented exit code for an exception."""
    if isinstance(exc, CLIError):
        return exc.code
    if isinstance(exc, Interrupted):
        return 128 + exc.signum
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_SIGINT
    if isinstance(exc, (AuthenticationError, PermissionDeniedError)):
        return EXIT_AUTH
    if isinstance(exc, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(exc, RateLimitError) or (
        isinstance(exc, APIStatusError) and exc.status_code >= 500
    ):
        return EXIT_SERVER
    if isinstance(exc, APIStatusError):
        return EXIT_REJECTED
    if isinstance(exc, APIConnectionError):
        return EXIT_NETWORK
    if isinstance(exc, (APIError, RecordError)):
        return EXIT_SERVER
    if isinstance(exc, (ConfigurationError, CheckpointError)):
        return EXIT_USAGE
    return EXIT_OTHER


def describe(exc: BaseException) -> str:
    """One line for an exception."""
    if isinstance(exc, APIError):
        path = httpx.URL(exc.url).path if exc.url else ""
        where = " ".join(p for p in (exc.method, path) if p)
        text = f"{exc.vendor}: {where} → {exc.message}" if where else exc.message
    elif isinstance(exc, OSError) and exc.filename:
        text = f"{exc.strerror or exc}: {exc.filename}"
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())


# -- clients --------------------------------------------------------------------------------


def _vendor(name: str) -> Vendor:
    try:
        return get_vendor(name)
    except ConfigurationError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None


def _client(args: argparse.Namespace) -> Client:
    vendor = _vendor(args.vendor)
    env = args.api_key_env or vendor.api_key_env
    key = os.environ.get(env) or None
    if key is None and (args.api_key_env or vendor.auth["required"]):
        raise CLIError(
            f"{vendor.display_name} needs an API key: set {env}"
            + ("" if args.api_key_env else " (or name another variable with --api-key-env)"),
            EXIT_AUTH,
        )
    try:
        return Client(
            vendor.name,
            api_key=key,
            base_url=args.base_url,
            region=args.region,
            timeout=args.timeout,
            max_retries=args.max_retries,
            allow_insecure_http=args.allow_insecure_http,
        )
    except ConfigurationError as exc:
        text = str(exc).replace("allow_insecure_http=True", "--allow-insecure-http")
        if text.startswith("api_key "):  # the key came from a variable: name it
            text = env + text.removeprefix("api_key")
        raise CLIError(text, EXIT_USAGE) from None


def _auth_hint(exc: BaseException, args: argparse.Namespace) -> str:
    if isinstance(exc, (AuthenticationError, PermissionDeniedError)) and "vendor" in args:
        vendor = get_vendor(args.vendor)
        env = args.api_key_env or vendor.api_key_env
        state = "is set" if os.environ.get(env) else "is not set"
        return f" (the key comes from {env}, which {state})"
    return ""


# -- vendors --------------------------------------------------------------------------------


def cmd_vendors(args: argparse.Namespace, out: Console) -> int:
    """The installed vendors, their endpoints and key variables (never the keys)."""
    rows: list[dict[str, Any]] = []
    for name in sorted(installed_vendors()):
        v = _vendor(name)
        rows.append(
            {
                "vendor": v.name,
                "name": v.display_name,
                "version": v.version,
                "base_url": v.base_url,
                "base_url_env": v.base_url_env,
                "base_url_env_value": os.environ.get(v.base_url_env or "") or None,
                "regions": list(v.regions),
                "api_key_env": v.api_key_env,
                "api_key_required": bool(v.auth["required"]),
                "api_key_set": bool(os.environ.get(v.api_key_env)),
                "export": v.export["operation"] if v.export else None,
            }
        )
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return EXIT_OK
    table = Table(show_lines=True)
    table.add_column("vendor", no_wrap=True)
    table.add_column("base URL / regions", overflow="fold")
    table.add_column("API key", no_wrap=True)
    for row in rows:
        lines = [row["base_url"]]
        if row["base_url_env"]:
            override = row["base_url_env_value"]
            lines.append(f"{row['base_url_env']}=" + (override or "(unset)"))
        lines += row["regions"]
        key_state = "set" if row["api_key_set"] else "not set"
        if not row["api_key_required"]:
            key_state += " (optional)"
        table.add_row(
            f"{row['vendor']}\n{row['name']}",
            "\n".join(lines),
            f"{row['api_key_env']}\n{key_state}",
        )
    out.print(table)
    return EXIT_OK


# -- experiments ----------------------------------------------------------------------------


def cmd_experiments(args: argparse.Namespace, out: Console) -> int:
    """A table of what the registry's ``experiments`` listing of the vendor names."""
    vendor = _vendor(args.vendor)
    listing = vendor.experiments
    if listing is None:
        raise CLIError(f"{vendor.display_name}: listing experiments is not supported", EXIT_USAGE)
    operation = listing["operation"]
    filters = listing.get("filters", {})
    noun = listing.get("noun", "experiments")
    params: dict[str, Any] = {}
    for option in ("dataset", "file"):
        value = getattr(args, option)
        declared = filters.get(option)
        if value is not None and declared is None:
            raise CLIError(f"{vendor.display_name} has no --{option} filter", EXIT_USAGE)
        if value is None and declared is not None and declared.get("required", False):
            raise CLIError(f"{vendor.display_name} lists {noun} by --{option} ID", EXIT_USAGE)
        if value is not None and declared is not None:
            params[param_name(declared["param"])] = value
    with _client(args) as client:
        items = list(client.paginate(operation, raw=True, max_items=args.limit, **params))
    if args.json:
        for item in items:
            print(json.dumps(item, ensure_ascii=False))
        return EXIT_OK
    table = Table(title=f"{vendor.display_name} {noun}")
    for col in ("id", "name", "status", "created"):
        table.add_column(col, overflow="fold")
    for item in items:
        get = item.get if isinstance(item, dict) else (lambda _k: None)
        table.add_row(*(str(get(k)) if get(k) is not None else "" for k in _EXPERIMENT_KEYS))
    out.print(table)
    print(f"{len(items)} {noun}", file=sys.stderr)
    return EXIT_OK


_EXPERIMENT_KEYS = ("id", "name", "status", "created_at")


# -- runs export ----------------------------------------------------------------------------


class RateColumn(ProgressColumn):
    """Records per second."""

    def render(self, task: Task) -> Text:
        """The current speed."""
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} runs/s" if speed else "– runs/s", style="progress.data.speed")


class Reporter:
    """Progress on stderr: a live bar on a terminal, plain lines (at most 1/s) otherwise."""

    def __init__(self, console: Console, description: str, quiet: bool) -> None:
        self.console = console
        self.description = description
        self.quiet = quiet
        self.started = time.monotonic()
        self.start_records = 0
        self._last_line = 0.0
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    @contextmanager
    def running(self, state: Checkpoint) -> Iterator[Reporter]:
        """Show progress while the block runs."""
        self.start_records = state.records
        self.started = time.monotonic()
        if self.quiet or not self.console.is_terminal:
            yield self
            return
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed:,} runs"),
            TextColumn("{task.fields[pages]} pages"),
            RateColumn(),
            TimeElapsedColumn(),
            console=self.console,
        )
        self._task = self._progress.add_task(
            self.description, total=None, completed=state.records, pages=state.pages
        )
        with self._progress:
            yield self

    def rate(self, records: int) -> float:
        """Records per second in this session."""
        elapsed = time.monotonic() - self.started
        return (records - self.start_records) / elapsed if elapsed > 0 else 0.0

    def update(self, state: Checkpoint, total: int | None) -> None:
        """After each page."""
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task, completed=state.records, total=total, pages=state.pages
            )
            return
        now = time.monotonic()
        if self.quiet or (now - self._last_line < PLAIN_INTERVAL and state.pages > 1):
            return
        self._last_line = now
        of = f"/{total:,}" if total is not None else ""
        self.console.print(
            f"{self.description}: {state.records:,}{of} runs, {_pages(state.pages)}, "
            f"{self.rate(state.records):,.0f} runs/s",
            highlight=False,
            soft_wrap=True,
        )


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)  # let the checkpoint be written
    raise Interrupted(signum)


@contextmanager
def _signals_raise() -> Iterator[None]:
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, _raise_interrupted)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _resume_state(
    args: argparse.Namespace, output: Path, cp_file: Path, base_url: str, err: Console
) -> Checkpoint | None:
    if not cp_file.exists():
        if args.resume:
            err.print(f"no checkpoint at {cp_file}; starting from the first page", highlight=False)
        return None
    if args.force:
        Checkpoint.remove(cp_file)
        return None
    if not args.resume:
        raise CLIError(
            f"{output} has an unfinished export ({cp_file}): "
            "pass --resume to continue it or --force to start over",
            EXIT_USAGE,
        )
    cp = Checkpoint.load(cp_file)
    mismatch = [
        f"{what} {mine!r} (checkpoint: {theirs!r})"
        for what, mine, theirs in (
            ("vendor", args.vendor, cp.vendor),
            ("id", args.experiment_id, cp.experiment_id),
            ("--format", args.format or cp.format, cp.format),
            ("base URL", base_url, cp.base_url),
            ("--page-size", args.page_size or cp.page_size, cp.page_size),
        )
        if mine != theirs
    ]
    if mismatch:
        raise CLIError(f"cannot resume {output}: " + "; ".join(mismatch), EXIT_USAGE)
    if args.max_items is not None and args.max_items != cp.limit:
        cp = dataclasses.replace(cp, limit=args.max_items)
    return cp


def _format(args: argparse.Namespace, output: Path | None) -> str:
    if args.format:
        return str(args.format)
    suffix = output.suffix.lower() if output is not None else ""
    return {".csv": "csv", ".parquet": "parquet"}.get(suffix, "jsonl")


def _check_output(args: argparse.Namespace, output: Path, cp_file: Path) -> None:
    """Refuse, before any request, an output this export must not overwrite or cannot write."""
    if output.is_dir():
        raise CLIError(f"{output} is a directory; name a file with -o", EXIT_USAGE)
    if not output.parent.is_dir():
        raise CLIError(f"{output.parent} does not exist (-o {output})", EXIT_USAGE)
    if args.force or args.resume or cp_file.exists():
        return
    try:
        info = output.stat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode) and info.st_size > 0:
        raise CLIError(
            f"{output} exists; pass --force to replace it (it is replaced only once the "
            "first page is complete)",
            EXIT_USAGE,
        )


def _max_items(args: argparse.Namespace, err: Console) -> int | None:
    if args.limit is not None:
        err.print(
            "evalclients: --limit is deprecated; use --max-items (the item cap)", highlight=False
        )
        if args.max_items is None:
            args.max_items = args.limit
    value: int | None = args.max_items
    return value


def cmd_export(args: argparse.Namespace, out: Console, err: Console) -> int:
    """Export every run of an experiment (or what the registry's export names) with its
    evaluations."""
    vendor = _vendor(args.vendor)
    try:
        source = vendor.export_for(args.experiment_id)
    except ValueError as exc:
        raise CLIError(f"{vendor.display_name}: {exc}", EXIT_USAGE) from None
    if source is None:
        raise CLIError(f"{vendor.display_name}: run export is not supported", EXIT_USAGE)
    output = None if args.output in (None, "-") else Path(args.output)
    if output is None and (args.resume or args.force):
        raise CLIError("--resume and --force need -o FILE", EXIT_USAGE)
    max_items = _max_items(args, err)
    if args.page_size is not None and args.page_size < 1:
        raise CLIError("--page-size must be >= 1", EXIT_USAGE)
    noun = source.get("noun", "experiment")
    check = source.get("check_operation")
    try:
        params: dict[str, Any] = dict(run_params(source, args.experiment_id))
    except ValueError as exc:
        raise CLIError(f"{vendor.display_name}: {exc}", EXIT_USAGE) from None
    cp_file = checkpoint_path(output) if output is not None else None
    if output is not None and cp_file is not None:
        _check_output(args, output, cp_file)
    with _client(args) as client:
        resume = None
        if output is not None and cp_file is not None:
            resume = _resume_state(args, output, cp_file, client.config.base_url, err)
        fmt = resume.format if resume else _format(args, output)
        try:
            writer = make_writer(fmt)
        except ValueError as exc:  # e.g. Parquet without pyarrow
            raise CLIError(str(exc), EXIT_USAGE) from None
        if resume is None and check:
            client.call(check, **params)
        exporter = Exporter(
            client,
            args.experiment_id,
            writer,
            output=output,
            stream=sys.stdout.buffer if output is None else None,
            checkpoint=cp_file,
            page_size=args.page_size,
            limit=max_items,
            resume=resume,
        )
        verb = "resuming" if resume else "exporting"
        reporter = Reporter(err, f"{verb} {vendor.name} {noun} {args.experiment_id}", args.quiet)
        try:
            with _signals_raise(), reporter.running(exporter.state):
                state = exporter.run(reporter.update)
        except BaseException as exc:
            if exporter.state.pages and cp_file is not None and cp_file.exists():
                command = [PROG, *args.argv]
                if "--resume" not in command:
                    command.append("--resume")
                raise CLIError(
                    f"{_stopped(exc)} after {exporter.state.records:,} runs "
                    f"({_pages(exporter.state.pages)}, {cp_file} saved); continue with: "
                    f"{shlex.join(command)}",
                    exit_code(exc),
                ) from exc
            raise
    if state.records == 0 and not check and not resume:
        # nothing confirmed the id: a typo and an empty experiment look alike to this vendor
        err.print(
            f"warning: no runs for {noun} {args.experiment_id!r}, and {vendor.display_name} "
            f"offers no way to check that the {noun} exists: check the id",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if not args.quiet:
        rate = reporter.rate(state.records)
        where = str(output) if output is not None else "stdout"
        err.print(
            f"exported {state.records:,} runs ({_pages(state.pages)}, {state.bytes:,} bytes) "
            f"to {where} in {time.monotonic() - reporter.started:.1f}s ({rate:,.0f} runs/s)",
            highlight=False,
            soft_wrap=True,
        )
    return EXIT_OK


def _pages(n: int) -> str:
    return f"{n:,} page" + ("" if n == 1 else "s")


def _stopped(exc: BaseException) -> str:
    if isinstance(exc, (Interrupted, KeyboardInterrupt)):
        name = exc.args[0] if isinstance(exc, Interrupted) else "SIGINT"
        return f"interrupted ({name})"
    return describe(exc)


# -- parser ---------------------------------------------------------------------------------


def _positive_float(text: str) -> float:
    """A timeout in seconds, checked as the library checks it (NaN and inf refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    try:
        check_timeout(value, "seconds")
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("seconds ")) from None
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (one-line usage errors, exit code 2)."""
    debug = _Parser(add_help=False)
    debug.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    conn = _Parser(add_help=False)
    conn.add_argument("vendor", metavar="VENDOR", help="vendor name (see: evalclients vendors)")
    group = conn.add_argument_group("connection")
    group.add_argument("--base-url", help="the vendor's API URL (default: registry or env)")
    group.add_argument(
        "--region", help="a vendor region (see: evalclients vendors), instead of --base-url"
    )
    group.add_argument(
        "--api-key-env", metavar="NAME", help="read the API key from this variable instead"
    )
    group.add_argument("--max-retries", type=_count, help="retries per request (default 2)")
    group.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="send the key over plain http to a non-loopback host (a trusted network only)",
    )
    group.add_argument(
        "--timeout", type=_positive_float, metavar="SECONDS", help="per request (default 60)"
    )

    parser = _Parser(
        prog=PROG,
        description="Export experiment results from LLM-evaluation platforms.",
        epilog="Exit codes: 0 ok, 1 other, 2 usage, 3 auth, 4 not found, 5 rejected, "
        "6 server, 7 network, 130/143 interrupted.",
        parents=[debug],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    vendors = sub.add_parser("vendors", parents=[debug], help="installed vendors and their keys")
    vendors.add_argument("--json", action="store_true", help="one JSON object per line")

    exps = sub.add_parser(
        "experiments",
        parents=[debug, conn],
        help="list experiments (or what the vendor calls them)",
    )
    exps.add_argument("--dataset", metavar="ID", help="dataset id (vendors that list by dataset)")
    exps.add_argument("--file", metavar="ID", help="file id (vendors that list by file)")
    exps.add_argument("--limit", type=_count, help="at most N")
    exps.add_argument("--json", action="store_true", help="one JSON object per line")

    runs = sub.add_parser("runs", parents=[debug], help="experiment runs")
    runs_sub = runs.add_subparsers(dest="runs_command", metavar="COMMAND", parser_class=_Parser)
    export = runs_sub.add_parser(
        "export",
        parents=[debug, conn],
        help="export every run of an experiment to JSONL or CSV",
        description="Export every run of an experiment (or what the vendor's registry export "
        "names) with its evaluations, page by page, with progress on stderr. Nothing touches "
        "FILE before the first page is complete; an existing FILE needs --force, and a FIFO "
        "or device is written, never replaced or removed. Interrupted or failed exports keep "
        "FILE.checkpoint.json; --resume continues without duplicating a line. CSV cells can "
        "exceed Python csv's default field size limit (131,072 characters): readers may need "
        "csv.field_size_limit().",
    )
    export.add_argument(
        "experiment_id",
        metavar="EXPERIMENT_ID",
        help=(
            "the id the vendor's runs belong to; a vendor whose run listing needs several "
            "parameters (the registry's export.id_params) takes their values joined by its "
            "id_separator (default '/'), e.g. DATASET_ID/RUN_NAME"
        ),
    )
    export.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="jsonl (default), csv (default for *.csv) or parquet (default for *.parquet; "
        "needs evalclients[parquet]; not resumable)",
    )
    export.add_argument("--max-items", type=_count, metavar="N", help="at most N runs")
    export.add_argument(
        "--limit", type=_count, metavar="N", help="deprecated spelling of --max-items"
    )
    export.add_argument(
        "--page-size",
        type=_count,
        metavar="N",
        help="runs per request (default: the registry's for the vendor, else 100)",
    )
    mode = export.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", help="continue from FILE.checkpoint.json")
    mode.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE or discard its checkpoint and start over (without it, "
        "an existing non-empty FILE is refused; FILE is replaced only once the first page is "
        "complete, and is left as it was if the export fails before that)",
    )
    export.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    cli_results.add_parsers(runs_sub, [debug, conn], _count)
    return parser


def _results_command(args: argparse.Namespace, out: Console) -> int:
    """``runs summary`` / ``runs compare`` (evalclients.cli_results)."""
    with _client(args) as client:
        if client.vendor.results is None:
            raise CLIError(f"{client.vendor.display_name}: no experiment results", EXIT_USAGE)
        if args.runs_command == "summary":
            return cli_results.cmd_summary(args, client, out)
        return cli_results.cmd_compare(args, client, out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    err = Console(stderr=True)
    out = Console()
    args = argparse.Namespace(debug="--debug" in argv)
    try:
        args = build_parser().parse_args(argv)
        args.argv = argv
        handler: Callable[[], int]
        if args.command == "vendors":
            handler = lambda: cmd_vendors(args, out)  # noqa: E731
        elif args.command == "experiments":
            handler = lambda: cmd_experiments(args, out)  # noqa: E731
        elif args.command == "runs" and args.runs_command == "export":
            handler = lambda: cmd_export(args, out, err)  # noqa: E731
        elif args.command == "runs" and args.runs_command in ("summary", "compare"):
            handler = lambda: _results_command(args, out)  # noqa: E731
        else:
            raise CLIError(f"missing command (see: {PROG} --help)", EXIT_USAGE)
        return handler()
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`)
        return EXIT_OK
    except (Exception, KeyboardInterrupt, Interrupted) as exc:
        if getattr(args, "debug", False):
            traceback.print_exc()
        message = _stopped(exc) if not isinstance(exc, CLIError) else str(exc)
        print(f"{PROG}: error: {message}{_auth_hint(exc, args)}", file=sys.stderr)
        return exit_code(exc)


if __name__ == "__main__":
    sys.exit(main())

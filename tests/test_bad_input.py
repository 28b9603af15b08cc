"""The README's "Bad input → what happens" table, row by row: each row id has a case here, the
error is of the documented type, one line, holds the documented text and never the key; the
CLI exits with the documented code and leaves an existing ``-o`` file as it was."""

from __future__ import annotations

import json
import math
import os
import re
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import evalclients
from evalclients import RetryPolicy
from evalclients.cli import main
from tests import test_cli as cli_tests
from tests.fakeserver import delay
from tests.fakeserver import status as fault_status
from tests.test_cli import Factory

README = Path(__file__).resolve().parent.parent / "README.md"
KEY = "sk-bad-input-7Qm2x9"
NO_SLEEP = RetryPolicy(sleep=lambda _: None)
RUN = {
    "id": "r1",
    "experiment_id": "e",
    "dataset_example_id": "x",
    "repetition_number": 1,
    "start_time": "2025-01-01T00:00:00+00:00",
    "end_time": "2025-01-01T00:00:01+00:00",
    "output": None,
}


def rows() -> dict[str, tuple[str, str, str]]:
    """Row id → (where, what happens, exit) from the README table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Bad input → what happens", 1)[1].split("\n## ", 1)[0]
    found: dict[str, tuple[str, str, str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) == 5 and re.fullmatch(r"[A-Z]\d+", cells[0]):
            found[cells[0]] = (cells[1], cells[3], cells[4])
    return found


def _mock(client: Any, handler: Callable[[httpx.Request], httpx.Response]) -> None:
    client._transport._wrapped = httpx.MockTransport(handler)


def _l17() -> None:
    client = evalclients.Respan(
        api_key=KEY, base_url="https://proxy.example/api", retry_policy=NO_SLEEP
    )
    _mock(client, lambda _: httpx.Response(404, text="404 Not Found"))
    client.experiment("x")


def _l32() -> None:
    client = evalclients.Phoenix(retry_policy=RetryPolicy(max_retries=5, sleep=lambda _: None))
    sent: list[httpx.Request] = []
    _mock(client, lambda r: sent.append(r) or httpx.Response(503))
    with pytest.raises(evalclients.InternalServerError):
        client.experiment("e")
    assert len(sent) == 6


def _l38() -> None:
    for status, advised in ((422, False), (503, True)):
        client = evalclients.Phoenix(max_retries=0)
        _mock(
            client,
            lambda r, status=status: httpx.Response(
                200 if "cursor" not in r.url.params else status,
                json={"data": [RUN], "next_cursor": "c2"},
            ),
        )
        with pytest.raises(evalclients.APIStatusError) as info:
            list(client.experiment_runs("e"))
        assert info.value.continuation_token == "c2"
        assert ("resume with the error's continuation_token" in str(info.value)) is advised
    raise info.value  # the 503, as the row documents


def _env(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name, value in values.items():
        monkeypatch.setenv(name, value)


LIBRARY: dict[str, Callable[[pytest.MonkeyPatch], Any]] = {
    "L1": lambda m: evalclients.Respan(api_key=KEY + "\u2019"),
    "L2": lambda m: evalclients.Respan(api_key=KEY[:5] + " " + KEY[5:]),
    "L3": lambda m: evalclients.Respan(api_key=KEY + "\n"),
    "L4": lambda m: evalclients.Respan(api_key=""),
    "L5": lambda m: (m.delenv("RESPAN_API_KEY", raising=False), evalclients.Respan()),
    "L6": lambda m: (_env(m, RESPAN_API_KEY=KEY + "\u2019"), evalclients.Respan()),
    "L7": lambda m: evalclients.Phoenix(base_url=" http://localhost:6006"),
    "L8": lambda m: evalclients.Phoenix(base_url="http://localhost:6006\n"),
    "L9": lambda m: evalclients.Phoenix(base_url="http://localhost:6006?project=x"),
    "L10": lambda m: evalclients.Phoenix(base_url="http://localhost:6006/#top"),
    "L11": lambda m: evalclients.Phoenix(base_url="ftp://host"),
    "L12": lambda m: evalclients.Phoenix(base_url="http://localhost:99999"),
    "L13": lambda m: evalclients.Phoenix(base_url="https://user:pw-secret@host"),
    "L14": lambda m: evalclients.Phoenix(base_url="http://"),
    "L15": lambda m: (_env(m, PHOENIX_BASE_URL="http://localhost:6006 "), evalclients.Phoenix()),
    "L16": lambda m: evalclients.Humanloop(api_key=KEY, base_url="https://api.humanloop.com"),
    "L17": lambda m: _l17(),
    "L18": lambda m: evalclients.Phoenix(base_url="http://10.0.0.5:6006", api_key=KEY),
    "L19": lambda m: evalclients.ArizeAX(api_key=KEY, region="mars-1"),
    "L20": lambda m: evalclients.Phoenix(region="eu-west-1a"),
    "L21": lambda m: evalclients.ArizeAX(api_key=KEY, region="eu-west-1a", base_url="https://a"),
    "L22": lambda m: evalclients.Client("nope"),
    "L23": lambda m: evalclients.Phoenix(timeout=-5),
    "L24": lambda m: evalclients.Phoenix(timeout=math.nan),
    "L25": lambda m: evalclients.Phoenix(timeout="slow"),  # type: ignore[arg-type]
    "L26": lambda m: evalclients.Phoenix(timeout=httpx.Timeout(5, read=-1)),
    "L27": lambda m: evalclients.Phoenix(max_retries=-1),
    "L28": lambda m: evalclients.Phoenix().with_options(max_retries=-1),
    "L29": lambda m: evalclients.Phoenix().with_options(timeout=0),
    "L30": lambda m: evalclients.Phoenix().experiment("e", timeout=-1),
    "L31": lambda m: evalclients.Phoenix(retry_policy=RetryPolicy(max_retries=-1)),
    "L32": lambda m: _l32(),
    "L33": lambda m: evalclients.Respan(api_key=KEY, username="u"),
    "L34": lambda m: evalclients.Phoenix().experiment("e", extra_headers={"X-A": "1\r\nX-Evil: 1"}),
    "L35": lambda m: evalclients.Phoenix().call("nope"),
    "L36": lambda m: next(iter(evalclients.Humanloop(api_key=KEY).evaluations())),
    "L37": lambda m: evalclients.Phoenix().with_raw_response.experiment_runs,
    "L38": lambda m: _l38(),
}

CLI: dict[str, tuple[list[str], dict[str, str]]] = {
    "C1": (["runs", "export", "phoenix", "X", "--timeout", "nan"], {}),
    "C2": (["runs", "export", "phoenix", "X", "--timeout", "soon"], {}),
    "C3": (["runs", "export", "phoenix", "X", "--max-retries", "-1"], {}),
    "C4": (["runs", "export", "phoenix", "X", "--max-retries", "1.5"], {}),
    "C5": (["runs", "export", "phoenix", "X", "--base-url", "http://h:6006?x=1"], {}),
    "C6": (["runs", "export", "phoenix", "X", "--base-url", " http://localhost:6006"], {}),
    "C7": (["runs", "export", "phoenix", "X", "--base-url", "ftp://h"], {}),
    "C8": (["runs", "export", "phoenix", "X", "--base-url", "https://u:pw-secret@h"], {}),
    "C9": (
        ["runs", "export", "phoenix", "X", "--base-url", "http://10.0.0.5:6006"],
        {"PHOENIX_API_KEY": KEY},
    ),
    "C10": (["runs", "export", "arize", "X", "--region", "mars-1"], {"ARIZE_API_KEY": KEY}),
    "C11": (["runs", "export", "phoenix", "X", "--region", "eu-west-1a"], {}),
    "C12": (["runs", "export", "nope", "X"], {}),
    "C13": (["runs", "export", "respan", "X"], {}),
    "C14": (["runs", "export", "respan", "X"], {"RESPAN_API_KEY": KEY + "\u2019"}),
    "C15": (
        [
            "runs",
            "export",
            "phoenix",
            "X",
            "--base-url",
            "http://127.0.0.1:9",
            "--max-retries",
            "0",
        ],
        {},
    ),
    "C16": ([], {}),
}


def _documented(what: str) -> tuple[str | None, list[str]]:
    """The error type named first in the row and the texts in backquotes after it."""
    quoted = re.findall(r"`([^`]+)`", what)
    kind = quoted[0] if quoted and re.fullmatch(r"[A-Z]\w+", quoted[0]) else None
    return kind, quoted[1:] if kind else quoted


def test_every_row_has_a_case_and_every_case_a_row() -> None:
    table = rows()
    assert len(table) >= 40
    assert sorted(table) == sorted([*LIBRARY, *CLI, *EXPORT]), "README table and cases differ"


@pytest.mark.parametrize("row", sorted(LIBRARY))
def test_library_row(row: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RESPAN_API_KEY", "PHOENIX_API_KEY", "PHOENIX_BASE_URL", "HUMANLOOP_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    where, what, _exit = rows()[row]
    kind, texts = _documented(what)
    assert where == "library"
    if what.startswith("accepted"):
        result = LIBRARY[row](monkeypatch)
        if row == "L16":
            assert result.config.base_url == texts[0]
        return
    with pytest.raises(Exception) as info:  # the row names the type
        LIBRARY[row](monkeypatch)
    exc = info.value
    assert type(exc).__name__ == kind, (row, repr(exc))
    message = str(exc)
    assert "\n" not in message and message
    assert texts[0] in message, (row, message)
    assert KEY not in message + repr(exc.args) and "pw-secret" not in message


@pytest.mark.parametrize("row", sorted(CLI))
def test_cli_row(
    row: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("RESPAN_API_KEY", "PHOENIX_API_KEY", "ARIZE_API_KEY", "PHOENIX_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    argv, env = CLI[row]
    _env(monkeypatch, **env)
    where, what, exit_code = rows()[row]
    assert where == "CLI"
    _kind, texts = _documented(what)
    existing = tmp_path / "runs.jsonl"
    existing.write_text(json.dumps({"id": "kept"}) + "\n")
    before = existing.read_bytes()
    if argv[:2] == ["runs", "export"]:
        # --force: the existing file may be replaced, yet a failed export must leave it as is
        # (without it the export refuses the file before it reads the row's bad input)
        argv = [*argv, "-o", str(existing), "--force"]
    code = main(argv)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == int(exit_code), (row, err)
    assert len(err) == 1 and err[0].startswith("evalclients: error: "), err
    assert texts[0] in err[0], (row, err)
    assert KEY not in err[0] and "pw-secret" not in err[0]
    assert existing.read_bytes() == before


# -- export-file rows (E*): the CLI in a subprocess against the spec-driven fakes ------------

Proc = subprocess.CompletedProcess[str]
PRECIOUS = b"precious, not ours\n"


def _kept(folder: Path, out: Path) -> None:
    """``out`` holds exactly what it held, and nothing was left beside it."""
    assert out.read_bytes() == PRECIOUS
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


def _precious(folder: Path) -> Path:
    out = folder / "runs.jsonl"
    out.write_bytes(PRECIOUS)
    return out


def _e1(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 3)
    out = _precious(folder)
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", out))
    assert not server.requests and "--force" in cli_tests.one_line_error(proc)
    _kept(folder, out)
    return proc


def _e2(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "arize", 3)
    out = _precious(folder)
    env = cli_tests.cli_env(ARIZE_API_KEY="wrong")
    proc = cli_tests.run(*cli_tests.export_args(server, "arize", out, "--force"), env=env)
    _kept(folder, out)
    server.violations  # noqa: B018 - the 401 was meant
    return proc


def _e3(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 3)
    server.set_response("get_experiment", "Experiment not found", 404, {"experiment_id": "nope"})
    out = _precious(folder)
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", out, "--force", exp="nope"))
    _kept(folder, out)
    return proc


def _e4(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 3)
    server.set_faults([fault_status(503).on("list_experiment_runs").repeat(None)])
    out = _precious(folder)
    args = cli_tests.export_args(server, "phoenix", out, "--force", "--max-retries", "0")
    proc = cli_tests.run(*args)
    _kept(folder, out)
    server.violations  # noqa: B018 - the 503s were meant
    return proc


def _e5(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 10)
    server.set_faults([delay(20).on("list_experiment_runs")])
    out = _precious(folder)
    args = cli_tests.export_args(server, "phoenix", out, "--force")
    popen = subprocess.Popen(
        cli_tests.command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_tests.cli_env(),
    )
    deadline = time.monotonic() + 30
    while not any(r.operation_id == "list_experiment_runs" for r in server.requests):
        assert time.monotonic() < deadline and popen.poll() is None
        time.sleep(0.02)
    popen.send_signal(signal.SIGINT)
    stdout, stderr = popen.communicate(timeout=30)
    _kept(folder, out)
    server.violations  # noqa: B018 - the delay was meant
    return subprocess.CompletedProcess(popen.args, popen.returncode, stdout, stderr)


def _e6(server_for: Factory, folder: Path) -> Proc:
    server, runs = cli_tests.serve_runs(server_for, "phoenix", 30)
    server.set_faults([fault_status(503).on_page(3, "list_experiment_runs").repeat(None)])
    out = folder / "runs.jsonl"
    args = cli_tests.export_args(server, "phoenix", out, "--page-size", "10", "--max-retries", "0")
    proc = cli_tests.run(*args)
    assert len(cli_tests.read_jsonl(out)) == 20  # two whole pages
    assert (folder / "runs.jsonl.checkpoint.json").exists()
    server.set_faults([])
    resumed = cli_tests.run(
        *cli_tests.export_args(server, "phoenix", out, "--page-size", "10", "--resume")
    )
    assert resumed.returncode == 0, resumed.stderr
    assert [r["raw"]["id"] for r in cli_tests.read_jsonl(out)] == [r["id"] for r in runs]
    return proc


def _e7(server_for: Factory, folder: Path) -> Proc:
    server, runs = cli_tests.serve_runs(server_for, "phoenix", 7)
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", fifo, "--page-size", "3"))
    reader.join(30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(received[0].decode().splitlines()) == len(runs)
    assert sorted(p.name for p in folder.iterdir()) == ["pipe"]
    return proc


def _e8(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 3)
    missing = cli_tests.run(
        *cli_tests.export_args(server, "phoenix", folder / "missing" / "runs.jsonl")
    )
    assert missing.returncode == 2 and "does not exist" in cli_tests.one_line_error(missing)
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", folder))
    assert not server.requests and list(folder.iterdir()) == []
    return proc


def _e9(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 3)
    blocker = folder / "no_pyarrow" / "pyarrow"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('pyarrow is not installed')\n")
    env = cli_tests.cli_env(PYTHONPATH=str(blocker.parent))
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", folder / "r.parquet"), env=env)
    assert not (folder / "r.parquet").exists()
    return proc


def _e10(server_for: Factory, folder: Path) -> Proc:
    server, _ = cli_tests.serve_runs(server_for, "phoenix", 30)
    out = folder / "runs.jsonl"
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", out, "--limit", "25"))
    assert len(cli_tests.read_jsonl(out)) == 25
    assert "--limit is deprecated; use --max-items" in proc.stderr
    return proc


def _e11(server_for: Factory, folder: Path) -> Proc:
    breakers = "a\u2028b\u2029c\x85d\rj\nk"
    server, runs = cli_tests.serve_runs(server_for, "phoenix", 4)
    for r in runs:
        r["error"] = breakers
    out = folder / "runs.jsonl"
    proc = cli_tests.run(*cli_tests.export_args(server, "phoenix", out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(runs)
    assert [json.loads(line)["error"] for line in lines] == [breakers] * len(runs)
    return proc


EXPORT: dict[str, Callable[[Factory, Path], Proc]] = {
    "E1": _e1,
    "E2": _e2,
    "E3": _e3,
    "E4": _e4,
    "E5": _e5,
    "E6": _e6,
    "E7": _e7,
    "E8": _e8,
    "E9": _e9,
    "E10": _e10,
    "E11": _e11,
}


@pytest.mark.parametrize("row", sorted(EXPORT))
def test_export_file_row(row: str, spec_server: Factory, tmp_path: Path) -> None:
    where, what, exit_code = rows()[row]
    assert where == "CLI"
    _kind, texts = _documented(what)
    folder = tmp_path / "out"
    folder.mkdir()
    proc = EXPORT[row](spec_server, folder)
    assert proc.returncode == int(exit_code), (row, proc.stderr)
    if proc.returncode:
        line = cli_tests.one_line_error(proc)
        assert texts[0] in line, (row, line)

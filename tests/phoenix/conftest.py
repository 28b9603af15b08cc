"""Real Arize Phoenix servers for the tests: one without auth, one with, per session.

If Phoenix cannot be installed or started the tests fail, with the log; only a local run
with ``EVALCLIENTS_SKIP_PHOENIX=1`` (and no ``CI`` variable) skips them instead.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator

import pytest

from scripts.phoenix_server import PhoenixError, PhoenixServer, ensure_phoenix

SKIP_ENV = "EVALCLIENTS_SKIP_PHOENIX"
# `make test` runs four suites at once on two cores: a Phoenix start that waits its turn for
# CPU is slow, not broken (one took over 120 s on a loaded machine). A server that never
# answers still fails, with its log.
STARTUP_TIMEOUT = 360.0
_started: dict[str, PhoenixServer] = {}  # fixture name -> running server
_timings: list[str] = []


def _unavailable(reason: str) -> None:
    if "CI" in os.environ:
        pytest.fail(
            f"{reason}\n(CI is set: the real-Phoenix tests never skip there)", pytrace=False
        )
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"Phoenix unavailable ({SKIP_ENV}=1): {reason.splitlines()[0]}")
    pytest.fail(f"{reason}\n(set {SKIP_ENV}=1 to skip these tests locally)", pytrace=False)


def _serve(
    name: str, tmp_path_factory: pytest.TempPathFactory, auth: bool
) -> Iterator[PhoenixServer]:
    try:
        venv = ensure_phoenix()
        server = PhoenixServer(
            venv=venv,
            workdir=tmp_path_factory.mktemp(name),
            auth=auth,
            startup_timeout=STARTUP_TIMEOUT,
        )
        server.start()
    except PhoenixError as exc:
        _unavailable(f"cannot start Phoenix for fixture {name!r}: {exc}")
        raise AssertionError("unreachable") from exc
    _started[name] = server
    _timings.append(
        f"Phoenix {name!r}: healthy {server.startup_seconds:.1f}s after spawn, "
        f"{server.base_url}, log {server.log_path}"
    )
    try:
        yield server
    finally:
        _started.pop(name, None)
        server.stop()


@pytest.fixture(scope="session")
def phoenix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PhoenixServer]:
    """A Phoenix server without auth, shared by the session."""
    yield from _serve("phoenix", tmp_path_factory, auth=False)


@pytest.fixture(scope="session")
def phoenix_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PhoenixServer]:
    """A Phoenix server with auth on (``.admin_secret`` is a valid bearer token)."""
    yield from _serve("phoenix_auth", tmp_path_factory, auth=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """On failure, add the log path and tail of the Phoenix servers the test used."""
    report = yield
    if report.failed:
        for name in ("phoenix", "phoenix_auth"):
            server = _started.get(name)
            if server is not None and name in getattr(item, "fixturenames", ()):
                report.sections.append(
                    (f"Phoenix server {name!r} (log: {server.log_path})", server.log_tail(30))
                )
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the startup times of the servers (their teardown has run by now)."""
    for line in _timings:
        terminalreporter.write_line(line)

"""A pytest plugin: no exception the suite produces shows an API key a test used.

It records every key the facade wraps in a ``Secret`` (each test's keys, whatever their
source: argument, environment, fixture) and every key given to a client, refused or not, and every exception the suite sees: those
``pytest.raises`` catches (most errors of the facade and unit suites are expected ones) and
those that fail a test. Each exception's ``str``, ``repr``, ``args``, its
formatted traceback and the captured locals of the library's frames in its traceback (as
error trackers show them; the tests' own frames hold keys by choice),
its cause and context, must not contain any key seen so far (checked when it is caught); a
leak fails the test, naming the exception type and where, never the key.

Keys shorter than ``MIN_KEY`` are not checked: tests use ``"k"`` or ``"x"`` as placeholder
keys, and such text appears everywhere by chance.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest.raises import RaisesExc

from evalclients.config import ClientConfig, Secret

MIN_KEY = 8

_keys: set[str] = set()
_seen: list[int] = []  # ids of the exceptions checked during the current test
_found: list[str] = []  # how they showed a key


def _record_secret() -> None:
    original = Secret.__init__

    def init(self: Secret, value: str) -> None:
        original(self, value)
        if isinstance(value, str) and len(value) >= MIN_KEY:
            _keys.add(value)

    Secret.__init__ = init  # type: ignore[method-assign]


def _record_resolve() -> None:
    """Keys refused at construction never become a ``Secret``: record them as given."""
    original = ClientConfig.resolve.__func__  # type: ignore[attr-defined]

    def resolve(cls: type[ClientConfig], vendor: Any, **kwargs: Any) -> ClientConfig:
        for name in ("api_key", "username"):
            value = kwargs.get(name)
            if isinstance(value, str) and len(value) >= MIN_KEY:
                _keys.add(value)
        result: ClientConfig = original(cls, vendor, **kwargs)
        return result

    ClientConfig.resolve = classmethod(resolve)  # type: ignore[method-assign,assignment]


def _record_raises() -> None:
    original = RaisesExc.__exit__

    def exit_(self: Any, exc_type: Any, exc_val: Any, exc_tb: Any) -> bool:
        __tracebackhide__ = True
        if exc_val is not None:
            _check(exc_val)
        return original(self, exc_type, exc_val, exc_tb)

    RaisesExc.__exit__ = exit_  # type: ignore[method-assign]


_record_secret()
_record_resolve()
_record_raises()


def shown(exc: BaseException) -> Iterator[tuple[str, str]]:
    """Every way ``exc`` (and its causes) can be shown: (what, text)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in chain:
        yield "str", str(item)
        yield "repr", repr(item)
        yield "args", repr(item.args)
        yield "notes", repr(getattr(item, "__notes__", ""))
    yield "traceback", "".join(traceback.format_exception(exc))
    try:
        with_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
    except Exception as err:  # a local whose repr fails is shown by trackers as such
        yield "traceback with locals", repr(err)
        return
    texts: list[str] = []
    seen_te: list[traceback.TracebackException] = []
    te: traceback.TracebackException | None = with_locals
    while te is not None and te not in seen_te:
        seen_te.append(te)
        for frame in te.stack:
            if not _is_test_code(frame.filename):
                texts += [f"{frame.filename}:{frame.lineno}", *(frame.locals or {}).values()]
        te = te.__cause__ or te.__context__
    yield "traceback with locals", "\n".join(texts)


def _is_test_code(filename: str) -> bool:
    """Frames of the tests themselves hold keys by choice (a parameter, an assert's temporary);
    what must never hold one where a tracker shows it is the library's own frames."""
    return str(TESTS) in filename


TESTS = Path(__file__).resolve().parent


def leaks(exc: BaseException, keys: set[str]) -> list[str]:
    """How ``exc`` shows any of ``keys`` (empty when it shows none)."""
    return [what for what, text in shown(exc) if any(key in text for key in keys)]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    if call.excinfo is not None:
        _check(call.excinfo.value)
    return (yield)


def _check(exc: BaseException) -> None:
    """Check at once: keeping the exception (its frames, a response, a connection) alive
    until the test ends would change what the test does."""
    _seen.append(id(exc))
    if _keys and (how := leaks(exc, _keys)):
        _found.append(f"{type(exc).__name__} ({', '.join(sorted(set(how)))})")


@pytest.fixture(autouse=True)
def _no_key_in_any_exception() -> Iterator[None]:
    _seen.clear()
    _found.clear()
    yield
    found = list(_found)
    _seen.clear()
    _found.clear()
    if found:
        pytest.fail("an API key shows in: " + "; ".join(found), pytrace=False)

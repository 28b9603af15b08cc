"""The secret guard (``tests/secret_guard.py``) really sees the suite's exceptions and finds a
key in every way an exception can show it."""

from __future__ import annotations

import pytest

import evalclients
from tests import secret_guard

KEY = "sk-guard-Qx81-not-shown"


def test_it_sees_keys_and_the_exceptions_pytest_raises_catches() -> None:
    client = evalclients.Respan(api_key=KEY)
    assert KEY in secret_guard._keys
    with pytest.raises(evalclients.ConfigurationError) as info:
        client.vendor.operation("nope")
    assert secret_guard._seen[-1] == id(info.value)
    assert secret_guard.leaks(info.value, secret_guard._keys) == []


def _raise_with(key: str) -> None:
    import evalclients.config

    evalclients.config.check_key(key + "\n", "x")  # library frames hold the key as a local


@pytest.mark.parametrize(
    ("make", "how"),
    [
        (lambda: ValueError(f"bad {KEY}"), "str"),
        (lambda: ValueError("x", {"key": KEY}), "args"),
        (lambda: KeyError(KEY), "repr"),
    ],
)
def test_it_finds_a_key_in_str_repr_and_args(make: object, how: str) -> None:
    exc = make()  # type: ignore[operator]
    assert how in secret_guard.leaks(exc, {KEY})
    assert secret_guard.leaks(ValueError("clean"), {KEY}) == []


def test_it_finds_a_key_in_locals_and_in_a_cause() -> None:
    try:
        _raise_with(KEY)
    except evalclients.ConfigurationError as exc:
        found = secret_guard.leaks(exc, {KEY})
    assert found == ["traceback with locals"]
    try:
        try:
            raise ValueError(KEY)
        except ValueError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as exc:
        assert {"str", "repr", "args", "traceback"} <= set(secret_guard.leaks(exc, {KEY}))


def test_a_refused_key_is_in_no_frame_of_the_error() -> None:
    bad = KEY + "\u2019"
    with pytest.raises(evalclients.ConfigurationError) as info:
        evalclients.Respan(api_key=bad)
    assert bad in secret_guard._keys
    assert secret_guard.leaks(info.value, {bad, KEY}) == []

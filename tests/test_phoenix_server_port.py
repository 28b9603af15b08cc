"""``scripts/phoenix_server.py serve`` takes Phoenix's default port when it is free (issue 20)."""

from __future__ import annotations

import socket

import pytest

from scripts.phoenix_server import DEFAULT_PORT, free_port, main, serve_port


def test_default_port_is_phoenix_and_the_facade_default() -> None:
    from evalclients.registry import get_vendor

    assert DEFAULT_PORT == 6006
    assert get_vendor("phoenix").base_url.rstrip("/").endswith(f":{DEFAULT_PORT}")


def test_a_free_default_port_is_taken() -> None:
    port = free_port()
    assert serve_port(None, default=port) == (
        port,
        "the default, so Phoenix() reaches it without a base URL",
    )


def test_a_busy_default_port_falls_back_to_a_free_one_and_says_so() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        chosen, why = serve_port(None, default=port)
    assert chosen is None  # PhoenixServer picks a free one at start
    assert f"{port} is in use" in why
    assert "PHOENIX_BASE_URL" in why


def test_an_explicit_port_is_used_as_given() -> None:
    assert serve_port(7001, default=free_port()) == (7001, "as requested with --port")


def test_help_names_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "6006 when free" in " ".join(capsys.readouterr().out.split())

"""Configuration: keys and URLs from arguments, env and registry; secrets stay hidden."""

from __future__ import annotations

import pytest

import evalclients
from evalclients.errors import ConfigurationError


def test_keys_come_from_the_vendor_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANLOOP_API_KEY", "hl-secret-123")
    client = evalclients.Humanloop()
    assert client.config.api_key is not None and client.config.api_key.get() == "hl-secret-123"
    assert client.config.auth_headers() == {"X-API-KEY": "hl-secret-123"}
    assert "hl-secret-123" not in repr(client) + str(client.config) + repr(client.api)


def test_missing_required_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESPAN_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="RESPAN_API_KEY"):
        evalclients.Respan()


def test_phoenix_needs_no_key_and_defaults_to_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOENIX_API_KEY", raising=False)
    monkeypatch.delenv("PHOENIX_BASE_URL", raising=False)
    client = evalclients.Phoenix()
    assert client.config.base_url == "http://localhost:6006"
    assert client.config.auth_headers() == {}


def test_base_url_from_env_and_version_suffix_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIZE_API_KEY", "k")
    monkeypatch.setenv("ARIZE_BASE_URL", "https://arize.internal.example/v2/")
    assert evalclients.ArizeAX().config.base_url == "https://arize.internal.example"
    assert evalclients.ArizeAX(base_url="https://api.arize.com/v2").config.base_url == (
        "https://api.arize.com"
    )


def test_regions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIZE_API_KEY", "k")
    assert (
        evalclients.ArizeAX(region="eu-west-1a").config.base_url
        == "https://api.eu-west-1a.arize.com"
    )
    with pytest.raises(ValueError, match="us-central-1a"):
        evalclients.ArizeAX(region="mars-1")
    with pytest.raises(ValueError, match="no regions"):
        evalclients.Phoenix(region="eu-west-1a")


def test_plain_http_with_a_key_is_refused_off_loopback() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        evalclients.Phoenix(base_url="http://phoenix.example.com", api_key="k")
    assert evalclients.Phoenix(
        base_url="http://phoenix.example.com", api_key="k", allow_insecure_http=True
    )
    assert evalclients.Phoenix(base_url="http://127.0.0.1:6006", api_key="k")
    assert evalclients.Phoenix(base_url="http://phoenix.example.com")  # no key, nothing to leak


@pytest.mark.parametrize("key", ["abc\r\nX-Evil: 1", "abc\n", "a\x00b"])
def test_header_injection_through_the_key_is_refused(key: str) -> None:
    with pytest.raises(ConfigurationError, match="control characters"):
        evalclients.Respan(api_key=key)


def test_unknown_vendor() -> None:
    with pytest.raises(ConfigurationError, match="unknown or uninstalled vendor 'nope'"):
        evalclients.Client("nope")


def test_the_version_is_the_packages_and_goes_in_the_user_agent() -> None:
    import tomllib
    from pathlib import Path

    from evalclients.client import USER_AGENT

    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert evalclients.__version__ == pyproject["project"]["version"]
    assert f"evalclients/{evalclients.__version__}" == USER_AGENT


def test_a_missing_parameter_names_the_operation_before_any_request() -> None:
    client = evalclients.Humanloop(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match=r"^list_evaluations\(\) missing 1 required .*'file_id'"):
        next(client.evaluations())

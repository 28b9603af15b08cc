"""Every ```python block of the README runs and passes ``mypy --strict`` (issue 20).

Blocks run in this process against the spec-driven fake servers: every request any httpx
transport sends to a vendor's host (its default base URL, a region's, or the ``*_BASE_URL``
a block might set) goes to that vendor's fake instead, so a block keeps the URLs and keys a
reader would use. Set-up and hidden preludes: tests/readme_blocks.py. Blocks marked
``phoenix`` run against the real server in tests/phoenix/test_readme_phoenix.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from evalclients.registry import get_vendor
from tests.fakeserver import SpecServer
from tests.fakeserver.vendors import SpecServerFactory
from tests.readme_blocks import README, Block, blocks

VENDORS = ("arize", "phoenix", "humanloop", "respan")
ITEMS_PER_LISTING = 3

FAKE_BLOCKS = [b for b in blocks() if b.setup == "fakes"]


def _host_pattern(vendor: str) -> re.Pattern[str]:
    """The hosts a vendor's client may reach: its default base URL's and any region's."""
    entry = get_vendor(vendor)
    urls = [entry.base_url] + ([entry.region_url] if entry.region_url else [])
    alternatives = []
    for url in urls:
        netloc = urlsplit(url.replace("{region}", "REGION")).netloc
        alternatives.append(re.escape(netloc).replace("REGION", r"[a-z0-9-]+"))
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _seeded(factory: SpecServerFactory, vendor: str) -> SpecServer:
    """A fake for ``vendor`` that takes any key and has a few items in every listing."""
    server = factory(vendor, api_key=None)
    entry = get_vendor(vendor)
    for name, op in entry.operations.items():
        if op.pagination is not None and op.pagination["style"] != "none":
            server.add_collection(name, server.make_items(name, ITEMS_PER_LISTING))
    return server


@pytest.fixture
def routed(spec_server: SpecServerFactory, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Start the four fakes and send each vendor host's requests to its fake."""
    servers = {v: _seeded(spec_server, v) for v in VENDORS}
    routes = [(_host_pattern(v), urlsplit(servers[v].origin)) for v in VENDORS]

    def reroute(request: httpx.Request) -> None:
        host = request.url.netloc.decode("ascii")
        for pattern, origin in routes:
            if pattern.fullmatch(host):
                request.url = request.url.copy_with(
                    scheme="http", host=origin.hostname, port=origin.port
                )
                return
        raise AssertionError(f"a README block reached {host}, which no fake serves")

    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        reroute(request)
        return sync_send(self, request)

    async def handle_async_request(
        self: httpx.AsyncHTTPTransport, request: httpx.Request
    ) -> httpx.Response:
        reroute(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_request)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async_request)
    for vendor in VENDORS:
        entry = get_vendor(vendor)
        monkeypatch.setenv(entry.api_key_env, f"readme-{vendor}-key")
        if entry.base_url_env:
            monkeypatch.delenv(entry.base_url_env, raising=False)
    return {"servers": servers}


def test_the_readme_has_python_blocks() -> None:
    assert len(blocks()) >= 4
    assert FAKE_BLOCKS, "no block runs against the fakes"


@pytest.mark.parametrize("block", FAKE_BLOCKS, ids=[b.name for b in FAKE_BLOCKS])
def test_block_runs_against_the_fakes(block: Block, routed: dict[str, Any]) -> None:
    code = compile(block.source, block.name, "exec")
    exec(code, {"__name__": "__readme__"})  # the README is ours
    served = sum(len(s.requests) for s in routed["servers"].values())
    assert served, f"{block.name} sent no request to a fake"


def test_every_block_passes_mypy_strict(tmp_path: Path) -> None:
    files: dict[str, Block] = {}
    for block in blocks():
        if block.setup == "clone":  # needs the package generated in test_add_vendor's clone
            continue
        path = tmp_path / f"readme_line_{block.line}.py"
        path.write_text(block.source, encoding="utf-8")
        files[path.name] = block
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
         "--config-file", os.devnull, "--cache-dir", str(tmp_path / ".mypy_cache"),
         "--python-version", "3.11", *(str(tmp_path / name) for name in files)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    errors = [
        _readme_line(line.replace(f"{tmp_path}{os.sep}", "", 1), files)
        for line in done.stdout.splitlines()
        if ": error:" in line or ": note:" in line
    ]
    assert done.returncode == 0 and not errors, "README blocks fail mypy --strict:\n" + "\n".join(
        errors or [done.stdout, done.stderr]
    )


def _readme_line(message: str, files: dict[str, Block]) -> str:
    """``readme_line_31.py:12: error: ...`` -> ``README.md:42: error: ...`` (or its prelude)."""
    name, _, rest = message.partition(":")
    number, _, text = rest.partition(":")
    block = files.get(name)
    if block is None or not number.isdigit():
        return message
    hidden = len(block.prelude.splitlines())
    line = int(number)
    if line <= hidden:
        return f"{block.name} (prelude line {line}):{text}"
    return f"{README.name}:{block.line + line - hidden - 1}:{text}"


def test_a_directive_sets_up_only_the_next_block() -> None:
    text = (
        "<!-- readme-test: fakes\nx = 1\n-->\n```python\nprint(x)\n```\n\n"
        "text\n\n```python\nprint(2)\n```\n"
        "<!-- readme-test: phoenix -->\n\n```python\nprint(3)\n```\n"
    )
    first, second, third = blocks(text)
    assert (first.setup, first.prelude, first.code) == ("fakes", "x = 1\n", "print(x)\n")
    assert (second.setup, second.prelude) == ("fakes", "")
    assert (third.setup, third.prelude, third.line) == ("phoenix", "", 16)


def test_an_unknown_setup_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown readme-test set-up 'somewhere'"):
        blocks("<!-- readme-test: somewhere -->\n```python\npass\n```\n")


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A proxy from the environment would take the requests before the routing does."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield


def test_mypy_errors_point_at_readme_lines() -> None:
    block = Block(line=40, setup="fakes", prelude="a = 1\nb = 2\n", code="x: int = ''\n")
    files = {"readme_line_40.py": block}
    assert _readme_line("readme_line_40.py:3: error: bad", files) == "README.md:40: error: bad"
    assert _readme_line("readme_line_40.py:2: error: bad", files) == (
        "README.md:40 (prelude line 2): error: bad"
    )

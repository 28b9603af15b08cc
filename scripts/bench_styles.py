"""Paging workloads for every pagination style the registry declares (issue 17), for the
paging section of scripts/bench, each against its floor: httpx + ``json.loads`` walking the
same pages of the bench server with the style's own parameters.

Styles with a vendor: cursor in the query (Phoenix, Arize AX) and page numbers (Humanloop,
Respan) are scripts/bench_paging's; here the cursor in a POST body and after-id (Braintrust
experiment events and experiments) and page numbers with a total in ``meta`` (Langfuse
dataset items). No vendor pages by offset or by next-page link, so those two run through the
facade's pager with a registry entry of that style over a stand-in operation (raw items
only: there is no generated model to build).
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from evalclients import Client
from evalclients.client import USER_AGENT
from evalclients.registry import Operation, get_vendor
from scripts.bench_paging import KEY, PER_PAGE
from scripts.bench_server import BRAINTRUST_EXPERIMENT

BASIC = base64.b64encode(f"pk-bench:{KEY}".encode()).decode()


@dataclass(frozen=True)
class StyleCase:
    """One style's listing on the bench server: the facade's call and the plain loop's."""

    style: str  # as in the registry (cursor in body is cursor with cursor_in = "body")
    vendor: str
    operation: str
    params: dict[str, Any]
    path: str
    auth: dict[str, str]
    typed: bool = True
    pagination: dict[str, Any] | None = None  # a stand-in registry entry (no vendor has it)


CASES = {
    "cursor in body (braintrust events)": StyleCase(
        "cursor_body", "braintrust", "post_experiment_id_fetch",
        {"experiment_id": BRAINTRUST_EXPERIMENT}, f"/v1/experiment/{BRAINTRUST_EXPERIMENT}/fetch",
        {"Authorization": f"Bearer {KEY}"},
    ),
    "after_id (braintrust experiments)": StyleCase(
        "after_id", "braintrust", "get_experiment", {}, "/v1/experiment",
        {"Authorization": f"Bearer {KEY}"},
    ),
    "page+meta total (langfuse dataset items)": StyleCase(
        "page", "langfuse", "dataset_items_list", {}, "/api/public/dataset-items",
        {"Authorization": f"Basic {BASIC}"},
    ),
    "offset (stand-in operation)": StyleCase(
        "offset", "phoenix", "bench_offset", {}, "/styles/offset", {}, typed=False,
        pagination={"style": "offset", "items": ["items"], "offset_param": "offset",
                    "limit_param": "limit", "total": "total"},
    ),
    "next_url (stand-in operation)": StyleCase(
        "next_url", "phoenix", "bench_links", {}, "/styles/links", {}, typed=False,
        pagination={"style": "next_url", "items": ["items"], "next_url": ["next"],
                    "limit_param": "limit"},
    ),
}  # fmt: skip


def _stand_in(case: StyleCase, client: Client) -> None:
    """Give ``client`` a registry operation of ``case``'s style over a stand-in module."""

    def build_request(offset: int | None = None, limit: int | None = None) -> dict[str, Any]:
        params = {k: v for k, v in (("offset", offset), ("limit", limit)) if v is not None}
        return {"method": "get", "url": case.path, "params": params}

    op = Operation(case.operation, f"bench.{case.operation}", "get", case.path,
                   pagination=case.pagination)  # type: ignore[arg-type]  # fmt: skip
    module = types.ModuleType(op.module_name)
    module.build_request = build_request  # type: ignore[attr-defined]
    op.__dict__["module"] = module  # the cached_property's slot: nothing to import
    vendor = client.vendor
    client.vendor = dataclasses.replace(
        vendor, operations={**vendor.operations, case.operation: op}
    )


def facade(case: StyleCase, origin: str) -> Client:
    """The facade's client for ``case`` on the bench server."""
    prefix = get_vendor(case.vendor).path_prefix
    options: dict[str, Any] = {"username": "pk-bench"} if case.vendor == "langfuse" else {}
    client = Client(case.vendor, base_url=origin + prefix, api_key=KEY, **options)
    if case.pagination is not None:
        _stand_in(case, client)
    return client


def facade_pages(client: Client, case: StyleCase, raw: bool) -> int:
    """Page through the listing with ``client.paginate``; the number of items."""
    pager = client.paginate(case.operation, page_size=PER_PAGE, raw=raw, **case.params)
    return sum(1 for _ in pager)


def floor_pages(http: httpx.Client, case: StyleCase) -> int:
    """Page through the listing with httpx and json.loads only; the number of items."""
    seen, style, path = 0, case.style, case.path
    if style == "cursor_body":
        body: dict[str, Any] = {"limit": PER_PAGE}
        while True:
            response = http.post(path, json=body)
            response.raise_for_status()
            data = json.loads(response.content)
            seen += len(data["events"])
            if not data.get("cursor") or not data["events"]:
                return seen
            body["cursor"] = data["cursor"]
    params: dict[str, Any] = {"limit": PER_PAGE}
    if style == "page":
        params["page"] = 1
    elif style == "offset":
        params["offset"] = 0
    url = path
    while True:
        response = http.get(url, params=params or None)  # {} would drop the link's query
        response.raise_for_status()
        data = json.loads(response.content)
        if style == "after_id":
            items = data["objects"]
            done = len(items) < PER_PAGE
            if not done:
                params["starting_after"] = items[-1]["id"]
        elif style == "page":
            items = data["data"]
            done = not items or params["page"] * PER_PAGE >= data["meta"]["totalItems"]
            params["page"] += 1
        elif style == "offset":
            items = data["items"]
            params["offset"] += len(items)
            done = not items or params["offset"] >= data["total"]
        else:  # next_url: the link as given, relative to the base URL (as the facade reads it)
            items = data["items"]
            done = not data["next"]
            url, params = data["next"] or "", {}
        seen += len(items)
        if done:
            return seen


def plain(case: StyleCase, origin: str) -> httpx.Client:
    """An httpx client with the facade's headers for ``case`` (paths from the origin)."""
    return httpx.Client(
        base_url=origin,
        headers={"User-Agent": USER_AGENT, **case.auth},
    )


def workloads(origin: str) -> dict[str, dict[str, Callable[[], int]]]:
    """Per style: ``floor``, ``raw`` and (when the operation has models) ``typed``."""
    out: dict[str, dict[str, Callable[[], int]]] = {}
    for name, case in CASES.items():
        client = facade(case, origin)
        sides: dict[str, Callable[[], int]] = {
            "floor": functools.partial(floor_pages, plain(case, origin), case),
            "raw": functools.partial(facade_pages, client, case, True),
        }
        if case.typed:
            sides["typed"] = functools.partial(facade_pages, client, case, False)
        out[name] = sides
    return out

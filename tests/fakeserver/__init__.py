"""A local server that answers from a vendor's OpenAPI spec, validates every exchange and
injects faults deterministically (test infrastructure for the evalclients facade)."""

from tests.fakeserver.examples import make_example, make_items
from tests.fakeserver.faults import (
    Fault,
    FaultPlan,
    close_after,
    cursor_type_change,
    delay,
    empty,
    empty_page_with_cursor,
    fastapi_detail,
    fastapi_validation,
    has_more_without_cursor,
    html,
    html_502,
    non_json,
    problem,
    repeat_cursor,
    reset,
    status,
    text,
    truncated_json,
)
from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.paging import Collection
from tests.fakeserver.replies import VENDOR_STYLES, Reply, VendorStyle
from tests.fakeserver.server import SpecServer

__all__ = [
    "VENDOR_STYLES",
    "Collection",
    "Fault",
    "FaultPlan",
    "RecordedRequest",
    "Reply",
    "SpecServer",
    "VendorStyle",
    "close_after",
    "cursor_type_change",
    "delay",
    "empty",
    "empty_page_with_cursor",
    "fastapi_detail",
    "fastapi_validation",
    "has_more_without_cursor",
    "html",
    "html_502",
    "make_example",
    "make_items",
    "non_json",
    "problem",
    "repeat_cursor",
    "reset",
    "status",
    "text",
    "truncated_json",
]

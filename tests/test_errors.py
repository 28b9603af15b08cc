"""Every error body shape maps to the hierarchy, with one readable line."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from evalclients import errors as e


def _response(
    status: int, body: bytes | str = b"", ctype: str | None = None, **headers: str
) -> httpx.Response:
    hdrs = dict(headers)
    if ctype:
        hdrs["content-type"] = ctype
    content = body.encode() if isinstance(body, str) else body
    request = httpx.Request("GET", "https://api.example.test/v2/experiments/abc/runs?limit=5")
    return httpx.Response(status, content=content, headers=hdrs, request=request)


@pytest.mark.parametrize(
    "status,cls",
    [
        (400, e.BadRequestError),
        (401, e.AuthenticationError),
        (403, e.PermissionDeniedError),
        (404, e.NotFoundError),
        (409, e.ConflictError),
        (422, e.UnprocessableEntityError),
        (429, e.RateLimitError),
        (500, e.InternalServerError),
        (503, e.InternalServerError),
        (418, e.APIStatusError),
        (302, e.APIStatusError),
    ],
)
def test_status_names_the_class(status: int, cls: type[e.APIStatusError]) -> None:
    err = e.error_from_response(_response(status), "arize")
    assert type(err) is cls
    assert err.status_code == status and err.method == "GET" and err.vendor == "arize"


def test_rfc9457_problem_details() -> None:
    body = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "experiment abc not found",
        "instance": "/v2/experiments/abc",
    }
    err = e.error_from_response(
        _response(404, json.dumps(body), "application/problem+json", **{"x-request-id": "rid-1"}),
        "arize",
        hint="no read access also answers 404",
    )
    assert err.title == "Not Found" and err.detail == "experiment abc not found"
    assert err.body == body and err.request_id == "rid-1"
    assert str(err) == (
        "arize: GET /v2/experiments/abc/runs → 404 Not Found: experiment abc not found "
        "(no read access also answers 404)"
    )


def test_fastapi_field_errors() -> None:
    body = {
        "detail": [
            {
                "loc": ["query", "limit"],
                "msg": "Input should be greater than 0",
                "type": "greater_than",
            }
        ]
    }
    err = e.error_from_response(_response(422, json.dumps(body), "application/json"), "phoenix")
    assert isinstance(err, e.UnprocessableEntityError)
    assert err.errors == body["detail"]
    assert "limit: Input should be greater than 0" in str(err)


@pytest.mark.parametrize(
    "body,ctype,expected",
    [
        (b'{"detail": "Invalid cursor format"}', "application/json", "Invalid cursor format"),
        (b"Experiment not found", "text/plain", "Experiment not found"),
        (
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "text/html",
            "502 Bad Gateway",
        ),
        (b'{"detail": "trunc', "application/json", "invalid JSON error body"),
        (b"\xff\xfe\xfa", "application/json", "invalid JSON error body"),
        (b"", None, None),
        (b'["a", 1]', "application/json", '["a", 1]'),
    ],
)
def test_any_body_gives_a_readable_one_line_message(
    body: bytes, ctype: str | None, expected: str | None
) -> None:
    err = e.error_from_response(_response(502, body, ctype), "humanloop")
    text = str(err)
    assert "\n" not in text and text.startswith("humanloop: GET /v2/experiments/abc/runs → 502")
    assert err.detail == expected or (expected is not None and expected in (err.detail or ""))


def test_long_bodies_are_shortened() -> None:
    err = e.error_from_response(_response(500, "x" * 100_000, "text/plain"), "respan")
    assert len(str(err)) < 500


@pytest.mark.parametrize(
    "value,expected",
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("-4", 0.0),
        ("soon", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
    ],
)
def test_retry_after_seconds_and_http_dates(value: str | None, expected: Any) -> None:
    now = 1445412480.0  # 2015-10-21 07:28:00 UTC
    assert e.parse_retry_after(value, now=now) == expected


def test_rate_limit_error_carries_retry_after() -> None:
    err = e.error_from_response(_response(429, "", None, **{"retry-after": "7"}), "arize")
    assert isinstance(err, e.RateLimitError) and err.retry_after == 7.0


def test_problem_details_are_exposed_typed_only_when_the_body_is_one() -> None:
    body = {
        "type": "https://arize.com/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "experiment abc not found",
        "instance": "/v2/experiments/abc",
        "extra": 1,
    }
    err = e.error_from_response(
        _response(404, json.dumps(body), "application/problem+json"), "arize"
    )
    assert err.problem == {k: v for k, v in body.items() if k != "extra"}
    fastapi = {"detail": [{"loc": ["query", "limit"], "msg": "bad", "type": "x"}]}
    err = e.error_from_response(_response(422, json.dumps(fastapi), "application/json"), "phoenix")
    assert err.problem is None
    wrong = {"title": "x", "status": "404"}
    assert (
        e.error_from_response(
            _response(404, json.dumps(wrong), "application/json"), "arize"
        ).problem
        is None
    )
    assert e.error_from_response(_response(404, "nope", "text/plain"), "arize").problem is None

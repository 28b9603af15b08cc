from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotate_spans_request_body import AnnotateSpansRequestBody
from ...models.annotate_spans_response_body import AnnotateSpansResponseBody
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: AnnotateSpansRequestBody,
    sync: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sync"] = sync

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/span_annotations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotateSpansResponseBody | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = AnnotateSpansResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> AnnotateSpansResponseBody | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = AnnotateSpansResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    404: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotateSpansResponseBody | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequestBody,
    sync: bool | Unset = False,
) -> Response[AnnotateSpansResponseBody | HTTPValidationError | str]:
    """Create span annotations

    Args:
        sync (bool | Unset): If true, fulfill request synchronously. Default: False.
        body (AnnotateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateSpansResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequestBody,
    sync: bool | Unset = False,
) -> AnnotateSpansResponseBody | HTTPValidationError | str | None:
    """Create span annotations

    Args:
        sync (bool | Unset): If true, fulfill request synchronously. Default: False.
        body (AnnotateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateSpansResponseBody | HTTPValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
        sync=sync,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequestBody,
    sync: bool | Unset = False,
) -> Response[AnnotateSpansResponseBody | HTTPValidationError | str]:
    """Create span annotations

    Args:
        sync (bool | Unset): If true, fulfill request synchronously. Default: False.
        body (AnnotateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateSpansResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequestBody,
    sync: bool | Unset = False,
) -> AnnotateSpansResponseBody | HTTPValidationError | str | None:
    """Create span annotations

    Args:
        sync (bool | Unset): If true, fulfill request synchronously. Default: False.
        body (AnnotateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateSpansResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sync=sync,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_traces_request_body import TransferTracesRequestBody
from ...models.transfer_traces_response_body import TransferTracesResponseBody
from ...types import Response


def build_request(
    *,
    body: TransferTracesRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/traces/transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferTracesResponseBody | str | None:
    if response.status_code == 200:
        response_200 = TransferTracesResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> TransferTracesResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = TransferTracesResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferTracesResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferTracesRequestBody,
) -> Response[TransferTracesResponseBody | str]:
    """Transfer traces to a project

     Move traces into a different project. This re-parents the traces rather than copying them, so they
    no longer appear under their original project. All traces must currently belong to the same source
    project.

    Args:
        body (TransferTracesRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferTracesResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TransferTracesRequestBody,
) -> TransferTracesResponseBody | str | None:
    """Transfer traces to a project

     Move traces into a different project. This re-parents the traces rather than copying them, so they
    no longer appear under their original project. All traces must currently belong to the same source
    project.

    Args:
        body (TransferTracesRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferTracesResponseBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferTracesRequestBody,
) -> Response[TransferTracesResponseBody | str]:
    """Transfer traces to a project

     Move traces into a different project. This re-parents the traces rather than copying them, so they
    no longer appear under their original project. All traces must currently belong to the same source
    project.

    Args:
        body (TransferTracesRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferTracesResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferTracesRequestBody,
) -> TransferTracesResponseBody | str | None:
    """Transfer traces to a project

     Move traces into a different project. This re-parents the traces rather than copying them, so they
    no longer appear under their original project. All traces must currently belong to the same source
    project.

    Args:
        body (TransferTracesRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferTracesResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

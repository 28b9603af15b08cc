from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_dataset_label_request_body import CreateDatasetLabelRequestBody
from ...models.create_dataset_label_response_body import CreateDatasetLabelResponseBody
from ...types import Response


def build_request(
    *,
    body: CreateDatasetLabelRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dataset_labels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDatasetLabelResponseBody | str | None:
    if response.status_code == 201:
        response_201 = CreateDatasetLabelResponseBody.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 409:
        response_409 = response.text
        return response_409

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreateDatasetLabelResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = CreateDatasetLabelResponseBody.from_dict(body)

        return response_201

    if status == 403:
        response_403 = body
        return response_403

    if status == 409:
        response_409 = body
        return response_409

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    403: "text",
    409: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDatasetLabelResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetLabelRequestBody,
) -> Response[CreateDatasetLabelResponseBody | str]:
    """Create a dataset label

    Args:
        body (CreateDatasetLabelRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDatasetLabelResponseBody | str]
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
    body: CreateDatasetLabelRequestBody,
) -> CreateDatasetLabelResponseBody | str | None:
    """Create a dataset label

    Args:
        body (CreateDatasetLabelRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDatasetLabelResponseBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetLabelRequestBody,
) -> Response[CreateDatasetLabelResponseBody | str]:
    """Create a dataset label

    Args:
        body (CreateDatasetLabelRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDatasetLabelResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetLabelRequestBody,
) -> CreateDatasetLabelResponseBody | str | None:
    """Create a dataset label

    Args:
        body (CreateDatasetLabelRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDatasetLabelResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_dataset_split_request_body import CreateDatasetSplitRequestBody
from ...models.create_dataset_split_response_body import CreateDatasetSplitResponseBody
from ...types import Response, path_segment


def build_request(
    dataset_identifier: str,
    *,
    body: CreateDatasetSplitRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/{dataset_identifier}/splits".format(
            dataset_identifier=path_segment(dataset_identifier),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDatasetSplitResponseBody | str | None:
    if response.status_code == 201:
        response_201 = CreateDatasetSplitResponseBody.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

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


def parse_body(status: int, body: Any) -> CreateDatasetSplitResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = CreateDatasetSplitResponseBody.from_dict(body)

        return response_201

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

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
    404: "text",
    409: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDatasetSplitResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetSplitRequestBody,
) -> Response[CreateDatasetSplitResponseBody | str]:
    """Create a dataset split

    Args:
        dataset_identifier (str): The dataset identifier: either dataset ID or dataset name.
        body (CreateDatasetSplitRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDatasetSplitResponseBody | str]
    """

    kwargs = _get_kwargs(
        dataset_identifier=dataset_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetSplitRequestBody,
) -> CreateDatasetSplitResponseBody | str | None:
    """Create a dataset split

    Args:
        dataset_identifier (str): The dataset identifier: either dataset ID or dataset name.
        body (CreateDatasetSplitRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDatasetSplitResponseBody | str
    """

    return sync_detailed(
        dataset_identifier=dataset_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetSplitRequestBody,
) -> Response[CreateDatasetSplitResponseBody | str]:
    """Create a dataset split

    Args:
        dataset_identifier (str): The dataset identifier: either dataset ID or dataset name.
        body (CreateDatasetSplitRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDatasetSplitResponseBody | str]
    """

    kwargs = _get_kwargs(
        dataset_identifier=dataset_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetSplitRequestBody,
) -> CreateDatasetSplitResponseBody | str | None:
    """Create a dataset split

    Args:
        dataset_identifier (str): The dataset identifier: either dataset ID or dataset name.
        body (CreateDatasetSplitRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDatasetSplitResponseBody | str
    """

    return (
        await asyncio_detailed(
            dataset_identifier=dataset_identifier,
            client=client,
            body=body,
        )
    ).parsed

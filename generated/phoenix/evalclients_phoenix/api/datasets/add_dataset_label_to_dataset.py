from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_dataset_label_to_dataset_response_body import (
    AddDatasetLabelToDatasetResponseBody,
)
from ...types import Response, path_segment


def build_request(
    dataset_identifier: str,
    label_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/datasets/{dataset_identifier}/labels/{label_id}".format(
            dataset_identifier=path_segment(dataset_identifier),
            label_id=path_segment(label_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddDatasetLabelToDatasetResponseBody | str | None:
    if response.status_code == 200:
        response_200 = AddDatasetLabelToDatasetResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> AddDatasetLabelToDatasetResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = AddDatasetLabelToDatasetResponseBody.from_dict(body)

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
) -> Response[AddDatasetLabelToDatasetResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_identifier: str,
    label_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AddDatasetLabelToDatasetResponseBody | str]:
    """Apply a label to a dataset

     Apply an existing label to a dataset. This operation is idempotent: applying a label that is already
    applied is a no-op that returns the label.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        label_id (str): The ID of the dataset label to apply

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDatasetLabelToDatasetResponseBody | str]
    """

    kwargs = _get_kwargs(
        dataset_identifier=dataset_identifier,
        label_id=label_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_identifier: str,
    label_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AddDatasetLabelToDatasetResponseBody | str | None:
    """Apply a label to a dataset

     Apply an existing label to a dataset. This operation is idempotent: applying a label that is already
    applied is a no-op that returns the label.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        label_id (str): The ID of the dataset label to apply

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDatasetLabelToDatasetResponseBody | str
    """

    return sync_detailed(
        dataset_identifier=dataset_identifier,
        label_id=label_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_identifier: str,
    label_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AddDatasetLabelToDatasetResponseBody | str]:
    """Apply a label to a dataset

     Apply an existing label to a dataset. This operation is idempotent: applying a label that is already
    applied is a no-op that returns the label.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        label_id (str): The ID of the dataset label to apply

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDatasetLabelToDatasetResponseBody | str]
    """

    kwargs = _get_kwargs(
        dataset_identifier=dataset_identifier,
        label_id=label_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_identifier: str,
    label_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AddDatasetLabelToDatasetResponseBody | str | None:
    """Apply a label to a dataset

     Apply an existing label to a dataset. This operation is idempotent: applying a label that is already
    applied is a no-op that returns the label.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        label_id (str): The ID of the dataset label to apply

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDatasetLabelToDatasetResponseBody | str
    """

    return (
        await asyncio_detailed(
            dataset_identifier=dataset_identifier,
            label_id=label_id,
            client=client,
        )
    ).parsed

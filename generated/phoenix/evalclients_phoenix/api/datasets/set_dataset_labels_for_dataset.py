from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_dataset_labels_for_dataset_response_body import (
    SetDatasetLabelsForDatasetResponseBody,
)
from ...models.set_dataset_labels_request_body import SetDatasetLabelsRequestBody
from ...types import Response, path_segment


def build_request(
    dataset_identifier: str,
    *,
    body: SetDatasetLabelsRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/datasets/{dataset_identifier}/labels".format(
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
) -> SetDatasetLabelsForDatasetResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SetDatasetLabelsForDatasetResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> SetDatasetLabelsForDatasetResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SetDatasetLabelsForDatasetResponseBody.from_dict(body)

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
) -> Response[SetDatasetLabelsForDatasetResponseBody | str]:
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
    body: SetDatasetLabelsRequestBody,
) -> Response[SetDatasetLabelsForDatasetResponseBody | str]:
    """Replace the set of labels applied to a dataset

     Replace the entire set of labels applied to a dataset. Labels present in the request but not
    currently applied are added; labels currently applied but absent from the request are removed. An
    empty list removes all labels.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        body (SetDatasetLabelsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetDatasetLabelsForDatasetResponseBody | str]
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
    body: SetDatasetLabelsRequestBody,
) -> SetDatasetLabelsForDatasetResponseBody | str | None:
    """Replace the set of labels applied to a dataset

     Replace the entire set of labels applied to a dataset. Labels present in the request but not
    currently applied are added; labels currently applied but absent from the request are removed. An
    empty list removes all labels.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        body (SetDatasetLabelsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetDatasetLabelsForDatasetResponseBody | str
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
    body: SetDatasetLabelsRequestBody,
) -> Response[SetDatasetLabelsForDatasetResponseBody | str]:
    """Replace the set of labels applied to a dataset

     Replace the entire set of labels applied to a dataset. Labels present in the request but not
    currently applied are added; labels currently applied but absent from the request are removed. An
    empty list removes all labels.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        body (SetDatasetLabelsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetDatasetLabelsForDatasetResponseBody | str]
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
    body: SetDatasetLabelsRequestBody,
) -> SetDatasetLabelsForDatasetResponseBody | str | None:
    """Replace the set of labels applied to a dataset

     Replace the entire set of labels applied to a dataset. Labels present in the request but not
    currently applied are added; labels currently applied but absent from the request are removed. An
    empty list removes all labels.

    Args:
        dataset_identifier (str): The dataset identifier: either the dataset ID (GlobalID) or its
            name.
        body (SetDatasetLabelsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetDatasetLabelsForDatasetResponseBody | str
    """

    return (
        await asyncio_detailed(
            dataset_identifier=dataset_identifier,
            client=client,
            body=body,
        )
    ).parsed

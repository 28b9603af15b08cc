from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset import Dataset
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    dataset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/datasets/{dataset_id}".format(
            dataset_id=path_segment(dataset_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dataset | Problem | None:
    if response.status_code == 200:
        response_200 = Dataset.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Dataset | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Dataset.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Dataset | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dataset | Problem]:
    """Get a dataset

     Get a dataset object by its ID.  This includes the dataset's versions, sorted by creation date, with
    the most recently-created version first.  This endpoint does not include the dataset's examples. To
    get the examples of a specific dataset version, use the List Dataset Examples endpoint.  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dataset | Problem | None:
    """Get a dataset

     Get a dataset object by its ID.  This includes the dataset's versions, sorted by creation date, with
    the most recently-created version first.  This endpoint does not include the dataset's examples. To
    get the examples of a specific dataset version, use the List Dataset Examples endpoint.  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Problem
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dataset | Problem]:
    """Get a dataset

     Get a dataset object by its ID.  This includes the dataset's versions, sorted by creation date, with
    the most recently-created version first.  This endpoint does not include the dataset's examples. To
    get the examples of a specific dataset version, use the List Dataset Examples endpoint.  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dataset | Problem | None:
    """Get a dataset

     Get a dataset object by its ID.  This includes the dataset's versions, sorted by creation date, with
    the most recently-created version first.  This endpoint does not include the dataset's examples. To
    get the examples of a specific dataset version, use the List Dataset Examples endpoint.  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
        )
    ).parsed

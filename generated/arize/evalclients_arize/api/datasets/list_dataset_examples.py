from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_dataset_examples_response import ListDatasetExamplesResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    dataset_id: str,
    *,
    dataset_version_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset_version_id"] = dataset_version_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/datasets/{dataset_id}/examples".format(
            dataset_id=path_segment(dataset_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDatasetExamplesResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListDatasetExamplesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def parse_body(status: int, body: Any) -> ListDatasetExamplesResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListDatasetExamplesResponse.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

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
    403: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListDatasetExamplesResponse | Problem]:
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
    dataset_version_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListDatasetExamplesResponse | Problem]:
    """List dataset examples

     List examples for a given dataset and version.  If version is not passed, the latest version is
    selected. Examples are returned in ascending order of `created_at`, with `id` as a tiebreaker. This
    order is stable across pages, so cursor pagination never skips or repeats an example.  **Human
    annotations**: returned in the structured `annotations` array on each example. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDatasetExamplesResponse | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        dataset_version_id=dataset_version_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    dataset_version_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListDatasetExamplesResponse | Problem | None:
    """List dataset examples

     List examples for a given dataset and version.  If version is not passed, the latest version is
    selected. Examples are returned in ascending order of `created_at`, with `id` as a tiebreaker. This
    order is stable across pages, so cursor pagination never skips or repeats an example.  **Human
    annotations**: returned in the structured `annotations` array on each example. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDatasetExamplesResponse | Problem
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        dataset_version_id=dataset_version_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    dataset_version_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListDatasetExamplesResponse | Problem]:
    """List dataset examples

     List examples for a given dataset and version.  If version is not passed, the latest version is
    selected. Examples are returned in ascending order of `created_at`, with `id` as a tiebreaker. This
    order is stable across pages, so cursor pagination never skips or repeats an example.  **Human
    annotations**: returned in the structured `annotations` array on each example. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDatasetExamplesResponse | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        dataset_version_id=dataset_version_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    dataset_version_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListDatasetExamplesResponse | Problem | None:
    """List dataset examples

     List examples for a given dataset and version.  If version is not passed, the latest version is
    selected. Examples are returned in ascending order of `created_at`, with `id` as a tiebreaker. This
    order is stable across pages, so cursor pagination never skips or repeats an example.  **Human
    annotations**: returned in the structured `annotations` array on each example. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        dataset_version_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDatasetExamplesResponse | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            dataset_version_id=dataset_version_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed

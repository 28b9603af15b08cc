from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_dataset_run_items import PaginatedDatasetRunItems
from ...types import UNSET, Response, Unset


def build_request(
    *,
    dataset_id: str,
    run_name: str,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["datasetId"] = dataset_id

    params["runName"] = run_name

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/dataset-run-items",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PaginatedDatasetRunItems | None:
    if response.status_code == 200:
        response_200 = PaginatedDatasetRunItems.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 405:
        response_405 = response.json()
        return response_405

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | PaginatedDatasetRunItems | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDatasetRunItems.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 405:
        response_405 = body
        return response_405

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    405: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PaginatedDatasetRunItems]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    run_name: str,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Response[Any | PaginatedDatasetRunItems]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset run items are replaced by experiment items; use `GET
    /api/public/experiment-items?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    List dataset run items

    Args:
        dataset_id (str):
        run_name (str):
        page (int | None | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedDatasetRunItems]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        run_name=run_name,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    run_name: str,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Any | PaginatedDatasetRunItems | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset run items are replaced by experiment items; use `GET
    /api/public/experiment-items?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    List dataset run items

    Args:
        dataset_id (str):
        run_name (str):
        page (int | None | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedDatasetRunItems
    """

    return sync_detailed(
        client=client,
        dataset_id=dataset_id,
        run_name=run_name,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    run_name: str,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Response[Any | PaginatedDatasetRunItems]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset run items are replaced by experiment items; use `GET
    /api/public/experiment-items?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    List dataset run items

    Args:
        dataset_id (str):
        run_name (str):
        page (int | None | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedDatasetRunItems]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        run_name=run_name,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    run_name: str,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Any | PaginatedDatasetRunItems | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset run items are replaced by experiment items; use `GET
    /api/public/experiment-items?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    List dataset run items

    Args:
        dataset_id (str):
        run_name (str):
        page (int | None | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedDatasetRunItems
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_id=dataset_id,
            run_name=run_name,
            page=page,
            limit=limit,
        )
    ).parsed

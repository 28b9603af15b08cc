from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_dataset_run_response import DeleteDatasetRunResponse
from ...types import Response, path_segment


def build_request(
    dataset_name: str,
    run_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/public/datasets/{dataset_name}/runs/{run_name}".format(
            dataset_name=path_segment(dataset_name),
            run_name=path_segment(run_name),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteDatasetRunResponse | None:
    if response.status_code == 200:
        response_200 = DeleteDatasetRunResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Any | DeleteDatasetRunResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DeleteDatasetRunResponse.from_dict(body)

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
) -> Response[Any | DeleteDatasetRunResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_name: str,
    run_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteDatasetRunResponse]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Delete a dataset run and all its run items. This action is irreversible.

    Args:
        dataset_name (str):
        run_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteDatasetRunResponse]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        run_name=run_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_name: str,
    run_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteDatasetRunResponse | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Delete a dataset run and all its run items. This action is irreversible.

    Args:
        dataset_name (str):
        run_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteDatasetRunResponse
    """

    return sync_detailed(
        dataset_name=dataset_name,
        run_name=run_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_name: str,
    run_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteDatasetRunResponse]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Delete a dataset run and all its run items. This action is irreversible.

    Args:
        dataset_name (str):
        run_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteDatasetRunResponse]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        run_name=run_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_name: str,
    run_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteDatasetRunResponse | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments. Self-hosted deployments
    are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See
    the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Delete a dataset run and all its run items. This action is irreversible.

    Args:
        dataset_name (str):
        run_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteDatasetRunResponse
    """

    return (
        await asyncio_detailed(
            dataset_name=dataset_name,
            run_name=run_name,
            client=client,
        )
    ).parsed

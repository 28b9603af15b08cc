from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: str,
    *,
    delete_project: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_project"] = delete_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/experiments/{experiment_id}".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
    403: "text",
    404: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    delete_project: bool | Unset = False,
) -> Response[Any | HTTPValidationError | str]:
    """Delete experiment by ID

    Args:
        experiment_id (str):
        delete_project (bool | Unset): If true, also delete the project associated with the
            experiment that contains traces and spans for the experiment tasks. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        delete_project=delete_project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    delete_project: bool | Unset = False,
) -> Any | HTTPValidationError | str | None:
    """Delete experiment by ID

    Args:
        experiment_id (str):
        delete_project (bool | Unset): If true, also delete the project associated with the
            experiment that contains traces and spans for the experiment tasks. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        delete_project=delete_project,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    delete_project: bool | Unset = False,
) -> Response[Any | HTTPValidationError | str]:
    """Delete experiment by ID

    Args:
        experiment_id (str):
        delete_project (bool | Unset): If true, also delete the project associated with the
            experiment that contains traces and spans for the experiment tasks. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        delete_project=delete_project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    delete_project: bool | Unset = False,
) -> Any | HTTPValidationError | str | None:
    """Delete experiment by ID

    Args:
        experiment_id (str):
        delete_project (bool | Unset): If true, also delete the project associated with the
            experiment that contains traces and spans for the experiment tasks. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            delete_project=delete_project,
        )
    ).parsed

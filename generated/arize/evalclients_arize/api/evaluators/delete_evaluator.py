from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    evaluator_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/evaluators/{evaluator_id}".format(
            evaluator_id=path_segment(evaluator_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if status == 409:
        response_409 = Problem.from_dict(body)

        return response_409

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    204: "none",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    409: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem]:
    """Delete evaluator

     Deletes an evaluator and all its versions. This operation is irreversible.  An evaluator that is
    still used by an online task returns `409`. The error lists the tasks that use it. Remove the
    evaluator from these tasks, or delete the tasks, then delete the evaluator.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Delete evaluator

     Deletes an evaluator and all its versions. This operation is irreversible.  An evaluator that is
    still used by an online task returns `409`. The error lists the tasks that use it. Remove the
    evaluator from these tasks, or delete the tasks, then delete the evaluator.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        evaluator_id=evaluator_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem]:
    """Delete evaluator

     Deletes an evaluator and all its versions. This operation is irreversible.  An evaluator that is
    still used by an online task returns `409`. The error lists the tasks that use it. Remove the
    evaluator from these tasks, or delete the tasks, then delete the evaluator.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Delete evaluator

     Deletes an evaluator and all its versions. This operation is irreversible.  An evaluator that is
    still used by an online task returns `409`. The error lists the tasks that use it. Remove the
    evaluator from these tasks, or delete the tasks, then delete the evaluator.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            evaluator_id=evaluator_id,
            client=client,
        )
    ).parsed

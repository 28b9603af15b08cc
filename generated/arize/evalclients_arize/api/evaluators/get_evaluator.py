from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluator_with_version import EvaluatorWithVersion
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    evaluator_id: str,
    *,
    version_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/evaluators/{evaluator_id}".format(
            evaluator_id=path_segment(evaluator_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluatorWithVersion | Problem | None:
    if response.status_code == 200:
        response_200 = EvaluatorWithVersion.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> EvaluatorWithVersion | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = EvaluatorWithVersion.from_dict(body)

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
) -> Response[EvaluatorWithVersion | Problem]:
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
    version_id: str | Unset = UNSET,
) -> Response[EvaluatorWithVersion | Problem]:
    """Get evaluator

     Returns an evaluator and a resolved version. By default, the latest version is included. Use the
    version_id query parameter to resolve a specific version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorWithVersion | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
) -> EvaluatorWithVersion | Problem | None:
    """Get evaluator

     Returns an evaluator and a resolved version. By default, the latest version is included. Use the
    version_id query parameter to resolve a specific version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorWithVersion | Problem
    """

    return sync_detailed(
        evaluator_id=evaluator_id,
        client=client,
        version_id=version_id,
    ).parsed


async def asyncio_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
) -> Response[EvaluatorWithVersion | Problem]:
    """Get evaluator

     Returns an evaluator and a resolved version. By default, the latest version is included. Use the
    version_id query parameter to resolve a specific version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorWithVersion | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
) -> EvaluatorWithVersion | Problem | None:
    """Get evaluator

     Returns an evaluator and a resolved version. By default, the latest version is included. Use the
    version_id query parameter to resolve a specific version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorWithVersion | Problem
    """

    return (
        await asyncio_detailed(
            evaluator_id=evaluator_id,
            client=client,
            version_id=version_id,
        )
    ).parsed

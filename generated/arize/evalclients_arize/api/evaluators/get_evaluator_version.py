from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluator_version_code import EvaluatorVersionCode
from ...models.evaluator_version_harness import EvaluatorVersionHarness
from ...models.evaluator_version_remote import EvaluatorVersionRemote
from ...models.evaluator_version_template import EvaluatorVersionTemplate
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/evaluator-versions/{version_id}".format(
            version_id=path_segment(version_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(
                data, _strict=True
            )

            return componentsschemas_evaluator_version_type_3

        response_200 = _parse_response_200(response.json())

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


def parse_body(
    status: int, body: Any
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(
                data, _strict=True
            )

            return componentsschemas_evaluator_version_type_3

        response_200 = _parse_response_200(body)

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
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
    """Get evaluator version

     Get a specific evaluator version by its unique identifier.  <Note>This endpoint is in beta, read
    more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """Get evaluator version

     Get a specific evaluator version by its unique identifier.  <Note>This endpoint is in beta, read
    more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
    """Get evaluator version

     Get a specific evaluator version by its unique identifier.  <Note>This endpoint is in beta, read
    more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """Get evaluator version

     Get a specific evaluator version by its unique identifier.  <Note>This endpoint is in beta, read
    more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_annotation_config_response_body import GetAnnotationConfigResponseBody
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    config_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/annotation_configs/{config_identifier}".format(
            config_identifier=path_segment(config_identifier),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAnnotationConfigResponseBody | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = GetAnnotationConfigResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> GetAnnotationConfigResponseBody | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetAnnotationConfigResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAnnotationConfigResponseBody | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    config_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAnnotationConfigResponseBody | HTTPValidationError | str]:
    """Get an annotation configuration by ID or name

    Args:
        config_identifier (str): ID or name of the annotation configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnnotationConfigResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        config_identifier=config_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    config_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetAnnotationConfigResponseBody | HTTPValidationError | str | None:
    """Get an annotation configuration by ID or name

    Args:
        config_identifier (str): ID or name of the annotation configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnnotationConfigResponseBody | HTTPValidationError | str
    """

    return sync_detailed(
        config_identifier=config_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    config_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAnnotationConfigResponseBody | HTTPValidationError | str]:
    """Get an annotation configuration by ID or name

    Args:
        config_identifier (str): ID or name of the annotation configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnnotationConfigResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        config_identifier=config_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetAnnotationConfigResponseBody | HTTPValidationError | str | None:
    """Get an annotation configuration by ID or name

    Args:
        config_identifier (str): ID or name of the annotation configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnnotationConfigResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            config_identifier=config_identifier,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.categorical_annotation_config_data import CategoricalAnnotationConfigData
from ...models.continuous_annotation_config_data import ContinuousAnnotationConfigData
from ...models.freeform_annotation_config_data import FreeformAnnotationConfigData
from ...models.http_validation_error import HTTPValidationError
from ...models.update_annotation_config_response_body import UpdateAnnotationConfigResponseBody
from ...types import Response, path_segment


def build_request(
    config_id: str,
    *,
    body: CategoricalAnnotationConfigData
    | ContinuousAnnotationConfigData
    | FreeformAnnotationConfigData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/annotation_configs/{config_id}".format(
            config_id=path_segment(config_id),
        ),
    }

    if isinstance(body, CategoricalAnnotationConfigData):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ContinuousAnnotationConfigData):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateAnnotationConfigResponseBody | str | None:
    if response.status_code == 200:
        response_200 = UpdateAnnotationConfigResponseBody.from_dict(response.json())

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
) -> HTTPValidationError | UpdateAnnotationConfigResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = UpdateAnnotationConfigResponseBody.from_dict(body)

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
) -> Response[HTTPValidationError | UpdateAnnotationConfigResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoricalAnnotationConfigData
    | ContinuousAnnotationConfigData
    | FreeformAnnotationConfigData,
) -> Response[HTTPValidationError | UpdateAnnotationConfigResponseBody | str]:
    """Update an annotation configuration

    Args:
        config_id (str): ID of the annotation configuration
        body (CategoricalAnnotationConfigData | ContinuousAnnotationConfigData |
            FreeformAnnotationConfigData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateAnnotationConfigResponseBody | str]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoricalAnnotationConfigData
    | ContinuousAnnotationConfigData
    | FreeformAnnotationConfigData,
) -> HTTPValidationError | UpdateAnnotationConfigResponseBody | str | None:
    """Update an annotation configuration

    Args:
        config_id (str): ID of the annotation configuration
        body (CategoricalAnnotationConfigData | ContinuousAnnotationConfigData |
            FreeformAnnotationConfigData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateAnnotationConfigResponseBody | str
    """

    return sync_detailed(
        config_id=config_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoricalAnnotationConfigData
    | ContinuousAnnotationConfigData
    | FreeformAnnotationConfigData,
) -> Response[HTTPValidationError | UpdateAnnotationConfigResponseBody | str]:
    """Update an annotation configuration

    Args:
        config_id (str): ID of the annotation configuration
        body (CategoricalAnnotationConfigData | ContinuousAnnotationConfigData |
            FreeformAnnotationConfigData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateAnnotationConfigResponseBody | str]
    """

    kwargs = _get_kwargs(
        config_id=config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoricalAnnotationConfigData
    | ContinuousAnnotationConfigData
    | FreeformAnnotationConfigData,
) -> HTTPValidationError | UpdateAnnotationConfigResponseBody | str | None:
    """Update an annotation configuration

    Args:
        config_id (str): ID of the annotation configuration
        body (CategoricalAnnotationConfigData | ContinuousAnnotationConfigData |
            FreeformAnnotationConfigData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateAnnotationConfigResponseBody | str
    """

    return (
        await asyncio_detailed(
            config_id=config_id,
            client=client,
            body=body,
        )
    ).parsed

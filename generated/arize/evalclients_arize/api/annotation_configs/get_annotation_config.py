from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.categorical_annotation_config import CategoricalAnnotationConfig
from ...models.continuous_annotation_config import ContinuousAnnotationConfig
from ...models.freeform_annotation_config import FreeformAnnotationConfig
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    annotation_config_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/annotation-configs/{annotation_config_id}".format(
            annotation_config_id=path_segment(annotation_config_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_config_type_0 = ContinuousAnnotationConfig.from_dict(
                    data, _strict=True
                )

                return componentsschemas_annotation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_config_type_1 = CategoricalAnnotationConfig.from_dict(
                    data, _strict=True
                )

                return componentsschemas_annotation_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_annotation_config_type_2 = FreeformAnnotationConfig.from_dict(
                data, _strict=True
            )

            return componentsschemas_annotation_config_type_2

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
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_config_type_0 = ContinuousAnnotationConfig.from_dict(
                    data, _strict=True
                )

                return componentsschemas_annotation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_config_type_1 = CategoricalAnnotationConfig.from_dict(
                    data, _strict=True
                )

                return componentsschemas_annotation_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_annotation_config_type_2 = FreeformAnnotationConfig.from_dict(
                data, _strict=True
            )

            return componentsschemas_annotation_config_type_2

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
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Get an annotation config

     Get an annotation config object by its ID.

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Get an annotation config

     Get an annotation config object by its ID.

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
    """

    return sync_detailed(
        annotation_config_id=annotation_config_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Get an annotation config

     Get an annotation config object by its ID.

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Get an annotation config

     Get an annotation config object by its ID.

    Args:
        annotation_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
    """

    return (
        await asyncio_detailed(
            annotation_config_id=annotation_config_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.categorical_annotation_config import CategoricalAnnotationConfig
from ...models.continuous_annotation_config import ContinuousAnnotationConfig
from ...models.create_categorical_annotation_config_request import (
    CreateCategoricalAnnotationConfigRequest,
)
from ...models.create_continuous_annotation_config_request import (
    CreateContinuousAnnotationConfigRequest,
)
from ...models.create_freeform_annotation_config_request import (
    CreateFreeformAnnotationConfigRequest,
)
from ...models.freeform_annotation_config import FreeformAnnotationConfig
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateCategoricalAnnotationConfigRequest
    | CreateContinuousAnnotationConfigRequest
    | CreateFreeformAnnotationConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/annotation-configs",
    }

    if isinstance(body, CreateContinuousAnnotationConfigRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateCategoricalAnnotationConfigRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    if response.status_code == 201:

        def _parse_response_201(
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

        response_201 = _parse_response_201(response.json())

        return response_201

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
    if status == 201:

        def _parse_response_201(
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

        response_201 = _parse_response_201(body)

        return response_201

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

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    409: "json",
    422: "json",
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateCategoricalAnnotationConfigRequest
    | CreateContinuousAnnotationConfigRequest
    | CreateFreeformAnnotationConfigRequest,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Create an annotation config

     Create a new annotation config.  **Payload Requirements** - The annotation config name must be
    unique within the given space.  **Valid example** ```json {   "name": "my-annotation-config",
    "space_id": "spc_123",   "annotation_config_type": "CATEGORICAL",   "values": [     {       "label":
    "value1",       "score": 0     },     {       "label": "value2",       "score": 1     }   ],
    "optimization_direction": "MAXIMIZE" } ```

    Args:
        body (CreateCategoricalAnnotationConfigRequest | CreateContinuousAnnotationConfigRequest |
            CreateFreeformAnnotationConfigRequest): CreateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCategoricalAnnotationConfigRequest
    | CreateContinuousAnnotationConfigRequest
    | CreateFreeformAnnotationConfigRequest,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Create an annotation config

     Create a new annotation config.  **Payload Requirements** - The annotation config name must be
    unique within the given space.  **Valid example** ```json {   "name": "my-annotation-config",
    "space_id": "spc_123",   "annotation_config_type": "CATEGORICAL",   "values": [     {       "label":
    "value1",       "score": 0     },     {       "label": "value2",       "score": 1     }   ],
    "optimization_direction": "MAXIMIZE" } ```

    Args:
        body (CreateCategoricalAnnotationConfigRequest | CreateContinuousAnnotationConfigRequest |
            CreateFreeformAnnotationConfigRequest): CreateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCategoricalAnnotationConfigRequest
    | CreateContinuousAnnotationConfigRequest
    | CreateFreeformAnnotationConfigRequest,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Create an annotation config

     Create a new annotation config.  **Payload Requirements** - The annotation config name must be
    unique within the given space.  **Valid example** ```json {   "name": "my-annotation-config",
    "space_id": "spc_123",   "annotation_config_type": "CATEGORICAL",   "values": [     {       "label":
    "value1",       "score": 0     },     {       "label": "value2",       "score": 1     }   ],
    "optimization_direction": "MAXIMIZE" } ```

    Args:
        body (CreateCategoricalAnnotationConfigRequest | CreateContinuousAnnotationConfigRequest |
            CreateFreeformAnnotationConfigRequest): CreateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCategoricalAnnotationConfigRequest
    | CreateContinuousAnnotationConfigRequest
    | CreateFreeformAnnotationConfigRequest,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Create an annotation config

     Create a new annotation config.  **Payload Requirements** - The annotation config name must be
    unique within the given space.  **Valid example** ```json {   "name": "my-annotation-config",
    "space_id": "spc_123",   "annotation_config_type": "CATEGORICAL",   "values": [     {       "label":
    "value1",       "score": 0     },     {       "label": "value2",       "score": 1     }   ],
    "optimization_direction": "MAXIMIZE" } ```

    Args:
        body (CreateCategoricalAnnotationConfigRequest | CreateContinuousAnnotationConfigRequest |
            CreateFreeformAnnotationConfigRequest): CreateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.categorical_annotation_config import CategoricalAnnotationConfig
from ...models.continuous_annotation_config import ContinuousAnnotationConfig
from ...models.freeform_annotation_config import FreeformAnnotationConfig
from ...models.problem import Problem
from ...models.update_categorical_annotation_config_request import (
    UpdateCategoricalAnnotationConfigRequest,
)
from ...models.update_continuous_annotation_config_request import (
    UpdateContinuousAnnotationConfigRequest,
)
from ...models.update_freeform_annotation_config_request import (
    UpdateFreeformAnnotationConfigRequest,
)
from ...types import Response, path_segment


def build_request(
    annotation_config_id: str,
    *,
    body: UpdateCategoricalAnnotationConfigRequest
    | UpdateContinuousAnnotationConfigRequest
    | UpdateFreeformAnnotationConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/annotation-configs/{annotation_config_id}".format(
            annotation_config_id=path_segment(annotation_config_id),
        ),
    }

    if isinstance(body, UpdateContinuousAnnotationConfigRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateCategoricalAnnotationConfigRequest):
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
    200: "json",
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
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCategoricalAnnotationConfigRequest
    | UpdateContinuousAnnotationConfigRequest
    | UpdateFreeformAnnotationConfigRequest,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Update an annotation config

     Update an annotation config by its ID.  **Payload Requirements** - `annotation_config_type` is
    required and must match the stored config's type. The   type is immutable and cannot be changed. -
    The updatable fields depend on the type:   - `CATEGORICAL`: `name`, `values`,
    `optimization_direction`.   - `CONTINUOUS`: `name`, `minimum_score`, `maximum_score`,
    `optimization_direction`.   - `FREEFORM`: `name`. - All fields other than `annotation_config_type`
    are optional; omitted fields are left   unchanged. - `name`, if provided, must be unique within the
    space (409 Conflict if duplicate). - `values` replaces the full label set (2-500 labels). - System-
    managed fields (`id`, `space_id`, `created_at`) cannot be modified.  **Valid example** (categorical
    config) ```json {   "annotation_config_type": "CATEGORICAL",   "name": "quality-v2",   "values": [
    { "label": "good", "score": 1 },     { "label": "bad", "score": 0 }   ],   "optimization_direction":
    "MAXIMIZE" } ```  **Invalid example** (missing `annotation_config_type`) ```json {   "name":
    "quality-v2" } ```

    Args:
        annotation_config_id (str):
        body (UpdateCategoricalAnnotationConfigRequest | UpdateContinuousAnnotationConfigRequest |
            UpdateFreeformAnnotationConfigRequest): UpdateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCategoricalAnnotationConfigRequest
    | UpdateContinuousAnnotationConfigRequest
    | UpdateFreeformAnnotationConfigRequest,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Update an annotation config

     Update an annotation config by its ID.  **Payload Requirements** - `annotation_config_type` is
    required and must match the stored config's type. The   type is immutable and cannot be changed. -
    The updatable fields depend on the type:   - `CATEGORICAL`: `name`, `values`,
    `optimization_direction`.   - `CONTINUOUS`: `name`, `minimum_score`, `maximum_score`,
    `optimization_direction`.   - `FREEFORM`: `name`. - All fields other than `annotation_config_type`
    are optional; omitted fields are left   unchanged. - `name`, if provided, must be unique within the
    space (409 Conflict if duplicate). - `values` replaces the full label set (2-500 labels). - System-
    managed fields (`id`, `space_id`, `created_at`) cannot be modified.  **Valid example** (categorical
    config) ```json {   "annotation_config_type": "CATEGORICAL",   "name": "quality-v2",   "values": [
    { "label": "good", "score": 1 },     { "label": "bad", "score": 0 }   ],   "optimization_direction":
    "MAXIMIZE" } ```  **Invalid example** (missing `annotation_config_type`) ```json {   "name":
    "quality-v2" } ```

    Args:
        annotation_config_id (str):
        body (UpdateCategoricalAnnotationConfigRequest | UpdateContinuousAnnotationConfigRequest |
            UpdateFreeformAnnotationConfigRequest): UpdateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
    """

    return sync_detailed(
        annotation_config_id=annotation_config_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCategoricalAnnotationConfigRequest
    | UpdateContinuousAnnotationConfigRequest
    | UpdateFreeformAnnotationConfigRequest,
) -> Response[
    CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem
]:
    """Update an annotation config

     Update an annotation config by its ID.  **Payload Requirements** - `annotation_config_type` is
    required and must match the stored config's type. The   type is immutable and cannot be changed. -
    The updatable fields depend on the type:   - `CATEGORICAL`: `name`, `values`,
    `optimization_direction`.   - `CONTINUOUS`: `name`, `minimum_score`, `maximum_score`,
    `optimization_direction`.   - `FREEFORM`: `name`. - All fields other than `annotation_config_type`
    are optional; omitted fields are left   unchanged. - `name`, if provided, must be unique within the
    space (409 Conflict if duplicate). - `values` replaces the full label set (2-500 labels). - System-
    managed fields (`id`, `space_id`, `created_at`) cannot be modified.  **Valid example** (categorical
    config) ```json {   "annotation_config_type": "CATEGORICAL",   "name": "quality-v2",   "values": [
    { "label": "good", "score": 1 },     { "label": "bad", "score": 0 }   ],   "optimization_direction":
    "MAXIMIZE" } ```  **Invalid example** (missing `annotation_config_type`) ```json {   "name":
    "quality-v2" } ```

    Args:
        annotation_config_id (str):
        body (UpdateCategoricalAnnotationConfigRequest | UpdateContinuousAnnotationConfigRequest |
            UpdateFreeformAnnotationConfigRequest): UpdateAnnotationConfigRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig | Problem]
    """

    kwargs = _get_kwargs(
        annotation_config_id=annotation_config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCategoricalAnnotationConfigRequest
    | UpdateContinuousAnnotationConfigRequest
    | UpdateFreeformAnnotationConfigRequest,
) -> (
    CategoricalAnnotationConfig
    | ContinuousAnnotationConfig
    | FreeformAnnotationConfig
    | Problem
    | None
):
    """Update an annotation config

     Update an annotation config by its ID.  **Payload Requirements** - `annotation_config_type` is
    required and must match the stored config's type. The   type is immutable and cannot be changed. -
    The updatable fields depend on the type:   - `CATEGORICAL`: `name`, `values`,
    `optimization_direction`.   - `CONTINUOUS`: `name`, `minimum_score`, `maximum_score`,
    `optimization_direction`.   - `FREEFORM`: `name`. - All fields other than `annotation_config_type`
    are optional; omitted fields are left   unchanged. - `name`, if provided, must be unique within the
    space (409 Conflict if duplicate). - `values` replaces the full label set (2-500 labels). - System-
    managed fields (`id`, `space_id`, `created_at`) cannot be modified.  **Valid example** (categorical
    config) ```json {   "annotation_config_type": "CATEGORICAL",   "name": "quality-v2",   "values": [
    { "label": "good", "score": 1 },     { "label": "bad", "score": 0 }   ],   "optimization_direction":
    "MAXIMIZE" } ```  **Invalid example** (missing `annotation_config_type`) ```json {   "name":
    "quality-v2" } ```

    Args:
        annotation_config_id (str):
        body (UpdateCategoricalAnnotationConfigRequest | UpdateContinuousAnnotationConfigRequest |
            UpdateFreeformAnnotationConfigRequest): UpdateAnnotationConfigRequest

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
            body=body,
        )
    ).parsed

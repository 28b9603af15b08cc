from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.space import Space
from ...models.update_space_request import UpdateSpaceRequest
from ...types import Response, path_segment


def build_request(
    space_id: str,
    *,
    body: UpdateSpaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/spaces/{space_id}".format(
            space_id=path_segment(space_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Space | None:
    if response.status_code == 200:
        response_200 = Space.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | Space | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Space.from_dict(body)

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
) -> Response[Problem | Space]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpaceRequest,
) -> Response[Problem | Space]:
    """Update a space

     Update a space's settings by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `description`, `is_private`, `default_llm_integration`,
    `ml_models_enabled`, `gradient_start_color`, `gradient_end_color`, or   `default_agent_runtime` must
    be provided. - Omitted fields keep their current value. `description`, `default_llm_integration`,
    and `default_agent_runtime` can be set to `null` to clear them. - If `name` is provided, it must be
    unique within the organization. - System-managed fields (`id`, `created_at`) cannot be modified.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        space_id (str):
        body (UpdateSpaceRequest): Fields to update on a space. Omitted fields keep their current
            value, `null` clears a clearable field, and an object value replaces the existing setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Space]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpaceRequest,
) -> Problem | Space | None:
    """Update a space

     Update a space's settings by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `description`, `is_private`, `default_llm_integration`,
    `ml_models_enabled`, `gradient_start_color`, `gradient_end_color`, or   `default_agent_runtime` must
    be provided. - Omitted fields keep their current value. `description`, `default_llm_integration`,
    and `default_agent_runtime` can be set to `null` to clear them. - If `name` is provided, it must be
    unique within the organization. - System-managed fields (`id`, `created_at`) cannot be modified.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        space_id (str):
        body (UpdateSpaceRequest): Fields to update on a space. Omitted fields keep their current
            value, `null` clears a clearable field, and an object value replaces the existing setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Space
    """

    return sync_detailed(
        space_id=space_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpaceRequest,
) -> Response[Problem | Space]:
    """Update a space

     Update a space's settings by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `description`, `is_private`, `default_llm_integration`,
    `ml_models_enabled`, `gradient_start_color`, `gradient_end_color`, or   `default_agent_runtime` must
    be provided. - Omitted fields keep their current value. `description`, `default_llm_integration`,
    and `default_agent_runtime` can be set to `null` to clear them. - If `name` is provided, it must be
    unique within the organization. - System-managed fields (`id`, `created_at`) cannot be modified.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        space_id (str):
        body (UpdateSpaceRequest): Fields to update on a space. Omitted fields keep their current
            value, `null` clears a clearable field, and an object value replaces the existing setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Space]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpaceRequest,
) -> Problem | Space | None:
    """Update a space

     Update a space's settings by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `description`, `is_private`, `default_llm_integration`,
    `ml_models_enabled`, `gradient_start_color`, `gradient_end_color`, or   `default_agent_runtime` must
    be provided. - Omitted fields keep their current value. `description`, `default_llm_integration`,
    and `default_agent_runtime` can be set to `null` to clear them. - If `name` is provided, it must be
    unique within the organization. - System-managed fields (`id`, `created_at`) cannot be modified.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        space_id (str):
        body (UpdateSpaceRequest): Fields to update on a space. Omitted fields keep their current
            value, `null` clears a clearable field, and an object value replaces the existing setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Space
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            client=client,
            body=body,
        )
    ).parsed

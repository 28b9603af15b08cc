from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluator import Evaluator
from ...models.problem import Problem
from ...models.update_evaluator_request import UpdateEvaluatorRequest
from ...types import Response, path_segment


def build_request(
    evaluator_id: str,
    *,
    body: UpdateEvaluatorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/evaluators/{evaluator_id}".format(
            evaluator_id=path_segment(evaluator_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Evaluator | Problem | None:
    if response.status_code == 200:
        response_200 = Evaluator.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Evaluator | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Evaluator.from_dict(body)

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
) -> Response[Evaluator | Problem]:
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
    body: UpdateEvaluatorRequest,
) -> Response[Evaluator | Problem]:
    """Update evaluator

     Update an evaluator's metadata. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one of `name` or `description` must be provided. -
    `name`, if provided, must be unique within the space. - System-managed fields (`id`, `type`,
    `space_id`, `created_at`, `updated_at`, `created_by_user_id`) cannot be modified.  **Valid example**
    ```json {   "name": "Hallucination Detector v2",   "description": "Updated evaluator for production
    hallucination checks" } ```  **Invalid example** (no updatable fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        evaluator_id (str):
        body (UpdateEvaluatorRequest): Body containing evaluator update parameters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluator | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluatorRequest,
) -> Evaluator | Problem | None:
    """Update evaluator

     Update an evaluator's metadata. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one of `name` or `description` must be provided. -
    `name`, if provided, must be unique within the space. - System-managed fields (`id`, `type`,
    `space_id`, `created_at`, `updated_at`, `created_by_user_id`) cannot be modified.  **Valid example**
    ```json {   "name": "Hallucination Detector v2",   "description": "Updated evaluator for production
    hallucination checks" } ```  **Invalid example** (no updatable fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        evaluator_id (str):
        body (UpdateEvaluatorRequest): Body containing evaluator update parameters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluator | Problem
    """

    return sync_detailed(
        evaluator_id=evaluator_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluatorRequest,
) -> Response[Evaluator | Problem]:
    """Update evaluator

     Update an evaluator's metadata. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one of `name` or `description` must be provided. -
    `name`, if provided, must be unique within the space. - System-managed fields (`id`, `type`,
    `space_id`, `created_at`, `updated_at`, `created_by_user_id`) cannot be modified.  **Valid example**
    ```json {   "name": "Hallucination Detector v2",   "description": "Updated evaluator for production
    hallucination checks" } ```  **Invalid example** (no updatable fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        evaluator_id (str):
        body (UpdateEvaluatorRequest): Body containing evaluator update parameters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluator | Problem]
    """

    kwargs = _get_kwargs(
        evaluator_id=evaluator_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluatorRequest,
) -> Evaluator | Problem | None:
    """Update evaluator

     Update an evaluator's metadata. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one of `name` or `description` must be provided. -
    `name`, if provided, must be unique within the space. - System-managed fields (`id`, `type`,
    `space_id`, `created_at`, `updated_at`, `created_by_user_id`) cannot be modified.  **Valid example**
    ```json {   "name": "Hallucination Detector v2",   "description": "Updated evaluator for production
    hallucination checks" } ```  **Invalid example** (no updatable fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        evaluator_id (str):
        body (UpdateEvaluatorRequest): Body containing evaluator update parameters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluator | Problem
    """

    return (
        await asyncio_detailed(
            evaluator_id=evaluator_id,
            client=client,
            body=body,
        )
    ).parsed

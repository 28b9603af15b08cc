from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_integration import AiIntegration
from ...models.create_ai_integration_request import CreateAiIntegrationRequest
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateAiIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ai-integrations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiIntegration | Problem | None:
    if response.status_code == 201:
        response_201 = AiIntegration.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> AiIntegration | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = AiIntegration.from_dict(body)

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
) -> Response[AiIntegration | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiIntegrationRequest,
) -> Response[AiIntegration | Problem]:
    """Create an AI integration

     Create a new AI integration for an external LLM provider.  **Payload Requirements** - `name` and
    `provider` are required. - The integration name must be unique within the account. - `provider` must
    be one of: `OPEN_AI`, `AZURE_OPEN_AI`, `AWS_BEDROCK`, `VERTEX_AI`, `ANTHROPIC`, `NVIDIA_NIM`,
    `GEMINI`, `CUSTOM`, `LITELLM`, `FIREWORKS`, `TOGETHER_AI`. - If `scopings` is omitted, the
    integration defaults to account-wide visibility. - `enable_default_models` defaults to `false` if
    not provided. - `function_calling_enabled` defaults to `true` if not provided. - `auth_type`
    defaults to `DEFAULT` if not provided. - For `AWS_BEDROCK` provider, `provider_metadata` must
    include `role_arn`. - For `VERTEX_AI` provider, `provider_metadata` must include `project_id`,
    `location`, and `project_access_label`.  **Valid example** ```json {   "name": "Production OpenAI",
    "provider": "OPEN_AI",   "api_key": "sk-abc123...",   "model_names": ["gpt-4", "gpt-4o"],
    "enable_default_models": true } ```  **Invalid example** (missing required `provider`) ```json {
    "name": "My Integration" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAiIntegrationRequest): CreateAiIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiIntegration | Problem]
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
    body: CreateAiIntegrationRequest,
) -> AiIntegration | Problem | None:
    """Create an AI integration

     Create a new AI integration for an external LLM provider.  **Payload Requirements** - `name` and
    `provider` are required. - The integration name must be unique within the account. - `provider` must
    be one of: `OPEN_AI`, `AZURE_OPEN_AI`, `AWS_BEDROCK`, `VERTEX_AI`, `ANTHROPIC`, `NVIDIA_NIM`,
    `GEMINI`, `CUSTOM`, `LITELLM`, `FIREWORKS`, `TOGETHER_AI`. - If `scopings` is omitted, the
    integration defaults to account-wide visibility. - `enable_default_models` defaults to `false` if
    not provided. - `function_calling_enabled` defaults to `true` if not provided. - `auth_type`
    defaults to `DEFAULT` if not provided. - For `AWS_BEDROCK` provider, `provider_metadata` must
    include `role_arn`. - For `VERTEX_AI` provider, `provider_metadata` must include `project_id`,
    `location`, and `project_access_label`.  **Valid example** ```json {   "name": "Production OpenAI",
    "provider": "OPEN_AI",   "api_key": "sk-abc123...",   "model_names": ["gpt-4", "gpt-4o"],
    "enable_default_models": true } ```  **Invalid example** (missing required `provider`) ```json {
    "name": "My Integration" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAiIntegrationRequest): CreateAiIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiIntegration | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiIntegrationRequest,
) -> Response[AiIntegration | Problem]:
    """Create an AI integration

     Create a new AI integration for an external LLM provider.  **Payload Requirements** - `name` and
    `provider` are required. - The integration name must be unique within the account. - `provider` must
    be one of: `OPEN_AI`, `AZURE_OPEN_AI`, `AWS_BEDROCK`, `VERTEX_AI`, `ANTHROPIC`, `NVIDIA_NIM`,
    `GEMINI`, `CUSTOM`, `LITELLM`, `FIREWORKS`, `TOGETHER_AI`. - If `scopings` is omitted, the
    integration defaults to account-wide visibility. - `enable_default_models` defaults to `false` if
    not provided. - `function_calling_enabled` defaults to `true` if not provided. - `auth_type`
    defaults to `DEFAULT` if not provided. - For `AWS_BEDROCK` provider, `provider_metadata` must
    include `role_arn`. - For `VERTEX_AI` provider, `provider_metadata` must include `project_id`,
    `location`, and `project_access_label`.  **Valid example** ```json {   "name": "Production OpenAI",
    "provider": "OPEN_AI",   "api_key": "sk-abc123...",   "model_names": ["gpt-4", "gpt-4o"],
    "enable_default_models": true } ```  **Invalid example** (missing required `provider`) ```json {
    "name": "My Integration" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAiIntegrationRequest): CreateAiIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiIntegration | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiIntegrationRequest,
) -> AiIntegration | Problem | None:
    """Create an AI integration

     Create a new AI integration for an external LLM provider.  **Payload Requirements** - `name` and
    `provider` are required. - The integration name must be unique within the account. - `provider` must
    be one of: `OPEN_AI`, `AZURE_OPEN_AI`, `AWS_BEDROCK`, `VERTEX_AI`, `ANTHROPIC`, `NVIDIA_NIM`,
    `GEMINI`, `CUSTOM`, `LITELLM`, `FIREWORKS`, `TOGETHER_AI`. - If `scopings` is omitted, the
    integration defaults to account-wide visibility. - `enable_default_models` defaults to `false` if
    not provided. - `function_calling_enabled` defaults to `true` if not provided. - `auth_type`
    defaults to `DEFAULT` if not provided. - For `AWS_BEDROCK` provider, `provider_metadata` must
    include `role_arn`. - For `VERTEX_AI` provider, `provider_metadata` must include `project_id`,
    `location`, and `project_access_label`.  **Valid example** ```json {   "name": "Production OpenAI",
    "provider": "OPEN_AI",   "api_key": "sk-abc123...",   "model_names": ["gpt-4", "gpt-4o"],
    "enable_default_models": true } ```  **Invalid example** (missing required `provider`) ```json {
    "name": "My Integration" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAiIntegrationRequest): CreateAiIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiIntegration | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

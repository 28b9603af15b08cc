from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_integration import AgentIntegration
from ...models.create_agent_integration_request import CreateAgentIntegrationRequest
from ...models.create_evaluator_integration_request import CreateEvaluatorIntegrationRequest
from ...models.create_llm_integration_request import CreateLlmIntegrationRequest
from ...models.evaluator_integration import EvaluatorIntegration
from ...models.llm_integration import LlmIntegration
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateAgentIntegrationRequest
    | CreateEvaluatorIntegrationRequest
    | CreateLlmIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/integrations",
    }

    if isinstance(body, CreateLlmIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateAgentIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> AgentIntegration | EvaluatorIntegration | LlmIntegration:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_type_0 = LlmIntegration.from_dict(data, _strict=True)

                return componentsschemas_integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_type_1 = AgentIntegration.from_dict(
                    data, _strict=True
                )

                return componentsschemas_integration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_2 = EvaluatorIntegration.from_dict(
                data, _strict=True
            )

            return componentsschemas_integration_type_2

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
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:

        def _parse_response_201(
            data: object,
        ) -> AgentIntegration | EvaluatorIntegration | LlmIntegration:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_type_0 = LlmIntegration.from_dict(data, _strict=True)

                return componentsschemas_integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_type_1 = AgentIntegration.from_dict(
                    data, _strict=True
                )

                return componentsschemas_integration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_type_2 = EvaluatorIntegration.from_dict(
                data, _strict=True
            )

            return componentsschemas_integration_type_2

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
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentIntegrationRequest
    | CreateEvaluatorIntegrationRequest
    | CreateLlmIntegrationRequest,
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    """Create an integration

     Create a new integration. The `type` field selects the config shape; for `LLM`, `config.provider`
    selects the per-provider config. Supported types: `LLM`, `AGENT`, `EVALUATOR`.  **Payload
    Requirements** - `type`, `name`, and `config` are required. - `name` must be unique within the
    account. `LLM` names are unique among   LLM integrations; `AGENT` and `EVALUATOR` names share the
    same remote   endpoint integration namespace. - Server-set fields (`id`, `created_at`, `updated_at`)
    are not accepted on input. - `scopings` defaults to account-wide visibility when omitted. - For
    `type: EVALUATOR`, `config.endpoint` and `config.input_schema` are   required. `config.headers` is
    optional (omit means no headers; pass `null`   or `{}` on PATCH to clear them). `config.headers` is
    encrypted at rest and   never returned — reads surface `has_headers` instead. - `type: EVALUATOR`
    requires the remote evaluators feature to be enabled for   the account. If not enabled the request
    returns `403`.  **Valid example** (`type: EVALUATOR`) ```json {   "type": "EVALUATOR",   "name": "My
    remote evaluator",   "config": {     "endpoint": "https://eval.example.com/evaluate",
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required
    `config.endpoint`) ```json {   "type": "EVALUATOR",   "name": "My remote evaluator",   "config": {
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required `config`)
    ```json {   "type": "EVALUATOR",   "name": "My remote evaluator" } ```  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAgentIntegrationRequest | CreateEvaluatorIntegrationRequest |
            CreateLlmIntegrationRequest): CreateIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]
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
    body: CreateAgentIntegrationRequest
    | CreateEvaluatorIntegrationRequest
    | CreateLlmIntegrationRequest,
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """Create an integration

     Create a new integration. The `type` field selects the config shape; for `LLM`, `config.provider`
    selects the per-provider config. Supported types: `LLM`, `AGENT`, `EVALUATOR`.  **Payload
    Requirements** - `type`, `name`, and `config` are required. - `name` must be unique within the
    account. `LLM` names are unique among   LLM integrations; `AGENT` and `EVALUATOR` names share the
    same remote   endpoint integration namespace. - Server-set fields (`id`, `created_at`, `updated_at`)
    are not accepted on input. - `scopings` defaults to account-wide visibility when omitted. - For
    `type: EVALUATOR`, `config.endpoint` and `config.input_schema` are   required. `config.headers` is
    optional (omit means no headers; pass `null`   or `{}` on PATCH to clear them). `config.headers` is
    encrypted at rest and   never returned — reads surface `has_headers` instead. - `type: EVALUATOR`
    requires the remote evaluators feature to be enabled for   the account. If not enabled the request
    returns `403`.  **Valid example** (`type: EVALUATOR`) ```json {   "type": "EVALUATOR",   "name": "My
    remote evaluator",   "config": {     "endpoint": "https://eval.example.com/evaluate",
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required
    `config.endpoint`) ```json {   "type": "EVALUATOR",   "name": "My remote evaluator",   "config": {
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required `config`)
    ```json {   "type": "EVALUATOR",   "name": "My remote evaluator" } ```  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAgentIntegrationRequest | CreateEvaluatorIntegrationRequest |
            CreateLlmIntegrationRequest): CreateIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentIntegrationRequest
    | CreateEvaluatorIntegrationRequest
    | CreateLlmIntegrationRequest,
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    """Create an integration

     Create a new integration. The `type` field selects the config shape; for `LLM`, `config.provider`
    selects the per-provider config. Supported types: `LLM`, `AGENT`, `EVALUATOR`.  **Payload
    Requirements** - `type`, `name`, and `config` are required. - `name` must be unique within the
    account. `LLM` names are unique among   LLM integrations; `AGENT` and `EVALUATOR` names share the
    same remote   endpoint integration namespace. - Server-set fields (`id`, `created_at`, `updated_at`)
    are not accepted on input. - `scopings` defaults to account-wide visibility when omitted. - For
    `type: EVALUATOR`, `config.endpoint` and `config.input_schema` are   required. `config.headers` is
    optional (omit means no headers; pass `null`   or `{}` on PATCH to clear them). `config.headers` is
    encrypted at rest and   never returned — reads surface `has_headers` instead. - `type: EVALUATOR`
    requires the remote evaluators feature to be enabled for   the account. If not enabled the request
    returns `403`.  **Valid example** (`type: EVALUATOR`) ```json {   "type": "EVALUATOR",   "name": "My
    remote evaluator",   "config": {     "endpoint": "https://eval.example.com/evaluate",
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required
    `config.endpoint`) ```json {   "type": "EVALUATOR",   "name": "My remote evaluator",   "config": {
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required `config`)
    ```json {   "type": "EVALUATOR",   "name": "My remote evaluator" } ```  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAgentIntegrationRequest | CreateEvaluatorIntegrationRequest |
            CreateLlmIntegrationRequest): CreateIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentIntegrationRequest
    | CreateEvaluatorIntegrationRequest
    | CreateLlmIntegrationRequest,
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """Create an integration

     Create a new integration. The `type` field selects the config shape; for `LLM`, `config.provider`
    selects the per-provider config. Supported types: `LLM`, `AGENT`, `EVALUATOR`.  **Payload
    Requirements** - `type`, `name`, and `config` are required. - `name` must be unique within the
    account. `LLM` names are unique among   LLM integrations; `AGENT` and `EVALUATOR` names share the
    same remote   endpoint integration namespace. - Server-set fields (`id`, `created_at`, `updated_at`)
    are not accepted on input. - `scopings` defaults to account-wide visibility when omitted. - For
    `type: EVALUATOR`, `config.endpoint` and `config.input_schema` are   required. `config.headers` is
    optional (omit means no headers; pass `null`   or `{}` on PATCH to clear them). `config.headers` is
    encrypted at rest and   never returned — reads surface `has_headers` instead. - `type: EVALUATOR`
    requires the remote evaluators feature to be enabled for   the account. If not enabled the request
    returns `403`.  **Valid example** (`type: EVALUATOR`) ```json {   "type": "EVALUATOR",   "name": "My
    remote evaluator",   "config": {     "endpoint": "https://eval.example.com/evaluate",
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required
    `config.endpoint`) ```json {   "type": "EVALUATOR",   "name": "My remote evaluator",   "config": {
    "input_schema": { "type": "object" }   } } ```  **Invalid example** (missing required `config`)
    ```json {   "type": "EVALUATOR",   "name": "My remote evaluator" } ```  <Warning>This endpoint is in
    alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateAgentIntegrationRequest | CreateEvaluatorIntegrationRequest |
            CreateLlmIntegrationRequest): CreateIntegrationRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

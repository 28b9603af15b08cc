from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_integration import AgentIntegration
from ...models.evaluator_integration import EvaluatorIntegration
from ...models.llm_integration import LlmIntegration
from ...models.problem import Problem
from ...models.update_agent_integration_request import UpdateAgentIntegrationRequest
from ...models.update_evaluator_integration_request import UpdateEvaluatorIntegrationRequest
from ...models.update_llm_integration_request import UpdateLlmIntegrationRequest
from ...types import Response, path_segment


def build_request(
    integration_id: str,
    *,
    body: UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/integrations/{integration_id}".format(
            integration_id=path_segment(integration_id),
        ),
    }

    if isinstance(body, UpdateLlmIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateAgentIntegrationRequest):
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
    if response.status_code == 200:

        def _parse_response_200(
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
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
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
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    """Update an integration

     Partially update an integration. `type` is immutable (and, for `LLM`, `config.provider`). At least
    one field must be provided.  **Payload Requirements** - `type` is **required** (it selects the per-
    type PATCH shape) and is   immutable: it must match the stored integration's type, otherwise the
    request is rejected with 422 (change category by delete + recreate). - At least one updatable field
    (`name`, `description`, `scopings`, `config`)   must be provided in addition to `type`. - Scalar
    fields deep-merge: omit = keep, explicit `null` = clear (for   nullable fields). - Collection fields
    (`scopings`, `config.headers`) replace the existing   values when provided. - For `type: EVALUATOR`,
    `config.headers` accepts a string map (replace),   `null` (clear), or may be omitted (keep). -
    `type: EVALUATOR` requires the remote evaluators feature to be enabled.  **Valid example** (`type:
    EVALUATOR`) ```json {   "type": "EVALUATOR",   "config": {     "endpoint":
    "https://eval.example.com/v2/evaluate"   } } ```  **Invalid example** (type mismatch) ```json {
    "type": "AGENT" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        integration_id (str):
        body (UpdateAgentIntegrationRequest | UpdateEvaluatorIntegrationRequest |
            UpdateLlmIntegrationRequest): Partial update of an integration, discriminated by `type`
            (immutable). The `type` field selects the per-type PATCH shape. Provide at least one
            updatable field in addition to `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """Update an integration

     Partially update an integration. `type` is immutable (and, for `LLM`, `config.provider`). At least
    one field must be provided.  **Payload Requirements** - `type` is **required** (it selects the per-
    type PATCH shape) and is   immutable: it must match the stored integration's type, otherwise the
    request is rejected with 422 (change category by delete + recreate). - At least one updatable field
    (`name`, `description`, `scopings`, `config`)   must be provided in addition to `type`. - Scalar
    fields deep-merge: omit = keep, explicit `null` = clear (for   nullable fields). - Collection fields
    (`scopings`, `config.headers`) replace the existing   values when provided. - For `type: EVALUATOR`,
    `config.headers` accepts a string map (replace),   `null` (clear), or may be omitted (keep). -
    `type: EVALUATOR` requires the remote evaluators feature to be enabled.  **Valid example** (`type:
    EVALUATOR`) ```json {   "type": "EVALUATOR",   "config": {     "endpoint":
    "https://eval.example.com/v2/evaluate"   } } ```  **Invalid example** (type mismatch) ```json {
    "type": "AGENT" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        integration_id (str):
        body (UpdateAgentIntegrationRequest | UpdateEvaluatorIntegrationRequest |
            UpdateLlmIntegrationRequest): Partial update of an integration, discriminated by `type`
            (immutable). The `type` field selects the per-type PATCH shape. Provide at least one
            updatable field in addition to `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]:
    """Update an integration

     Partially update an integration. `type` is immutable (and, for `LLM`, `config.provider`). At least
    one field must be provided.  **Payload Requirements** - `type` is **required** (it selects the per-
    type PATCH shape) and is   immutable: it must match the stored integration's type, otherwise the
    request is rejected with 422 (change category by delete + recreate). - At least one updatable field
    (`name`, `description`, `scopings`, `config`)   must be provided in addition to `type`. - Scalar
    fields deep-merge: omit = keep, explicit `null` = clear (for   nullable fields). - Collection fields
    (`scopings`, `config.headers`) replace the existing   values when provided. - For `type: EVALUATOR`,
    `config.headers` accepts a string map (replace),   `null` (clear), or may be omitted (keep). -
    `type: EVALUATOR` requires the remote evaluators feature to be enabled.  **Valid example** (`type:
    EVALUATOR`) ```json {   "type": "EVALUATOR",   "config": {     "endpoint":
    "https://eval.example.com/v2/evaluate"   } } ```  **Invalid example** (type mismatch) ```json {
    "type": "AGENT" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        integration_id (str):
        body (UpdateAgentIntegrationRequest | UpdateEvaluatorIntegrationRequest |
            UpdateLlmIntegrationRequest): Partial update of an integration, discriminated by `type`
            (immutable). The `type` field selects the per-type PATCH shape. Provide at least one
            updatable field in addition to `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem | None:
    """Update an integration

     Partially update an integration. `type` is immutable (and, for `LLM`, `config.provider`). At least
    one field must be provided.  **Payload Requirements** - `type` is **required** (it selects the per-
    type PATCH shape) and is   immutable: it must match the stored integration's type, otherwise the
    request is rejected with 422 (change category by delete + recreate). - At least one updatable field
    (`name`, `description`, `scopings`, `config`)   must be provided in addition to `type`. - Scalar
    fields deep-merge: omit = keep, explicit `null` = clear (for   nullable fields). - Collection fields
    (`scopings`, `config.headers`) replace the existing   values when provided. - For `type: EVALUATOR`,
    `config.headers` accepts a string map (replace),   `null` (clear), or may be omitted (keep). -
    `type: EVALUATOR` requires the remote evaluators feature to be enabled.  **Valid example** (`type:
    EVALUATOR`) ```json {   "type": "EVALUATOR",   "config": {     "endpoint":
    "https://eval.example.com/v2/evaluate"   } } ```  **Invalid example** (type mismatch) ```json {
    "type": "AGENT" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        integration_id (str):
        body (UpdateAgentIntegrationRequest | UpdateEvaluatorIntegrationRequest |
            UpdateLlmIntegrationRequest): Partial update of an integration, discriminated by `type`
            (immutable). The `type` field selects the per-type PATCH shape. Provide at least one
            updatable field in addition to `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | Problem
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed

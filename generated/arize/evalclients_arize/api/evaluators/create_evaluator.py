from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_evaluator_request import CreateEvaluatorRequest
from ...models.evaluator_with_version import EvaluatorWithVersion
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateEvaluatorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/evaluators",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluatorWithVersion | Problem | None:
    if response.status_code == 201:
        response_201 = EvaluatorWithVersion.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> EvaluatorWithVersion | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = EvaluatorWithVersion.from_dict(body)

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
) -> Response[EvaluatorWithVersion | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluatorRequest,
) -> Response[EvaluatorWithVersion | Problem]:
    """Create evaluator

     Creates a new evaluator with an initial version.  **Payload Requirements** - The evaluator `name`
    must be unique within the given space. - `type` (top-level) selects the evaluator kind: `TEMPLATE`,
    `CODE`, or `REMOTE`.   With `TEMPLATE`, provide `version.template_config`.   With `CODE`, provide
    `version.code_config` — where `code_config.type` is `MANAGED` or `CUSTOM` (a separate discriminator
    *within* `code_config`, independent of the top-level `type: CODE`).   With `REMOTE`, provide
    `version.remote_config.integration_id` referencing an   accessible `EVALUATOR` integration. Remote
    evaluator creation requires the   remote evaluators feature to be enabled; otherwise the request
    returns `403`. - For template evaluators: `version.template_config.name` is the eval column name;
    must match `^[a-zA-Z0-9_\\s\\-&()]+$`. - For template evaluators: `version.template_config.template`
    is the prompt template; use `{variable}` for placeholders (f-string format, e.g. `{input}`,
    `{output}`). - For template evaluators: `version.template_config.classification_choices` is required
    and maps choice labels to numeric scores (e.g. `{"relevant": 1, "irrelevant": 0}`). - For code
    evaluators: see `CodeConfig` — managed evaluators (`code_config.type: MANAGED`) use
    `managed_evaluator` and `variables`; custom evaluators (`code_config.type: CUSTOM`) use `code`,
    optional `imports`, and `variables`. - System-managed fields (`id`, `created_at`, `updated_at`,
    `created_by_user_id`) are rejected on input.  **Valid example** (template evaluator) ```json {
    "name": "Hallucination Detector",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",
    "version": {     "commit_message": "Initial version",     "template_config": {       "name":
    "hallucination",       "template": "Given the input: {input}\\nand the output: {output}\\nIs the
    output a hallucination?",       "include_explanations": true,       "use_function_calling": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},       "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",
    "invocation_parameters": {"temperature": 0},         "provider_parameters": {}       }     }   } }
    ```  **Invalid example** (type/config mismatch — `TEMPLATE` type with `code_config`) ```json {
    "name": "Bad Evaluator",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",   "version": {
    "commit_message": "Wrong config",     "code_config": {       "type": "CUSTOM",       "name":
    "my_eval",       "code": "class Evaluator: ...",       "variables": ["input"]     }   } } ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        body (CreateEvaluatorRequest): Body containing evaluator creation parameters with an
            initial version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorWithVersion | Problem]
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
    body: CreateEvaluatorRequest,
) -> EvaluatorWithVersion | Problem | None:
    """Create evaluator

     Creates a new evaluator with an initial version.  **Payload Requirements** - The evaluator `name`
    must be unique within the given space. - `type` (top-level) selects the evaluator kind: `TEMPLATE`,
    `CODE`, or `REMOTE`.   With `TEMPLATE`, provide `version.template_config`.   With `CODE`, provide
    `version.code_config` — where `code_config.type` is `MANAGED` or `CUSTOM` (a separate discriminator
    *within* `code_config`, independent of the top-level `type: CODE`).   With `REMOTE`, provide
    `version.remote_config.integration_id` referencing an   accessible `EVALUATOR` integration. Remote
    evaluator creation requires the   remote evaluators feature to be enabled; otherwise the request
    returns `403`. - For template evaluators: `version.template_config.name` is the eval column name;
    must match `^[a-zA-Z0-9_\\s\\-&()]+$`. - For template evaluators: `version.template_config.template`
    is the prompt template; use `{variable}` for placeholders (f-string format, e.g. `{input}`,
    `{output}`). - For template evaluators: `version.template_config.classification_choices` is required
    and maps choice labels to numeric scores (e.g. `{"relevant": 1, "irrelevant": 0}`). - For code
    evaluators: see `CodeConfig` — managed evaluators (`code_config.type: MANAGED`) use
    `managed_evaluator` and `variables`; custom evaluators (`code_config.type: CUSTOM`) use `code`,
    optional `imports`, and `variables`. - System-managed fields (`id`, `created_at`, `updated_at`,
    `created_by_user_id`) are rejected on input.  **Valid example** (template evaluator) ```json {
    "name": "Hallucination Detector",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",
    "version": {     "commit_message": "Initial version",     "template_config": {       "name":
    "hallucination",       "template": "Given the input: {input}\\nand the output: {output}\\nIs the
    output a hallucination?",       "include_explanations": true,       "use_function_calling": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},       "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",
    "invocation_parameters": {"temperature": 0},         "provider_parameters": {}       }     }   } }
    ```  **Invalid example** (type/config mismatch — `TEMPLATE` type with `code_config`) ```json {
    "name": "Bad Evaluator",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",   "version": {
    "commit_message": "Wrong config",     "code_config": {       "type": "CUSTOM",       "name":
    "my_eval",       "code": "class Evaluator: ...",       "variables": ["input"]     }   } } ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        body (CreateEvaluatorRequest): Body containing evaluator creation parameters with an
            initial version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorWithVersion | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluatorRequest,
) -> Response[EvaluatorWithVersion | Problem]:
    """Create evaluator

     Creates a new evaluator with an initial version.  **Payload Requirements** - The evaluator `name`
    must be unique within the given space. - `type` (top-level) selects the evaluator kind: `TEMPLATE`,
    `CODE`, or `REMOTE`.   With `TEMPLATE`, provide `version.template_config`.   With `CODE`, provide
    `version.code_config` — where `code_config.type` is `MANAGED` or `CUSTOM` (a separate discriminator
    *within* `code_config`, independent of the top-level `type: CODE`).   With `REMOTE`, provide
    `version.remote_config.integration_id` referencing an   accessible `EVALUATOR` integration. Remote
    evaluator creation requires the   remote evaluators feature to be enabled; otherwise the request
    returns `403`. - For template evaluators: `version.template_config.name` is the eval column name;
    must match `^[a-zA-Z0-9_\\s\\-&()]+$`. - For template evaluators: `version.template_config.template`
    is the prompt template; use `{variable}` for placeholders (f-string format, e.g. `{input}`,
    `{output}`). - For template evaluators: `version.template_config.classification_choices` is required
    and maps choice labels to numeric scores (e.g. `{"relevant": 1, "irrelevant": 0}`). - For code
    evaluators: see `CodeConfig` — managed evaluators (`code_config.type: MANAGED`) use
    `managed_evaluator` and `variables`; custom evaluators (`code_config.type: CUSTOM`) use `code`,
    optional `imports`, and `variables`. - System-managed fields (`id`, `created_at`, `updated_at`,
    `created_by_user_id`) are rejected on input.  **Valid example** (template evaluator) ```json {
    "name": "Hallucination Detector",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",
    "version": {     "commit_message": "Initial version",     "template_config": {       "name":
    "hallucination",       "template": "Given the input: {input}\\nand the output: {output}\\nIs the
    output a hallucination?",       "include_explanations": true,       "use_function_calling": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},       "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",
    "invocation_parameters": {"temperature": 0},         "provider_parameters": {}       }     }   } }
    ```  **Invalid example** (type/config mismatch — `TEMPLATE` type with `code_config`) ```json {
    "name": "Bad Evaluator",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",   "version": {
    "commit_message": "Wrong config",     "code_config": {       "type": "CUSTOM",       "name":
    "my_eval",       "code": "class Evaluator: ...",       "variables": ["input"]     }   } } ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        body (CreateEvaluatorRequest): Body containing evaluator creation parameters with an
            initial version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorWithVersion | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluatorRequest,
) -> EvaluatorWithVersion | Problem | None:
    """Create evaluator

     Creates a new evaluator with an initial version.  **Payload Requirements** - The evaluator `name`
    must be unique within the given space. - `type` (top-level) selects the evaluator kind: `TEMPLATE`,
    `CODE`, or `REMOTE`.   With `TEMPLATE`, provide `version.template_config`.   With `CODE`, provide
    `version.code_config` — where `code_config.type` is `MANAGED` or `CUSTOM` (a separate discriminator
    *within* `code_config`, independent of the top-level `type: CODE`).   With `REMOTE`, provide
    `version.remote_config.integration_id` referencing an   accessible `EVALUATOR` integration. Remote
    evaluator creation requires the   remote evaluators feature to be enabled; otherwise the request
    returns `403`. - For template evaluators: `version.template_config.name` is the eval column name;
    must match `^[a-zA-Z0-9_\\s\\-&()]+$`. - For template evaluators: `version.template_config.template`
    is the prompt template; use `{variable}` for placeholders (f-string format, e.g. `{input}`,
    `{output}`). - For template evaluators: `version.template_config.classification_choices` is required
    and maps choice labels to numeric scores (e.g. `{"relevant": 1, "irrelevant": 0}`). - For code
    evaluators: see `CodeConfig` — managed evaluators (`code_config.type: MANAGED`) use
    `managed_evaluator` and `variables`; custom evaluators (`code_config.type: CUSTOM`) use `code`,
    optional `imports`, and `variables`. - System-managed fields (`id`, `created_at`, `updated_at`,
    `created_by_user_id`) are rejected on input.  **Valid example** (template evaluator) ```json {
    "name": "Hallucination Detector",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",
    "version": {     "commit_message": "Initial version",     "template_config": {       "name":
    "hallucination",       "template": "Given the input: {input}\\nand the output: {output}\\nIs the
    output a hallucination?",       "include_explanations": true,       "use_function_calling": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},       "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",
    "invocation_parameters": {"temperature": 0},         "provider_parameters": {}       }     }   } }
    ```  **Invalid example** (type/config mismatch — `TEMPLATE` type with `code_config`) ```json {
    "name": "Bad Evaluator",   "space_id": "U3BhY2U6MTpWNEth",   "type": "TEMPLATE",   "version": {
    "commit_message": "Wrong config",     "code_config": {       "type": "CUSTOM",       "name":
    "my_eval",       "code": "class Evaluator: ...",       "variables": ["input"]     }   } } ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        body (CreateEvaluatorRequest): Body containing evaluator creation parameters with an
            initial version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorWithVersion | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

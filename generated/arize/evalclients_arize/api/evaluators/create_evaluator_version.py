from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest
from ...models.create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest
from ...models.create_template_evaluator_version_request import (
    CreateTemplateEvaluatorVersionRequest,
)
from ...models.evaluator_version_code import EvaluatorVersionCode
from ...models.evaluator_version_harness import EvaluatorVersionHarness
from ...models.evaluator_version_remote import EvaluatorVersionRemote
from ...models.evaluator_version_template import EvaluatorVersionTemplate
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    evaluator_id: str,
    *,
    body: CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/evaluators/{evaluator_id}/versions".format(
            evaluator_id=path_segment(evaluator_id),
        ),
    }

    if isinstance(body, CreateTemplateEvaluatorVersionRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateCodeEvaluatorVersionRequest):
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
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(
                data, _strict=True
            )

            return componentsschemas_evaluator_version_type_3

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
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            EvaluatorVersionCode
            | EvaluatorVersionHarness
            | EvaluatorVersionRemote
            | EvaluatorVersionTemplate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_0 = EvaluatorVersionTemplate.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_1 = EvaluatorVersionCode.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluator_version_type_2 = EvaluatorVersionHarness.from_dict(
                    data, _strict=True
                )

                return componentsschemas_evaluator_version_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_evaluator_version_type_3 = EvaluatorVersionRemote.from_dict(
                data, _strict=True
            )

            return componentsschemas_evaluator_version_type_3

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
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
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
    body: CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
    """Create evaluator version

     **Endpoint:** `POST /v2/evaluators/{evaluator_id}/versions`  Create a new version of an existing
    evaluator. The new version becomes the latest version immediately (versioning is append-only).
    **Payload Requirements** - `commit_message` describes the changes in this version. - Provide exactly
    one of `template_config`, `code_config`, or `remote_config` to match the evaluator's `type`.
    `code_config.type` is a separate inner discriminator (`MANAGED` or `CUSTOM`) and is unrelated to the
    top-level `type`.   Schema and constraints match Create Evaluator. - For a template version,
    `template_config.llm_config.ai_integration_id` must   reference an AI integration that exists and is
    accessible to the evaluator's   space; otherwise the request fails with `404`. - For `REMOTE`
    evaluators: `remote_config.integration_id` must reference an   `EVALUATOR` integration. Each version
    may reference a different integration;   editing an integration affects every version that
    references it. `type: REMOTE`   requires the remote evaluators feature to be enabled. **Responses**
    - `201` — version created; returns the new `EvaluatorVersion`. - `400` — malformed request:
    `evaluator_id` fails ID-format validation,   the body is missing, or the JSON is malformed. - `401`
    — missing or invalid credentials. - `403` — the evaluator is readable but the caller lacks
    permission to   create a version on it. - `404` — `evaluator_id` does not exist or is not readable
    by the caller   (`Evaluator not found`), or `template_config.llm_config.ai_integration_id`   does
    not exist or is not accessible to this space   (`LLM integration not found or not accessible to this
    space`), or   `remote_config.integration_id` does not exist or is not applicable to this   space
    (`Integration not found`). - `422` — the body is well-formed JSON but fails validation, for example
    a   missing `commit_message`, a config mismatch, an invalid template column   name, or a remote
    integration with the wrong type. - `429` — rate limit exceeded.  **Valid example** (template
    version) ```json {   "commit_message": "Improve prompt template for better accuracy",
    "template_config": {     "name": "hallucination",     "template": "Given the input: {input}\\nand
    output: {output}\\nIs the output a hallucination? Explain your reasoning.",
    "include_explanations": true,     "use_function_calling": true,     "classification_choices":
    {"hallucinated": 0, "factual": 1},     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters":
    {"temperature": 0},       "provider_parameters": {}     }   } } ```  **Invalid example** (missing
    required `commit_message`) ```json {   "template_config": {     "name": "hallucination",
    "template": "Is this a hallucination?",     "include_explanations": false,
    "use_function_calling": false,     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters": {},
    "provider_parameters": {}     }   } } ``` Response `422`: ```json {   "status": 422,   "title":
    "Unprocessable Entity",   "type": "https://arize.com/docs/ax/rest-reference/errors#validation-
    error",   "detail": "Invalid input" } ```  **Invalid example** (`ai_integration_id` does not exist
    or is not accessible to this space) ```json {   "commit_message": "Try a nonexistent integration",
    "template_config": {     "name": "hallucination",     "template": "Given {input} and {output}, is it
    a hallucination?",     "include_explanations": true,     "use_function_calling_if_available": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},     "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246OTk5OTk6ZmFrZQ==",       "model_name": "gpt-4o",
    "invocation_parameters": {},       "provider_parameters": {}     }   } } ``` Response `404`: ```json
    {   "status": 404,   "title": "Not Found",   "type": "https://arize.com/docs/ax/rest-
    reference/errors#resource-not-found",   "detail": "LLM integration not found or not accessible to
    this space" } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of
            `template_config`, `code_config`, or `remote_config`. Used both when creating an evaluator
            (initial `version`) and when appending a version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem]
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
    body: CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """Create evaluator version

     **Endpoint:** `POST /v2/evaluators/{evaluator_id}/versions`  Create a new version of an existing
    evaluator. The new version becomes the latest version immediately (versioning is append-only).
    **Payload Requirements** - `commit_message` describes the changes in this version. - Provide exactly
    one of `template_config`, `code_config`, or `remote_config` to match the evaluator's `type`.
    `code_config.type` is a separate inner discriminator (`MANAGED` or `CUSTOM`) and is unrelated to the
    top-level `type`.   Schema and constraints match Create Evaluator. - For a template version,
    `template_config.llm_config.ai_integration_id` must   reference an AI integration that exists and is
    accessible to the evaluator's   space; otherwise the request fails with `404`. - For `REMOTE`
    evaluators: `remote_config.integration_id` must reference an   `EVALUATOR` integration. Each version
    may reference a different integration;   editing an integration affects every version that
    references it. `type: REMOTE`   requires the remote evaluators feature to be enabled. **Responses**
    - `201` — version created; returns the new `EvaluatorVersion`. - `400` — malformed request:
    `evaluator_id` fails ID-format validation,   the body is missing, or the JSON is malformed. - `401`
    — missing or invalid credentials. - `403` — the evaluator is readable but the caller lacks
    permission to   create a version on it. - `404` — `evaluator_id` does not exist or is not readable
    by the caller   (`Evaluator not found`), or `template_config.llm_config.ai_integration_id`   does
    not exist or is not accessible to this space   (`LLM integration not found or not accessible to this
    space`), or   `remote_config.integration_id` does not exist or is not applicable to this   space
    (`Integration not found`). - `422` — the body is well-formed JSON but fails validation, for example
    a   missing `commit_message`, a config mismatch, an invalid template column   name, or a remote
    integration with the wrong type. - `429` — rate limit exceeded.  **Valid example** (template
    version) ```json {   "commit_message": "Improve prompt template for better accuracy",
    "template_config": {     "name": "hallucination",     "template": "Given the input: {input}\\nand
    output: {output}\\nIs the output a hallucination? Explain your reasoning.",
    "include_explanations": true,     "use_function_calling": true,     "classification_choices":
    {"hallucinated": 0, "factual": 1},     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters":
    {"temperature": 0},       "provider_parameters": {}     }   } } ```  **Invalid example** (missing
    required `commit_message`) ```json {   "template_config": {     "name": "hallucination",
    "template": "Is this a hallucination?",     "include_explanations": false,
    "use_function_calling": false,     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters": {},
    "provider_parameters": {}     }   } } ``` Response `422`: ```json {   "status": 422,   "title":
    "Unprocessable Entity",   "type": "https://arize.com/docs/ax/rest-reference/errors#validation-
    error",   "detail": "Invalid input" } ```  **Invalid example** (`ai_integration_id` does not exist
    or is not accessible to this space) ```json {   "commit_message": "Try a nonexistent integration",
    "template_config": {     "name": "hallucination",     "template": "Given {input} and {output}, is it
    a hallucination?",     "include_explanations": true,     "use_function_calling_if_available": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},     "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246OTk5OTk6ZmFrZQ==",       "model_name": "gpt-4o",
    "invocation_parameters": {},       "provider_parameters": {}     }   } } ``` Response `404`: ```json
    {   "status": 404,   "title": "Not Found",   "type": "https://arize.com/docs/ax/rest-
    reference/errors#resource-not-found",   "detail": "LLM integration not found or not accessible to
    this space" } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of
            `template_config`, `code_config`, or `remote_config`. Used both when creating an evaluator
            (initial `version`) and when appending a version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem
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
    body: CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest,
) -> Response[
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
]:
    """Create evaluator version

     **Endpoint:** `POST /v2/evaluators/{evaluator_id}/versions`  Create a new version of an existing
    evaluator. The new version becomes the latest version immediately (versioning is append-only).
    **Payload Requirements** - `commit_message` describes the changes in this version. - Provide exactly
    one of `template_config`, `code_config`, or `remote_config` to match the evaluator's `type`.
    `code_config.type` is a separate inner discriminator (`MANAGED` or `CUSTOM`) and is unrelated to the
    top-level `type`.   Schema and constraints match Create Evaluator. - For a template version,
    `template_config.llm_config.ai_integration_id` must   reference an AI integration that exists and is
    accessible to the evaluator's   space; otherwise the request fails with `404`. - For `REMOTE`
    evaluators: `remote_config.integration_id` must reference an   `EVALUATOR` integration. Each version
    may reference a different integration;   editing an integration affects every version that
    references it. `type: REMOTE`   requires the remote evaluators feature to be enabled. **Responses**
    - `201` — version created; returns the new `EvaluatorVersion`. - `400` — malformed request:
    `evaluator_id` fails ID-format validation,   the body is missing, or the JSON is malformed. - `401`
    — missing or invalid credentials. - `403` — the evaluator is readable but the caller lacks
    permission to   create a version on it. - `404` — `evaluator_id` does not exist or is not readable
    by the caller   (`Evaluator not found`), or `template_config.llm_config.ai_integration_id`   does
    not exist or is not accessible to this space   (`LLM integration not found or not accessible to this
    space`), or   `remote_config.integration_id` does not exist or is not applicable to this   space
    (`Integration not found`). - `422` — the body is well-formed JSON but fails validation, for example
    a   missing `commit_message`, a config mismatch, an invalid template column   name, or a remote
    integration with the wrong type. - `429` — rate limit exceeded.  **Valid example** (template
    version) ```json {   "commit_message": "Improve prompt template for better accuracy",
    "template_config": {     "name": "hallucination",     "template": "Given the input: {input}\\nand
    output: {output}\\nIs the output a hallucination? Explain your reasoning.",
    "include_explanations": true,     "use_function_calling": true,     "classification_choices":
    {"hallucinated": 0, "factual": 1},     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters":
    {"temperature": 0},       "provider_parameters": {}     }   } } ```  **Invalid example** (missing
    required `commit_message`) ```json {   "template_config": {     "name": "hallucination",
    "template": "Is this a hallucination?",     "include_explanations": false,
    "use_function_calling": false,     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters": {},
    "provider_parameters": {}     }   } } ``` Response `422`: ```json {   "status": 422,   "title":
    "Unprocessable Entity",   "type": "https://arize.com/docs/ax/rest-reference/errors#validation-
    error",   "detail": "Invalid input" } ```  **Invalid example** (`ai_integration_id` does not exist
    or is not accessible to this space) ```json {   "commit_message": "Try a nonexistent integration",
    "template_config": {     "name": "hallucination",     "template": "Given {input} and {output}, is it
    a hallucination?",     "include_explanations": true,     "use_function_calling_if_available": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},     "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246OTk5OTk6ZmFrZQ==",       "model_name": "gpt-4o",
    "invocation_parameters": {},       "provider_parameters": {}     }   } } ``` Response `404`: ```json
    {   "status": 404,   "title": "Not Found",   "type": "https://arize.com/docs/ax/rest-
    reference/errors#resource-not-found",   "detail": "LLM integration not found or not accessible to
    this space" } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of
            `template_config`, `code_config`, or `remote_config`. Used both when creating an evaluator
            (initial `version`) and when appending a version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem]
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
    body: CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest,
) -> (
    EvaluatorVersionCode
    | EvaluatorVersionHarness
    | EvaluatorVersionRemote
    | EvaluatorVersionTemplate
    | Problem
    | None
):
    """Create evaluator version

     **Endpoint:** `POST /v2/evaluators/{evaluator_id}/versions`  Create a new version of an existing
    evaluator. The new version becomes the latest version immediately (versioning is append-only).
    **Payload Requirements** - `commit_message` describes the changes in this version. - Provide exactly
    one of `template_config`, `code_config`, or `remote_config` to match the evaluator's `type`.
    `code_config.type` is a separate inner discriminator (`MANAGED` or `CUSTOM`) and is unrelated to the
    top-level `type`.   Schema and constraints match Create Evaluator. - For a template version,
    `template_config.llm_config.ai_integration_id` must   reference an AI integration that exists and is
    accessible to the evaluator's   space; otherwise the request fails with `404`. - For `REMOTE`
    evaluators: `remote_config.integration_id` must reference an   `EVALUATOR` integration. Each version
    may reference a different integration;   editing an integration affects every version that
    references it. `type: REMOTE`   requires the remote evaluators feature to be enabled. **Responses**
    - `201` — version created; returns the new `EvaluatorVersion`. - `400` — malformed request:
    `evaluator_id` fails ID-format validation,   the body is missing, or the JSON is malformed. - `401`
    — missing or invalid credentials. - `403` — the evaluator is readable but the caller lacks
    permission to   create a version on it. - `404` — `evaluator_id` does not exist or is not readable
    by the caller   (`Evaluator not found`), or `template_config.llm_config.ai_integration_id`   does
    not exist or is not accessible to this space   (`LLM integration not found or not accessible to this
    space`), or   `remote_config.integration_id` does not exist or is not applicable to this   space
    (`Integration not found`). - `422` — the body is well-formed JSON but fails validation, for example
    a   missing `commit_message`, a config mismatch, an invalid template column   name, or a remote
    integration with the wrong type. - `429` — rate limit exceeded.  **Valid example** (template
    version) ```json {   "commit_message": "Improve prompt template for better accuracy",
    "template_config": {     "name": "hallucination",     "template": "Given the input: {input}\\nand
    output: {output}\\nIs the output a hallucination? Explain your reasoning.",
    "include_explanations": true,     "use_function_calling": true,     "classification_choices":
    {"hallucinated": 0, "factual": 1},     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters":
    {"temperature": 0},       "provider_parameters": {}     }   } } ```  **Invalid example** (missing
    required `commit_message`) ```json {   "template_config": {     "name": "hallucination",
    "template": "Is this a hallucination?",     "include_explanations": false,
    "use_function_calling": false,     "llm_config": {       "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",       "model_name": "gpt-4o",       "invocation_parameters": {},
    "provider_parameters": {}     }   } } ``` Response `422`: ```json {   "status": 422,   "title":
    "Unprocessable Entity",   "type": "https://arize.com/docs/ax/rest-reference/errors#validation-
    error",   "detail": "Invalid input" } ```  **Invalid example** (`ai_integration_id` does not exist
    or is not accessible to this space) ```json {   "commit_message": "Try a nonexistent integration",
    "template_config": {     "name": "hallucination",     "template": "Given {input} and {output}, is it
    a hallucination?",     "include_explanations": true,     "use_function_calling_if_available": true,
    "classification_choices": {"hallucinated": 0, "factual": 1},     "llm_config": {
    "ai_integration_id": "TGxtSW50ZWdyYXRpb246OTk5OTk6ZmFrZQ==",       "model_name": "gpt-4o",
    "invocation_parameters": {},       "provider_parameters": {}     }   } } ``` Response `404`: ```json
    {   "status": 404,   "title": "Not Found",   "type": "https://arize.com/docs/ax/rest-
    reference/errors#resource-not-found",   "detail": "LLM integration not found or not accessible to
    this space" } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        evaluator_id (str):
        body (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of
            `template_config`, `code_config`, or `remote_config`. Used both when creating an evaluator
            (initial `version`) and when appending a version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorVersionCode | EvaluatorVersionHarness | EvaluatorVersionRemote | EvaluatorVersionTemplate | Problem
    """

    return (
        await asyncio_detailed(
            evaluator_id=evaluator_id,
            client=client,
            body=body,
        )
    ).parsed

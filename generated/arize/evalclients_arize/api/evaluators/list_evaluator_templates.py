from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_evaluator_templates_response import ListEvaluatorTemplatesResponse
from ...models.problem import Problem
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/evaluator-templates",
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListEvaluatorTemplatesResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListEvaluatorTemplatesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListEvaluatorTemplatesResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListEvaluatorTemplatesResponse.from_dict(body)

        return response_200

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    401: "json",
    403: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListEvaluatorTemplatesResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListEvaluatorTemplatesResponse | Problem]:
    """List evaluator templates

     Retrieve the built-in LLM-as-a-judge evaluator templates. This is the same catalog the product
    offers when creating an evaluator, spanning response quality, code quality, trajectory, RAG,
    security, and session evals.  Each template carries the judge prompt, the labels it returns, the
    score for each label, its optimization direction, and the granularity it evaluates at.  **Creating
    an evaluator from a template.** Pick a template, then call `POST /v2/evaluators` with its fields
    mapped onto the request:  | Template field | Where it goes in `POST /v2/evaluators` | | --- | --- |
    | `column_name` | `version.template_config.name` | | `template` | `version.template_config.template`
    | | `classification_choices` | `version.template_config.classification_choices` | | `direction` |
    `version.template_config.direction` | | `data_granularity` |
    `version.template_config.data_granularity`. Send `SPAN`, or omit it, when the template's value is
    `null` | | `display_name` | a label for your own use; reuse it for the evaluator's `name` or
    `description` | | `rails` | no destination; `classification_choices` already carries the same labels
    |  Then add the fields a template doesn't carry: `space_id`, `name`, and `type: TEMPLATE` on the
    evaluator; a `version.commit_message`; and the execution settings
    `template_config.include_explanations`, `use_function_calling_if_available`, and `llm_config`.
    Finally, create a task to run the evaluator.  A complete request built from the `hallucination`
    template:  ```json {   "space_id": "U3BhY2U6NDkzOkJaSkc=",   "name": "hallucination",
    "description": "Built from the hallucination template",   "type": "TEMPLATE",   "version": {
    "commit_message": "Initial version from built-in template",     "template_config": {       "name":
    "hallucination",       "template": "You are evaluating whether an answer is factual given reference
    text...\\n{input}\\n{output}",       "classification_choices": { "hallucinated": 1, "factual": 0 },
    "direction": "MINIMIZE",       "data_granularity": "SPAN",       "include_explanations": true,
    "use_function_calling_if_available": true,       "llm_config": {         "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",         "invocation_parameters":
    { "temperature": 0 },         "provider_parameters": {}       }     }   } } ```  **Scope:** this
    returns only the built-in catalog, which is identical for every caller and contains no space,
    account, or user data. It does not include the evaluators that already exist in your space. List
    those with `GET /v2/evaluators`.  **Pagination:** not paginated. The catalog is a small fixed list
    (28 templates, roughly 32 KB of JSON) and the full set is always returned, so there is no `cursor`
    or `limit`.  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEvaluatorTemplatesResponse | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ListEvaluatorTemplatesResponse | Problem | None:
    """List evaluator templates

     Retrieve the built-in LLM-as-a-judge evaluator templates. This is the same catalog the product
    offers when creating an evaluator, spanning response quality, code quality, trajectory, RAG,
    security, and session evals.  Each template carries the judge prompt, the labels it returns, the
    score for each label, its optimization direction, and the granularity it evaluates at.  **Creating
    an evaluator from a template.** Pick a template, then call `POST /v2/evaluators` with its fields
    mapped onto the request:  | Template field | Where it goes in `POST /v2/evaluators` | | --- | --- |
    | `column_name` | `version.template_config.name` | | `template` | `version.template_config.template`
    | | `classification_choices` | `version.template_config.classification_choices` | | `direction` |
    `version.template_config.direction` | | `data_granularity` |
    `version.template_config.data_granularity`. Send `SPAN`, or omit it, when the template's value is
    `null` | | `display_name` | a label for your own use; reuse it for the evaluator's `name` or
    `description` | | `rails` | no destination; `classification_choices` already carries the same labels
    |  Then add the fields a template doesn't carry: `space_id`, `name`, and `type: TEMPLATE` on the
    evaluator; a `version.commit_message`; and the execution settings
    `template_config.include_explanations`, `use_function_calling_if_available`, and `llm_config`.
    Finally, create a task to run the evaluator.  A complete request built from the `hallucination`
    template:  ```json {   "space_id": "U3BhY2U6NDkzOkJaSkc=",   "name": "hallucination",
    "description": "Built from the hallucination template",   "type": "TEMPLATE",   "version": {
    "commit_message": "Initial version from built-in template",     "template_config": {       "name":
    "hallucination",       "template": "You are evaluating whether an answer is factual given reference
    text...\\n{input}\\n{output}",       "classification_choices": { "hallucinated": 1, "factual": 0 },
    "direction": "MINIMIZE",       "data_granularity": "SPAN",       "include_explanations": true,
    "use_function_calling_if_available": true,       "llm_config": {         "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",         "invocation_parameters":
    { "temperature": 0 },         "provider_parameters": {}       }     }   } } ```  **Scope:** this
    returns only the built-in catalog, which is identical for every caller and contains no space,
    account, or user data. It does not include the evaluators that already exist in your space. List
    those with `GET /v2/evaluators`.  **Pagination:** not paginated. The catalog is a small fixed list
    (28 templates, roughly 32 KB of JSON) and the full set is always returned, so there is no `cursor`
    or `limit`.  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEvaluatorTemplatesResponse | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListEvaluatorTemplatesResponse | Problem]:
    """List evaluator templates

     Retrieve the built-in LLM-as-a-judge evaluator templates. This is the same catalog the product
    offers when creating an evaluator, spanning response quality, code quality, trajectory, RAG,
    security, and session evals.  Each template carries the judge prompt, the labels it returns, the
    score for each label, its optimization direction, and the granularity it evaluates at.  **Creating
    an evaluator from a template.** Pick a template, then call `POST /v2/evaluators` with its fields
    mapped onto the request:  | Template field | Where it goes in `POST /v2/evaluators` | | --- | --- |
    | `column_name` | `version.template_config.name` | | `template` | `version.template_config.template`
    | | `classification_choices` | `version.template_config.classification_choices` | | `direction` |
    `version.template_config.direction` | | `data_granularity` |
    `version.template_config.data_granularity`. Send `SPAN`, or omit it, when the template's value is
    `null` | | `display_name` | a label for your own use; reuse it for the evaluator's `name` or
    `description` | | `rails` | no destination; `classification_choices` already carries the same labels
    |  Then add the fields a template doesn't carry: `space_id`, `name`, and `type: TEMPLATE` on the
    evaluator; a `version.commit_message`; and the execution settings
    `template_config.include_explanations`, `use_function_calling_if_available`, and `llm_config`.
    Finally, create a task to run the evaluator.  A complete request built from the `hallucination`
    template:  ```json {   "space_id": "U3BhY2U6NDkzOkJaSkc=",   "name": "hallucination",
    "description": "Built from the hallucination template",   "type": "TEMPLATE",   "version": {
    "commit_message": "Initial version from built-in template",     "template_config": {       "name":
    "hallucination",       "template": "You are evaluating whether an answer is factual given reference
    text...\\n{input}\\n{output}",       "classification_choices": { "hallucinated": 1, "factual": 0 },
    "direction": "MINIMIZE",       "data_granularity": "SPAN",       "include_explanations": true,
    "use_function_calling_if_available": true,       "llm_config": {         "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",         "invocation_parameters":
    { "temperature": 0 },         "provider_parameters": {}       }     }   } } ```  **Scope:** this
    returns only the built-in catalog, which is identical for every caller and contains no space,
    account, or user data. It does not include the evaluators that already exist in your space. List
    those with `GET /v2/evaluators`.  **Pagination:** not paginated. The catalog is a small fixed list
    (28 templates, roughly 32 KB of JSON) and the full set is always returned, so there is no `cursor`
    or `limit`.  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEvaluatorTemplatesResponse | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ListEvaluatorTemplatesResponse | Problem | None:
    """List evaluator templates

     Retrieve the built-in LLM-as-a-judge evaluator templates. This is the same catalog the product
    offers when creating an evaluator, spanning response quality, code quality, trajectory, RAG,
    security, and session evals.  Each template carries the judge prompt, the labels it returns, the
    score for each label, its optimization direction, and the granularity it evaluates at.  **Creating
    an evaluator from a template.** Pick a template, then call `POST /v2/evaluators` with its fields
    mapped onto the request:  | Template field | Where it goes in `POST /v2/evaluators` | | --- | --- |
    | `column_name` | `version.template_config.name` | | `template` | `version.template_config.template`
    | | `classification_choices` | `version.template_config.classification_choices` | | `direction` |
    `version.template_config.direction` | | `data_granularity` |
    `version.template_config.data_granularity`. Send `SPAN`, or omit it, when the template's value is
    `null` | | `display_name` | a label for your own use; reuse it for the evaluator's `name` or
    `description` | | `rails` | no destination; `classification_choices` already carries the same labels
    |  Then add the fields a template doesn't carry: `space_id`, `name`, and `type: TEMPLATE` on the
    evaluator; a `version.commit_message`; and the execution settings
    `template_config.include_explanations`, `use_function_calling_if_available`, and `llm_config`.
    Finally, create a task to run the evaluator.  A complete request built from the `hallucination`
    template:  ```json {   "space_id": "U3BhY2U6NDkzOkJaSkc=",   "name": "hallucination",
    "description": "Built from the hallucination template",   "type": "TEMPLATE",   "version": {
    "commit_message": "Initial version from built-in template",     "template_config": {       "name":
    "hallucination",       "template": "You are evaluating whether an answer is factual given reference
    text...\\n{input}\\n{output}",       "classification_choices": { "hallucinated": 1, "factual": 0 },
    "direction": "MINIMIZE",       "data_granularity": "SPAN",       "include_explanations": true,
    "use_function_calling_if_available": true,       "llm_config": {         "ai_integration_id":
    "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",         "model_name": "gpt-4o",         "invocation_parameters":
    { "temperature": 0 },         "provider_parameters": {}       }     }   } } ```  **Scope:** this
    returns only the built-in catalog, which is identical for every caller and contains no space,
    account, or user data. It does not include the evaluators that already exist in your space. List
    those with `GET /v2/evaluators`.  **Pagination:** not paginated. The catalog is a small fixed list
    (28 templates, roughly 32 KB of JSON) and the full set is always returned, so there is no `cursor`
    or `limit`.  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEvaluatorTemplatesResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_subscription_request import CreateWebhookSubscriptionRequest
from ...models.problem import Problem
from ...models.webhook_subscription import WebhookSubscription
from ...types import Response


def build_request(
    *,
    body: CreateWebhookSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/webhook-subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookSubscription | None:
    if response.status_code == 201:
        response_201 = WebhookSubscription.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | WebhookSubscription | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = WebhookSubscription.from_dict(body)

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
) -> Response[Problem | WebhookSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookSubscriptionRequest,
) -> Response[Problem | WebhookSubscription]:
    """Create a webhook subscription

     Subscribe a webhook to one event on a prompt, evaluator, evaluation task, or space. To deliver
    several events to the same webhook, create one subscription per event. A `SPACE` subscription covers
    every evaluation task in the space, including tasks created later.  **Payload Requirements** -
    `webhook_id`, `source_type`, `source_id`, and `event` are required. - `webhook_id` must be a webhook
    in the source's organization; unknown   webhooks yield a 404. - `event` must belong to the source
    type: prompt events for `PROMPT`   sources, evaluator events for `EVALUATOR` sources, and
    `ONLINE_TASK_RUN_FAILED` for `ONLINE_TASK` and `SPACE` sources.   Other combinations are rejected
    with a 422. - An `ONLINE_TASK` source must be an evaluation task; other task types   are rejected
    with a 422. - A webhook can subscribe to a given event on a given source only once   (409 on
    conflict). - At most 200 webhooks may subscribe to the same event on a source;   requests that would
    exceed this limit are rejected with a 422.  Creating a subscription requires `PROMPT_UPDATE` for a
    prompt source, `EVALUATOR_UPDATE` for an evaluator source, `PROJECT_EVAL_TASK_UPDATE` (or
    `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source, or a space, organization, or
    account admin role for a space source, since a space subscription covers every task in the space,
    including tasks in restricted projects. Callers who can read the source (`PROMPT_READ`,
    `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`) but lack the required
    permission receive a 403; sources the caller cannot read yield a 404.  Checks run in this order, and
    the first failure is returned: request body validation (422), source access (404 or 403), source
    task type (422), webhook lookup (404), then duplicate subscription (409) and the per-source webhook
    limit (422).  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Args:
        body (CreateWebhookSubscriptionRequest): CreateWebhookSubscriptionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscription]
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
    body: CreateWebhookSubscriptionRequest,
) -> Problem | WebhookSubscription | None:
    """Create a webhook subscription

     Subscribe a webhook to one event on a prompt, evaluator, evaluation task, or space. To deliver
    several events to the same webhook, create one subscription per event. A `SPACE` subscription covers
    every evaluation task in the space, including tasks created later.  **Payload Requirements** -
    `webhook_id`, `source_type`, `source_id`, and `event` are required. - `webhook_id` must be a webhook
    in the source's organization; unknown   webhooks yield a 404. - `event` must belong to the source
    type: prompt events for `PROMPT`   sources, evaluator events for `EVALUATOR` sources, and
    `ONLINE_TASK_RUN_FAILED` for `ONLINE_TASK` and `SPACE` sources.   Other combinations are rejected
    with a 422. - An `ONLINE_TASK` source must be an evaluation task; other task types   are rejected
    with a 422. - A webhook can subscribe to a given event on a given source only once   (409 on
    conflict). - At most 200 webhooks may subscribe to the same event on a source;   requests that would
    exceed this limit are rejected with a 422.  Creating a subscription requires `PROMPT_UPDATE` for a
    prompt source, `EVALUATOR_UPDATE` for an evaluator source, `PROJECT_EVAL_TASK_UPDATE` (or
    `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source, or a space, organization, or
    account admin role for a space source, since a space subscription covers every task in the space,
    including tasks in restricted projects. Callers who can read the source (`PROMPT_READ`,
    `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`) but lack the required
    permission receive a 403; sources the caller cannot read yield a 404.  Checks run in this order, and
    the first failure is returned: request body validation (422), source access (404 or 403), source
    task type (422), webhook lookup (404), then duplicate subscription (409) and the per-source webhook
    limit (422).  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Args:
        body (CreateWebhookSubscriptionRequest): CreateWebhookSubscriptionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookSubscriptionRequest,
) -> Response[Problem | WebhookSubscription]:
    """Create a webhook subscription

     Subscribe a webhook to one event on a prompt, evaluator, evaluation task, or space. To deliver
    several events to the same webhook, create one subscription per event. A `SPACE` subscription covers
    every evaluation task in the space, including tasks created later.  **Payload Requirements** -
    `webhook_id`, `source_type`, `source_id`, and `event` are required. - `webhook_id` must be a webhook
    in the source's organization; unknown   webhooks yield a 404. - `event` must belong to the source
    type: prompt events for `PROMPT`   sources, evaluator events for `EVALUATOR` sources, and
    `ONLINE_TASK_RUN_FAILED` for `ONLINE_TASK` and `SPACE` sources.   Other combinations are rejected
    with a 422. - An `ONLINE_TASK` source must be an evaluation task; other task types   are rejected
    with a 422. - A webhook can subscribe to a given event on a given source only once   (409 on
    conflict). - At most 200 webhooks may subscribe to the same event on a source;   requests that would
    exceed this limit are rejected with a 422.  Creating a subscription requires `PROMPT_UPDATE` for a
    prompt source, `EVALUATOR_UPDATE` for an evaluator source, `PROJECT_EVAL_TASK_UPDATE` (or
    `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source, or a space, organization, or
    account admin role for a space source, since a space subscription covers every task in the space,
    including tasks in restricted projects. Callers who can read the source (`PROMPT_READ`,
    `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`) but lack the required
    permission receive a 403; sources the caller cannot read yield a 404.  Checks run in this order, and
    the first failure is returned: request body validation (422), source access (404 or 403), source
    task type (422), webhook lookup (404), then duplicate subscription (409) and the per-source webhook
    limit (422).  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Args:
        body (CreateWebhookSubscriptionRequest): CreateWebhookSubscriptionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookSubscriptionRequest,
) -> Problem | WebhookSubscription | None:
    """Create a webhook subscription

     Subscribe a webhook to one event on a prompt, evaluator, evaluation task, or space. To deliver
    several events to the same webhook, create one subscription per event. A `SPACE` subscription covers
    every evaluation task in the space, including tasks created later.  **Payload Requirements** -
    `webhook_id`, `source_type`, `source_id`, and `event` are required. - `webhook_id` must be a webhook
    in the source's organization; unknown   webhooks yield a 404. - `event` must belong to the source
    type: prompt events for `PROMPT`   sources, evaluator events for `EVALUATOR` sources, and
    `ONLINE_TASK_RUN_FAILED` for `ONLINE_TASK` and `SPACE` sources.   Other combinations are rejected
    with a 422. - An `ONLINE_TASK` source must be an evaluation task; other task types   are rejected
    with a 422. - A webhook can subscribe to a given event on a given source only once   (409 on
    conflict). - At most 200 webhooks may subscribe to the same event on a source;   requests that would
    exceed this limit are rejected with a 422.  Creating a subscription requires `PROMPT_UPDATE` for a
    prompt source, `EVALUATOR_UPDATE` for an evaluator source, `PROJECT_EVAL_TASK_UPDATE` (or
    `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source, or a space, organization, or
    account admin role for a space source, since a space subscription covers every task in the space,
    including tasks in restricted projects. Callers who can read the source (`PROMPT_READ`,
    `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`) but lack the required
    permission receive a 403; sources the caller cannot read yield a 404.  Checks run in this order, and
    the first failure is returned: request body validation (422), source access (404 or 403), source
    task type (422), webhook lookup (404), then duplicate subscription (409) and the per-source webhook
    limit (422).  <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Warning>

    Args:
        body (CreateWebhookSubscriptionRequest): CreateWebhookSubscriptionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

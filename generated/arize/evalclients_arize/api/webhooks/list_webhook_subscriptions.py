from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhook_subscriptions_response import ListWebhookSubscriptionsResponse
from ...models.problem import Problem
from ...models.webhook_source_type import WebhookSourceType
from ...types import UNSET, Response, Unset


def build_request(
    *,
    source_type: WebhookSourceType | Unset = UNSET,
    source_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source_type: str | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = source_type

    params["source_type"] = json_source_type

    params["source_id"] = source_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/webhook-subscriptions",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWebhookSubscriptionsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListWebhookSubscriptionsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListWebhookSubscriptionsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListWebhookSubscriptionsResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebhookSubscriptionsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source_type: WebhookSourceType | Unset = UNSET,
    source_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListWebhookSubscriptionsResponse | Problem]:
    """List webhook subscriptions

     List webhook subscriptions attached to prompts, evaluators, tasks and spaces the caller can read,
    most recently created first. To list one source, provide both `source_type` and `source_id`;
    providing only one returns a 400. An unfiltered list returns a 403 when the caller can read no
    prompt, evaluator or task at all.  Each subscription delivers one event to one webhook, so a webhook
    that receives several events from the source appears once per event. Subscriptions whose webhook has
    since been deleted, and task subscriptions on tasks the caller cannot read, are omitted after the
    page is read, so a page may hold fewer than `limit` items, or none, while `has_more` is still
    `true`. Keep paging until `has_more` is `false`.  When filtering by source, a 404 is returned when
    the source does not exist or is not readable.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        source_type (WebhookSourceType | Unset): The kind of resource a webhook subscription is
            attached to. - `PROMPT` — `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` —
            `source_id` is an evaluator id. Evaluator events apply. - `ONLINE_TASK` — `source_id` is
            an evaluation task id. Task run events apply. - `SPACE` — `source_id` is a space id. Task
            run events apply to every   evaluation task in the space, including tasks created later.
        source_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookSubscriptionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        source_type=source_type,
        source_id=source_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source_type: WebhookSourceType | Unset = UNSET,
    source_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListWebhookSubscriptionsResponse | Problem | None:
    """List webhook subscriptions

     List webhook subscriptions attached to prompts, evaluators, tasks and spaces the caller can read,
    most recently created first. To list one source, provide both `source_type` and `source_id`;
    providing only one returns a 400. An unfiltered list returns a 403 when the caller can read no
    prompt, evaluator or task at all.  Each subscription delivers one event to one webhook, so a webhook
    that receives several events from the source appears once per event. Subscriptions whose webhook has
    since been deleted, and task subscriptions on tasks the caller cannot read, are omitted after the
    page is read, so a page may hold fewer than `limit` items, or none, while `has_more` is still
    `true`. Keep paging until `has_more` is `false`.  When filtering by source, a 404 is returned when
    the source does not exist or is not readable.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        source_type (WebhookSourceType | Unset): The kind of resource a webhook subscription is
            attached to. - `PROMPT` — `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` —
            `source_id` is an evaluator id. Evaluator events apply. - `ONLINE_TASK` — `source_id` is
            an evaluation task id. Task run events apply. - `SPACE` — `source_id` is a space id. Task
            run events apply to every   evaluation task in the space, including tasks created later.
        source_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookSubscriptionsResponse | Problem
    """

    return sync_detailed(
        client=client,
        source_type=source_type,
        source_id=source_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source_type: WebhookSourceType | Unset = UNSET,
    source_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListWebhookSubscriptionsResponse | Problem]:
    """List webhook subscriptions

     List webhook subscriptions attached to prompts, evaluators, tasks and spaces the caller can read,
    most recently created first. To list one source, provide both `source_type` and `source_id`;
    providing only one returns a 400. An unfiltered list returns a 403 when the caller can read no
    prompt, evaluator or task at all.  Each subscription delivers one event to one webhook, so a webhook
    that receives several events from the source appears once per event. Subscriptions whose webhook has
    since been deleted, and task subscriptions on tasks the caller cannot read, are omitted after the
    page is read, so a page may hold fewer than `limit` items, or none, while `has_more` is still
    `true`. Keep paging until `has_more` is `false`.  When filtering by source, a 404 is returned when
    the source does not exist or is not readable.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        source_type (WebhookSourceType | Unset): The kind of resource a webhook subscription is
            attached to. - `PROMPT` — `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` —
            `source_id` is an evaluator id. Evaluator events apply. - `ONLINE_TASK` — `source_id` is
            an evaluation task id. Task run events apply. - `SPACE` — `source_id` is a space id. Task
            run events apply to every   evaluation task in the space, including tasks created later.
        source_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookSubscriptionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        source_type=source_type,
        source_id=source_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source_type: WebhookSourceType | Unset = UNSET,
    source_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListWebhookSubscriptionsResponse | Problem | None:
    """List webhook subscriptions

     List webhook subscriptions attached to prompts, evaluators, tasks and spaces the caller can read,
    most recently created first. To list one source, provide both `source_type` and `source_id`;
    providing only one returns a 400. An unfiltered list returns a 403 when the caller can read no
    prompt, evaluator or task at all.  Each subscription delivers one event to one webhook, so a webhook
    that receives several events from the source appears once per event. Subscriptions whose webhook has
    since been deleted, and task subscriptions on tasks the caller cannot read, are omitted after the
    page is read, so a page may hold fewer than `limit` items, or none, while `has_more` is still
    `true`. Keep paging until `has_more` is `false`.  When filtering by source, a 404 is returned when
    the source does not exist or is not readable.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        source_type (WebhookSourceType | Unset): The kind of resource a webhook subscription is
            attached to. - `PROMPT` — `source_id` is a prompt id. Prompt events apply. - `EVALUATOR` —
            `source_id` is an evaluator id. Evaluator events apply. - `ONLINE_TASK` — `source_id` is
            an evaluation task id. Task run events apply. - `SPACE` — `source_id` is a space id. Task
            run events apply to every   evaluation task in the space, including tasks created later.
        source_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookSubscriptionsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            source_type=source_type,
            source_id=source_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed

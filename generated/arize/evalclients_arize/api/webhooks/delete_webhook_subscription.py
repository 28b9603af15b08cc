from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    subscription_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/webhook-subscriptions/{subscription_id}".format(
            subscription_id=path_segment(subscription_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem]:
    """Delete a webhook subscription

     Delete a webhook subscription by its ID. The webhook stops receiving that event from the source.
    Other subscriptions on the source and the webhook itself are unaffected.  Deleting a subscription
    requires `PROMPT_UPDATE` for a prompt source, `EVALUATOR_UPDATE` for an evaluator source,
    `PROJECT_EVAL_TASK_UPDATE` (or `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source,
    or a space, organization, or account admin role for a space source, since a space subscription
    covers every task in the space, including tasks in restricted projects. Callers who can read the
    source (`PROMPT_READ`, `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`)
    but lack the required permission receive a 403; sources the caller cannot read yield a 404.
    <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Warning>

    Args:
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Delete a webhook subscription

     Delete a webhook subscription by its ID. The webhook stops receiving that event from the source.
    Other subscriptions on the source and the webhook itself are unaffected.  Deleting a subscription
    requires `PROMPT_UPDATE` for a prompt source, `EVALUATOR_UPDATE` for an evaluator source,
    `PROJECT_EVAL_TASK_UPDATE` (or `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source,
    or a space, organization, or account admin role for a space source, since a space subscription
    covers every task in the space, including tasks in restricted projects. Callers who can read the
    source (`PROMPT_READ`, `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`)
    but lack the required permission receive a 403; sources the caller cannot read yield a 404.
    <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Warning>

    Args:
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem]:
    """Delete a webhook subscription

     Delete a webhook subscription by its ID. The webhook stops receiving that event from the source.
    Other subscriptions on the source and the webhook itself are unaffected.  Deleting a subscription
    requires `PROMPT_UPDATE` for a prompt source, `EVALUATOR_UPDATE` for an evaluator source,
    `PROJECT_EVAL_TASK_UPDATE` (or `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source,
    or a space, organization, or account admin role for a space source, since a space subscription
    covers every task in the space, including tasks in restricted projects. Callers who can read the
    source (`PROMPT_READ`, `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`)
    but lack the required permission receive a 403; sources the caller cannot read yield a 404.
    <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Warning>

    Args:
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Delete a webhook subscription

     Delete a webhook subscription by its ID. The webhook stops receiving that event from the source.
    Other subscriptions on the source and the webhook itself are unaffected.  Deleting a subscription
    requires `PROMPT_UPDATE` for a prompt source, `EVALUATOR_UPDATE` for an evaluator source,
    `PROJECT_EVAL_TASK_UPDATE` (or `EXPERIMENT_EVAL_TASK_UPDATE` for a dataset task) for a task source,
    or a space, organization, or account admin role for a space source, since a space subscription
    covers every task in the space, including tasks in restricted projects. Callers who can read the
    source (`PROMPT_READ`, `EVALUATOR_READ`, `PROJECT_EVAL_TASK_READ` or `EXPERIMENT_EVAL_TASK_READ`)
    but lack the required permission receive a 403; sources the caller cannot read yield a 404.
    <Warning>This endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Warning>

    Args:
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed

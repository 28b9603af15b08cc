from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.test_webhook_response import TestWebhookResponse
from ...types import Response, path_segment


def build_request(
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/webhooks/{webhook_id}/test".format(
            webhook_id=path_segment(webhook_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TestWebhookResponse | None:
    if response.status_code == 200:
        response_200 = TestWebhookResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Problem | TestWebhookResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = TestWebhookResponse.from_dict(body)

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

    if status == 503:
        response_503 = Problem.from_dict(body)

        return response_503

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    429: "json",
    503: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TestWebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | TestWebhookResponse]:
    """Send a test event to a webhook

     Send a test event to the webhook's endpoint and report the outcome. Use this to verify the endpoint
    is reachable and accepts deliveries before subscribing the webhook to real events.  A 200 response
    means the test ran — check `status_code` and `error_message` in the body for the endpoint's actual
    outcome. A 404 means the destination was not available to receive a test. A 503 means the test could
    not be sent; retry later.  Test deliveries are not supported for `HMAC_SHA256` webhooks; those
    requests fail with a 400.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestWebhookResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | TestWebhookResponse | None:
    """Send a test event to a webhook

     Send a test event to the webhook's endpoint and report the outcome. Use this to verify the endpoint
    is reachable and accepts deliveries before subscribing the webhook to real events.  A 200 response
    means the test ran — check `status_code` and `error_message` in the body for the endpoint's actual
    outcome. A 404 means the destination was not available to receive a test. A 503 means the test could
    not be sent; retry later.  Test deliveries are not supported for `HMAC_SHA256` webhooks; those
    requests fail with a 400.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestWebhookResponse
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | TestWebhookResponse]:
    """Send a test event to a webhook

     Send a test event to the webhook's endpoint and report the outcome. Use this to verify the endpoint
    is reachable and accepts deliveries before subscribing the webhook to real events.  A 200 response
    means the test ran — check `status_code` and `error_message` in the body for the endpoint's actual
    outcome. A 404 means the destination was not available to receive a test. A 503 means the test could
    not be sent; retry later.  Test deliveries are not supported for `HMAC_SHA256` webhooks; those
    requests fail with a 400.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestWebhookResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | TestWebhookResponse | None:
    """Send a test event to a webhook

     Send a test event to the webhook's endpoint and report the outcome. Use this to verify the endpoint
    is reachable and accepts deliveries before subscribing the webhook to real events.  A 200 response
    means the test ran — check `status_code` and `error_message` in the body for the endpoint's actual
    outcome. A 404 means the destination was not available to receive a test. A 503 means the test could
    not be sent; retry later.  Test deliveries are not supported for `HMAC_SHA256` webhooks; those
    requests fail with a 400.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestWebhookResponse
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_error_response import ChatCompletionErrorResponse
from ...models.create_chat_completion_request_body import CreateChatCompletionRequestBody
from ...types import Response


def _get_kwargs(
    *,
    body: CreateChatCompletionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | ChatCompletionErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChatCompletionErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = ChatCompletionErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ChatCompletionErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletion | ChatCompletionErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequestBody,
) -> Response[ChatCompletion | ChatCompletionErrorResponse | str]:
    """OpenAI-compatible chat completions

     Creates a chat completion using the OpenAI wire format, proxying to the selected provider with
    credentials resolved on the server (secret store first, environment second) — callers never handle
    provider API keys. Model must be '{provider}:{model_name}' for a built-in provider (one of
    anthropic, aws, azure_openai, cerebras, deepseek, fireworks, google, groq, meta, minimax, moonshot,
    ollama, openai, perplexity, together, xai, zai) or 'custom:{provider_id}:{model_name}' for a stored
    custom provider, e.g. 'openai:gpt-4o' or 'anthropic:claude-sonnet-4-5'. Set `stream: true` for
    server-sent events of `chat.completion.chunk` payloads terminated by `data: [DONE]`. Tool calling is
    not supported.

    **Phoenix is not an AI gateway.** The same server also takes on trace ingestion traffic, so routing
    production LLM calls through it competes with ingestion. Use this endpoint only to quickly try out
    different models in non-production environments.

    Args:
        body (CreateChatCompletionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ChatCompletionErrorResponse | str]
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
    body: CreateChatCompletionRequestBody,
) -> ChatCompletion | ChatCompletionErrorResponse | str | None:
    """OpenAI-compatible chat completions

     Creates a chat completion using the OpenAI wire format, proxying to the selected provider with
    credentials resolved on the server (secret store first, environment second) — callers never handle
    provider API keys. Model must be '{provider}:{model_name}' for a built-in provider (one of
    anthropic, aws, azure_openai, cerebras, deepseek, fireworks, google, groq, meta, minimax, moonshot,
    ollama, openai, perplexity, together, xai, zai) or 'custom:{provider_id}:{model_name}' for a stored
    custom provider, e.g. 'openai:gpt-4o' or 'anthropic:claude-sonnet-4-5'. Set `stream: true` for
    server-sent events of `chat.completion.chunk` payloads terminated by `data: [DONE]`. Tool calling is
    not supported.

    **Phoenix is not an AI gateway.** The same server also takes on trace ingestion traffic, so routing
    production LLM calls through it competes with ingestion. Use this endpoint only to quickly try out
    different models in non-production environments.

    Args:
        body (CreateChatCompletionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ChatCompletionErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequestBody,
) -> Response[ChatCompletion | ChatCompletionErrorResponse | str]:
    """OpenAI-compatible chat completions

     Creates a chat completion using the OpenAI wire format, proxying to the selected provider with
    credentials resolved on the server (secret store first, environment second) — callers never handle
    provider API keys. Model must be '{provider}:{model_name}' for a built-in provider (one of
    anthropic, aws, azure_openai, cerebras, deepseek, fireworks, google, groq, meta, minimax, moonshot,
    ollama, openai, perplexity, together, xai, zai) or 'custom:{provider_id}:{model_name}' for a stored
    custom provider, e.g. 'openai:gpt-4o' or 'anthropic:claude-sonnet-4-5'. Set `stream: true` for
    server-sent events of `chat.completion.chunk` payloads terminated by `data: [DONE]`. Tool calling is
    not supported.

    **Phoenix is not an AI gateway.** The same server also takes on trace ingestion traffic, so routing
    production LLM calls through it competes with ingestion. Use this endpoint only to quickly try out
    different models in non-production environments.

    Args:
        body (CreateChatCompletionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ChatCompletionErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequestBody,
) -> ChatCompletion | ChatCompletionErrorResponse | str | None:
    """OpenAI-compatible chat completions

     Creates a chat completion using the OpenAI wire format, proxying to the selected provider with
    credentials resolved on the server (secret store first, environment second) — callers never handle
    provider API keys. Model must be '{provider}:{model_name}' for a built-in provider (one of
    anthropic, aws, azure_openai, cerebras, deepseek, fireworks, google, groq, meta, minimax, moonshot,
    ollama, openai, perplexity, together, xai, zai) or 'custom:{provider_id}:{model_name}' for a stored
    custom provider, e.g. 'openai:gpt-4o' or 'anthropic:claude-sonnet-4-5'. Set `stream: true` for
    server-sent events of `chat.completion.chunk` payloads terminated by `data: [DONE]`. Tool calling is
    not supported.

    **Phoenix is not an AI gateway.** The same server also takes on trace ingestion traffic, so routing
    production LLM calls through it competes with ingestion. Use this endpoint only to quickly try out
    different models in non-production environments.

    Args:
        body (CreateChatCompletionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ChatCompletionErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

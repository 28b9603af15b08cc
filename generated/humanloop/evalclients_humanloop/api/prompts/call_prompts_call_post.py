from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_call_request import PromptCallRequest
from ...models.prompt_call_response import PromptCallResponse
from ...models.prompt_call_stream_response import PromptCallStreamResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: PromptCallRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompts/call",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PromptCallResponse | PromptCallStreamResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PromptCallResponse | PromptCallStreamResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PromptCallResponse.from_dict(data, _strict=True)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PromptCallStreamResponse.from_dict(data, _strict=True)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> HTTPValidationError | PromptCallResponse | PromptCallStreamResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(data: object) -> PromptCallResponse | PromptCallStreamResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PromptCallResponse.from_dict(data, _strict=True)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PromptCallStreamResponse.from_dict(data, _strict=True)

            return response_200_type_1

        response_200 = _parse_response_200(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PromptCallResponse | PromptCallStreamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptCallRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptCallResponse | PromptCallStreamResponse]:
    """Call Prompt

     Call a Prompt.

    Calling a Prompt calls the model provider before logging
    the request, responses and metadata to Humanloop.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptCallRequest): Base request for any generations/logs. Contains relational
            fields such as session id or parent id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptCallResponse | PromptCallStreamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PromptCallRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> HTTPValidationError | PromptCallResponse | PromptCallStreamResponse | None:
    """Call Prompt

     Call a Prompt.

    Calling a Prompt calls the model provider before logging
    the request, responses and metadata to Humanloop.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptCallRequest): Base request for any generations/logs. Contains relational
            fields such as session id or parent id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptCallResponse | PromptCallStreamResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version_id=version_id,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptCallRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptCallResponse | PromptCallStreamResponse]:
    """Call Prompt

     Call a Prompt.

    Calling a Prompt calls the model provider before logging
    the request, responses and metadata to Humanloop.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptCallRequest): Base request for any generations/logs. Contains relational
            fields such as session id or parent id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptCallResponse | PromptCallStreamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PromptCallRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> HTTPValidationError | PromptCallResponse | PromptCallStreamResponse | None:
    """Call Prompt

     Call a Prompt.

    Calling a Prompt calls the model provider before logging
    the request, responses and metadata to Humanloop.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptCallRequest): Base request for any generations/logs. Contains relational
            fields such as session id or parent id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptCallResponse | PromptCallStreamResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version_id=version_id,
            environment=environment,
        )
    ).parsed

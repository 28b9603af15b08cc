from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prompt_log_response import CreatePromptLogResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_log_request import PromptLogRequest
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: PromptLogRequest,
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
        "url": "/prompts/log",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePromptLogResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreatePromptLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreatePromptLogResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = CreatePromptLogResponse.from_dict(body)

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
) -> Response[CreatePromptLogResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[CreatePromptLogResponse | HTTPValidationError]:
    """Log to a Prompt

     Log to a Prompt.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise, the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptLogRequest): Request for creating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptLogResponse | HTTPValidationError]
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
    body: PromptLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> CreatePromptLogResponse | HTTPValidationError | None:
    """Log to a Prompt

     Log to a Prompt.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise, the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptLogRequest): Request for creating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptLogResponse | HTTPValidationError
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
    body: PromptLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[CreatePromptLogResponse | HTTPValidationError]:
    """Log to a Prompt

     Log to a Prompt.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise, the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptLogRequest): Request for creating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptLogResponse | HTTPValidationError]
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
    body: PromptLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> CreatePromptLogResponse | HTTPValidationError | None:
    """Log to a Prompt

     Log to a Prompt.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Prompt. Otherwise, the default deployed version will be chosen.

    Instead of targeting an existing version explicitly, you can instead pass in
    Prompt details in the request body. In this case, we will check if the details correspond
    to an existing version of the Prompt. If they do not, we will create a new version. This is helpful
    in the case where you are storing or deriving your Prompt details in code.

    Args:
        version_id (str | Unset): A specific Version ID of the Prompt to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (PromptLogRequest): Request for creating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptLogResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version_id=version_id,
            environment=environment,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_project_retention_policy_request_body import SetProjectRetentionPolicyRequestBody
from ...models.set_project_retention_policy_response_body import (
    SetProjectRetentionPolicyResponseBody,
)
from ...types import Response, path_segment


def build_request(
    project_identifier: str,
    *,
    body: SetProjectRetentionPolicyRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_identifier}/retention".format(
            project_identifier=path_segment(project_identifier),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetProjectRetentionPolicyResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SetProjectRetentionPolicyResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> SetProjectRetentionPolicyResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SetProjectRetentionPolicyResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetProjectRetentionPolicyResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectRetentionPolicyRequestBody,
) -> Response[SetProjectRetentionPolicyResponseBody | str]:
    """Set a project's trace retention policy

     Assign an existing trace retention policy to a project, or reset the project to the default policy
    with a null `policy_id`. Retention policies are standalone, reusable entities: this endpoint only
    changes which policy the project points at, and never creates, edits, or deletes a policy.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectRetentionPolicyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetProjectRetentionPolicyResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectRetentionPolicyRequestBody,
) -> SetProjectRetentionPolicyResponseBody | str | None:
    """Set a project's trace retention policy

     Assign an existing trace retention policy to a project, or reset the project to the default policy
    with a null `policy_id`. Retention policies are standalone, reusable entities: this endpoint only
    changes which policy the project points at, and never creates, edits, or deletes a policy.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectRetentionPolicyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetProjectRetentionPolicyResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectRetentionPolicyRequestBody,
) -> Response[SetProjectRetentionPolicyResponseBody | str]:
    """Set a project's trace retention policy

     Assign an existing trace retention policy to a project, or reset the project to the default policy
    with a null `policy_id`. Retention policies are standalone, reusable entities: this endpoint only
    changes which policy the project points at, and never creates, edits, or deletes a policy.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectRetentionPolicyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetProjectRetentionPolicyResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectRetentionPolicyRequestBody,
) -> SetProjectRetentionPolicyResponseBody | str | None:
    """Set a project's trace retention policy

     Assign an existing trace retention policy to a project, or reset the project to the default policy
    with a null `policy_id`. Retention policies are standalone, reusable entities: this endpoint only
    changes which policy the project points at, and never creates, edits, or deletes a policy.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectRetentionPolicyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetProjectRetentionPolicyResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            body=body,
        )
    ).parsed

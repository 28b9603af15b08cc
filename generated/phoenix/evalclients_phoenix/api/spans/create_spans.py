from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spans_request_body import CreateSpansRequestBody
from ...models.create_spans_response_body import CreateSpansResponseBody
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    project_identifier: str,
    *,
    body: CreateSpansRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_identifier}/spans".format(
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
) -> CreateSpansResponseBody | HTTPValidationError | str | None:
    if response.status_code == 202:
        response_202 = CreateSpansResponseBody.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = response.text
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> CreateSpansResponseBody | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 202:
        response_202 = CreateSpansResponseBody.from_dict(body)

        return response_202

    if status == 400:
        response_400 = body
        return response_400

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    if status == 503:
        response_503 = body
        return response_503

    return None


BODY_SOURCES: dict[int, str] = {
    202: "json",
    400: "text",
    403: "text",
    404: "text",
    422: "json",
    503: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSpansResponseBody | HTTPValidationError | str]:
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
    body: CreateSpansRequestBody,
) -> Response[CreateSpansResponseBody | HTTPValidationError | str]:
    """Create spans

     Submit spans to be inserted into a project. If any spans are invalid or duplicates, no spans will be
    inserted.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (CreateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpansResponseBody | HTTPValidationError | str]
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
    body: CreateSpansRequestBody,
) -> CreateSpansResponseBody | HTTPValidationError | str | None:
    """Create spans

     Submit spans to be inserted into a project. If any spans are invalid or duplicates, no spans will be
    inserted.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (CreateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpansResponseBody | HTTPValidationError | str
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
    body: CreateSpansRequestBody,
) -> Response[CreateSpansResponseBody | HTTPValidationError | str]:
    """Create spans

     Submit spans to be inserted into a project. If any spans are invalid or duplicates, no spans will be
    inserted.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (CreateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpansResponseBody | HTTPValidationError | str]
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
    body: CreateSpansRequestBody,
) -> CreateSpansResponseBody | HTTPValidationError | str | None:
    """Create spans

     Submit spans to be inserted into a project. If any spans are invalid or duplicates, no spans will be
    inserted.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (CreateSpansRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpansResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            body=body,
        )
    ).parsed

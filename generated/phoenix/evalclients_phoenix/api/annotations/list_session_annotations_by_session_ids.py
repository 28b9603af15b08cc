from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_annotations_response_body import SessionAnnotationsResponseBody
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    session_ids: list[str] | None | Unset = UNSET,
    identifier: list[str] | None | Unset = UNSET,
    include_annotation_names: list[str] | None | Unset = UNSET,
    exclude_annotation_names: list[str] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_session_ids: list[str] | None | Unset
    if isinstance(session_ids, Unset):
        json_session_ids = UNSET
    elif isinstance(session_ids, list):
        json_session_ids = session_ids

    else:
        json_session_ids = session_ids
    params["session_ids"] = json_session_ids

    json_identifier: list[str] | None | Unset
    if isinstance(identifier, Unset):
        json_identifier = UNSET
    elif isinstance(identifier, list):
        json_identifier = identifier

    else:
        json_identifier = identifier
    params["identifier"] = json_identifier

    json_include_annotation_names: list[str] | None | Unset
    if isinstance(include_annotation_names, Unset):
        json_include_annotation_names = UNSET
    elif isinstance(include_annotation_names, list):
        json_include_annotation_names = include_annotation_names

    else:
        json_include_annotation_names = include_annotation_names
    params["include_annotation_names"] = json_include_annotation_names

    json_exclude_annotation_names: list[str] | None | Unset
    if isinstance(exclude_annotation_names, Unset):
        json_exclude_annotation_names = UNSET
    elif isinstance(exclude_annotation_names, list):
        json_exclude_annotation_names = exclude_annotation_names

    else:
        json_exclude_annotation_names = exclude_annotation_names
    params["exclude_annotation_names"] = json_exclude_annotation_names

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}/session_annotations".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SessionAnnotationsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SessionAnnotationsResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> SessionAnnotationsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SessionAnnotationsResponseBody.from_dict(body)

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
) -> Response[SessionAnnotationsResponseBody | str]:
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
    session_ids: list[str] | None | Unset = UNSET,
    identifier: list[str] | None | Unset = UNSET,
    include_annotation_names: list[str] | None | Unset = UNSET,
    exclude_annotation_names: list[str] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[SessionAnnotationsResponseBody | str]:
    """Get session annotations filtered by session_ids and/or identifier.

     Return session annotations for a project, filtered by `session_ids`, `identifier`, or both. At least
    one of `session_ids` or `identifier` must be supplied. When both are supplied, results are the AND-
    intersection of the two filters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        session_ids (list[str] | None | Unset): Optional list of session ids to fetch annotations
            for. If omitted, `identifier` must be supplied.
        identifier (list[str] | None | Unset): Optional list of annotation identifiers to filter
            by. Each value must be non-empty. If omitted, `session_ids` must be supplied. When
            combined with `session_ids`, results are the AND-intersection of both filters.
        include_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            include. If provided, only annotations with these names will be returned (allowlist). When
            omitted, the response includes every matching row regardless of name (no annotation names
            are excluded by default).
        exclude_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            exclude from results.
        cursor (None | str | Unset): A cursor for pagination
        limit (int | Unset): The maximum number of annotations to return in a single request
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionAnnotationsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        session_ids=session_ids,
        identifier=identifier,
        include_annotation_names=include_annotation_names,
        exclude_annotation_names=exclude_annotation_names,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    session_ids: list[str] | None | Unset = UNSET,
    identifier: list[str] | None | Unset = UNSET,
    include_annotation_names: list[str] | None | Unset = UNSET,
    exclude_annotation_names: list[str] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 10,
) -> SessionAnnotationsResponseBody | str | None:
    """Get session annotations filtered by session_ids and/or identifier.

     Return session annotations for a project, filtered by `session_ids`, `identifier`, or both. At least
    one of `session_ids` or `identifier` must be supplied. When both are supplied, results are the AND-
    intersection of the two filters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        session_ids (list[str] | None | Unset): Optional list of session ids to fetch annotations
            for. If omitted, `identifier` must be supplied.
        identifier (list[str] | None | Unset): Optional list of annotation identifiers to filter
            by. Each value must be non-empty. If omitted, `session_ids` must be supplied. When
            combined with `session_ids`, results are the AND-intersection of both filters.
        include_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            include. If provided, only annotations with these names will be returned (allowlist). When
            omitted, the response includes every matching row regardless of name (no annotation names
            are excluded by default).
        exclude_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            exclude from results.
        cursor (None | str | Unset): A cursor for pagination
        limit (int | Unset): The maximum number of annotations to return in a single request
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionAnnotationsResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        session_ids=session_ids,
        identifier=identifier,
        include_annotation_names=include_annotation_names,
        exclude_annotation_names=exclude_annotation_names,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    session_ids: list[str] | None | Unset = UNSET,
    identifier: list[str] | None | Unset = UNSET,
    include_annotation_names: list[str] | None | Unset = UNSET,
    exclude_annotation_names: list[str] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[SessionAnnotationsResponseBody | str]:
    """Get session annotations filtered by session_ids and/or identifier.

     Return session annotations for a project, filtered by `session_ids`, `identifier`, or both. At least
    one of `session_ids` or `identifier` must be supplied. When both are supplied, results are the AND-
    intersection of the two filters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        session_ids (list[str] | None | Unset): Optional list of session ids to fetch annotations
            for. If omitted, `identifier` must be supplied.
        identifier (list[str] | None | Unset): Optional list of annotation identifiers to filter
            by. Each value must be non-empty. If omitted, `session_ids` must be supplied. When
            combined with `session_ids`, results are the AND-intersection of both filters.
        include_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            include. If provided, only annotations with these names will be returned (allowlist). When
            omitted, the response includes every matching row regardless of name (no annotation names
            are excluded by default).
        exclude_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            exclude from results.
        cursor (None | str | Unset): A cursor for pagination
        limit (int | Unset): The maximum number of annotations to return in a single request
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionAnnotationsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        session_ids=session_ids,
        identifier=identifier,
        include_annotation_names=include_annotation_names,
        exclude_annotation_names=exclude_annotation_names,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    session_ids: list[str] | None | Unset = UNSET,
    identifier: list[str] | None | Unset = UNSET,
    include_annotation_names: list[str] | None | Unset = UNSET,
    exclude_annotation_names: list[str] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 10,
) -> SessionAnnotationsResponseBody | str | None:
    """Get session annotations filtered by session_ids and/or identifier.

     Return session annotations for a project, filtered by `session_ids`, `identifier`, or both. At least
    one of `session_ids` or `identifier` must be supplied. When both are supplied, results are the AND-
    intersection of the two filters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        session_ids (list[str] | None | Unset): Optional list of session ids to fetch annotations
            for. If omitted, `identifier` must be supplied.
        identifier (list[str] | None | Unset): Optional list of annotation identifiers to filter
            by. Each value must be non-empty. If omitted, `session_ids` must be supplied. When
            combined with `session_ids`, results are the AND-intersection of both filters.
        include_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            include. If provided, only annotations with these names will be returned (allowlist). When
            omitted, the response includes every matching row regardless of name (no annotation names
            are excluded by default).
        exclude_annotation_names (list[str] | None | Unset): Optional list of annotation names to
            exclude from results.
        cursor (None | str | Unset): A cursor for pagination
        limit (int | Unset): The maximum number of annotations to return in a single request
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionAnnotationsResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            session_ids=session_ids,
            identifier=identifier,
            include_annotation_names=include_annotation_names,
            exclude_annotation_names=exclude_annotation_names,
            cursor=cursor,
            limit=limit,
        )
    ).parsed

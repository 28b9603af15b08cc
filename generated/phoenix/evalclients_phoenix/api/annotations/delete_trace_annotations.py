import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_trace_annotations_annotator_kind_type_0 import (
    DeleteTraceAnnotationsAnnotatorKindType0,
)
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    name: None | str | Unset = UNSET,
    identifier: None | str | Unset = UNSET,
    annotator_kind: DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    delete_all: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_identifier: None | str | Unset
    if isinstance(identifier, Unset):
        json_identifier = UNSET
    else:
        json_identifier = identifier
    params["identifier"] = json_identifier

    json_annotator_kind: None | str | Unset
    if isinstance(annotator_kind, Unset):
        json_annotator_kind = UNSET
    elif isinstance(annotator_kind, str):
        json_annotator_kind = annotator_kind
    else:
        json_annotator_kind = annotator_kind
    params["annotator_kind"] = json_annotator_kind

    json_start_time: None | str | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    elif isinstance(start_time, datetime.datetime):
        json_start_time = start_time.isoformat()
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: None | str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = end_time.isoformat()
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    params["delete_all"] = delete_all

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_identifier}/trace_annotations".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
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
    name: None | str | Unset = UNSET,
    identifier: None | str | Unset = UNSET,
    annotator_kind: DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    delete_all: bool | Unset = False,
) -> Response[Any | str]:
    """Delete trace annotations in a project that match the supplied filter.

     Hard-delete trace annotations within the named project that match the
    supplied filter.

    - The request must either supply both `start_time` AND `end_time`
      to bound the delete to a `[start_time, end_time)` time window,
      OR set `delete_all=true` to acknowledge an unbounded sweep. A request
      that satisfies neither is rejected with 422.
    - `name`, `identifier`, and `annotator_kind` are optional narrowing
      filters; on their own they do NOT authorize the request — they only
      narrow within an already-authorized request (bounded time range or
      `delete_all=true`).
    - All supplied filters are combined with AND. `name` and `identifier`,
      when present, must be non-empty.
    - `start_time` is inclusive (`>=`); `end_time` is exclusive
      (`<`). When both are supplied, `start_time` must be strictly earlier
      than `end_time` (else 422). A half-bounded range (only one of
      the two) does NOT satisfy the gate and is rejected unless
      `delete_all=true` is also set. Naive datetimes are interpreted as UTC.
    - The endpoint is idempotent: a request that matches no rows still
      returns 204.
    - When authentication is enabled, non-admin callers can only delete rows
      they own (`user_id == current_user.id`); admins delete all matching
      rows.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        name (None | str | Unset): Optional annotation name. When provided, must be non-empty and
            narrows the delete to annotations of that name.
        identifier (None | str | Unset): Optional annotation identifier. When provided, must be
            non-empty and narrows the delete to annotations with that identifier.
        annotator_kind (DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset): Optional
            annotator kind. When provided, narrows the delete to annotations produced by this
            annotator kind.
        start_time (datetime.datetime | None | Unset): Optional inclusive lower bound on
            `created_at` (>=). Naive datetimes are interpreted as UTC.
        end_time (datetime.datetime | None | Unset): Optional exclusive upper bound on
            `created_at` (<). Naive datetimes are interpreted as UTC.
        delete_all (bool | Unset): Opt-in flag that authorizes the request without a bounded
            `[start_time, end_time)` time window. When `false` (default) or absent, the request must
            supply both `start_time` AND `end_time` to bound the delete. When `true`, the time-range
            bound is waived and any other filters (`name`, `identifier`, `annotator_kind`) still
            narrow the delete within the project — e.g. `delete_all=true&name=X` deletes all
            annotations named X regardless of time. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        name=name,
        identifier=identifier,
        annotator_kind=annotator_kind,
        start_time=start_time,
        end_time=end_time,
        delete_all=delete_all,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    identifier: None | str | Unset = UNSET,
    annotator_kind: DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    delete_all: bool | Unset = False,
) -> Any | str | None:
    """Delete trace annotations in a project that match the supplied filter.

     Hard-delete trace annotations within the named project that match the
    supplied filter.

    - The request must either supply both `start_time` AND `end_time`
      to bound the delete to a `[start_time, end_time)` time window,
      OR set `delete_all=true` to acknowledge an unbounded sweep. A request
      that satisfies neither is rejected with 422.
    - `name`, `identifier`, and `annotator_kind` are optional narrowing
      filters; on their own they do NOT authorize the request — they only
      narrow within an already-authorized request (bounded time range or
      `delete_all=true`).
    - All supplied filters are combined with AND. `name` and `identifier`,
      when present, must be non-empty.
    - `start_time` is inclusive (`>=`); `end_time` is exclusive
      (`<`). When both are supplied, `start_time` must be strictly earlier
      than `end_time` (else 422). A half-bounded range (only one of
      the two) does NOT satisfy the gate and is rejected unless
      `delete_all=true` is also set. Naive datetimes are interpreted as UTC.
    - The endpoint is idempotent: a request that matches no rows still
      returns 204.
    - When authentication is enabled, non-admin callers can only delete rows
      they own (`user_id == current_user.id`); admins delete all matching
      rows.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        name (None | str | Unset): Optional annotation name. When provided, must be non-empty and
            narrows the delete to annotations of that name.
        identifier (None | str | Unset): Optional annotation identifier. When provided, must be
            non-empty and narrows the delete to annotations with that identifier.
        annotator_kind (DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset): Optional
            annotator kind. When provided, narrows the delete to annotations produced by this
            annotator kind.
        start_time (datetime.datetime | None | Unset): Optional inclusive lower bound on
            `created_at` (>=). Naive datetimes are interpreted as UTC.
        end_time (datetime.datetime | None | Unset): Optional exclusive upper bound on
            `created_at` (<). Naive datetimes are interpreted as UTC.
        delete_all (bool | Unset): Opt-in flag that authorizes the request without a bounded
            `[start_time, end_time)` time window. When `false` (default) or absent, the request must
            supply both `start_time` AND `end_time` to bound the delete. When `true`, the time-range
            bound is waived and any other filters (`name`, `identifier`, `annotator_kind`) still
            narrow the delete within the project — e.g. `delete_all=true&name=X` deletes all
            annotations named X regardless of time. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        name=name,
        identifier=identifier,
        annotator_kind=annotator_kind,
        start_time=start_time,
        end_time=end_time,
        delete_all=delete_all,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    identifier: None | str | Unset = UNSET,
    annotator_kind: DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    delete_all: bool | Unset = False,
) -> Response[Any | str]:
    """Delete trace annotations in a project that match the supplied filter.

     Hard-delete trace annotations within the named project that match the
    supplied filter.

    - The request must either supply both `start_time` AND `end_time`
      to bound the delete to a `[start_time, end_time)` time window,
      OR set `delete_all=true` to acknowledge an unbounded sweep. A request
      that satisfies neither is rejected with 422.
    - `name`, `identifier`, and `annotator_kind` are optional narrowing
      filters; on their own they do NOT authorize the request — they only
      narrow within an already-authorized request (bounded time range or
      `delete_all=true`).
    - All supplied filters are combined with AND. `name` and `identifier`,
      when present, must be non-empty.
    - `start_time` is inclusive (`>=`); `end_time` is exclusive
      (`<`). When both are supplied, `start_time` must be strictly earlier
      than `end_time` (else 422). A half-bounded range (only one of
      the two) does NOT satisfy the gate and is rejected unless
      `delete_all=true` is also set. Naive datetimes are interpreted as UTC.
    - The endpoint is idempotent: a request that matches no rows still
      returns 204.
    - When authentication is enabled, non-admin callers can only delete rows
      they own (`user_id == current_user.id`); admins delete all matching
      rows.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        name (None | str | Unset): Optional annotation name. When provided, must be non-empty and
            narrows the delete to annotations of that name.
        identifier (None | str | Unset): Optional annotation identifier. When provided, must be
            non-empty and narrows the delete to annotations with that identifier.
        annotator_kind (DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset): Optional
            annotator kind. When provided, narrows the delete to annotations produced by this
            annotator kind.
        start_time (datetime.datetime | None | Unset): Optional inclusive lower bound on
            `created_at` (>=). Naive datetimes are interpreted as UTC.
        end_time (datetime.datetime | None | Unset): Optional exclusive upper bound on
            `created_at` (<). Naive datetimes are interpreted as UTC.
        delete_all (bool | Unset): Opt-in flag that authorizes the request without a bounded
            `[start_time, end_time)` time window. When `false` (default) or absent, the request must
            supply both `start_time` AND `end_time` to bound the delete. When `true`, the time-range
            bound is waived and any other filters (`name`, `identifier`, `annotator_kind`) still
            narrow the delete within the project — e.g. `delete_all=true&name=X` deletes all
            annotations named X regardless of time. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        name=name,
        identifier=identifier,
        annotator_kind=annotator_kind,
        start_time=start_time,
        end_time=end_time,
        delete_all=delete_all,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    identifier: None | str | Unset = UNSET,
    annotator_kind: DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    delete_all: bool | Unset = False,
) -> Any | str | None:
    """Delete trace annotations in a project that match the supplied filter.

     Hard-delete trace annotations within the named project that match the
    supplied filter.

    - The request must either supply both `start_time` AND `end_time`
      to bound the delete to a `[start_time, end_time)` time window,
      OR set `delete_all=true` to acknowledge an unbounded sweep. A request
      that satisfies neither is rejected with 422.
    - `name`, `identifier`, and `annotator_kind` are optional narrowing
      filters; on their own they do NOT authorize the request — they only
      narrow within an already-authorized request (bounded time range or
      `delete_all=true`).
    - All supplied filters are combined with AND. `name` and `identifier`,
      when present, must be non-empty.
    - `start_time` is inclusive (`>=`); `end_time` is exclusive
      (`<`). When both are supplied, `start_time` must be strictly earlier
      than `end_time` (else 422). A half-bounded range (only one of
      the two) does NOT satisfy the gate and is rejected unless
      `delete_all=true` is also set. Naive datetimes are interpreted as UTC.
    - The endpoint is idempotent: a request that matches no rows still
      returns 204.
    - When authentication is enabled, non-admin callers can only delete rows
      they own (`user_id == current_user.id`); admins delete all matching
      rows.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name as the identifier, it cannot contain slash (/), question mark (?), or
            pound sign (#) characters.
        name (None | str | Unset): Optional annotation name. When provided, must be non-empty and
            narrows the delete to annotations of that name.
        identifier (None | str | Unset): Optional annotation identifier. When provided, must be
            non-empty and narrows the delete to annotations with that identifier.
        annotator_kind (DeleteTraceAnnotationsAnnotatorKindType0 | None | Unset): Optional
            annotator kind. When provided, narrows the delete to annotations produced by this
            annotator kind.
        start_time (datetime.datetime | None | Unset): Optional inclusive lower bound on
            `created_at` (>=). Naive datetimes are interpreted as UTC.
        end_time (datetime.datetime | None | Unset): Optional exclusive upper bound on
            `created_at` (<). Naive datetimes are interpreted as UTC.
        delete_all (bool | Unset): Opt-in flag that authorizes the request without a bounded
            `[start_time, end_time)` time window. When `false` (default) or absent, the request must
            supply both `start_time` AND `end_time` to bound the delete. When `true`, the time-range
            bound is waived and any other filters (`name`, `identifier`, `annotator_kind`) still
            narrow the delete within the project — e.g. `delete_all=true&name=X` deletes all
            annotations named X regardless of time. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            name=name,
            identifier=identifier,
            annotator_kind=annotator_kind,
            start_time=start_time,
            end_time=end_time,
            delete_all=delete_all,
        )
    ).parsed

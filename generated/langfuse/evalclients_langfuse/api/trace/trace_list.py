import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.traces import Traces
from ...types import UNSET, Response, Unset


def build_request(
    *,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    tags: list[None | str] | Unset = UNSET,
    version: None | str | Unset = UNSET,
    release: None | str | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["userId"] = json_user_id

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["sessionId"] = json_session_id

    json_from_timestamp: None | str | Unset
    if isinstance(from_timestamp, Unset):
        json_from_timestamp = UNSET
    elif isinstance(from_timestamp, datetime.datetime):
        json_from_timestamp = from_timestamp.isoformat()
    else:
        json_from_timestamp = from_timestamp
    params["fromTimestamp"] = json_from_timestamp

    json_to_timestamp: None | str | Unset
    if isinstance(to_timestamp, Unset):
        json_to_timestamp = UNSET
    elif isinstance(to_timestamp, datetime.datetime):
        json_to_timestamp = to_timestamp.isoformat()
    else:
        json_to_timestamp = to_timestamp
    params["toTimestamp"] = json_to_timestamp

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    else:
        json_order_by = order_by
    params["orderBy"] = json_order_by

    json_tags: list[None | str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = []
        for tags_item_data in tags:
            tags_item: None | str
            tags_item = tags_item_data
            json_tags.append(tags_item)

    params["tags"] = json_tags

    json_version: None | str | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    json_release: None | str | Unset
    if isinstance(release, Unset):
        json_release = UNSET
    else:
        json_release = release
    params["release"] = json_release

    json_environment: list[None | str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = []
        for environment_item_data in environment:
            environment_item: None | str
            environment_item = environment_item_data
            json_environment.append(environment_item)

    params["environment"] = json_environment

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/traces",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Traces | None:
    if response.status_code == 200:
        response_200 = Traces.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 405:
        response_405 = response.json()
        return response_405

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | Traces | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Traces.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 405:
        response_405 = body
        return response_405

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    405: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Traces]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    tags: list[None | str] | Unset = UNSET,
    version: None | str | Unset = UNSET,
    release: None | str | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | Traces]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, read span and trace data via `GET
    /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are
    unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the
    [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Get list of traces

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        session_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        order_by (None | str | Unset):
        tags (list[None | str] | Unset):
        version (None | str | Unset):
        release (None | str | Unset):
        environment (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Traces]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        session_id=session_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        order_by=order_by,
        tags=tags,
        version=version,
        release=release,
        environment=environment,
        fields=fields,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    tags: list[None | str] | Unset = UNSET,
    version: None | str | Unset = UNSET,
    release: None | str | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | Traces | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, read span and trace data via `GET
    /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are
    unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the
    [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Get list of traces

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        session_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        order_by (None | str | Unset):
        tags (list[None | str] | Unset):
        version (None | str | Unset):
        release (None | str | Unset):
        environment (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Traces
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        session_id=session_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        order_by=order_by,
        tags=tags,
        version=version,
        release=release,
        environment=environment,
        fields=fields,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    tags: list[None | str] | Unset = UNSET,
    version: None | str | Unset = UNSET,
    release: None | str | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | Traces]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, read span and trace data via `GET
    /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are
    unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the
    [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Get list of traces

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        session_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        order_by (None | str | Unset):
        tags (list[None | str] | Unset):
        version (None | str | Unset):
        release (None | str | Unset):
        environment (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Traces]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        session_id=session_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        order_by=order_by,
        tags=tags,
        version=version,
        release=release,
        environment=environment,
        fields=fields,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    tags: list[None | str] | Unset = UNSET,
    version: None | str | Unset = UNSET,
    release: None | str | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | Traces | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. In Langfuse v4, read span and trace data via `GET
    /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are
    unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the
    [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-
    guides/upgrade-v3-to-v4).

    Get list of traces

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        session_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        order_by (None | str | Unset):
        tags (list[None | str] | Unset):
        version (None | str | Unset):
        release (None | str | Unset):
        environment (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Traces
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            user_id=user_id,
            name=name,
            session_id=session_id,
            from_timestamp=from_timestamp,
            to_timestamp=to_timestamp,
            order_by=order_by,
            tags=tags,
            version=version,
            release=release,
            environment=environment,
            fields=fields,
            filter_=filter_,
        )
    ).parsed

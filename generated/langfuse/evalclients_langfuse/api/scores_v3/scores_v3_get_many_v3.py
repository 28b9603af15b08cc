import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_scores_v3_response import GetScoresV3Response
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    data_type: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    author_user_id: None | str | Unset = UNSET,
    value: None | str | Unset = UNSET,
    value_min: float | None | Unset = UNSET,
    value_max: float | None | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    json_id: None | str | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    else:
        json_id = id
    params["id"] = json_id

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_data_type: None | str | Unset
    if isinstance(data_type, Unset):
        json_data_type = UNSET
    else:
        json_data_type = data_type
    params["dataType"] = json_data_type

    json_environment: None | str | Unset
    if isinstance(environment, Unset):
        json_environment = UNSET
    else:
        json_environment = environment
    params["environment"] = json_environment

    json_config_id: None | str | Unset
    if isinstance(config_id, Unset):
        json_config_id = UNSET
    else:
        json_config_id = config_id
    params["configId"] = json_config_id

    json_queue_id: None | str | Unset
    if isinstance(queue_id, Unset):
        json_queue_id = UNSET
    else:
        json_queue_id = queue_id
    params["queueId"] = json_queue_id

    json_author_user_id: None | str | Unset
    if isinstance(author_user_id, Unset):
        json_author_user_id = UNSET
    else:
        json_author_user_id = author_user_id
    params["authorUserId"] = json_author_user_id

    json_value: None | str | Unset
    if isinstance(value, Unset):
        json_value = UNSET
    else:
        json_value = value
    params["value"] = json_value

    json_value_min: float | None | Unset
    if isinstance(value_min, Unset):
        json_value_min = UNSET
    else:
        json_value_min = value_min
    params["valueMin"] = json_value_min

    json_value_max: float | None | Unset
    if isinstance(value_max, Unset):
        json_value_max = UNSET
    else:
        json_value_max = value_max
    params["valueMax"] = json_value_max

    json_trace_id: None | str | Unset
    if isinstance(trace_id, Unset):
        json_trace_id = UNSET
    else:
        json_trace_id = trace_id
    params["traceId"] = json_trace_id

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["sessionId"] = json_session_id

    json_observation_id: None | str | Unset
    if isinstance(observation_id, Unset):
        json_observation_id = UNSET
    else:
        json_observation_id = observation_id
    params["observationId"] = json_observation_id

    json_experiment_id: None | str | Unset
    if isinstance(experiment_id, Unset):
        json_experiment_id = UNSET
    else:
        json_experiment_id = experiment_id
    params["experimentId"] = json_experiment_id

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v3/scores",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetScoresV3Response | None:
    if response.status_code == 200:
        response_200 = GetScoresV3Response.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Any | GetScoresV3Response | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetScoresV3Response.from_dict(body)

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
) -> Response[Any | GetScoresV3Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    data_type: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    author_user_id: None | str | Unset = UNSET,
    value: None | str | Unset = UNSET,
    value_min: float | None | Unset = UNSET,
    value_max: float | None | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
) -> Response[Any | GetScoresV3Response]:
    """Get a list of scores with a polymorphic `value` field (v3).

    The `value` field type depends on `dataType`:
    - `NUMERIC` → number
    - `BOOLEAN` → boolean
    - `CATEGORICAL`, `TEXT`, `CORRECTION` → string

    The response always includes the core fields: id, projectId, name,
    value, dataType, source, timestamp, environment, createdAt, updatedAt.

    Additional field groups can be requested via the `fields` parameter:
    - `details` — adds comment, configId, metadata
    - `subject` — adds the subject object describing the entity the score
      is attached to: kind (trace, observation, session, or experiment),
      id, and traceId for observation-level scores
    - `annotation` — adds authorUserId, queueId

    Unknown group names return HTTP 400.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        fields (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        source (None | str | Unset):
        data_type (None | str | Unset):
        environment (None | str | Unset):
        config_id (None | str | Unset):
        queue_id (None | str | Unset):
        author_user_id (None | str | Unset):
        value (None | str | Unset):
        value_min (float | None | Unset):
        value_max (float | None | Unset):
        trace_id (None | str | Unset):
        session_id (None | str | Unset):
        observation_id (None | str | Unset):
        experiment_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetScoresV3Response]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        fields=fields,
        id=id,
        name=name,
        source=source,
        data_type=data_type,
        environment=environment,
        config_id=config_id,
        queue_id=queue_id,
        author_user_id=author_user_id,
        value=value,
        value_min=value_min,
        value_max=value_max,
        trace_id=trace_id,
        session_id=session_id,
        observation_id=observation_id,
        experiment_id=experiment_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    data_type: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    author_user_id: None | str | Unset = UNSET,
    value: None | str | Unset = UNSET,
    value_min: float | None | Unset = UNSET,
    value_max: float | None | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
) -> Any | GetScoresV3Response | None:
    """Get a list of scores with a polymorphic `value` field (v3).

    The `value` field type depends on `dataType`:
    - `NUMERIC` → number
    - `BOOLEAN` → boolean
    - `CATEGORICAL`, `TEXT`, `CORRECTION` → string

    The response always includes the core fields: id, projectId, name,
    value, dataType, source, timestamp, environment, createdAt, updatedAt.

    Additional field groups can be requested via the `fields` parameter:
    - `details` — adds comment, configId, metadata
    - `subject` — adds the subject object describing the entity the score
      is attached to: kind (trace, observation, session, or experiment),
      id, and traceId for observation-level scores
    - `annotation` — adds authorUserId, queueId

    Unknown group names return HTTP 400.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        fields (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        source (None | str | Unset):
        data_type (None | str | Unset):
        environment (None | str | Unset):
        config_id (None | str | Unset):
        queue_id (None | str | Unset):
        author_user_id (None | str | Unset):
        value (None | str | Unset):
        value_min (float | None | Unset):
        value_max (float | None | Unset):
        trace_id (None | str | Unset):
        session_id (None | str | Unset):
        observation_id (None | str | Unset):
        experiment_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetScoresV3Response
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        fields=fields,
        id=id,
        name=name,
        source=source,
        data_type=data_type,
        environment=environment,
        config_id=config_id,
        queue_id=queue_id,
        author_user_id=author_user_id,
        value=value,
        value_min=value_min,
        value_max=value_max,
        trace_id=trace_id,
        session_id=session_id,
        observation_id=observation_id,
        experiment_id=experiment_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    data_type: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    author_user_id: None | str | Unset = UNSET,
    value: None | str | Unset = UNSET,
    value_min: float | None | Unset = UNSET,
    value_max: float | None | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
) -> Response[Any | GetScoresV3Response]:
    """Get a list of scores with a polymorphic `value` field (v3).

    The `value` field type depends on `dataType`:
    - `NUMERIC` → number
    - `BOOLEAN` → boolean
    - `CATEGORICAL`, `TEXT`, `CORRECTION` → string

    The response always includes the core fields: id, projectId, name,
    value, dataType, source, timestamp, environment, createdAt, updatedAt.

    Additional field groups can be requested via the `fields` parameter:
    - `details` — adds comment, configId, metadata
    - `subject` — adds the subject object describing the entity the score
      is attached to: kind (trace, observation, session, or experiment),
      id, and traceId for observation-level scores
    - `annotation` — adds authorUserId, queueId

    Unknown group names return HTTP 400.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        fields (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        source (None | str | Unset):
        data_type (None | str | Unset):
        environment (None | str | Unset):
        config_id (None | str | Unset):
        queue_id (None | str | Unset):
        author_user_id (None | str | Unset):
        value (None | str | Unset):
        value_min (float | None | Unset):
        value_max (float | None | Unset):
        trace_id (None | str | Unset):
        session_id (None | str | Unset):
        observation_id (None | str | Unset):
        experiment_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetScoresV3Response]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        fields=fields,
        id=id,
        name=name,
        source=source,
        data_type=data_type,
        environment=environment,
        config_id=config_id,
        queue_id=queue_id,
        author_user_id=author_user_id,
        value=value,
        value_min=value_min,
        value_max=value_max,
        trace_id=trace_id,
        session_id=session_id,
        observation_id=observation_id,
        experiment_id=experiment_id,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    data_type: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    author_user_id: None | str | Unset = UNSET,
    value: None | str | Unset = UNSET,
    value_min: float | None | Unset = UNSET,
    value_max: float | None | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
) -> Any | GetScoresV3Response | None:
    """Get a list of scores with a polymorphic `value` field (v3).

    The `value` field type depends on `dataType`:
    - `NUMERIC` → number
    - `BOOLEAN` → boolean
    - `CATEGORICAL`, `TEXT`, `CORRECTION` → string

    The response always includes the core fields: id, projectId, name,
    value, dataType, source, timestamp, environment, createdAt, updatedAt.

    Additional field groups can be requested via the `fields` parameter:
    - `details` — adds comment, configId, metadata
    - `subject` — adds the subject object describing the entity the score
      is attached to: kind (trace, observation, session, or experiment),
      id, and traceId for observation-level scores
    - `annotation` — adds authorUserId, queueId

    Unknown group names return HTTP 400.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        fields (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        source (None | str | Unset):
        data_type (None | str | Unset):
        environment (None | str | Unset):
        config_id (None | str | Unset):
        queue_id (None | str | Unset):
        author_user_id (None | str | Unset):
        value (None | str | Unset):
        value_min (float | None | Unset):
        value_max (float | None | Unset):
        trace_id (None | str | Unset):
        session_id (None | str | Unset):
        observation_id (None | str | Unset):
        experiment_id (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetScoresV3Response
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            fields=fields,
            id=id,
            name=name,
            source=source,
            data_type=data_type,
            environment=environment,
            config_id=config_id,
            queue_id=queue_id,
            author_user_id=author_user_id,
            value=value,
            value_min=value_min,
            value_max=value_max,
            trace_id=trace_id,
            session_id=session_id,
            observation_id=observation_id,
            experiment_id=experiment_id,
            from_timestamp=from_timestamp,
            to_timestamp=to_timestamp,
        )
    ).parsed

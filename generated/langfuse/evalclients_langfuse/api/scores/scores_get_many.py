import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_scores_response import GetScoresResponse
from ...models.score_data_type import ScoreDataType
from ...models.score_source import ScoreSource
from ...types import UNSET, Response, Unset


def build_request(
    *,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    source: ScoreSource | Unset = UNSET,
    operator: None | str | Unset = UNSET,
    value: float | None | Unset = UNSET,
    score_ids: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    dataset_run_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    data_type: ScoreDataType | Unset = UNSET,
    trace_tags: list[None | str] | Unset = UNSET,
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

    json_environment: list[None | str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = []
        for environment_item_data in environment:
            environment_item: None | str
            environment_item = environment_item_data
            json_environment.append(environment_item)

    params["environment"] = json_environment

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_operator: None | str | Unset
    if isinstance(operator, Unset):
        json_operator = UNSET
    else:
        json_operator = operator
    params["operator"] = json_operator

    json_value: float | None | Unset
    if isinstance(value, Unset):
        json_value = UNSET
    else:
        json_value = value
    params["value"] = json_value

    json_score_ids: None | str | Unset
    if isinstance(score_ids, Unset):
        json_score_ids = UNSET
    else:
        json_score_ids = score_ids
    params["scoreIds"] = json_score_ids

    json_config_id: None | str | Unset
    if isinstance(config_id, Unset):
        json_config_id = UNSET
    else:
        json_config_id = config_id
    params["configId"] = json_config_id

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["sessionId"] = json_session_id

    json_dataset_run_id: None | str | Unset
    if isinstance(dataset_run_id, Unset):
        json_dataset_run_id = UNSET
    else:
        json_dataset_run_id = dataset_run_id
    params["datasetRunId"] = json_dataset_run_id

    json_trace_id: None | str | Unset
    if isinstance(trace_id, Unset):
        json_trace_id = UNSET
    else:
        json_trace_id = trace_id
    params["traceId"] = json_trace_id

    json_observation_id: None | str | Unset
    if isinstance(observation_id, Unset):
        json_observation_id = UNSET
    else:
        json_observation_id = observation_id
    params["observationId"] = json_observation_id

    json_queue_id: None | str | Unset
    if isinstance(queue_id, Unset):
        json_queue_id = UNSET
    else:
        json_queue_id = queue_id
    params["queueId"] = json_queue_id

    json_data_type: str | Unset = UNSET
    if not isinstance(data_type, Unset):
        json_data_type = data_type

    params["dataType"] = json_data_type

    json_trace_tags: list[None | str] | Unset = UNSET
    if not isinstance(trace_tags, Unset):
        json_trace_tags = []
        for trace_tags_item_data in trace_tags:
            trace_tags_item: None | str
            trace_tags_item = trace_tags_item_data
            json_trace_tags.append(trace_tags_item)

    params["traceTags"] = json_trace_tags

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
        "url": "/api/public/v2/scores",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetScoresResponse | None:
    if response.status_code == 200:
        response_200 = GetScoresResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Any | GetScoresResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetScoresResponse.from_dict(body)

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
) -> Response[Any | GetScoresResponse]:
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
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    source: ScoreSource | Unset = UNSET,
    operator: None | str | Unset = UNSET,
    value: float | None | Unset = UNSET,
    score_ids: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    dataset_run_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    data_type: ScoreDataType | Unset = UNSET,
    trace_tags: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | GetScoresResponse]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` instead. Self-hosted deployments are unaffected
    by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the [Langfuse
    v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a list of scores (supports both trace and session scores)

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        environment (list[None | str] | Unset):
        source (ScoreSource | Unset):
        operator (None | str | Unset):
        value (float | None | Unset):
        score_ids (None | str | Unset):
        config_id (None | str | Unset):
        session_id (None | str | Unset):
        dataset_run_id (None | str | Unset):
        trace_id (None | str | Unset):
        observation_id (None | str | Unset):
        queue_id (None | str | Unset):
        data_type (ScoreDataType | Unset):
        trace_tags (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetScoresResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        environment=environment,
        source=source,
        operator=operator,
        value=value,
        score_ids=score_ids,
        config_id=config_id,
        session_id=session_id,
        dataset_run_id=dataset_run_id,
        trace_id=trace_id,
        observation_id=observation_id,
        queue_id=queue_id,
        data_type=data_type,
        trace_tags=trace_tags,
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
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    source: ScoreSource | Unset = UNSET,
    operator: None | str | Unset = UNSET,
    value: float | None | Unset = UNSET,
    score_ids: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    dataset_run_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    data_type: ScoreDataType | Unset = UNSET,
    trace_tags: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | GetScoresResponse | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` instead. Self-hosted deployments are unaffected
    by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the [Langfuse
    v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a list of scores (supports both trace and session scores)

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        environment (list[None | str] | Unset):
        source (ScoreSource | Unset):
        operator (None | str | Unset):
        value (float | None | Unset):
        score_ids (None | str | Unset):
        config_id (None | str | Unset):
        session_id (None | str | Unset):
        dataset_run_id (None | str | Unset):
        trace_id (None | str | Unset):
        observation_id (None | str | Unset):
        queue_id (None | str | Unset):
        data_type (ScoreDataType | Unset):
        trace_tags (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetScoresResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        environment=environment,
        source=source,
        operator=operator,
        value=value,
        score_ids=score_ids,
        config_id=config_id,
        session_id=session_id,
        dataset_run_id=dataset_run_id,
        trace_id=trace_id,
        observation_id=observation_id,
        queue_id=queue_id,
        data_type=data_type,
        trace_tags=trace_tags,
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
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    source: ScoreSource | Unset = UNSET,
    operator: None | str | Unset = UNSET,
    value: float | None | Unset = UNSET,
    score_ids: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    dataset_run_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    data_type: ScoreDataType | Unset = UNSET,
    trace_tags: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | GetScoresResponse]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` instead. Self-hosted deployments are unaffected
    by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the [Langfuse
    v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a list of scores (supports both trace and session scores)

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        environment (list[None | str] | Unset):
        source (ScoreSource | Unset):
        operator (None | str | Unset):
        value (float | None | Unset):
        score_ids (None | str | Unset):
        config_id (None | str | Unset):
        session_id (None | str | Unset):
        dataset_run_id (None | str | Unset):
        trace_id (None | str | Unset):
        observation_id (None | str | Unset):
        queue_id (None | str | Unset):
        data_type (ScoreDataType | Unset):
        trace_tags (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetScoresResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        user_id=user_id,
        name=name,
        from_timestamp=from_timestamp,
        to_timestamp=to_timestamp,
        environment=environment,
        source=source,
        operator=operator,
        value=value,
        score_ids=score_ids,
        config_id=config_id,
        session_id=session_id,
        dataset_run_id=dataset_run_id,
        trace_id=trace_id,
        observation_id=observation_id,
        queue_id=queue_id,
        data_type=data_type,
        trace_tags=trace_tags,
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
    from_timestamp: datetime.datetime | None | Unset = UNSET,
    to_timestamp: datetime.datetime | None | Unset = UNSET,
    environment: list[None | str] | Unset = UNSET,
    source: ScoreSource | Unset = UNSET,
    operator: None | str | Unset = UNSET,
    value: float | None | Unset = UNSET,
    score_ids: None | str | Unset = UNSET,
    config_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    dataset_run_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    observation_id: None | str | Unset = UNSET,
    queue_id: None | str | Unset = UNSET,
    data_type: ScoreDataType | Unset = UNSET,
    trace_tags: list[None | str] | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | GetScoresResponse | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` instead. Self-hosted deployments are unaffected
    by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4. See the [Langfuse
    v3 to v4 upgrade guide](https://langfuse.com/self-hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a list of scores (supports both trace and session scores)

    Args:
        page (int | None | Unset):
        limit (int | None | Unset):
        user_id (None | str | Unset):
        name (None | str | Unset):
        from_timestamp (datetime.datetime | None | Unset):
        to_timestamp (datetime.datetime | None | Unset):
        environment (list[None | str] | Unset):
        source (ScoreSource | Unset):
        operator (None | str | Unset):
        value (float | None | Unset):
        score_ids (None | str | Unset):
        config_id (None | str | Unset):
        session_id (None | str | Unset):
        dataset_run_id (None | str | Unset):
        trace_id (None | str | Unset):
        observation_id (None | str | Unset):
        queue_id (None | str | Unset):
        data_type (ScoreDataType | Unset):
        trace_tags (list[None | str] | Unset):
        fields (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetScoresResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            user_id=user_id,
            name=name,
            from_timestamp=from_timestamp,
            to_timestamp=to_timestamp,
            environment=environment,
            source=source,
            operator=operator,
            value=value,
            score_ids=score_ids,
            config_id=config_id,
            session_id=session_id,
            dataset_run_id=dataset_run_id,
            trace_id=trace_id,
            observation_id=observation_id,
            queue_id=queue_id,
            data_type=data_type,
            trace_tags=trace_tags,
            fields=fields,
            filter_=filter_,
        )
    ).parsed

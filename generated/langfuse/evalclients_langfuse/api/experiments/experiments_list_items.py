import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_items_response import ExperimentItemsResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    fields: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    score_limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    from_start_time: datetime.datetime,
    to_start_time: datetime.datetime | None | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    experiment_name: None | str | Unset = UNSET,
    experiment_item_id: None | str | Unset = UNSET,
    dataset_id: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_score_limit: int | None | Unset
    if isinstance(score_limit, Unset):
        json_score_limit = UNSET
    else:
        json_score_limit = score_limit
    params["scoreLimit"] = json_score_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_from_start_time = from_start_time.isoformat()
    params["fromStartTime"] = json_from_start_time

    json_to_start_time: None | str | Unset
    if isinstance(to_start_time, Unset):
        json_to_start_time = UNSET
    elif isinstance(to_start_time, datetime.datetime):
        json_to_start_time = to_start_time.isoformat()
    else:
        json_to_start_time = to_start_time
    params["toStartTime"] = json_to_start_time

    json_experiment_id: None | str | Unset
    if isinstance(experiment_id, Unset):
        json_experiment_id = UNSET
    else:
        json_experiment_id = experiment_id
    params["experimentId"] = json_experiment_id

    json_experiment_name: None | str | Unset
    if isinstance(experiment_name, Unset):
        json_experiment_name = UNSET
    else:
        json_experiment_name = experiment_name
    params["experimentName"] = json_experiment_name

    json_experiment_item_id: None | str | Unset
    if isinstance(experiment_item_id, Unset):
        json_experiment_item_id = UNSET
    else:
        json_experiment_item_id = experiment_item_id
    params["experimentItemId"] = json_experiment_item_id

    json_dataset_id: None | str | Unset
    if isinstance(dataset_id, Unset):
        json_dataset_id = UNSET
    else:
        json_dataset_id = dataset_id
    params["datasetId"] = json_dataset_id

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/experiment-items",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ExperimentItemsResponse | None:
    if response.status_code == 200:
        response_200 = ExperimentItemsResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Any | ExperimentItemsResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ExperimentItemsResponse.from_dict(body)

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
) -> Response[Any | ExperimentItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fields: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    score_limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    from_start_time: datetime.datetime,
    to_start_time: datetime.datetime | None | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    experiment_name: None | str | Unset = UNSET,
    experiment_item_id: None | str | Unset = UNSET,
    dataset_id: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | ExperimentItemsResponse]:
    """List experiment items with cursor-based pagination. Use this endpoint
    to export experiment item inputs, outputs, expected outputs, metadata,
    and optionally item/trace scores. Results are ordered by time
    descending.

    Args:
        fields (None | str | Unset):
        limit (int | None | Unset):
        score_limit (int | None | Unset):
        cursor (None | str | Unset):
        from_start_time (datetime.datetime):
        to_start_time (datetime.datetime | None | Unset):
        experiment_id (None | str | Unset):
        experiment_name (None | str | Unset):
        experiment_item_id (None | str | Unset):
        dataset_id (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExperimentItemsResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        score_limit=score_limit,
        cursor=cursor,
        from_start_time=from_start_time,
        to_start_time=to_start_time,
        experiment_id=experiment_id,
        experiment_name=experiment_name,
        experiment_item_id=experiment_item_id,
        dataset_id=dataset_id,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    score_limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    from_start_time: datetime.datetime,
    to_start_time: datetime.datetime | None | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    experiment_name: None | str | Unset = UNSET,
    experiment_item_id: None | str | Unset = UNSET,
    dataset_id: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | ExperimentItemsResponse | None:
    """List experiment items with cursor-based pagination. Use this endpoint
    to export experiment item inputs, outputs, expected outputs, metadata,
    and optionally item/trace scores. Results are ordered by time
    descending.

    Args:
        fields (None | str | Unset):
        limit (int | None | Unset):
        score_limit (int | None | Unset):
        cursor (None | str | Unset):
        from_start_time (datetime.datetime):
        to_start_time (datetime.datetime | None | Unset):
        experiment_id (None | str | Unset):
        experiment_name (None | str | Unset):
        experiment_item_id (None | str | Unset):
        dataset_id (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExperimentItemsResponse
    """

    return sync_detailed(
        client=client,
        fields=fields,
        limit=limit,
        score_limit=score_limit,
        cursor=cursor,
        from_start_time=from_start_time,
        to_start_time=to_start_time,
        experiment_id=experiment_id,
        experiment_name=experiment_name,
        experiment_item_id=experiment_item_id,
        dataset_id=dataset_id,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    score_limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    from_start_time: datetime.datetime,
    to_start_time: datetime.datetime | None | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    experiment_name: None | str | Unset = UNSET,
    experiment_item_id: None | str | Unset = UNSET,
    dataset_id: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[Any | ExperimentItemsResponse]:
    """List experiment items with cursor-based pagination. Use this endpoint
    to export experiment item inputs, outputs, expected outputs, metadata,
    and optionally item/trace scores. Results are ordered by time
    descending.

    Args:
        fields (None | str | Unset):
        limit (int | None | Unset):
        score_limit (int | None | Unset):
        cursor (None | str | Unset):
        from_start_time (datetime.datetime):
        to_start_time (datetime.datetime | None | Unset):
        experiment_id (None | str | Unset):
        experiment_name (None | str | Unset):
        experiment_item_id (None | str | Unset):
        dataset_id (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExperimentItemsResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        score_limit=score_limit,
        cursor=cursor,
        from_start_time=from_start_time,
        to_start_time=to_start_time,
        experiment_id=experiment_id,
        experiment_name=experiment_name,
        experiment_item_id=experiment_item_id,
        dataset_id=dataset_id,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    score_limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    from_start_time: datetime.datetime,
    to_start_time: datetime.datetime | None | Unset = UNSET,
    experiment_id: None | str | Unset = UNSET,
    experiment_name: None | str | Unset = UNSET,
    experiment_item_id: None | str | Unset = UNSET,
    dataset_id: None | str | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Any | ExperimentItemsResponse | None:
    """List experiment items with cursor-based pagination. Use this endpoint
    to export experiment item inputs, outputs, expected outputs, metadata,
    and optionally item/trace scores. Results are ordered by time
    descending.

    Args:
        fields (None | str | Unset):
        limit (int | None | Unset):
        score_limit (int | None | Unset):
        cursor (None | str | Unset):
        from_start_time (datetime.datetime):
        to_start_time (datetime.datetime | None | Unset):
        experiment_id (None | str | Unset):
        experiment_name (None | str | Unset):
        experiment_item_id (None | str | Unset):
        dataset_id (None | str | Unset):
        filter_ (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExperimentItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            limit=limit,
            score_limit=score_limit,
            cursor=cursor,
            from_start_time=from_start_time,
            to_start_time=to_start_time,
            experiment_id=experiment_id,
            experiment_name=experiment_name,
            experiment_item_id=experiment_item_id,
            dataset_id=dataset_id,
            filter_=filter_,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_quality_metric import DataQualityMetric
from ...models.dimension_category import DimensionCategory
from ...models.drift_metric import DriftMetric
from ...models.list_monitors_response import ListMonitorsResponse
from ...models.monitor_status import MonitorStatus
from ...models.monitor_type import MonitorType
from ...models.performance_metric import PerformanceMetric
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def build_request(
    *,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["space_id"] = space_id

    params["space_name"] = space_name

    params["name"] = name

    params["project_id"] = project_id

    params["project_name"] = project_name

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["notifications_enabled"] = notifications_enabled

    json_dimension_category: str | Unset = UNSET
    if not isinstance(dimension_category, Unset):
        json_dimension_category = dimension_category

    params["dimension_category"] = json_dimension_category

    params["dimension_name"] = dimension_name

    json_data_quality_metric: str | Unset = UNSET
    if not isinstance(data_quality_metric, Unset):
        json_data_quality_metric = data_quality_metric

    params["data_quality_metric"] = json_data_quality_metric

    json_performance_metric: str | Unset = UNSET
    if not isinstance(performance_metric, Unset):
        json_performance_metric = performance_metric

    params["performance_metric"] = json_performance_metric

    json_drift_metric: str | Unset = UNSET
    if not isinstance(drift_metric, Unset):
        json_drift_metric = drift_metric

    params["drift_metric"] = json_drift_metric

    params["custom_metric_id"] = custom_metric_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitors",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMonitorsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListMonitorsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListMonitorsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListMonitorsResponse.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMonitorsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListMonitorsResponse | Problem]:
    """List monitors

     List monitors the caller can read, with filtering and cursor-based pagination. Results are ordered
    by creation time, newest first. Deleted and draft monitors are excluded.  The shape of each returned
    monitor varies by `type` (`DATA_QUALITY`, `PERFORMANCE`, `DRIFT`, `CUSTOM_METRIC`, `TRACING`).  All
    filters are optional and compose with AND semantics (a monitor must match every provided filter).
    When a filter is omitted, no filtering is applied for that field. Filters that cannot be satisfied
    together — a metric filter from one family combined with a `type` from another, or two metric
    filters from different families — are valid input and return a `200` with an empty `monitors` array,
    as does any other combination that simply matches nothing.  The four name filters do not all match
    the same way. `name` and `space_name` are case-insensitive substring searches, so `name=prod`
    matches "production". `project_name` and `dimension_name` are exact, case-sensitive matches, so they
    need the full name as stored — for `dimension_name`, the value copied verbatim from a returned
    monitor's `dimension.name`.  An identifier that is not a well-formed ID of the expected kind returns
    a `400`. A well-formed `space_id`, `project_id`, or `custom_metric_id` that either does not exist or
    is not readable by the caller returns the same `404` in both cases, so the response never reveals
    whether the referenced resource exists.  A caller whose credentials grant monitor read access in no
    space at all receives a `403`.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset): The kind of monitor. Determines which type-specific fields
            apply. - `DATA_QUALITY` - Monitors a data quality metric (e.g. percent empty,
            CARDINALITY). - `PERFORMANCE` - Monitors a model performance metric (e.g. ACCURACY, RMSE).
            - `DRIFT` - Monitors distributional drift of a feature/output. - `CUSTOM_METRIC` -
            Monitors a user-defined custom metric. - `TRACING` - Monitors a span/trace-derived metric
            (e.g. span attributes, evals).
        status (MonitorStatus | Unset): The monitor's current state from its most recent
            evaluation. - `TRIGGERED` - The metric breached the threshold. - `CLEARED` - The metric is
            within healthy bounds. - `NO_DATA` - No data was available to evaluate.
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset): The category of dimension the metric is
            evaluated over.
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset): The data quality metric computed over the
            selected dimension.
        performance_metric (PerformanceMetric | Unset): The model performance metric.
        drift_metric (DriftMetric | Unset): The statistical drift metric. `PSI`/`KL`/`JS`/`KS`
            apply to structured data; `EUCLIDEAN_DISTANCE`/`COSINE_SIMILARITY` apply to unstructured
            (embedding) data.
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListMonitorsResponse | Problem | None:
    """List monitors

     List monitors the caller can read, with filtering and cursor-based pagination. Results are ordered
    by creation time, newest first. Deleted and draft monitors are excluded.  The shape of each returned
    monitor varies by `type` (`DATA_QUALITY`, `PERFORMANCE`, `DRIFT`, `CUSTOM_METRIC`, `TRACING`).  All
    filters are optional and compose with AND semantics (a monitor must match every provided filter).
    When a filter is omitted, no filtering is applied for that field. Filters that cannot be satisfied
    together — a metric filter from one family combined with a `type` from another, or two metric
    filters from different families — are valid input and return a `200` with an empty `monitors` array,
    as does any other combination that simply matches nothing.  The four name filters do not all match
    the same way. `name` and `space_name` are case-insensitive substring searches, so `name=prod`
    matches "production". `project_name` and `dimension_name` are exact, case-sensitive matches, so they
    need the full name as stored — for `dimension_name`, the value copied verbatim from a returned
    monitor's `dimension.name`.  An identifier that is not a well-formed ID of the expected kind returns
    a `400`. A well-formed `space_id`, `project_id`, or `custom_metric_id` that either does not exist or
    is not readable by the caller returns the same `404` in both cases, so the response never reveals
    whether the referenced resource exists.  A caller whose credentials grant monitor read access in no
    space at all receives a `403`.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset): The kind of monitor. Determines which type-specific fields
            apply. - `DATA_QUALITY` - Monitors a data quality metric (e.g. percent empty,
            CARDINALITY). - `PERFORMANCE` - Monitors a model performance metric (e.g. ACCURACY, RMSE).
            - `DRIFT` - Monitors distributional drift of a feature/output. - `CUSTOM_METRIC` -
            Monitors a user-defined custom metric. - `TRACING` - Monitors a span/trace-derived metric
            (e.g. span attributes, evals).
        status (MonitorStatus | Unset): The monitor's current state from its most recent
            evaluation. - `TRIGGERED` - The metric breached the threshold. - `CLEARED` - The metric is
            within healthy bounds. - `NO_DATA` - No data was available to evaluate.
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset): The category of dimension the metric is
            evaluated over.
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset): The data quality metric computed over the
            selected dimension.
        performance_metric (PerformanceMetric | Unset): The model performance metric.
        drift_metric (DriftMetric | Unset): The statistical drift metric. `PSI`/`KL`/`JS`/`KS`
            apply to structured data; `EUCLIDEAN_DISTANCE`/`COSINE_SIMILARITY` apply to unstructured
            (embedding) data.
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse | Problem
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListMonitorsResponse | Problem]:
    """List monitors

     List monitors the caller can read, with filtering and cursor-based pagination. Results are ordered
    by creation time, newest first. Deleted and draft monitors are excluded.  The shape of each returned
    monitor varies by `type` (`DATA_QUALITY`, `PERFORMANCE`, `DRIFT`, `CUSTOM_METRIC`, `TRACING`).  All
    filters are optional and compose with AND semantics (a monitor must match every provided filter).
    When a filter is omitted, no filtering is applied for that field. Filters that cannot be satisfied
    together — a metric filter from one family combined with a `type` from another, or two metric
    filters from different families — are valid input and return a `200` with an empty `monitors` array,
    as does any other combination that simply matches nothing.  The four name filters do not all match
    the same way. `name` and `space_name` are case-insensitive substring searches, so `name=prod`
    matches "production". `project_name` and `dimension_name` are exact, case-sensitive matches, so they
    need the full name as stored — for `dimension_name`, the value copied verbatim from a returned
    monitor's `dimension.name`.  An identifier that is not a well-formed ID of the expected kind returns
    a `400`. A well-formed `space_id`, `project_id`, or `custom_metric_id` that either does not exist or
    is not readable by the caller returns the same `404` in both cases, so the response never reveals
    whether the referenced resource exists.  A caller whose credentials grant monitor read access in no
    space at all receives a `403`.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset): The kind of monitor. Determines which type-specific fields
            apply. - `DATA_QUALITY` - Monitors a data quality metric (e.g. percent empty,
            CARDINALITY). - `PERFORMANCE` - Monitors a model performance metric (e.g. ACCURACY, RMSE).
            - `DRIFT` - Monitors distributional drift of a feature/output. - `CUSTOM_METRIC` -
            Monitors a user-defined custom metric. - `TRACING` - Monitors a span/trace-derived metric
            (e.g. span attributes, evals).
        status (MonitorStatus | Unset): The monitor's current state from its most recent
            evaluation. - `TRIGGERED` - The metric breached the threshold. - `CLEARED` - The metric is
            within healthy bounds. - `NO_DATA` - No data was available to evaluate.
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset): The category of dimension the metric is
            evaluated over.
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset): The data quality metric computed over the
            selected dimension.
        performance_metric (PerformanceMetric | Unset): The model performance metric.
        drift_metric (DriftMetric | Unset): The statistical drift metric. `PSI`/`KL`/`JS`/`KS`
            apply to structured data; `EUCLIDEAN_DISTANCE`/`COSINE_SIMILARITY` apply to unstructured
            (embedding) data.
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        space_name=space_name,
        name=name,
        project_id=project_id,
        project_name=project_name,
        type_=type_,
        status=status,
        notifications_enabled=notifications_enabled,
        dimension_category=dimension_category,
        dimension_name=dimension_name,
        data_quality_metric=data_quality_metric,
        performance_metric=performance_metric,
        drift_metric=drift_metric,
        custom_metric_id=custom_metric_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    space_id: str | Unset = UNSET,
    space_name: str | Unset = UNSET,
    name: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_name: str | Unset = UNSET,
    type_: MonitorType | Unset = UNSET,
    status: MonitorStatus | Unset = UNSET,
    notifications_enabled: bool | Unset = UNSET,
    dimension_category: DimensionCategory | Unset = UNSET,
    dimension_name: str | Unset = UNSET,
    data_quality_metric: DataQualityMetric | Unset = UNSET,
    performance_metric: PerformanceMetric | Unset = UNSET,
    drift_metric: DriftMetric | Unset = UNSET,
    custom_metric_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListMonitorsResponse | Problem | None:
    """List monitors

     List monitors the caller can read, with filtering and cursor-based pagination. Results are ordered
    by creation time, newest first. Deleted and draft monitors are excluded.  The shape of each returned
    monitor varies by `type` (`DATA_QUALITY`, `PERFORMANCE`, `DRIFT`, `CUSTOM_METRIC`, `TRACING`).  All
    filters are optional and compose with AND semantics (a monitor must match every provided filter).
    When a filter is omitted, no filtering is applied for that field. Filters that cannot be satisfied
    together — a metric filter from one family combined with a `type` from another, or two metric
    filters from different families — are valid input and return a `200` with an empty `monitors` array,
    as does any other combination that simply matches nothing.  The four name filters do not all match
    the same way. `name` and `space_name` are case-insensitive substring searches, so `name=prod`
    matches "production". `project_name` and `dimension_name` are exact, case-sensitive matches, so they
    need the full name as stored — for `dimension_name`, the value copied verbatim from a returned
    monitor's `dimension.name`.  An identifier that is not a well-formed ID of the expected kind returns
    a `400`. A well-formed `space_id`, `project_id`, or `custom_metric_id` that either does not exist or
    is not readable by the caller returns the same `404` in both cases, so the response never reveals
    whether the referenced resource exists.  A caller whose credentials grant monitor read access in no
    space at all receives a `403`.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        space_id (str | Unset):
        space_name (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        type_ (MonitorType | Unset): The kind of monitor. Determines which type-specific fields
            apply. - `DATA_QUALITY` - Monitors a data quality metric (e.g. percent empty,
            CARDINALITY). - `PERFORMANCE` - Monitors a model performance metric (e.g. ACCURACY, RMSE).
            - `DRIFT` - Monitors distributional drift of a feature/output. - `CUSTOM_METRIC` -
            Monitors a user-defined custom metric. - `TRACING` - Monitors a span/trace-derived metric
            (e.g. span attributes, evals).
        status (MonitorStatus | Unset): The monitor's current state from its most recent
            evaluation. - `TRIGGERED` - The metric breached the threshold. - `CLEARED` - The metric is
            within healthy bounds. - `NO_DATA` - No data was available to evaluate.
        notifications_enabled (bool | Unset):
        dimension_category (DimensionCategory | Unset): The category of dimension the metric is
            evaluated over.
        dimension_name (str | Unset):
        data_quality_metric (DataQualityMetric | Unset): The data quality metric computed over the
            selected dimension.
        performance_metric (PerformanceMetric | Unset): The model performance metric.
        drift_metric (DriftMetric | Unset): The statistical drift metric. `PSI`/`KL`/`JS`/`KS`
            apply to structured data; `EUCLIDEAN_DISTANCE`/`COSINE_SIMILARITY` apply to unstructured
            (embedding) data.
        custom_metric_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            space_name=space_name,
            name=name,
            project_id=project_id,
            project_name=project_name,
            type_=type_,
            status=status,
            notifications_enabled=notifications_enabled,
            dimension_category=dimension_category,
            dimension_name=dimension_name,
            data_quality_metric=data_quality_metric,
            performance_metric=performance_metric,
            drift_metric=drift_metric,
            custom_metric_id=custom_metric_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed

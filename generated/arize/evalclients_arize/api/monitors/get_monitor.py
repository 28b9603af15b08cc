from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_metric_monitor import CustomMetricMonitor
from ...models.data_quality_monitor import DataQualityMonitor
from ...models.drift_monitor import DriftMonitor
from ...models.performance_monitor import PerformanceMonitor
from ...models.problem import Problem
from ...models.tracing_monitor import TracingMonitor
from ...types import Response, path_segment


def build_request(
    monitor_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitors/{monitor_id}".format(
            monitor_id=path_segment(monitor_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CustomMetricMonitor
            | DataQualityMonitor
            | DriftMonitor
            | PerformanceMonitor
            | TracingMonitor
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_0 = DataQualityMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_1 = PerformanceMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_2 = DriftMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_3 = CustomMetricMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_monitor_type_4 = TracingMonitor.from_dict(data, _strict=True)

            return componentsschemas_monitor_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def parse_body(
    status: int, body: Any
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CustomMetricMonitor
            | DataQualityMonitor
            | DriftMonitor
            | PerformanceMonitor
            | TracingMonitor
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_0 = DataQualityMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_1 = PerformanceMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_2 = DriftMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_type_3 = CustomMetricMonitor.from_dict(data, _strict=True)

                return componentsschemas_monitor_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_monitor_type_4 = TracingMonitor.from_dict(data, _strict=True)

            return componentsschemas_monitor_type_4

        response_200 = _parse_response_200(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

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
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
]:
    """Get a monitor

     Get a monitor by its ID.  The response shape varies by `type` (`data_quality`, `performance`,
    `drift`, `custom_metric`, `tracing`)  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | Problem]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
    | None
):
    """Get a monitor

     Get a monitor by its ID.  The response shape varies by `type` (`data_quality`, `performance`,
    `drift`, `custom_metric`, `tracing`)  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | Problem
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
]:
    """Get a monitor

     Get a monitor by its ID.  The response shape varies by `type` (`data_quality`, `performance`,
    `drift`, `custom_metric`, `tracing`)  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | Problem]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CustomMetricMonitor
    | DataQualityMonitor
    | DriftMonitor
    | PerformanceMonitor
    | TracingMonitor
    | Problem
    | None
):
    """Get a monitor

     Get a monitor by its ID.  The response shape varies by `type` (`data_quality`, `performance`,
    `drift`, `custom_metric`, `tracing`)  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomMetricMonitor | DataQualityMonitor | DriftMonitor | PerformanceMonitor | TracingMonitor | Problem
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
        )
    ).parsed

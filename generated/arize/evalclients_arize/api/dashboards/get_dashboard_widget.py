from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bar_chart_widget import BarChartWidget
from ...models.experiment_chart_widget import ExperimentChartWidget
from ...models.line_chart_widget import LineChartWidget
from ...models.pivot_table_widget import PivotTableWidget
from ...models.problem import Problem
from ...models.statistic_widget import StatisticWidget
from ...models.text_widget import TextWidget
from ...types import Response, path_segment


def build_request(
    dashboard_id: str,
    widget_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/dashboards/{dashboard_id}/widgets/{widget_id}".format(
            dashboard_id=path_segment(dashboard_id),
            widget_id=path_segment(widget_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            BarChartWidget
            | ExperimentChartWidget
            | LineChartWidget
            | PivotTableWidget
            | StatisticWidget
            | TextWidget
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_0 = LineChartWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_1 = BarChartWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_2 = StatisticWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_3 = TextWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_4 = PivotTableWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_widget_type_5 = ExperimentChartWidget.from_dict(data, _strict=True)

            return componentsschemas_widget_type_5

        response_200 = _parse_response_200(response.json())

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


def parse_body(
    status: int, body: Any
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            BarChartWidget
            | ExperimentChartWidget
            | LineChartWidget
            | PivotTableWidget
            | StatisticWidget
            | TextWidget
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_0 = LineChartWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_1 = BarChartWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_2 = StatisticWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_3 = TextWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_4 = PivotTableWidget.from_dict(data, _strict=True)

                return componentsschemas_widget_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_widget_type_5 = ExperimentChartWidget.from_dict(data, _strict=True)

            return componentsschemas_widget_type_5

        response_200 = _parse_response_200(body)

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
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
]:
    """Get a dashboard widget

     Get a widget, including its saved configuration, from a dashboard. Draft and published widgets can
    be read. The widget must belong to the specified dashboard, and the caller must have permission to
    read that dashboard.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | Problem]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
    | None
):
    """Get a dashboard widget

     Get a widget, including its saved configuration, from a dashboard. Draft and published widgets can
    be read. The widget must belong to the specified dashboard, and the caller must have permission to
    read that dashboard.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | Problem
    """

    return sync_detailed(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
]:
    """Get a dashboard widget

     Get a widget, including its saved configuration, from a dashboard. Draft and published widgets can
    be read. The widget must belong to the specified dashboard, and the caller must have permission to
    read that dashboard.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | Problem]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BarChartWidget
    | ExperimentChartWidget
    | LineChartWidget
    | PivotTableWidget
    | StatisticWidget
    | TextWidget
    | Problem
    | None
):
    """Get a dashboard widget

     Get a widget, including its saved configuration, from a dashboard. Draft and published widgets can
    be read. The widget must belong to the specified dashboard, and the caller must have permission to
    read that dashboard.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dashboard_id (str):
        widget_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BarChartWidget | ExperimentChartWidget | LineChartWidget | PivotTableWidget | StatisticWidget | TextWidget | Problem
    """

    return (
        await asyncio_detailed(
            dashboard_id=dashboard_id,
            widget_id=widget_id,
            client=client,
        )
    ).parsed

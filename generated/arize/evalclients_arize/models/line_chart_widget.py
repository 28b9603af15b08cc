from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_chart_type import LineChartType, check_line_chart_type
from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_plot import WidgetPlot


T = TypeVar("T", bound="LineChartWidget")
_FIELDS = frozenset(
    {
        "created_at",
        "creation_status",
        "creator_user_id",
        "dashboard_id",
        "end_time",
        "font_size",
        "grid_position",
        "id",
        "legend_placement",
        "monitor_id",
        "overwrite_global_time",
        "plots",
        "show_legend",
        "start_time",
        "time_range_key",
        "time_series_data_granularity",
        "time_series_metric_type",
        "timezone",
        "title",
        "type",
        "widget_type",
        "x_axis_label",
        "x_axis_tilt",
        "y_axis_label",
        "y_max",
        "y_min",
    }
)


@_attrs_define
class LineChartWidget:
    """A dashboard widget that displays one or more metric series.

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        end_time (datetime.datetime | None | Unset): Widget-specific range end, or null when the dashboard range
            applies.
        font_size (None | str | Unset): Saved chart font-size setting.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        id (str | Unset): Unique identifier for the widget.
        legend_placement (None | str | Unset): Saved placement of the chart legend.
        monitor_id (str | Unset): Monitor represented by the widget when using the monitor chart mode.
        overwrite_global_time (bool | None | Unset): Whether this widget uses its own time range instead of the
            dashboard range.
        plots (list[WidgetPlot] | Unset): Metric series displayed by the widget.
        show_legend (bool | None | Unset): Whether the legend is shown, or null to use the default.
        start_time (datetime.datetime | None | Unset): Widget-specific range start, or null when the dashboard range
            applies.
        time_range_key (None | str | Unset): Saved relative time-range selection.
        time_series_data_granularity (None | str | Unset): Saved aggregation interval for the time series.
        time_series_metric_type (str | Unset): Metric used to compute the time series.
        timezone (None | str | Unset): Timezone used to display time-series values.
        title (str | Unset): Display title of the widget.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
        widget_type (LineChartType | Unset): The visualization mode used by a line chart widget.
        x_axis_label (None | str | Unset): Custom x-axis label, or null to use the default.
        x_axis_tilt (None | str | Unset): Saved rotation setting for x-axis labels.
        y_axis_label (None | str | Unset): Custom y-axis label, or null to use the default.
        y_max (float | None | Unset): Maximum value displayed on the y-axis, or null for automatic scaling.
        y_min (float | None | Unset): Minimum value displayed on the y-axis, or null for automatic scaling.
    """

    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    font_size: None | str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    id: str | Unset = UNSET
    legend_placement: None | str | Unset = UNSET
    monitor_id: str | Unset = UNSET
    overwrite_global_time: bool | None | Unset = UNSET
    plots: list[WidgetPlot] | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    time_range_key: None | str | Unset = UNSET
    time_series_data_granularity: None | str | Unset = UNSET
    time_series_metric_type: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    title: str | Unset = UNSET
    type_: WidgetType | Unset = UNSET
    widget_type: LineChartType | Unset = UNSET
    x_axis_label: None | str | Unset = UNSET
    x_axis_tilt: None | str | Unset = UNSET
    y_axis_label: None | str | Unset = UNSET
    y_max: float | None | Unset = UNSET
    y_min: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status

        creator_user_id = self.creator_user_id

        dashboard_id = self.dashboard_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        font_size: None | str | Unset
        if isinstance(self.font_size, Unset):
            font_size = UNSET
        else:
            font_size = self.font_size

        grid_position: list[int] | Unset = UNSET
        if not isinstance(self.grid_position, Unset):
            grid_position = self.grid_position

        id = self.id

        legend_placement: None | str | Unset
        if isinstance(self.legend_placement, Unset):
            legend_placement = UNSET
        else:
            legend_placement = self.legend_placement

        monitor_id = self.monitor_id

        overwrite_global_time: bool | None | Unset
        if isinstance(self.overwrite_global_time, Unset):
            overwrite_global_time = UNSET
        else:
            overwrite_global_time = self.overwrite_global_time

        plots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plots, Unset):
            plots = []
            for plots_item_data in self.plots:
                plots_item = plots_item_data.to_dict()
                plots.append(plots_item)

        show_legend: bool | None | Unset
        if isinstance(self.show_legend, Unset):
            show_legend = UNSET
        else:
            show_legend = self.show_legend

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        time_range_key: None | str | Unset
        if isinstance(self.time_range_key, Unset):
            time_range_key = UNSET
        else:
            time_range_key = self.time_range_key

        time_series_data_granularity: None | str | Unset
        if isinstance(self.time_series_data_granularity, Unset):
            time_series_data_granularity = UNSET
        else:
            time_series_data_granularity = self.time_series_data_granularity

        time_series_metric_type = self.time_series_metric_type

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        widget_type: str | Unset = UNSET
        if not isinstance(self.widget_type, Unset):
            widget_type = self.widget_type

        x_axis_label: None | str | Unset
        if isinstance(self.x_axis_label, Unset):
            x_axis_label = UNSET
        else:
            x_axis_label = self.x_axis_label

        x_axis_tilt: None | str | Unset
        if isinstance(self.x_axis_tilt, Unset):
            x_axis_tilt = UNSET
        else:
            x_axis_tilt = self.x_axis_tilt

        y_axis_label: None | str | Unset
        if isinstance(self.y_axis_label, Unset):
            y_axis_label = UNSET
        else:
            y_axis_label = self.y_axis_label

        y_max: float | None | Unset
        if isinstance(self.y_max, Unset):
            y_max = UNSET
        else:
            y_max = self.y_max

        y_min: float | None | Unset
        if isinstance(self.y_min, Unset):
            y_min = UNSET
        else:
            y_min = self.y_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if id is not UNSET:
            field_dict["id"] = id
        if legend_placement is not UNSET:
            field_dict["legend_placement"] = legend_placement
        if monitor_id is not UNSET:
            field_dict["monitor_id"] = monitor_id
        if overwrite_global_time is not UNSET:
            field_dict["overwrite_global_time"] = overwrite_global_time
        if plots is not UNSET:
            field_dict["plots"] = plots
        if show_legend is not UNSET:
            field_dict["show_legend"] = show_legend
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if time_range_key is not UNSET:
            field_dict["time_range_key"] = time_range_key
        if time_series_data_granularity is not UNSET:
            field_dict["time_series_data_granularity"] = time_series_data_granularity
        if time_series_metric_type is not UNSET:
            field_dict["time_series_metric_type"] = time_series_metric_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if widget_type is not UNSET:
            field_dict["widget_type"] = widget_type
        if x_axis_label is not UNSET:
            field_dict["x_axis_label"] = x_axis_label
        if x_axis_tilt is not UNSET:
            field_dict["x_axis_tilt"] = x_axis_tilt
        if y_axis_label is not UNSET:
            field_dict["y_axis_label"] = y_axis_label
        if y_max is not UNSET:
            field_dict["y_max"] = y_max
        if y_min is not UNSET:
            field_dict["y_min"] = y_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _creation_status = d.get("creation_status", UNSET)
        creation_status: WidgetCreationStatus | Unset
        if _creation_status is UNSET:
            creation_status = UNSET
        else:
            creation_status = check_widget_creation_status(_creation_status)

        creator_user_id = d.get("creator_user_id", UNSET)

        dashboard_id = d.get("dashboard_id", UNSET)

        end_time = _parse_end_time(d.get("end_time", UNSET))

        font_size: None | str | Unset = d.get("font_size", UNSET)

        grid_position: list[int] = d.get("grid_position", UNSET)

        id = d.get("id", UNSET)

        legend_placement: None | str | Unset = d.get("legend_placement", UNSET)

        monitor_id = d.get("monitor_id", UNSET)

        overwrite_global_time: bool | None | Unset = d.get("overwrite_global_time", UNSET)

        _plots = d.get("plots", UNSET)
        plots: list[WidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = [WidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots]

        show_legend: bool | None | Unset = d.get("show_legend", UNSET)

        start_time = _parse_start_time(d.get("start_time", UNSET))

        time_range_key: None | str | Unset = d.get("time_range_key", UNSET)

        time_series_data_granularity: None | str | Unset = d.get(
            "time_series_data_granularity", UNSET
        )

        time_series_metric_type = d.get("time_series_metric_type", UNSET)

        timezone: None | str | Unset = d.get("timezone", UNSET)

        title = d.get("title", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        _widget_type = d.get("widget_type", UNSET)
        widget_type: LineChartType | Unset
        if _widget_type is UNSET:
            widget_type = UNSET
        else:
            widget_type = check_line_chart_type(_widget_type)

        x_axis_label: None | str | Unset = d.get("x_axis_label", UNSET)

        x_axis_tilt: None | str | Unset = d.get("x_axis_tilt", UNSET)

        y_axis_label: None | str | Unset = d.get("y_axis_label", UNSET)

        y_max: float | None | Unset = d.get("y_max", UNSET)

        y_min: float | None | Unset = d.get("y_min", UNSET)

        line_chart_widget = cls(
            created_at,
            creation_status,
            creator_user_id,
            dashboard_id,
            end_time,
            font_size,
            grid_position,
            id,
            legend_placement,
            monitor_id,
            overwrite_global_time,
            plots,
            show_legend,
            start_time,
            time_range_key,
            time_series_data_granularity,
            time_series_metric_type,
            timezone,
            title,
            type_,
            widget_type,
            x_axis_label,
            x_axis_tilt,
            y_axis_label,
            y_max,
            y_min,
        )

        if not d.keys() <= _FIELDS:
            line_chart_widget.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return line_chart_widget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        end_time_type_0 = datetime.datetime.fromisoformat(data)

        return end_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        start_time_type_0 = datetime.datetime.fromisoformat(data)

        return start_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, WidgetPlot
    from ..models.widget_plot import WidgetPlot  # noqa: PLC0415

    _LAZY_PENDING = False

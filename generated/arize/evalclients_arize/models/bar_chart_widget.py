from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_plot import WidgetPlot


T = TypeVar("T", bound="BarChartWidget")
_FIELDS = frozenset(
    {
        "bin_option",
        "created_at",
        "creation_status",
        "creator_user_id",
        "custom_bins",
        "dashboard_id",
        "end_time",
        "font_size",
        "grid_position",
        "id",
        "is_normalized",
        "is_stacked",
        "legend_placement",
        "num_bins",
        "overwrite_global_time",
        "performance_metric",
        "plots",
        "quantiles",
        "show_legend",
        "sort_order",
        "start_time",
        "time_range_key",
        "time_series_data_granularity",
        "timezone",
        "title",
        "top_n",
        "type",
        "x_axis_label",
        "x_axis_tilt",
        "y_axis_label",
        "y_max",
        "y_min",
    }
)


@_attrs_define
class BarChartWidget:
    """A dashboard widget that compares metric values across categories.

    Attributes:
        bin_option (None | str | Unset): Saved binning strategy for numeric values.
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        custom_bins (list[float] | None | Unset): Custom numeric bin boundaries.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        end_time (datetime.datetime | None | Unset): Widget-specific range end, or null when the dashboard range
            applies.
        font_size (None | str | Unset): Saved chart font-size setting.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        id (str | Unset): Unique identifier for the widget.
        is_normalized (bool | Unset): Whether values are normalized before display.
        is_stacked (bool | Unset): Whether series are stacked in each category.
        legend_placement (None | str | Unset): Saved placement of the chart legend.
        num_bins (int | None | Unset): Number of bins used when values are grouped numerically.
        overwrite_global_time (bool | None | Unset): Whether this widget uses its own time range instead of the
            dashboard range.
        performance_metric (None | str | Unset): Performance metric displayed by the chart.
        plots (list[WidgetPlot] | Unset): Metric series displayed by the widget.
        quantiles (list[float] | None | Unset): Quantile boundaries used to group values.
        show_legend (bool | None | Unset): Whether the legend is shown, or null to use the default.
        sort_order (None | str | Unset): Saved ordering of chart categories.
        start_time (datetime.datetime | None | Unset): Widget-specific range start, or null when the dashboard range
            applies.
        time_range_key (None | str | Unset): Saved relative time-range selection.
        time_series_data_granularity (None | str | Unset): Saved aggregation interval for time-series values.
        timezone (None | str | Unset): Timezone used to display time-series values.
        title (str | Unset): Display title of the widget.
        top_n (int | None | Unset): Maximum number of categories displayed.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
        x_axis_label (None | str | Unset): Custom x-axis label, or null to use the default.
        x_axis_tilt (None | str | Unset): Saved rotation setting for x-axis labels.
        y_axis_label (None | str | Unset): Custom y-axis label, or null to use the default.
        y_max (float | None | Unset): Maximum value displayed on the y-axis, or null for automatic scaling.
        y_min (float | None | Unset): Minimum value displayed on the y-axis, or null for automatic scaling.
    """

    bin_option: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    custom_bins: list[float] | None | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    font_size: None | str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    id: str | Unset = UNSET
    is_normalized: bool | Unset = UNSET
    is_stacked: bool | Unset = UNSET
    legend_placement: None | str | Unset = UNSET
    num_bins: int | None | Unset = UNSET
    overwrite_global_time: bool | None | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    plots: list[WidgetPlot] | Unset = UNSET
    quantiles: list[float] | None | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    sort_order: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    time_range_key: None | str | Unset = UNSET
    time_series_data_granularity: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    title: str | Unset = UNSET
    top_n: int | None | Unset = UNSET
    type_: WidgetType | Unset = UNSET
    x_axis_label: None | str | Unset = UNSET
    x_axis_tilt: None | str | Unset = UNSET
    y_axis_label: None | str | Unset = UNSET
    y_max: float | None | Unset = UNSET
    y_min: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        bin_option: None | str | Unset
        if isinstance(self.bin_option, Unset):
            bin_option = UNSET
        else:
            bin_option = self.bin_option

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        creation_status: str | Unset = UNSET
        if not isinstance(self.creation_status, Unset):
            creation_status = self.creation_status

        creator_user_id = self.creator_user_id

        custom_bins: list[float] | None | Unset
        if isinstance(self.custom_bins, Unset):
            custom_bins = UNSET
        elif isinstance(self.custom_bins, list):
            custom_bins = self.custom_bins

        else:
            custom_bins = self.custom_bins

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

        is_normalized = self.is_normalized

        is_stacked = self.is_stacked

        legend_placement: None | str | Unset
        if isinstance(self.legend_placement, Unset):
            legend_placement = UNSET
        else:
            legend_placement = self.legend_placement

        num_bins: int | None | Unset
        if isinstance(self.num_bins, Unset):
            num_bins = UNSET
        else:
            num_bins = self.num_bins

        overwrite_global_time: bool | None | Unset
        if isinstance(self.overwrite_global_time, Unset):
            overwrite_global_time = UNSET
        else:
            overwrite_global_time = self.overwrite_global_time

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

        plots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plots, Unset):
            plots = []
            for plots_item_data in self.plots:
                plots_item = plots_item_data.to_dict()
                plots.append(plots_item)

        quantiles: list[float] | None | Unset
        if isinstance(self.quantiles, Unset):
            quantiles = UNSET
        elif isinstance(self.quantiles, list):
            quantiles = self.quantiles

        else:
            quantiles = self.quantiles

        show_legend: bool | None | Unset
        if isinstance(self.show_legend, Unset):
            show_legend = UNSET
        else:
            show_legend = self.show_legend

        sort_order: None | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

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

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        title = self.title

        top_n: int | None | Unset
        if isinstance(self.top_n, Unset):
            top_n = UNSET
        else:
            top_n = self.top_n

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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
        if bin_option is not UNSET:
            field_dict["bin_option"] = bin_option
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if custom_bins is not UNSET:
            field_dict["custom_bins"] = custom_bins
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
        if is_normalized is not UNSET:
            field_dict["is_normalized"] = is_normalized
        if is_stacked is not UNSET:
            field_dict["is_stacked"] = is_stacked
        if legend_placement is not UNSET:
            field_dict["legend_placement"] = legend_placement
        if num_bins is not UNSET:
            field_dict["num_bins"] = num_bins
        if overwrite_global_time is not UNSET:
            field_dict["overwrite_global_time"] = overwrite_global_time
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric
        if plots is not UNSET:
            field_dict["plots"] = plots
        if quantiles is not UNSET:
            field_dict["quantiles"] = quantiles
        if show_legend is not UNSET:
            field_dict["show_legend"] = show_legend
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if time_range_key is not UNSET:
            field_dict["time_range_key"] = time_range_key
        if time_series_data_granularity is not UNSET:
            field_dict["time_series_data_granularity"] = time_series_data_granularity
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        bin_option: None | str | Unset = d.get("bin_option", UNSET)

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

        custom_bins = _parse_custom_bins(d.get("custom_bins", UNSET))

        dashboard_id = d.get("dashboard_id", UNSET)

        end_time = _parse_end_time(d.get("end_time", UNSET))

        font_size: None | str | Unset = d.get("font_size", UNSET)

        grid_position: list[int] = d.get("grid_position", UNSET)

        id = d.get("id", UNSET)

        is_normalized = d.get("is_normalized", UNSET)

        is_stacked = d.get("is_stacked", UNSET)

        legend_placement: None | str | Unset = d.get("legend_placement", UNSET)

        num_bins: int | None | Unset = d.get("num_bins", UNSET)

        overwrite_global_time: bool | None | Unset = d.get("overwrite_global_time", UNSET)

        performance_metric: None | str | Unset = d.get("performance_metric", UNSET)

        _plots = d.get("plots", UNSET)
        plots: list[WidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = [WidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots]

        quantiles = _parse_quantiles(d.get("quantiles", UNSET))

        show_legend: bool | None | Unset = d.get("show_legend", UNSET)

        sort_order: None | str | Unset = d.get("sort_order", UNSET)

        start_time = _parse_start_time(d.get("start_time", UNSET))

        time_range_key: None | str | Unset = d.get("time_range_key", UNSET)

        time_series_data_granularity: None | str | Unset = d.get(
            "time_series_data_granularity", UNSET
        )

        timezone: None | str | Unset = d.get("timezone", UNSET)

        title = d.get("title", UNSET)

        top_n: int | None | Unset = d.get("top_n", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        x_axis_label: None | str | Unset = d.get("x_axis_label", UNSET)

        x_axis_tilt: None | str | Unset = d.get("x_axis_tilt", UNSET)

        y_axis_label: None | str | Unset = d.get("y_axis_label", UNSET)

        y_max: float | None | Unset = d.get("y_max", UNSET)

        y_min: float | None | Unset = d.get("y_min", UNSET)

        bar_chart_widget = cls(
            bin_option,
            created_at,
            creation_status,
            creator_user_id,
            custom_bins,
            dashboard_id,
            end_time,
            font_size,
            grid_position,
            id,
            is_normalized,
            is_stacked,
            legend_placement,
            num_bins,
            overwrite_global_time,
            performance_metric,
            plots,
            quantiles,
            show_legend,
            sort_order,
            start_time,
            time_range_key,
            time_series_data_granularity,
            timezone,
            title,
            top_n,
            type_,
            x_axis_label,
            x_axis_tilt,
            y_axis_label,
            y_max,
            y_min,
        )

        if not d.keys() <= _FIELDS:
            bar_chart_widget.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return bar_chart_widget

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


def _parse_custom_bins(data: object) -> list[float] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        custom_bins_type_0: list[float] = data

        return custom_bins_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[float] | None | Unset, data)


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


def _parse_quantiles(data: object) -> list[float] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        quantiles_type_0: list[float] = data

        return quantiles_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[float] | None | Unset, data)


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

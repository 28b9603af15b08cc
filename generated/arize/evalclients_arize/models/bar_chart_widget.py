from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import only_ints as _only_ints
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_plot import WidgetPlot


T = TypeVar("T", bound="BarChartWidget")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "bin_option",
        "bin_option",
        False,
        0,
        "bin_option: None | str | Unset = _j_bin_option\n\nif not (bin_option is None or type(bin_option) is str or bin_option is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "creation_status",
        "creation_status",
        False,
        0,
        "_creation_status = _j_creation_status\ncreation_status: WidgetCreationStatus | Unset\nif _creation_status is UNSET:\n    creation_status = UNSET\nelse:\n    creation_status = check_widget_creation_status(_creation_status)",
    ),
    (
        "creator_user_id",
        "creator_user_id",
        False,
        0,
        "creator_user_id = _j_creator_user_id\nif not (type(creator_user_id) is str or creator_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "custom_bins",
        "custom_bins",
        False,
        0,
        "_custom_bins = _j_custom_bins\ncustom_bins = _custom_bins if _custom_bins is None or _custom_bins is UNSET else _parse_custom_bins(_custom_bins)",
    ),
    (
        "dashboard_id",
        "dashboard_id",
        False,
        0,
        "dashboard_id = _j_dashboard_id\nif not (type(dashboard_id) is str or dashboard_id is UNSET):\n    raise TypeError",
    ),
    ("end_time", "_end_time_slot", False, 2, ""),
    (
        "font_size",
        "font_size",
        False,
        0,
        "font_size: None | str | Unset = _j_font_size\n\nif not (font_size is None or type(font_size) is str or font_size is UNSET):\n    raise TypeError",
    ),
    (
        "grid_position",
        "grid_position",
        False,
        0,
        "grid_position: list[int] = _j_grid_position\n\nif not ((type(grid_position) is list and _only_ints(map(type, grid_position))) or grid_position is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "is_normalized",
        "is_normalized",
        False,
        0,
        "is_normalized = _j_is_normalized\nif not (type(is_normalized) is bool or is_normalized is UNSET):\n    raise TypeError",
    ),
    (
        "is_stacked",
        "is_stacked",
        False,
        0,
        "is_stacked = _j_is_stacked\nif not (type(is_stacked) is bool or is_stacked is UNSET):\n    raise TypeError",
    ),
    (
        "legend_placement",
        "legend_placement",
        False,
        0,
        "legend_placement: None | str | Unset = _j_legend_placement\n\nif not (legend_placement is None or type(legend_placement) is str or legend_placement is UNSET):\n    raise TypeError",
    ),
    (
        "num_bins",
        "num_bins",
        False,
        0,
        "num_bins: int | None | Unset = _j_num_bins\n\nif not (num_bins is None or type(num_bins) is int or num_bins is UNSET):\n    raise TypeError",
    ),
    (
        "overwrite_global_time",
        "overwrite_global_time",
        False,
        0,
        "overwrite_global_time: bool | None | Unset = _j_overwrite_global_time\n\nif not (overwrite_global_time is None or type(overwrite_global_time) is bool or overwrite_global_time is UNSET):\n    raise TypeError",
    ),
    (
        "performance_metric",
        "performance_metric",
        False,
        0,
        "performance_metric: None | str | Unset = _j_performance_metric\n\nif not (performance_metric is None or type(performance_metric) is str or performance_metric is UNSET):\n    raise TypeError",
    ),
    ("plots", "_plots_slot", False, 4, ""),
    (
        "quantiles",
        "quantiles",
        False,
        0,
        "_quantiles = _j_quantiles\nquantiles = _quantiles if _quantiles is None or _quantiles is UNSET else _parse_quantiles(_quantiles)",
    ),
    (
        "show_legend",
        "show_legend",
        False,
        0,
        "show_legend: bool | None | Unset = _j_show_legend\n\nif not (show_legend is None or type(show_legend) is bool or show_legend is UNSET):\n    raise TypeError",
    ),
    (
        "sort_order",
        "sort_order",
        False,
        0,
        "sort_order: None | str | Unset = _j_sort_order\n\nif not (sort_order is None or type(sort_order) is str or sort_order is UNSET):\n    raise TypeError",
    ),
    ("start_time", "_start_time_slot", False, 8, ""),
    (
        "time_range_key",
        "time_range_key",
        False,
        0,
        "time_range_key: None | str | Unset = _j_time_range_key\n\nif not (time_range_key is None or type(time_range_key) is str or time_range_key is UNSET):\n    raise TypeError",
    ),
    (
        "time_series_data_granularity",
        "time_series_data_granularity",
        False,
        0,
        "time_series_data_granularity: None | str | Unset = _j_time_series_data_granularity\n\nif not (time_series_data_granularity is None or type(time_series_data_granularity) is str or time_series_data_granularity is UNSET):\n    raise TypeError",
    ),
    (
        "timezone",
        "timezone",
        False,
        0,
        "timezone: None | str | Unset = _j_timezone\n\nif not (timezone is None or type(timezone) is str or timezone is UNSET):\n    raise TypeError",
    ),
    (
        "title",
        "title",
        False,
        0,
        "title = _j_title\nif not (type(title) is str or title is UNSET):\n    raise TypeError",
    ),
    (
        "top_n",
        "top_n",
        False,
        0,
        "top_n: int | None | Unset = _j_top_n\n\nif not (top_n is None or type(top_n) is int or top_n is UNSET):\n    raise TypeError",
    ),
    (
        "type",
        "type_",
        False,
        0,
        "_type_ = _j_type_\ntype_: WidgetType | Unset\nif _type_ is UNSET:\n    type_ = UNSET\nelse:\n    type_ = check_widget_type(_type_)",
    ),
    (
        "x_axis_label",
        "x_axis_label",
        False,
        0,
        "x_axis_label: None | str | Unset = _j_x_axis_label\n\nif not (x_axis_label is None or type(x_axis_label) is str or x_axis_label is UNSET):\n    raise TypeError",
    ),
    (
        "x_axis_tilt",
        "x_axis_tilt",
        False,
        0,
        "x_axis_tilt: None | str | Unset = _j_x_axis_tilt\n\nif not (x_axis_tilt is None or type(x_axis_tilt) is str or x_axis_tilt is UNSET):\n    raise TypeError",
    ),
    (
        "y_axis_label",
        "y_axis_label",
        False,
        0,
        "y_axis_label: None | str | Unset = _j_y_axis_label\n\nif not (y_axis_label is None or type(y_axis_label) is str or y_axis_label is UNSET):\n    raise TypeError",
    ),
    (
        "y_max",
        "y_max",
        False,
        0,
        "y_max: float | None | Unset = _j_y_max\n\nif not (y_max is None or type(y_max) is float or type(y_max) is int or y_max is UNSET):\n    raise TypeError",
    ),
    (
        "y_min",
        "y_min",
        False,
        0,
        "y_min: float | None | Unset = _j_y_min\n\nif not (y_min is None or type(y_min) is float or type(y_min) is int or y_min is UNSET):\n    raise TypeError",
    ),
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        bin_option: None | str | Unset
        if isinstance(self.bin_option, Unset):
            bin_option = UNSET
        else:
            bin_option = self.bin_option

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        try:
            creation_status: str | Unset = UNSET
            if not isinstance(self.creation_status, Unset):
                creation_status = self.creation_status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            creation_status = _as_json(self.creation_status)

        creator_user_id = self.creator_user_id

        try:
            custom_bins: list[float] | None | Unset
            if isinstance(self.custom_bins, Unset):
                custom_bins = UNSET
            elif isinstance(self.custom_bins, list):
                custom_bins = self.custom_bins

            else:
                custom_bins = self.custom_bins
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            custom_bins = _as_json(self.custom_bins)

        dashboard_id = self.dashboard_id

        try:
            end_time: None | str | Unset
            if isinstance(self.end_time, Unset):
                end_time = UNSET
            elif isinstance(self.end_time, datetime.datetime):
                end_time = self.end_time.isoformat()
            else:
                end_time = self.end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            end_time = _as_json(self.end_time)

        font_size: None | str | Unset
        if isinstance(self.font_size, Unset):
            font_size = UNSET
        else:
            font_size = self.font_size

        try:
            grid_position: list[int] | Unset = UNSET
            if not isinstance(self.grid_position, Unset):
                grid_position = self.grid_position

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            grid_position = _as_json(self.grid_position)

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

        try:
            plots: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.plots, Unset):
                plots = []
                for plots_item_data in self.plots:
                    plots_item = plots_item_data.to_dict()
                    plots.append(plots_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            plots = _as_json(self.plots)

        try:
            quantiles: list[float] | None | Unset
            if isinstance(self.quantiles, Unset):
                quantiles = UNSET
            elif isinstance(self.quantiles, list):
                quantiles = self.quantiles

            else:
                quantiles = self.quantiles
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            quantiles = _as_json(self.quantiles)

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

        try:
            start_time: None | str | Unset
            if isinstance(self.start_time, Unset):
                start_time = UNSET
            elif isinstance(self.start_time, datetime.datetime):
                start_time = self.start_time.isoformat()
            else:
                start_time = self.start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start_time = _as_json(self.start_time)

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

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            bin_option: None | str | Unset = d.get("bin_option", UNSET)

            if not (bin_option is None or type(bin_option) is str or bin_option is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            bin_option, _drifted = _keep(cls, d, "bin_option", "None | str", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            _creation_status = d.get("creation_status", UNSET)
            creation_status: WidgetCreationStatus | Unset
            if _creation_status is UNSET:
                creation_status = UNSET
            else:
                creation_status = check_widget_creation_status(_creation_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            creation_status, _drifted = _keep(
                cls, d, "creation_status", "one of DRAFT, PUBLISHED", "enum", _drifted
            )

        try:
            creator_user_id = d.get("creator_user_id", UNSET)
            if not (type(creator_user_id) is str or creator_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            creator_user_id, _drifted = _keep(cls, d, "creator_user_id", "str", "type", _drifted)

        try:
            _custom_bins = d.get("custom_bins", UNSET)
            custom_bins = (
                _custom_bins
                if _custom_bins is None or _custom_bins is UNSET
                else _parse_custom_bins(_custom_bins)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            custom_bins, _drifted = _keep(
                cls, d, "custom_bins", "list[float] | None", "union", _drifted
            )

        try:
            dashboard_id = d.get("dashboard_id", UNSET)
            if not (type(dashboard_id) is str or dashboard_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dashboard_id, _drifted = _keep(cls, d, "dashboard_id", "str", "type", _drifted)

        _end_time_raw = d.get("end_time", UNSET)
        if _end_time_raw is UNSET:
            end_time = UNSET
        elif not _strict:
            end_time = _end_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _end_time = d.get("end_time", UNSET)
                end_time = (
                    _end_time
                    if _end_time is None or _end_time is UNSET
                    else datetime.datetime.fromisoformat(_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                end_time, _drifted = _keep(
                    cls, d, "end_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            font_size: None | str | Unset = d.get("font_size", UNSET)

            if not (font_size is None or type(font_size) is str or font_size is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            font_size, _drifted = _keep(cls, d, "font_size", "None | str", "type", _drifted)

        try:
            grid_position: list[int] = d.get("grid_position", UNSET)

            if not (
                (type(grid_position) is list and _only_ints(map(type, grid_position)))
                or grid_position is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grid_position, _drifted = _keep(cls, d, "grid_position", "list[int]", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            is_normalized = d.get("is_normalized", UNSET)
            if not (type(is_normalized) is bool or is_normalized is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_normalized, _drifted = _keep(cls, d, "is_normalized", "bool", "type", _drifted)

        try:
            is_stacked = d.get("is_stacked", UNSET)
            if not (type(is_stacked) is bool or is_stacked is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_stacked, _drifted = _keep(cls, d, "is_stacked", "bool", "type", _drifted)

        try:
            legend_placement: None | str | Unset = d.get("legend_placement", UNSET)

            if not (
                legend_placement is None
                or type(legend_placement) is str
                or legend_placement is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            legend_placement, _drifted = _keep(
                cls, d, "legend_placement", "None | str", "type", _drifted
            )

        try:
            num_bins: int | None | Unset = d.get("num_bins", UNSET)

            if not (num_bins is None or type(num_bins) is int or num_bins is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_bins, _drifted = _keep(cls, d, "num_bins", "int | None", "type", _drifted)

        try:
            overwrite_global_time: bool | None | Unset = d.get("overwrite_global_time", UNSET)

            if not (
                overwrite_global_time is None
                or type(overwrite_global_time) is bool
                or overwrite_global_time is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            overwrite_global_time, _drifted = _keep(
                cls, d, "overwrite_global_time", "bool | None", "type", _drifted
            )

        try:
            performance_metric: None | str | Unset = d.get("performance_metric", UNSET)

            if not (
                performance_metric is None
                or type(performance_metric) is str
                or performance_metric is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            performance_metric, _drifted = _keep(
                cls, d, "performance_metric", "None | str", "type", _drifted
            )

        _plots_raw = d.get("plots", UNSET)
        if _plots_raw is UNSET:
            plots = UNSET
        elif not _strict:
            plots = _plots_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _plots = d.get("plots", UNSET)
                plots: list[WidgetPlot] | Unset = UNSET
                if _plots is not UNSET:
                    plots = [WidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                plots, _drifted = _keep_each(
                    cls,
                    d,
                    "plots",
                    "list[WidgetPlot]",
                    "type",
                    lambda plots_item_data: WidgetPlot.from_dict(plots_item_data),
                    _drifted,
                )

        try:
            _quantiles = d.get("quantiles", UNSET)
            quantiles = (
                _quantiles
                if _quantiles is None or _quantiles is UNSET
                else _parse_quantiles(_quantiles)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            quantiles, _drifted = _keep(
                cls, d, "quantiles", "list[float] | None", "union", _drifted
            )

        try:
            show_legend: bool | None | Unset = d.get("show_legend", UNSET)

            if not (show_legend is None or type(show_legend) is bool or show_legend is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            show_legend, _drifted = _keep(cls, d, "show_legend", "bool | None", "type", _drifted)

        try:
            sort_order: None | str | Unset = d.get("sort_order", UNSET)

            if not (sort_order is None or type(sort_order) is str or sort_order is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            sort_order, _drifted = _keep(cls, d, "sort_order", "None | str", "type", _drifted)

        _start_time_raw = d.get("start_time", UNSET)
        if _start_time_raw is UNSET:
            start_time = UNSET
        elif not _strict:
            start_time = _start_time_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _start_time = d.get("start_time", UNSET)
                start_time = (
                    _start_time
                    if _start_time is None or _start_time is UNSET
                    else datetime.datetime.fromisoformat(_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start_time, _drifted = _keep(
                    cls, d, "start_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            time_range_key: None | str | Unset = d.get("time_range_key", UNSET)

            if not (
                time_range_key is None or type(time_range_key) is str or time_range_key is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_range_key, _drifted = _keep(
                cls, d, "time_range_key", "None | str", "type", _drifted
            )

        try:
            time_series_data_granularity: None | str | Unset = d.get(
                "time_series_data_granularity", UNSET
            )

            if not (
                time_series_data_granularity is None
                or type(time_series_data_granularity) is str
                or time_series_data_granularity is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_series_data_granularity, _drifted = _keep(
                cls, d, "time_series_data_granularity", "None | str", "type", _drifted
            )

        try:
            timezone: None | str | Unset = d.get("timezone", UNSET)

            if not (timezone is None or type(timezone) is str or timezone is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            timezone, _drifted = _keep(cls, d, "timezone", "None | str", "type", _drifted)

        try:
            title = d.get("title", UNSET)
            if not (type(title) is str or title is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            title, _drifted = _keep(cls, d, "title", "str", "type", _drifted)

        try:
            top_n: int | None | Unset = d.get("top_n", UNSET)

            if not (top_n is None or type(top_n) is int or top_n is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_n, _drifted = _keep(cls, d, "top_n", "int | None", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: WidgetType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_widget_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls,
                d,
                "type",
                "one of BAR_CHART, EXPERIMENT_CHART, LINE_CHART, PIVOT_TABLE, STATISTIC, TEXT",
                "enum",
                _drifted,
            )

        try:
            x_axis_label: None | str | Unset = d.get("x_axis_label", UNSET)

            if not (x_axis_label is None or type(x_axis_label) is str or x_axis_label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            x_axis_label, _drifted = _keep(cls, d, "x_axis_label", "None | str", "type", _drifted)

        try:
            x_axis_tilt: None | str | Unset = d.get("x_axis_tilt", UNSET)

            if not (x_axis_tilt is None or type(x_axis_tilt) is str or x_axis_tilt is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            x_axis_tilt, _drifted = _keep(cls, d, "x_axis_tilt", "None | str", "type", _drifted)

        try:
            y_axis_label: None | str | Unset = d.get("y_axis_label", UNSET)

            if not (y_axis_label is None or type(y_axis_label) is str or y_axis_label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            y_axis_label, _drifted = _keep(cls, d, "y_axis_label", "None | str", "type", _drifted)

        try:
            y_max: float | None | Unset = d.get("y_max", UNSET)

            if not (y_max is None or type(y_max) is float or type(y_max) is int or y_max is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            y_max, _drifted = _keep(cls, d, "y_max", "float | None", "type", _drifted)

        try:
            y_min: float | None | Unset = d.get("y_min", UNSET)

            if not (y_min is None or type(y_min) is float or type(y_min) is int or y_min is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            y_min, _drifted = _keep(cls, d, "y_min", "float | None", "type", _drifted)

        _bar_chart_widget_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _bar_chart_widget_.bin_option = bin_option
        _bar_chart_widget_._created_at_slot = created_at  # type: ignore[attr-defined]
        _bar_chart_widget_.creation_status = creation_status
        _bar_chart_widget_.creator_user_id = creator_user_id
        _bar_chart_widget_.custom_bins = custom_bins
        _bar_chart_widget_.dashboard_id = dashboard_id
        _bar_chart_widget_._end_time_slot = end_time  # type: ignore[attr-defined]
        _bar_chart_widget_.font_size = font_size
        _bar_chart_widget_.grid_position = grid_position
        _bar_chart_widget_.id = id
        _bar_chart_widget_.is_normalized = is_normalized
        _bar_chart_widget_.is_stacked = is_stacked
        _bar_chart_widget_.legend_placement = legend_placement
        _bar_chart_widget_.num_bins = num_bins
        _bar_chart_widget_.overwrite_global_time = overwrite_global_time
        _bar_chart_widget_.performance_metric = performance_metric
        _bar_chart_widget_._plots_slot = plots  # type: ignore[attr-defined]
        _bar_chart_widget_.quantiles = quantiles
        _bar_chart_widget_.show_legend = show_legend
        _bar_chart_widget_.sort_order = sort_order
        _bar_chart_widget_._start_time_slot = start_time  # type: ignore[attr-defined]
        _bar_chart_widget_.time_range_key = time_range_key
        _bar_chart_widget_.time_series_data_granularity = time_series_data_granularity
        _bar_chart_widget_.timezone = timezone
        _bar_chart_widget_.title = title
        _bar_chart_widget_.top_n = top_n
        _bar_chart_widget_.type_ = type_
        _bar_chart_widget_.x_axis_label = x_axis_label
        _bar_chart_widget_.x_axis_tilt = x_axis_tilt
        _bar_chart_widget_.y_axis_label = y_axis_label
        _bar_chart_widget_.y_max = y_max
        _bar_chart_widget_.y_min = y_min
        _bar_chart_widget_.additional_properties = {}
        _bar_chart_widget_._pending = _pending

        if _extra:
            _bar_chart_widget_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_bar_chart_widget_, _drifted)
        return _bar_chart_widget_

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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


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
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: BarChartWidget, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(BarChartWidget, "created_at", 1, _decode_created_at)


def _decode_end_time(self: BarChartWidget, raw: Any) -> Any:
    """``end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _end_time = raw
        end_time = (
            _end_time
            if _end_time is None or _end_time is UNSET
            else datetime.datetime.fromisoformat(_end_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        end_time, _drifted = _keep(
            type(self), {"end_time": raw}, "end_time", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return end_time


_lazy(BarChartWidget, "end_time", 2, _decode_end_time)


def _decode_plots(self: BarChartWidget, raw: Any) -> Any:
    """``plots`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _plots = raw
        plots: list[WidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = [WidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        plots, _drifted = _keep_each(
            type(self),
            {"plots": raw},
            "plots",
            "list[WidgetPlot]",
            "type",
            lambda plots_item_data: WidgetPlot.from_dict(plots_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return plots


_lazy(BarChartWidget, "plots", 4, _decode_plots)


def _decode_start_time(self: BarChartWidget, raw: Any) -> Any:
    """``start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start_time = raw
        start_time = (
            _start_time
            if _start_time is None or _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start_time, _drifted = _keep(
            type(self),
            {"start_time": raw},
            "start_time",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start_time


_lazy(BarChartWidget, "start_time", 8, _decode_start_time)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, WidgetPlot
    from ..models.widget_plot import WidgetPlot  # noqa: PLC0415

    _LAZY_PENDING = False

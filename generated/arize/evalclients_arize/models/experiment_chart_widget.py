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
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot


T = TypeVar("T", bound="ExperimentChartWidget")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "creation_status",
        "creator_user_id",
        "dashboard_id",
        "font_size",
        "grid_position",
        "id",
        "legend_placement",
        "plots",
        "show_legend",
        "title",
        "type",
        "x_axis_label",
        "x_axis_tilt",
        "y_max",
        "y_min",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
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
        "dashboard_id",
        "dashboard_id",
        False,
        0,
        "dashboard_id = _j_dashboard_id\nif not (type(dashboard_id) is str or dashboard_id is UNSET):\n    raise TypeError",
    ),
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
        "legend_placement",
        "legend_placement",
        False,
        0,
        "legend_placement: None | str | Unset = _j_legend_placement\n\nif not (legend_placement is None or type(legend_placement) is str or legend_placement is UNSET):\n    raise TypeError",
    ),
    ("plots", "_plots_slot", False, 2, ""),
    (
        "show_legend",
        "show_legend",
        False,
        0,
        "show_legend: bool | None | Unset = _j_show_legend\n\nif not (show_legend is None or type(show_legend) is bool or show_legend is UNSET):\n    raise TypeError",
    ),
    (
        "title",
        "title",
        False,
        0,
        "title = _j_title\nif not (type(title) is str or title is UNSET):\n    raise TypeError",
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
class ExperimentChartWidget:
    """A dashboard widget that compares evaluation metrics across experiments.

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the widget was created.
        creation_status (WidgetCreationStatus | Unset): Whether the widget is still being edited or is available in the
            dashboard.
        creator_user_id (str | Unset): Unique identifier for the user who created the widget.
        dashboard_id (str | Unset): Unique identifier for the dashboard containing the widget.
        font_size (None | str | Unset): Saved chart font-size setting.
        grid_position (list[int] | Unset): Position and size of the widget in the dashboard grid.
        id (str | Unset): Unique identifier for the widget.
        legend_placement (None | str | Unset): Saved placement of the chart legend.
        plots (list[ExperimentChartWidgetPlot] | Unset): Experiment metric series displayed by the widget.
        show_legend (bool | None | Unset): Whether the legend is shown, or null to use the default.
        title (str | Unset): Display title of the widget.
        type_ (WidgetType | Unset): The kind of dashboard widget and the configuration shape it uses.
        x_axis_label (None | str | Unset): Custom x-axis label, or null to use the default.
        x_axis_tilt (None | str | Unset): Saved rotation setting for x-axis labels.
        y_max (float | None | Unset): Maximum value displayed on the y-axis, or null for automatic scaling.
        y_min (float | None | Unset): Minimum value displayed on the y-axis, or null for automatic scaling.
    """

    created_at: datetime.datetime | Unset = UNSET
    creation_status: WidgetCreationStatus | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    font_size: None | str | Unset = UNSET
    grid_position: list[int] | Unset = UNSET
    id: str | Unset = UNSET
    legend_placement: None | str | Unset = UNSET
    plots: list[ExperimentChartWidgetPlot] | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    title: str | Unset = UNSET
    type_: WidgetType | Unset = UNSET
    x_axis_label: None | str | Unset = UNSET
    x_axis_tilt: None | str | Unset = UNSET
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

        dashboard_id = self.dashboard_id

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

        legend_placement: None | str | Unset
        if isinstance(self.legend_placement, Unset):
            legend_placement = UNSET
        else:
            legend_placement = self.legend_placement

        try:
            plots: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.plots, Unset):
                plots = []
                for plots_item_data in self.plots:
                    plots_item = plots_item_data.to_dict()
                    plots.append(plots_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            plots = _as_json(self.plots)

        show_legend: bool | None | Unset
        if isinstance(self.show_legend, Unset):
            show_legend = UNSET
        else:
            show_legend = self.show_legend

        title = self.title

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
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if grid_position is not UNSET:
            field_dict["grid_position"] = grid_position
        if id is not UNSET:
            field_dict["id"] = id
        if legend_placement is not UNSET:
            field_dict["legend_placement"] = legend_placement
        if plots is not UNSET:
            field_dict["plots"] = plots
        if show_legend is not UNSET:
            field_dict["show_legend"] = show_legend
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if x_axis_label is not UNSET:
            field_dict["x_axis_label"] = x_axis_label
        if x_axis_tilt is not UNSET:
            field_dict["x_axis_tilt"] = x_axis_tilt
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
            dashboard_id = d.get("dashboard_id", UNSET)
            if not (type(dashboard_id) is str or dashboard_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dashboard_id, _drifted = _keep(cls, d, "dashboard_id", "str", "type", _drifted)

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

        _plots_raw = d.get("plots", UNSET)
        if _plots_raw is UNSET:
            plots = UNSET
        elif not _strict:
            plots = _plots_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _plots = d.get("plots", UNSET)
                plots: list[ExperimentChartWidgetPlot] | Unset = UNSET
                if _plots is not UNSET:
                    plots = [
                        ExperimentChartWidgetPlot.from_dict(plots_item_data)
                        for plots_item_data in _plots
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                plots, _drifted = _keep_each(
                    cls,
                    d,
                    "plots",
                    "list[ExperimentChartWidgetPlot]",
                    "type",
                    lambda plots_item_data: ExperimentChartWidgetPlot.from_dict(plots_item_data),
                    _drifted,
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
            title = d.get("title", UNSET)
            if not (type(title) is str or title is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            title, _drifted = _keep(cls, d, "title", "str", "type", _drifted)

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

        _experiment_chart_widget_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_chart_widget_._created_at_slot = created_at  # type: ignore[attr-defined]
        _experiment_chart_widget_.creation_status = creation_status
        _experiment_chart_widget_.creator_user_id = creator_user_id
        _experiment_chart_widget_.dashboard_id = dashboard_id
        _experiment_chart_widget_.font_size = font_size
        _experiment_chart_widget_.grid_position = grid_position
        _experiment_chart_widget_.id = id
        _experiment_chart_widget_.legend_placement = legend_placement
        _experiment_chart_widget_._plots_slot = plots  # type: ignore[attr-defined]
        _experiment_chart_widget_.show_legend = show_legend
        _experiment_chart_widget_.title = title
        _experiment_chart_widget_.type_ = type_
        _experiment_chart_widget_.x_axis_label = x_axis_label
        _experiment_chart_widget_.x_axis_tilt = x_axis_tilt
        _experiment_chart_widget_.y_max = y_max
        _experiment_chart_widget_.y_min = y_min
        _experiment_chart_widget_.additional_properties = {}
        _experiment_chart_widget_._pending = _pending

        if _extra:
            _experiment_chart_widget_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_chart_widget_, _drifted)
        return _experiment_chart_widget_

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


def _decode_created_at(self: ExperimentChartWidget, raw: Any) -> Any:
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


_lazy(ExperimentChartWidget, "created_at", 1, _decode_created_at)


def _decode_plots(self: ExperimentChartWidget, raw: Any) -> Any:
    """``plots`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _plots = raw
        plots: list[ExperimentChartWidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = [
                ExperimentChartWidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        plots, _drifted = _keep_each(
            type(self),
            {"plots": raw},
            "plots",
            "list[ExperimentChartWidgetPlot]",
            "type",
            lambda plots_item_data: ExperimentChartWidgetPlot.from_dict(plots_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return plots


_lazy(ExperimentChartWidget, "plots", 2, _decode_plots)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentChartWidgetPlot
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_creation_status import WidgetCreationStatus, check_widget_creation_status
from ..models.widget_type import WidgetType, check_widget_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot


T = TypeVar("T", bound="ExperimentChartWidget")
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

        title = self.title

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

        font_size: None | str | Unset = d.get("font_size", UNSET)

        grid_position: list[int] = d.get("grid_position", UNSET)

        id = d.get("id", UNSET)

        legend_placement: None | str | Unset = d.get("legend_placement", UNSET)

        _plots = d.get("plots", UNSET)
        plots: list[ExperimentChartWidgetPlot] | Unset = UNSET
        if _plots is not UNSET:
            plots = [
                ExperimentChartWidgetPlot.from_dict(plots_item_data) for plots_item_data in _plots
            ]

        show_legend: bool | None | Unset = d.get("show_legend", UNSET)

        title = d.get("title", UNSET)

        _type_ = d.get("type", UNSET)
        type_: WidgetType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_widget_type(_type_)

        x_axis_label: None | str | Unset = d.get("x_axis_label", UNSET)

        x_axis_tilt: None | str | Unset = d.get("x_axis_tilt", UNSET)

        y_max: float | None | Unset = d.get("y_max", UNSET)

        y_min: float | None | Unset = d.get("y_min", UNSET)

        experiment_chart_widget = cls(
            created_at,
            creation_status,
            creator_user_id,
            dashboard_id,
            font_size,
            grid_position,
            id,
            legend_placement,
            plots,
            show_legend,
            title,
            type_,
            x_axis_label,
            x_axis_tilt,
            y_max,
            y_min,
        )

        if not d.keys() <= _FIELDS:
            experiment_chart_widget.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_chart_widget

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentChartWidgetPlot
    from ..models.experiment_chart_widget_plot import ExperimentChartWidgetPlot  # noqa: PLC0415

    _LAZY_PENDING = False

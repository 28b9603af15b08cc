from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentChartWidgetPlot")
_FIELDS = frozenset(
    {
        "dataset_id",
        "id",
        "performance_metric",
        "position",
        "title",
    }
)


@_attrs_define
class ExperimentChartWidgetPlot:
    """One experiment metric series displayed by an experiment chart widget.

    Attributes:
        dataset_id (str | Unset): Dataset whose experiments are represented by the plot.
        id (str | Unset): Unique identifier for the plot.
        performance_metric (None | str | Unset): Performance metric represented by the plot.
        position (int | Unset): Display order of the plot within the widget.
        title (str | Unset): Display title of the plot.
    """

    dataset_id: str | Unset = UNSET
    id: str | Unset = UNSET
    performance_metric: None | str | Unset = UNSET
    position: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        id = self.id

        performance_metric: None | str | Unset
        if isinstance(self.performance_metric, Unset):
            performance_metric = UNSET
        else:
            performance_metric = self.performance_metric

        position = self.position

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if id is not UNSET:
            field_dict["id"] = id
        if performance_metric is not UNSET:
            field_dict["performance_metric"] = performance_metric
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d.get("dataset_id", UNSET)

        id = d.get("id", UNSET)

        performance_metric: None | str | Unset = d.get("performance_metric", UNSET)

        position = d.get("position", UNSET)

        title = d.get("title", UNSET)

        experiment_chart_widget_plot = cls(
            dataset_id,
            id,
            performance_metric,
            position,
            title,
        )

        if not d.keys() <= _FIELDS:
            experiment_chart_widget_plot.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_chart_widget_plot

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

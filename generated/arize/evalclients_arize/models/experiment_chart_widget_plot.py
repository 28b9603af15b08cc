from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentChartWidgetPlot")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            dataset_id = d.get("dataset_id", UNSET)
            if not (type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

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

        try:
            position = d.get("position", UNSET)
            if not (type(position) is int or position is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            position, _drifted = _keep(cls, d, "position", "int", "type", _drifted)

        try:
            title = d.get("title", UNSET)
            if not (type(title) is str or title is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            title, _drifted = _keep(cls, d, "title", "str", "type", _drifted)

        _experiment_chart_widget_plot_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_chart_widget_plot_.dataset_id = dataset_id
        _experiment_chart_widget_plot_.id = id
        _experiment_chart_widget_plot_.performance_metric = performance_metric
        _experiment_chart_widget_plot_.position = position
        _experiment_chart_widget_plot_.title = title
        _experiment_chart_widget_plot_.additional_properties = {}

        if _extra:
            _experiment_chart_widget_plot_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_chart_widget_plot_, _drifted)
        return _experiment_chart_widget_plot_

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

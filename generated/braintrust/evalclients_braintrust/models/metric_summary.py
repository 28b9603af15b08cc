from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricSummary")
_FIELDS = frozenset(
    {
        "improvements",
        "metric",
        "name",
        "regressions",
        "unit",
        "diff",
    }
)


@_attrs_define
class MetricSummary:
    """Summary of a metric's performance

    Attributes:
        improvements (int): Number of improvements in the metric
        metric (float): Average metric across all examples
        name (str): Name of the metric
        regressions (int): Number of regressions in the metric
        unit (str): Unit label for the metric
        diff (float | Unset): Difference in metric between the current and comparison experiment
    """

    improvements: int
    metric: float
    name: str
    regressions: int
    unit: str
    diff: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        improvements = self.improvements

        metric = self.metric

        name = self.name

        regressions = self.regressions

        unit = self.unit

        diff = self.diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "improvements": improvements,
                "metric": metric,
                "name": name,
                "regressions": regressions,
                "unit": unit,
            }
        )
        if diff is not UNSET:
            field_dict["diff"] = diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        improvements = d["improvements"]

        metric = d["metric"]

        name = d["name"]

        regressions = d["regressions"]

        unit = d["unit"]

        diff = d.get("diff", UNSET)

        metric_summary = cls(
            improvements,
            metric,
            name,
            regressions,
            unit,
            diff,
        )

        if not d.keys() <= _FIELDS:
            metric_summary.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return metric_summary

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverallStats")
_FIELDS = frozenset(
    {
        "num_datapoints",
        "total_completed_human_evaluator_logs",
        "total_evaluator_logs",
        "total_human_evaluator_logs",
        "total_logs",
    }
)


@_attrs_define
class OverallStats:
    """
    Attributes:
        num_datapoints (int): The total number of Datapoints in the Evaluation Report's Dataset Version.
        total_completed_human_evaluator_logs (int): Number of human Evaluator Logs that hold a judgment.
        total_evaluator_logs (int): The total number of Evaluator Logs in the Evaluation Report.
        total_human_evaluator_logs (int): Number of human Evaluator Logs in the Evaluation.
        total_logs (int): The total number of Logs in the Evaluation Report.
    """

    num_datapoints: int
    total_completed_human_evaluator_logs: int
    total_evaluator_logs: int
    total_human_evaluator_logs: int
    total_logs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_datapoints = self.num_datapoints

        total_completed_human_evaluator_logs = self.total_completed_human_evaluator_logs

        total_evaluator_logs = self.total_evaluator_logs

        total_human_evaluator_logs = self.total_human_evaluator_logs

        total_logs = self.total_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_datapoints": num_datapoints,
                "total_completed_human_evaluator_logs": total_completed_human_evaluator_logs,
                "total_evaluator_logs": total_evaluator_logs,
                "total_human_evaluator_logs": total_human_evaluator_logs,
                "total_logs": total_logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        num_datapoints = d["num_datapoints"]

        total_completed_human_evaluator_logs = d["total_completed_human_evaluator_logs"]

        total_evaluator_logs = d["total_evaluator_logs"]

        total_human_evaluator_logs = d["total_human_evaluator_logs"]

        total_logs = d["total_logs"]

        overall_stats = cls(
            num_datapoints,
            total_completed_human_evaluator_logs,
            total_evaluator_logs,
            total_human_evaluator_logs,
            total_logs,
        )

        if not d.keys() <= _FIELDS:
            overall_stats.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return overall_stats

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

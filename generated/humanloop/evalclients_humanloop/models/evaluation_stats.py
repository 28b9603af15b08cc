from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_stats_response import RunStatsResponse


T = TypeVar("T", bound="EvaluationStats")
_FIELDS = frozenset(
    {
        "run_stats",
        "status",
        "progress",
        "report",
    }
)


@_attrs_define
class EvaluationStats:
    """Aggregate statistics of an Evaluation, per Run.

    Attributes:
        run_stats (list[RunStatsResponse]): Statistics of each Run.
        status (EvaluationStatus): Status of an evaluation.
        progress (str | Unset): Printable summary of the Evaluation's progress (e.g. for CI logs).
        report (str | Unset): Printable summary report of the Evaluation (e.g. for CI logs).
    """

    run_stats: list[RunStatsResponse]
    status: EvaluationStatus
    progress: str | Unset = UNSET
    report: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        run_stats = []
        for run_stats_item_data in self.run_stats:
            run_stats_item = run_stats_item_data.to_dict()
            run_stats.append(run_stats_item)

        status: str = self.status

        progress = self.progress

        report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_stats": run_stats,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        run_stats = [
            RunStatsResponse.from_dict(run_stats_item_data)
            for run_stats_item_data in d["run_stats"]
        ]

        status = check_evaluation_status(d["status"])

        progress = d.get("progress", UNSET)

        report = d.get("report", UNSET)

        evaluation_stats = cls(
            run_stats,
            status,
            progress,
            report,
        )

        if not d.keys() <= _FIELDS:
            evaluation_stats.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluation_stats

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
    global _LAZY_PENDING, RunStatsResponse
    from ..models.run_stats_response import RunStatsResponse  # noqa: PLC0415

    _LAZY_PENDING = False

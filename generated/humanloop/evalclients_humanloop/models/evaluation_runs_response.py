from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_run_response import EvaluationRunResponse


T = TypeVar("T", bound="EvaluationRunsResponse")
_FIELDS = frozenset(
    {
        "runs",
    }
)


@_attrs_define
class EvaluationRunsResponse:
    """All Runs of an Evaluation.

    Attributes:
        runs (list[EvaluationRunResponse]): The Runs in the Evaluation.
    """

    runs: list[EvaluationRunResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runs": runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        runs = [EvaluationRunResponse.from_dict(runs_item_data) for runs_item_data in d["runs"]]

        evaluation_runs_response = cls(
            runs,
        )

        if not d.keys() <= _FIELDS:
            evaluation_runs_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluation_runs_response

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
    global _LAZY_PENDING, EvaluationRunResponse
    from ..models.evaluation_run_response import EvaluationRunResponse  # noqa: PLC0415

    _LAZY_PENDING = False

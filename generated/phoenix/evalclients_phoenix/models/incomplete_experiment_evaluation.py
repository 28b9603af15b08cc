from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_example import DatasetExample
    from ..models.experiment_run import ExperimentRun


T = TypeVar("T", bound="IncompleteExperimentEvaluation")
_FIELDS = frozenset(
    {
        "dataset_example",
        "evaluation_names",
        "experiment_run",
    }
)


@_attrs_define
class IncompleteExperimentEvaluation:
    """Information about an experiment run with incomplete evaluations

    Attributes:
        dataset_example (DatasetExample):
        evaluation_names (list[str]): List of evaluation names that are incomplete (either missing or failed)
        experiment_run (ExperimentRun):
    """

    dataset_example: DatasetExample
    evaluation_names: list[str]
    experiment_run: ExperimentRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        dataset_example = self.dataset_example.to_dict()

        evaluation_names = self.evaluation_names

        experiment_run = self.experiment_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_example": dataset_example,
                "evaluation_names": evaluation_names,
                "experiment_run": experiment_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        dataset_example = DatasetExample.from_dict(d["dataset_example"])

        evaluation_names: list[str] = d["evaluation_names"]

        experiment_run = ExperimentRun.from_dict(d["experiment_run"])

        incomplete_experiment_evaluation = cls(
            dataset_example,
            evaluation_names,
            experiment_run,
        )

        if not d.keys() <= _FIELDS:
            incomplete_experiment_evaluation.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return incomplete_experiment_evaluation

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
    global _LAZY_PENDING, DatasetExample, ExperimentRun
    from ..models.dataset_example import DatasetExample  # noqa: PLC0415
    from ..models.experiment_run import ExperimentRun  # noqa: PLC0415

    _LAZY_PENDING = False

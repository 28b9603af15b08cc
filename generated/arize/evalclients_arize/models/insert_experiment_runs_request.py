from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_run_input import ExperimentRunInput


T = TypeVar("T", bound="InsertExperimentRunsRequest")
_FIELDS = frozenset(
    {
        "experiment_runs",
    }
)


@_attrs_define
class InsertExperimentRunsRequest:
    """InsertExperimentRunsRequest

    Attributes:
        experiment_runs (list[ExperimentRunInput]): Array of experiment run data to append to the experiment. Between 1
            and 1000 runs per request.
    """

    experiment_runs: list[ExperimentRunInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        experiment_runs = []
        for experiment_runs_item_data in self.experiment_runs:
            experiment_runs_item = experiment_runs_item_data.to_dict()
            experiment_runs.append(experiment_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_runs": experiment_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        experiment_runs = [
            ExperimentRunInput.from_dict(experiment_runs_item_data)
            for experiment_runs_item_data in d["experiment_runs"]
        ]

        insert_experiment_runs_request = cls(
            experiment_runs,
        )

        if not d.keys() <= _FIELDS:
            insert_experiment_runs_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return insert_experiment_runs_request

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
    global _LAZY_PENDING, ExperimentRunInput
    from ..models.experiment_run_input import ExperimentRunInput  # noqa: PLC0415

    _LAZY_PENDING = False

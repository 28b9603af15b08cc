from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentRun")
_FIELDS = frozenset(
    {
        "dataset_example_id",
        "end_time",
        "experiment_id",
        "id",
        "output",
        "repetition_number",
        "start_time",
        "error",
        "trace_id",
    }
)


@_attrs_define
class ExperimentRun:
    """
    Attributes:
        dataset_example_id (str): The ID of the dataset example used in the experiment run
        end_time (datetime.datetime): The end time of the experiment run
        experiment_id (str): The ID of the experiment
        id (str): The ID of the experiment run
        output (Any): The output of the experiment task
        repetition_number (int): The repetition number of the experiment run
        start_time (datetime.datetime): The start time of the experiment run
        error (None | str | Unset): Optional error message if the experiment run encountered an error
        trace_id (None | str | Unset): The ID of the corresponding trace (if one exists)
    """

    dataset_example_id: str
    end_time: datetime.datetime
    experiment_id: str
    id: str
    output: Any
    repetition_number: int
    start_time: datetime.datetime
    error: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_example_id = self.dataset_example_id

        end_time = self.end_time.isoformat()

        experiment_id = self.experiment_id

        id = self.id

        output = self.output

        repetition_number = self.repetition_number

        start_time = self.start_time.isoformat()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_example_id": dataset_example_id,
                "end_time": end_time,
                "experiment_id": experiment_id,
                "id": id,
                "output": output,
                "repetition_number": repetition_number,
                "start_time": start_time,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_example_id = d["dataset_example_id"]

        end_time = datetime.datetime.fromisoformat(d["end_time"])

        experiment_id = d["experiment_id"]

        id = d["id"]

        output = d["output"]

        repetition_number = d["repetition_number"]

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        error: None | str | Unset = d.get("error", UNSET)

        trace_id: None | str | Unset = d.get("trace_id", UNSET)

        experiment_run = cls(
            dataset_example_id,
            end_time,
            experiment_id,
            id,
            output,
            repetition_number,
            start_time,
            error,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            experiment_run.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return experiment_run

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

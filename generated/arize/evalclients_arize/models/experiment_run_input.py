from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExperimentRunInput")
_FIELDS = frozenset(
    {
        "example_id",
        "output",
    }
)


@_attrs_define
class ExperimentRunInput:
    """An experiment run with experiment data including outputs, evaluations, and trace metadata

    Attributes:
        example_id (str): ID of the dataset example associated with this experiment run
        output (str): output of the task for the matching example
    """

    example_id: str
    output: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        example_id = self.example_id

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "example_id": example_id,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        example_id = d["example_id"]

        output = d["output"]

        experiment_run_input = cls(
            example_id,
            output,
        )

        if not d.keys() <= _FIELDS:
            experiment_run_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_run_input

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

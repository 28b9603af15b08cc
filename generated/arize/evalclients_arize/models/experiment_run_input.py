from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentRunInput")
_FIELDS = frozenset(
    {
        "output",
        "example_id",
    }
)


@_attrs_define
class ExperimentRunInput:
    """An experiment run with experiment data including outputs, evaluations, and trace metadata

    Attributes:
        output (str): output of the task for the matching example
        example_id (None | str | Unset): ID of the dataset example associated with this experiment run. Provided when
            the experiment is associated with a dataset; omitted otherwise.
    """

    output: str
    example_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        example_id: None | str | Unset
        if isinstance(self.example_id, Unset):
            example_id = UNSET
        else:
            example_id = self.example_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if example_id is not UNSET:
            field_dict["example_id"] = example_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        output = d["output"]

        example_id: None | str | Unset = d.get("example_id", UNSET)

        experiment_run_input = cls(
            output,
            example_id,
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

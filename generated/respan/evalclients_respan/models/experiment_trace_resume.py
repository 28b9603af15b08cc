from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentTraceResume")
_FIELDS = frozenset(
    {
        "output",
    }
)


@_attrs_define
class ExperimentTraceResume:
    """Data to resume a trace of a wait workflow with.

    Attributes:
        output (Any | Unset): Output to supply for the waiting step.
    """

    output: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        output = d.get("output", UNSET)

        experiment_trace_resume = cls(
            output,
        )

        if not d.keys() <= _FIELDS:
            experiment_trace_resume.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return experiment_trace_resume

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

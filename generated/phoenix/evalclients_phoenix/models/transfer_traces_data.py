from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferTracesData")
_FIELDS = frozenset(
    {
        "destination_project_id",
        "transferred_trace_count",
    }
)


@_attrs_define
class TransferTracesData:
    """
    Attributes:
        destination_project_id (str): The ID (GlobalID) of the project the traces were moved to.
        transferred_trace_count (int): The number of traces that were moved to the destination project.
    """

    destination_project_id: str
    transferred_trace_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_project_id = self.destination_project_id

        transferred_trace_count = self.transferred_trace_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_project_id": destination_project_id,
                "transferred_trace_count": transferred_trace_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        destination_project_id = d["destination_project_id"]

        transferred_trace_count = d["transferred_trace_count"]

        transfer_traces_data = cls(
            destination_project_id,
            transferred_trace_count,
        )

        if not d.keys() <= _FIELDS:
            transfer_traces_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return transfer_traces_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferTracesRequestBody")
_FIELDS = frozenset(
    {
        "destination_project_identifier",
        "trace_identifiers",
    }
)


@_attrs_define
class TransferTracesRequestBody:
    """
    Attributes:
        destination_project_identifier (str): The destination project: either project ID (GlobalID) or project name.
        trace_identifiers (list[str]): The traces to transfer. Each identifier is either a trace ID (GlobalID) or an
            OpenTelemetry trace_id (hex string). Must be non-empty, and all traces must currently belong to the same source
            project.
    """

    destination_project_identifier: str
    trace_identifiers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_project_identifier = self.destination_project_identifier

        trace_identifiers = self.trace_identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_project_identifier": destination_project_identifier,
                "trace_identifiers": trace_identifiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        destination_project_identifier = d["destination_project_identifier"]

        trace_identifiers: list[str] = d["trace_identifiers"]

        transfer_traces_request_body = cls(
            destination_project_identifier,
            trace_identifiers,
        )

        if not d.keys() <= _FIELDS:
            transfer_traces_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return transfer_traces_request_body

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

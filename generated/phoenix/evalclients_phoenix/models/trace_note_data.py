from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TraceNoteData")
_FIELDS = frozenset(
    {
        "note",
        "trace_id",
        "identifier",
    }
)


@_attrs_define
class TraceNoteData:
    """
    Attributes:
        note (str): The note text to add to the trace
        trace_id (str): OpenTelemetry Trace ID (hex format w/o 0x prefix)
        identifier (str | Unset): Optional caller-supplied identifier. When non-empty, the note is upserted on
            (trace_id, name='note', identifier) — repeated calls with the same identifier overwrite the existing note. When
            omitted or empty, the server stamps a unique 'px-trace-note:<uuid>' identifier so each call appends a new note.
            Default: ''.
    """

    note: str
    trace_id: str
    identifier: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        trace_id = self.trace_id

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "trace_id": trace_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        note = d["note"]

        trace_id = d["trace_id"]

        identifier = d.get("identifier", UNSET)

        trace_note_data = cls(
            note,
            trace_id,
            identifier,
        )

        if not d.keys() <= _FIELDS:
            trace_note_data.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return trace_note_data

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

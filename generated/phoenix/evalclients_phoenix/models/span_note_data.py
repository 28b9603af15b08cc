from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanNoteData")
_FIELDS = frozenset(
    {
        "note",
        "span_id",
        "identifier",
    }
)


@_attrs_define
class SpanNoteData:
    """
    Attributes:
        note (str): The note text to add to the span
        span_id (str): OpenTelemetry Span ID (hex format w/o 0x prefix)
        identifier (str | Unset): Optional caller-supplied identifier. When non-empty, the note is upserted on (span_id,
            name='note', identifier) — repeated calls with the same identifier overwrite the existing note. When omitted or
            empty, the server stamps a unique 'px-span-note:<uuid>' identifier so each call appends a new note. Default: ''.
    """

    note: str
    span_id: str
    identifier: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        span_id = self.span_id

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "span_id": span_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        note = d["note"]

        span_id = d["span_id"]

        identifier = d.get("identifier", UNSET)

        span_note_data = cls(
            note,
            span_id,
            identifier,
        )

        if not d.keys() <= _FIELDS:
            span_note_data.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return span_note_data

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

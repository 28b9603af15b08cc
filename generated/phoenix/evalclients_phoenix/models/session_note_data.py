from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionNoteData")


@_attrs_define
class SessionNoteData:
    """
    Attributes:
        note (str): The note text to add to the session
        session_id (str): Session ID
        identifier (str | Unset): Optional caller-supplied identifier. When non-empty, the note is upserted on
            (session_id, name='note', identifier) — repeated calls with the same identifier overwrite the existing note.
            When omitted or empty, the server stamps a unique 'px-session-note:<uuid>' identifier so each call appends a new
            note. Default: ''.
    """

    note: str
    session_id: str
    identifier: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        session_id = self.session_id

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "session_id": session_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        session_id = d.pop("session_id")

        identifier = d.pop("identifier", UNSET)

        session_note_data = cls(
            note=note,
            session_id=session_id,
            identifier=identifier,
        )

        session_note_data.additional_properties = d
        return session_note_data

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

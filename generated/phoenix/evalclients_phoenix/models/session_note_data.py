from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionNoteData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "note",
        "session_id",
        "identifier",
    }
)


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

    note: str | Unset
    session_id: str | Unset
    identifier: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            note = d["note"]
            if not (type(note) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            note, _drifted = _keep(cls, d, "note", "str", "type", _drifted)

        try:
            session_id = d["session_id"]
            if not (type(session_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "session_id", "str", "type", _drifted)

        try:
            identifier = d.get("identifier", UNSET)
            if not (type(identifier) is str or identifier is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            identifier, _drifted = _keep(cls, d, "identifier", "str", "type", _drifted)

        _session_note_data_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _session_note_data_.note = note
        _session_note_data_.session_id = session_id
        _session_note_data_.identifier = identifier
        _session_note_data_.additional_properties = {}

        if _extra:
            _session_note_data_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_session_note_data_, _drifted)
        return _session_note_data_

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

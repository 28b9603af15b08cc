from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import uuid as _uuid
from ..models.object_reference_nullish_type_0_object_type import (
    ObjectReferenceNullishType0ObjectType,
    check_object_reference_nullish_type_0_object_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectReferenceNullishType0")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "object_id",
        "object_type",
        "_xact_id",
        "created",
    }
)


@_attrs_define
class ObjectReferenceNullishType0:
    """Indicates the event was copied from another object.

    Attributes:
        id (str): ID of the original event.
        object_id (UUID): ID of the object the event is originating from.
        object_type (ObjectReferenceNullishType0ObjectType): Type of the object the event is originating from.
        field_xact_id (None | str | Unset): Transaction ID of the original event.
        created (None | str | Unset): Created timestamp of the original event. Used to help sort in the UI
    """

    id: str | Unset
    object_id: UUID | Unset
    object_type: ObjectReferenceNullishType0ObjectType | Unset
    field_xact_id: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            object_id = str(self.object_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            object_id = _as_json(self.object_id)

        try:
            object_type: str = self.object_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            object_type = _as_json(self.object_type)

        field_xact_id: None | str | Unset
        if isinstance(self.field_xact_id, Unset):
            field_xact_id = UNSET
        else:
            field_xact_id = self.field_xact_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_id": object_id,
                "object_type": object_type,
            }
        )
        if field_xact_id is not UNSET:
            field_dict["_xact_id"] = field_xact_id
        if created is not UNSET:
            field_dict["created"] = created

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _object_id_raw = d.get("object_id", UNSET)
        if _object_id_raw is not UNSET and not _strict:
            object_id = _object_id_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                object_id = _uuid(d["object_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                object_id, _drifted = _keep(cls, d, "object_id", "UUID", "type", _drifted)

        try:
            object_type = check_object_reference_nullish_type_0_object_type(d["object_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            object_type, _drifted = _keep(
                cls,
                d,
                "object_type",
                "one of dataset, experiment, function, project_logs, prompt, prompt_session",
                "enum",
                _drifted,
            )

        try:
            field_xact_id: None | str | Unset = d.get("_xact_id", UNSET)

            if not (field_xact_id is None or type(field_xact_id) is str or field_xact_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field_xact_id, _drifted = _keep(cls, d, "_xact_id", "None | str", "type", _drifted)

        try:
            created: None | str | Unset = d.get("created", UNSET)

            if not (created is None or type(created) is str or created is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created, _drifted = _keep(cls, d, "created", "None | str", "type", _drifted)

        _object_reference_nullish_type_0_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _object_reference_nullish_type_0_.id = id
        _object_reference_nullish_type_0_._object_id_slot = object_id  # type: ignore[attr-defined]
        _object_reference_nullish_type_0_.object_type = object_type
        _object_reference_nullish_type_0_.field_xact_id = field_xact_id
        _object_reference_nullish_type_0_.created = created
        _object_reference_nullish_type_0_.additional_properties = {}
        _object_reference_nullish_type_0_._pending = _pending

        if _extra:
            _object_reference_nullish_type_0_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_object_reference_nullish_type_0_, _drifted)
        return _object_reference_nullish_type_0_

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


def _decode_object_id(self: ObjectReferenceNullishType0, raw: Any) -> Any:
    """``object_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        object_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        object_id, _drifted = _keep(
            type(self), {"object_id": raw}, "object_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return object_id


_lazy(ObjectReferenceNullishType0, "object_id", 1, _decode_object_id)

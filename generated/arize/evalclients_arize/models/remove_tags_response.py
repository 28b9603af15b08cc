from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveTagsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completed",
        "deleted",
        "not_deleted",
    }
)


@_attrs_define
class RemoveTagsResponse:
    """RemoveTagsResponse

    Attributes:
        completed (bool | Unset): True when every requested tag ID was attached and has been detached. False when one or
            more requested IDs appear in `not_deleted`.
        deleted (list[str] | Unset): IDs of the tags that were attached and have been detached.
        not_deleted (list[str] | Unset): IDs from the request that were not attached to the resource. Not an error —
            detaching an already-detached tag is a no-op.
    """

    completed: bool | Unset = UNSET
    deleted: list[str] | Unset = UNSET
    not_deleted: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        try:
            deleted: list[str] | Unset = UNSET
            if not isinstance(self.deleted, Unset):
                deleted = self.deleted

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            deleted = _as_json(self.deleted)

        try:
            not_deleted: list[str] | Unset = UNSET
            if not isinstance(self.not_deleted, Unset):
                not_deleted = self.not_deleted

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            not_deleted = _as_json(self.not_deleted)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_deleted is not UNSET:
            field_dict["not_deleted"] = not_deleted

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
            completed = d.get("completed", UNSET)
            if not (type(completed) is bool or completed is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            completed, _drifted = _keep(cls, d, "completed", "bool", "type", _drifted)

        try:
            deleted: list[str] = d.get("deleted", UNSET)

            if not ((type(deleted) is list and _strs(deleted)) or deleted is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            deleted, _drifted = _keep(cls, d, "deleted", "list[str]", "type", _drifted)

        try:
            not_deleted: list[str] = d.get("not_deleted", UNSET)

            if not ((type(not_deleted) is list and _strs(not_deleted)) or not_deleted is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            not_deleted, _drifted = _keep(cls, d, "not_deleted", "list[str]", "type", _drifted)

        _remove_tags_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _remove_tags_response_.completed = completed
        _remove_tags_response_.deleted = deleted
        _remove_tags_response_.not_deleted = not_deleted
        _remove_tags_response_.additional_properties = {}

        if _extra:
            _remove_tags_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_remove_tags_response_, _drifted)
        return _remove_tags_response_

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

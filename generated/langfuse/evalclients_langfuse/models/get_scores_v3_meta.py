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

T = TypeVar("T", bound="GetScoresV3Meta")
_new = object.__new__
_FIELDS = frozenset(
    {
        "limit",
        "cursor",
    }
)


@_attrs_define
class GetScoresV3Meta:
    """
    Attributes:
        limit (int):
        cursor (None | str | Unset): URL-safe base64 (base64url) cursor for the next page. Absent when there are no more
            results.
    """

    limit: int | Unset
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
            limit = d["limit"]
            if not (type(limit) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            limit, _drifted = _keep(cls, d, "limit", "int", "type", _drifted)

        try:
            cursor: None | str | Unset = d.get("cursor", UNSET)

            if not (cursor is None or type(cursor) is str or cursor is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cursor, _drifted = _keep(cls, d, "cursor", "None | str", "type", _drifted)

        _get_scores_v3_meta_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _get_scores_v3_meta_.limit = limit
        _get_scores_v3_meta_.cursor = cursor
        _get_scores_v3_meta_.additional_properties = {}

        if _extra:
            _get_scores_v3_meta_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_get_scores_v3_meta_, _drifted)
        return _get_scores_v3_meta_

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

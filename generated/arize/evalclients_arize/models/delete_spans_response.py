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

T = TypeVar("T", bound="DeleteSpansResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completed",
        "deleted_span_ids",
        "not_deleted_span_ids",
    }
)


@_attrs_define
class DeleteSpansResponse:
    """Result of a DELETE /v2/spans request.  `deleted_span_ids` lists every span ID confirmed deleted.
    `not_deleted_span_ids` lists every requested span ID that was **not** deleted.  `completed` indicates whether the
    server fully processed all data for the request — **not** whether all spans were found and deleted. A span may
    appear in `not_deleted_span_ids` even when `completed` is `true` if it was not found in the system (never ingested
    or already deleted).  When `completed` is `true`, every requested ID appears in exactly one of `deleted_span_ids` or
    `not_deleted_span_ids`. No retry is needed.  When `completed` is `false`, the server could not fully process all
    data. Some IDs in `not_deleted_span_ids` may still be deletable — retry the original full request to resolve them.
    The delete is idempotent.

        Attributes:
            completed (bool | Unset): `true` when the server fully processed all data for the request — both lists are
                complete and no retry is needed. `false` when processing could not fully complete; retry the original request.
                Note: `completed` reflects whether all data was processed, not whether all requested spans existed.
            deleted_span_ids (list[str] | Unset): Span IDs confirmed deleted in this request.
            not_deleted_span_ids (list[str] | Unset): Requested span IDs that were not deleted. When `completed` is `true`,
                these were not found in the system (never ingested or already deleted). When `completed` is `false`, some IDs
                may not have been reached — retry to resolve them.
    """

    completed: bool | Unset = UNSET
    deleted_span_ids: list[str] | Unset = UNSET
    not_deleted_span_ids: list[str] | Unset = UNSET
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
            deleted_span_ids: list[str] | Unset = UNSET
            if not isinstance(self.deleted_span_ids, Unset):
                deleted_span_ids = self.deleted_span_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            deleted_span_ids = _as_json(self.deleted_span_ids)

        try:
            not_deleted_span_ids: list[str] | Unset = UNSET
            if not isinstance(self.not_deleted_span_ids, Unset):
                not_deleted_span_ids = self.not_deleted_span_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            not_deleted_span_ids = _as_json(self.not_deleted_span_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted_span_ids is not UNSET:
            field_dict["deleted_span_ids"] = deleted_span_ids
        if not_deleted_span_ids is not UNSET:
            field_dict["not_deleted_span_ids"] = not_deleted_span_ids

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
            deleted_span_ids: list[str] = d.get("deleted_span_ids", UNSET)

            if not (
                (type(deleted_span_ids) is list and _strs(deleted_span_ids))
                or deleted_span_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            deleted_span_ids, _drifted = _keep(
                cls, d, "deleted_span_ids", "list[str]", "type", _drifted
            )

        try:
            not_deleted_span_ids: list[str] = d.get("not_deleted_span_ids", UNSET)

            if not (
                (type(not_deleted_span_ids) is list and _strs(not_deleted_span_ids))
                or not_deleted_span_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            not_deleted_span_ids, _drifted = _keep(
                cls, d, "not_deleted_span_ids", "list[str]", "type", _drifted
            )

        _delete_spans_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _delete_spans_response_.completed = completed
        _delete_spans_response_.deleted_span_ids = deleted_span_ids
        _delete_spans_response_.not_deleted_span_ids = not_deleted_span_ids
        _delete_spans_response_.additional_properties = {}

        if _extra:
            _delete_spans_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_delete_spans_response_, _drifted)
        return _delete_spans_response_

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

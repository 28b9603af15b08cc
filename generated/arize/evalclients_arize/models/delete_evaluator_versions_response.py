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

T = TypeVar("T", bound="DeleteEvaluatorVersionsResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "completed",
        "deleted_version_ids",
        "not_deleted_version_ids",
    }
)


@_attrs_define
class DeleteEvaluatorVersionsResponse:
    """Result of a DELETE /v2/evaluators/{evaluator_id}/versions request.  The delete is partial-tolerant: requested
    versions that exist and belong to `evaluator_id` are deleted; every requested ID that was not deleted is reported in
    `not_deleted_version_ids`. An ID may be not-deleted because it does not exist or belongs to a different evaluator.
    `completed` is `true` when this response is returned because the synchronous delete has fully processed the request.
    It does not mean every requested version was found and deleted: each requested ID appears in exactly one of
    `deleted_version_ids` or `not_deleted_version_ids`.  The delete operation is idempotent — re-submitting already-
    deleted IDs is safe and simply reports them as not deleted.  Deleting a version that is currently pinned to a
    running online task un-pins that task, which then falls back to resolving the evaluator's latest version.

        Attributes:
            completed (bool | Unset): Always `true` in a successful response, indicating both result lists are complete.
                This does not indicate whether all requested versions existed.
            deleted_version_ids (list[str] | Unset): Evaluator version IDs confirmed deleted in this request.
            not_deleted_version_ids (list[str] | Unset): Requested evaluator version IDs that were not deleted.
    """

    completed: bool | Unset = UNSET
    deleted_version_ids: list[str] | Unset = UNSET
    not_deleted_version_ids: list[str] | Unset = UNSET
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
            deleted_version_ids: list[str] | Unset = UNSET
            if not isinstance(self.deleted_version_ids, Unset):
                deleted_version_ids = self.deleted_version_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            deleted_version_ids = _as_json(self.deleted_version_ids)

        try:
            not_deleted_version_ids: list[str] | Unset = UNSET
            if not isinstance(self.not_deleted_version_ids, Unset):
                not_deleted_version_ids = self.not_deleted_version_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            not_deleted_version_ids = _as_json(self.not_deleted_version_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted_version_ids is not UNSET:
            field_dict["deleted_version_ids"] = deleted_version_ids
        if not_deleted_version_ids is not UNSET:
            field_dict["not_deleted_version_ids"] = not_deleted_version_ids

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
            deleted_version_ids: list[str] = d.get("deleted_version_ids", UNSET)

            if not (
                (type(deleted_version_ids) is list and _strs(deleted_version_ids))
                or deleted_version_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            deleted_version_ids, _drifted = _keep(
                cls, d, "deleted_version_ids", "list[str]", "type", _drifted
            )

        try:
            not_deleted_version_ids: list[str] = d.get("not_deleted_version_ids", UNSET)

            if not (
                (type(not_deleted_version_ids) is list and _strs(not_deleted_version_ids))
                or not_deleted_version_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            not_deleted_version_ids, _drifted = _keep(
                cls, d, "not_deleted_version_ids", "list[str]", "type", _drifted
            )

        _delete_evaluator_versions_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _delete_evaluator_versions_response_.completed = completed
        _delete_evaluator_versions_response_.deleted_version_ids = deleted_version_ids
        _delete_evaluator_versions_response_.not_deleted_version_ids = not_deleted_version_ids
        _delete_evaluator_versions_response_.additional_properties = {}

        if _extra:
            _delete_evaluator_versions_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_delete_evaluator_versions_response_, _drifted)
        return _delete_evaluator_versions_response_

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

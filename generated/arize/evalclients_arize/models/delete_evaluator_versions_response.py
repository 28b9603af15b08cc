from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteEvaluatorVersionsResponse")
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

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_version_ids, Unset):
            deleted_version_ids = self.deleted_version_ids

        not_deleted_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted_version_ids, Unset):
            not_deleted_version_ids = self.not_deleted_version_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted_version_ids is not UNSET:
            field_dict["deleted_version_ids"] = deleted_version_ids
        if not_deleted_version_ids is not UNSET:
            field_dict["not_deleted_version_ids"] = not_deleted_version_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        completed = d.get("completed", UNSET)

        deleted_version_ids: list[str] = d.get("deleted_version_ids", UNSET)

        not_deleted_version_ids: list[str] = d.get("not_deleted_version_ids", UNSET)

        delete_evaluator_versions_response = cls(
            completed,
            deleted_version_ids,
            not_deleted_version_ids,
        )

        if not d.keys() <= _FIELDS:
            delete_evaluator_versions_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_evaluator_versions_response

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

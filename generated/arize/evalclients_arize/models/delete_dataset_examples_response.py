from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteDatasetExamplesResponse")
_FIELDS = frozenset(
    {
        "completed",
        "deleted_example_ids",
        "not_deleted_example_ids",
    }
)


@_attrs_define
class DeleteDatasetExamplesResponse:
    """Result of a DELETE dataset examples request.  The delete is partial-tolerant: examples that exist in the selected
    version are deleted, and every requested ID that was not deleted is reported in `not_deleted_example_ids` so the
    caller can act on it.  A `200 OK` response always includes: - `completed` — `true` if the operation finished and no
    retry is needed;   `false` if it could not fully complete (retry the full request). - `deleted_example_ids` —
    example IDs confirmed deleted in this request. - `not_deleted_example_ids` — requested IDs not deleted: either not
    found in   the selected version (never added, or already deleted), or whose deletion   did not complete when
    `completed` is `false`.

        Attributes:
            completed (bool | Unset): `true` when the operation finished and no retry is needed. `false` when the operation
                could not fully complete — retry the original full request (the delete is idempotent).
            deleted_example_ids (list[str] | Unset): Example IDs confirmed deleted in this request.
            not_deleted_example_ids (list[str] | Unset): Requested example IDs that were not deleted: either not found in
                the selected version (never added, or already deleted), or whose deletion did not complete when `completed` is
                `false`.
    """

    completed: bool | Unset = UNSET
    deleted_example_ids: list[str] | Unset = UNSET
    not_deleted_example_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        deleted_example_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_example_ids, Unset):
            deleted_example_ids = self.deleted_example_ids

        not_deleted_example_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_deleted_example_ids, Unset):
            not_deleted_example_ids = self.not_deleted_example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if deleted_example_ids is not UNSET:
            field_dict["deleted_example_ids"] = deleted_example_ids
        if not_deleted_example_ids is not UNSET:
            field_dict["not_deleted_example_ids"] = not_deleted_example_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        completed = d.get("completed", UNSET)

        deleted_example_ids: list[str] = d.get("deleted_example_ids", UNSET)

        not_deleted_example_ids: list[str] = d.get("not_deleted_example_ids", UNSET)

        delete_dataset_examples_response = cls(
            completed,
            deleted_example_ids,
            not_deleted_example_ids,
        )

        if not d.keys() <= _FIELDS:
            delete_dataset_examples_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_dataset_examples_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignAnnotationQueueRecordRequest")
_FIELDS = frozenset(
    {
        "assigned_user_emails",
    }
)


@_attrs_define
class AssignAnnotationQueueRecordRequest:
    """User assignment for an annotation queue record. Fully replaces the current record-level user assignment. Pass an
    empty array to remove all assignments.

        Attributes:
            assigned_user_emails (list[str]): Emails of users to assign to this record. Replaces the current record-level
                user assignment entirely. At most 100 emails may be provided per request.
    """

    assigned_user_emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_user_emails = self.assigned_user_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_user_emails": assigned_user_emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assigned_user_emails: list[str] = d["assigned_user_emails"]

        assign_annotation_queue_record_request = cls(
            assigned_user_emails,
        )

        if not d.keys() <= _FIELDS:
            assign_annotation_queue_record_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return assign_annotation_queue_record_request

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

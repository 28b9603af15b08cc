from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_queue_source_type import (
    AnnotationQueueSourceType,
    check_annotation_queue_source_type,
)
from ..models.record_granularity import RecordGranularity, check_record_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser


T = TypeVar("T", bound="AssignAnnotationQueueRecordResponse")
_FIELDS = frozenset(
    {
        "annotation_queue_id",
        "assigned_users",
        "id",
        "source_type",
        "granularity",
    }
)


@_attrs_define
class AssignAnnotationQueueRecordResponse:
    """A snapshot of the annotation queue record fields that were modified by an assign operation. Only the record identity
    fields and the resulting user assignments are returned. Annotations and evaluations are not fetched and are not
    included in this response for performance reasons; use the list records endpoint to retrieve the full record state.

        Attributes:
            annotation_queue_id (str): The annotation queue this record belongs to
            assigned_users (list[AnnotationQueueAssignedUser]): The users now assigned to this record after this operation
            id (str): The unique identifier for the record
            source_type (AnnotationQueueSourceType): Source type of the annotation queue record.
                - SPANS - The record originates from span data.
                - DATASET - The record originates from a dataset example.
            granularity (None | RecordGranularity | Unset): The granularity of the record, if applicable.
    """

    annotation_queue_id: str
    assigned_users: list[AnnotationQueueAssignedUser]
    id: str
    source_type: AnnotationQueueSourceType
    granularity: None | RecordGranularity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotation_queue_id = self.annotation_queue_id

        assigned_users = []
        for assigned_users_item_data in self.assigned_users:
            assigned_users_item = assigned_users_item_data.to_dict()
            assigned_users.append(assigned_users_item)

        id = self.id

        source_type: str = self.source_type

        granularity: None | str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, str):
            granularity = self.granularity
        else:
            granularity = self.granularity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_queue_id": annotation_queue_id,
                "assigned_users": assigned_users,
                "id": id,
                "source_type": source_type,
            }
        )
        if granularity is not UNSET:
            field_dict["granularity"] = granularity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotation_queue_id = d["annotation_queue_id"]

        assigned_users = [
            AnnotationQueueAssignedUser.from_dict(assigned_users_item_data)
            for assigned_users_item_data in d["assigned_users"]
        ]

        id = d["id"]

        source_type = check_annotation_queue_source_type(d["source_type"])

        granularity = _parse_granularity(d.get("granularity", UNSET))

        assign_annotation_queue_record_response = cls(
            annotation_queue_id,
            assigned_users,
            id,
            source_type,
            granularity,
        )

        if not d.keys() <= _FIELDS:
            assign_annotation_queue_record_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return assign_annotation_queue_record_response

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


def _parse_granularity(data: object) -> None | RecordGranularity | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        granularity_type_1 = check_record_granularity(data)

        return granularity_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RecordGranularity | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationQueueAssignedUser
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415

    _LAZY_PENDING = False

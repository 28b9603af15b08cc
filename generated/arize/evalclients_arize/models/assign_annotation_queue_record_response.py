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
        "granularity",
        "id",
        "source_type",
    }
)


@_attrs_define
class AssignAnnotationQueueRecordResponse:
    """A snapshot of the annotation queue record fields that were modified by an assign operation. Only the record identity
    fields and the resulting user assignments are returned. Annotations and evaluations are not fetched and are not
    included in this response for performance reasons; use the list records endpoint to retrieve the full record state.

        Attributes:
            annotation_queue_id (str | Unset): The annotation queue this record belongs to
            assigned_users (list[AnnotationQueueAssignedUser] | Unset): The users now assigned to this record after this
                operation
            granularity (None | RecordGranularity | Unset): The granularity of the record, if applicable.
            id (str | Unset): The unique identifier for the record
            source_type (AnnotationQueueSourceType | Unset): Source type of the annotation queue record. - SPANS - The
                record originates from span data. - DATASET - The record originates from a dataset example.
    """

    annotation_queue_id: str | Unset = UNSET
    assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
    granularity: None | RecordGranularity | Unset = UNSET
    id: str | Unset = UNSET
    source_type: AnnotationQueueSourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotation_queue_id = self.annotation_queue_id

        assigned_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_users, Unset):
            assigned_users = []
            for assigned_users_item_data in self.assigned_users:
                assigned_users_item = assigned_users_item_data.to_dict()
                assigned_users.append(assigned_users_item)

        granularity: None | str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, str):
            granularity = self.granularity
        else:
            granularity = self.granularity

        id = self.id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_queue_id is not UNSET:
            field_dict["annotation_queue_id"] = annotation_queue_id
        if assigned_users is not UNSET:
            field_dict["assigned_users"] = assigned_users
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if id is not UNSET:
            field_dict["id"] = id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotation_queue_id = d.get("annotation_queue_id", UNSET)

        _assigned_users = d.get("assigned_users", UNSET)
        assigned_users: list[AnnotationQueueAssignedUser] | Unset = UNSET
        if _assigned_users is not UNSET:
            assigned_users = [
                AnnotationQueueAssignedUser.from_dict(assigned_users_item_data)
                for assigned_users_item_data in _assigned_users
            ]

        granularity = _parse_granularity(d.get("granularity", UNSET))

        id = d.get("id", UNSET)

        _source_type = d.get("source_type", UNSET)
        source_type: AnnotationQueueSourceType | Unset
        if _source_type is UNSET:
            source_type = UNSET
        else:
            source_type = check_annotation_queue_source_type(_source_type)

        assign_annotation_queue_record_response = cls(
            annotation_queue_id,
            assigned_users,
            granularity,
            id,
            source_type,
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
        granularity_type_0 = check_record_granularity(data)

        return granularity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RecordGranularity | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationQueueAssignedUser
    from ..models.annotation_queue_assigned_user import AnnotationQueueAssignedUser  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_queue_record import AnnotationQueueRecord


T = TypeVar("T", bound="CreateAnnotationQueueRecordResponse")
_FIELDS = frozenset(
    {
        "record_sources",
    }
)


@_attrs_define
class CreateAnnotationQueueRecordResponse:
    """CreateAnnotationQueueRecordResponse

    Attributes:
        record_sources (list[AnnotationQueueRecord] | Unset): The created annotation queue records
    """

    record_sources: list[AnnotationQueueRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        record_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_sources, Unset):
            record_sources = []
            for record_sources_item_data in self.record_sources:
                record_sources_item = record_sources_item_data.to_dict()
                record_sources.append(record_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_sources is not UNSET:
            field_dict["record_sources"] = record_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _record_sources = d.get("record_sources", UNSET)
        record_sources: list[AnnotationQueueRecord] | Unset = UNSET
        if _record_sources is not UNSET:
            record_sources = [
                AnnotationQueueRecord.from_dict(record_sources_item_data)
                for record_sources_item_data in _record_sources
            ]

        create_annotation_queue_record_response = cls(
            record_sources,
        )

        if not d.keys() <= _FIELDS:
            create_annotation_queue_record_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_annotation_queue_record_response

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationQueueRecord
    from ..models.annotation_queue_record import AnnotationQueueRecord  # noqa: PLC0415

    _LAZY_PENDING = False

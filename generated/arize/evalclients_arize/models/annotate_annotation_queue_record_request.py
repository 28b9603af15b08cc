from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.annotation_input import AnnotationInput


T = TypeVar("T", bound="AnnotateAnnotationQueueRecordRequest")
_FIELDS = frozenset(
    {
        "annotations",
    }
)


@_attrs_define
class AnnotateAnnotationQueueRecordRequest:
    """Annotations to submit for an annotation queue record. Annotations are upserted by annotation config name; omitted
    configs are left unchanged.

        Attributes:
            annotations (list[AnnotationInput]): Annotations to upsert on this record, keyed by annotation config name. At
                most 500 annotations may be submitted per request — one per annotation config associated with the queue.
    """

    annotations: list[AnnotationInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotations = [
            AnnotationInput.from_dict(annotations_item_data)
            for annotations_item_data in d["annotations"]
        ]

        annotate_annotation_queue_record_request = cls(
            annotations,
        )

        if not d.keys() <= _FIELDS:
            annotate_annotation_queue_record_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotate_annotation_queue_record_request

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
    global _LAZY_PENDING, AnnotationInput
    from ..models.annotation_input import AnnotationInput  # noqa: PLC0415

    _LAZY_PENDING = False

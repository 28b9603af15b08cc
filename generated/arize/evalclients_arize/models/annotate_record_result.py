from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="AnnotateRecordResult")
_FIELDS = frozenset(
    {
        "annotations",
        "record_id",
    }
)


@_attrs_define
class AnnotateRecordResult:
    """The annotation result for a single annotated record.

    Attributes:
        annotations (list[Annotation] | Unset): The annotations that were written to this record.
        record_id (str | Unset): The record identifier — a span ID, session ID, dataset example ID, or experiment run
            ID, depending on the endpoint and (for spans) the `granularity` field.
    """

    annotations: list[Annotation] | Unset = UNSET
    record_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _annotations = d.get("annotations", UNSET)
        annotations: list[Annotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = [
                Annotation.from_dict(annotations_item_data)
                for annotations_item_data in _annotations
            ]

        record_id = d.get("record_id", UNSET)

        annotate_record_result = cls(
            annotations,
            record_id,
        )

        if not d.keys() <= _FIELDS:
            annotate_record_result.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotate_record_result

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
    global _LAZY_PENDING, Annotation
    from ..models.annotation import Annotation  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.annotation_input import AnnotationInput


T = TypeVar("T", bound="AnnotateRecordInput")
_FIELDS = frozenset(
    {
        "record_id",
        "values",
    }
)


@_attrs_define
class AnnotateRecordInput:
    """A single record to annotate in a batch, identified by its record ID.

    Attributes:
        record_id (str): The record identifier — a span ID, session ID, dataset example ID, or experiment run ID,
            depending on the endpoint and (for spans) the `granularity` field.
        values (list[AnnotationInput]): One or more annotation values to set on this record.
    """

    record_id: str
    values: list[AnnotationInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        record_id = self.record_id

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        record_id = d["record_id"]

        values = [AnnotationInput.from_dict(values_item_data) for values_item_data in d["values"]]

        annotate_record_input = cls(
            record_id,
            values,
        )

        if not d.keys() <= _FIELDS:
            annotate_record_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotate_record_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_item_media_reference_field import (
    DatasetItemMediaReferenceField,
    check_dataset_item_media_reference_field,
)

if TYPE_CHECKING:
    from ..models.dataset_item_media_reference_media import DatasetItemMediaReferenceMedia


T = TypeVar("T", bound="DatasetItemMediaReference")
_FIELDS = frozenset(
    {
        "field",
        "jsonPath",
        "media",
        "referenceString",
    }
)


@_attrs_define
class DatasetItemMediaReference:
    """
    Attributes:
        field (DatasetItemMediaReferenceField):
        json_path (str): JSONPath of the string holding the reference within the field, e.g. `$['image']`
        media (DatasetItemMediaReferenceMedia):
        reference_string (str): The Langfuse media reference string, e.g.
            `@@@langfuseMedia:type=image/png|id=...|source=bytes@@@`
    """

    field: DatasetItemMediaReferenceField
    json_path: str
    media: DatasetItemMediaReferenceMedia
    reference_string: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        field: str = self.field

        json_path = self.json_path

        media = self.media.to_dict()

        reference_string = self.reference_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "jsonPath": json_path,
                "media": media,
                "referenceString": reference_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        field = check_dataset_item_media_reference_field(d["field"])

        json_path = d["jsonPath"]

        media = DatasetItemMediaReferenceMedia.from_dict(d["media"])

        reference_string = d["referenceString"]

        dataset_item_media_reference = cls(
            field,
            json_path,
            media,
            reference_string,
        )

        if not d.keys() <= _FIELDS:
            dataset_item_media_reference.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_item_media_reference

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
    global _LAZY_PENDING, DatasetItemMediaReferenceMedia
    from ..models.dataset_item_media_reference_media import DatasetItemMediaReferenceMedia  # noqa: PLC0415

    _LAZY_PENDING = False

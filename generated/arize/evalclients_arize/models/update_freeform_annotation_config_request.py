from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_freeform_annotation_config_request_annotation_config_type import (
    UpdateFreeformAnnotationConfigRequestAnnotationConfigType,
    check_update_freeform_annotation_config_request_annotation_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFreeformAnnotationConfigRequest")
_FIELDS = frozenset(
    {
        "annotation_config_type",
        "name",
    }
)


@_attrs_define
class UpdateFreeformAnnotationConfigRequest:
    """UpdateFreeformAnnotationConfigRequest

    Attributes:
        annotation_config_type (UpdateFreeformAnnotationConfigRequestAnnotationConfigType): Discriminator value
            identifying a freeform annotation config. The config `type` is immutable and must match the stored config's
            type.
        name (str | Unset): New name for the annotation config. Must be unique within the space.
    """

    annotation_config_type: UpdateFreeformAnnotationConfigRequestAnnotationConfigType
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_type: str = self.annotation_config_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_type": annotation_config_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        annotation_config_type = (
            check_update_freeform_annotation_config_request_annotation_config_type(
                d["annotation_config_type"]
            )
        )

        name = d.get("name", UNSET)

        update_freeform_annotation_config_request = cls(
            annotation_config_type,
            name,
        )

        if not d.keys() <= _FIELDS:
            update_freeform_annotation_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_freeform_annotation_config_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_url_image_detail_level import (
    ImageUrlImageDetailLevel,
    check_image_url_image_detail_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUrl")
_FIELDS = frozenset(
    {
        "url",
        "detail",
    }
)


@_attrs_define
class ImageUrl:
    """
    Attributes:
        url (str): Either a URL of the image or the base64 encoded image data.
        detail (ImageUrlImageDetailLevel | Unset): Specify the detail level of the image provided to the model. For more
            details see: https://platform.openai.com/docs/guides/vision/low-or-high-fidelity-image-understanding
    """

    url: str
    detail: ImageUrlImageDetailLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        _detail = d.get("detail", UNSET)
        detail: ImageUrlImageDetailLevel | Unset
        if _detail is UNSET:
            detail = UNSET
        else:
            detail = check_image_url_image_detail_level(_detail)

        image_url = cls(
            url,
            detail,
        )

        if not d.keys() <= _FIELDS:
            image_url.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return image_url

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

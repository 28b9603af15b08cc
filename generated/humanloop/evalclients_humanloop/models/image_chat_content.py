from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_chat_content_type import ImageChatContentType, check_image_chat_content_type

if TYPE_CHECKING:
    from ..models.image_url import ImageUrl


T = TypeVar("T", bound="ImageChatContent")
_FIELDS = frozenset(
    {
        "image_url",
        "type",
    }
)


@_attrs_define
class ImageChatContent:
    """
    Attributes:
        image_url (ImageUrl):
        type_ (ImageChatContentType):
    """

    image_url: ImageUrl
    type_: ImageChatContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        image_url = self.image_url.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        image_url = ImageUrl.from_dict(d["image_url"])

        type_ = check_image_chat_content_type(d["type"])

        image_chat_content = cls(
            image_url,
            type_,
        )

        if not d.keys() <= _FIELDS:
            image_chat_content.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return image_chat_content

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
    global _LAZY_PENDING, ImageUrl
    from ..models.image_url import ImageUrl  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetItemMediaReferenceMedia")
_FIELDS = frozenset(
    {
        "contentLength",
        "contentType",
        "mediaId",
        "url",
        "urlExpiry",
    }
)


@_attrs_define
class DatasetItemMediaReferenceMedia:
    """
    Attributes:
        content_length (int): The size of the media record in bytes
        content_type (str): The MIME type of the media record
        media_id (str): The unique langfuse identifier of the media record
        url (str): The signed download URL of the media record
        url_expiry (str): The expiry date and time of the download URL
    """

    content_length: int
    content_type: str
    media_id: str
    url: str
    url_expiry: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_length = self.content_length

        content_type = self.content_type

        media_id = self.media_id

        url = self.url

        url_expiry = self.url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentLength": content_length,
                "contentType": content_type,
                "mediaId": media_id,
                "url": url,
                "urlExpiry": url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        content_length = d["contentLength"]

        content_type = d["contentType"]

        media_id = d["mediaId"]

        url = d["url"]

        url_expiry = d["urlExpiry"]

        dataset_item_media_reference_media = cls(
            content_length,
            content_type,
            media_id,
            url,
            url_expiry,
        )

        if not d.keys() <= _FIELDS:
            dataset_item_media_reference_media.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_item_media_reference_media

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

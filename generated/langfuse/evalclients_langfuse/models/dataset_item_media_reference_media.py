from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import Unset

T = TypeVar("T", bound="DatasetItemMediaReferenceMedia")
_new = object.__new__
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

    content_length: int | Unset
    content_type: str | Unset
    media_id: str | Unset
    url: str | Unset
    url_expiry: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            content_length = d["contentLength"]
            if not (type(content_length) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            content_length, _drifted = _keep(cls, d, "contentLength", "int", "type", _drifted)

        try:
            content_type = d["contentType"]
            if not (type(content_type) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            content_type, _drifted = _keep(cls, d, "contentType", "str", "type", _drifted)

        try:
            media_id = d["mediaId"]
            if not (type(media_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            media_id, _drifted = _keep(cls, d, "mediaId", "str", "type", _drifted)

        try:
            url = d["url"]
            if not (type(url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "str", "type", _drifted)

        try:
            url_expiry = d["urlExpiry"]
            if not (type(url_expiry) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url_expiry, _drifted = _keep(cls, d, "urlExpiry", "str", "type", _drifted)

        _dataset_item_media_reference_media_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_item_media_reference_media_.content_length = content_length
        _dataset_item_media_reference_media_.content_type = content_type
        _dataset_item_media_reference_media_.media_id = media_id
        _dataset_item_media_reference_media_.url = url
        _dataset_item_media_reference_media_.url_expiry = url_expiry
        _dataset_item_media_reference_media_.additional_properties = {}

        if _extra:
            _dataset_item_media_reference_media_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_item_media_reference_media_, _drifted)
        return _dataset_item_media_reference_media_

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

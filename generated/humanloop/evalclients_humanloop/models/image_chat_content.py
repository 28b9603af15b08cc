from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.image_chat_content_type import ImageChatContentType, check_image_chat_content_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_url import ImageUrl


T = TypeVar("T", bound="ImageChatContent")
_new = object.__new__
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

    image_url: ImageUrl | Unset
    type_: ImageChatContentType | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            image_url = self.image_url.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            image_url = _as_json(self.image_url)

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _image_url_raw = d.get("image_url", UNSET)
        if _image_url_raw is not UNSET and not _strict:
            image_url = _image_url_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                image_url = ImageUrl.from_dict(d["image_url"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                image_url, _drifted = _keep(cls, d, "image_url", "ImageUrl", "type", _drifted)

        try:
            type_ = check_image_chat_content_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of image_url", "enum", _drifted)

        _image_chat_content_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _image_chat_content_._image_url_slot = image_url  # type: ignore[attr-defined]
        _image_chat_content_.type_ = type_
        _image_chat_content_.additional_properties = {}
        _image_chat_content_._pending = _pending

        if _extra:
            _image_chat_content_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_image_chat_content_, _drifted)
        return _image_chat_content_

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


def _decode_image_url(self: ImageChatContent, raw: Any) -> Any:
    """``image_url`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        image_url = ImageUrl.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        image_url, _drifted = _keep(
            type(self), {"image_url": raw}, "image_url", "ImageUrl", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return image_url


_lazy(ImageChatContent, "image_url", 1, _decode_image_url)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ImageUrl
    from ..models.image_url import ImageUrl  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.image_url_image_detail_level import (
    ImageUrlImageDetailLevel,
    check_image_url_image_detail_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUrl")
_new = object.__new__
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

    url: str | Unset
    detail: ImageUrlImageDetailLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        try:
            detail: str | Unset = UNSET
            if not isinstance(self.detail, Unset):
                detail = self.detail

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            detail = _as_json(self.detail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

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
            url = d["url"]
            if not (type(url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "str", "type", _drifted)

        try:
            _detail = d.get("detail", UNSET)
            detail: ImageUrlImageDetailLevel | Unset
            if _detail is UNSET:
                detail = UNSET
            else:
                detail = check_image_url_image_detail_level(_detail)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            detail, _drifted = _keep(cls, d, "detail", "one of auto, high, low", "enum", _drifted)

        _image_url_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _image_url_.url = url
        _image_url_.detail = detail
        _image_url_.additional_properties = {}

        if _extra:
            _image_url_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_image_url_, _drifted)
        return _image_url_

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

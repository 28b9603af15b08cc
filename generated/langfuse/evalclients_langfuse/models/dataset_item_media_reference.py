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
from ..models.dataset_item_media_reference_field import (
    DatasetItemMediaReferenceField,
    check_dataset_item_media_reference_field,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_item_media_reference_media import DatasetItemMediaReferenceMedia


T = TypeVar("T", bound="DatasetItemMediaReference")
_new = object.__new__
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

    field: DatasetItemMediaReferenceField | Unset
    json_path: str | Unset
    media: DatasetItemMediaReferenceMedia | Unset
    reference_string: str | Unset
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
            field: str = self.field
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            field = _as_json(self.field)

        json_path = self.json_path

        try:
            media = self.media.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            media = _as_json(self.media)

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
        try:
            field = check_dataset_item_media_reference_field(d["field"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            field, _drifted = _keep(
                cls, d, "field", "one of expectedOutput, input, metadata", "enum", _drifted
            )

        try:
            json_path = d["jsonPath"]
            if not (type(json_path) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            json_path, _drifted = _keep(cls, d, "jsonPath", "str", "type", _drifted)

        _media_raw = d.get("media", UNSET)
        if _media_raw is not UNSET and not _strict:
            media = _media_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                media = DatasetItemMediaReferenceMedia.from_dict(d["media"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                media, _drifted = _keep(
                    cls, d, "media", "DatasetItemMediaReferenceMedia", "type", _drifted
                )

        try:
            reference_string = d["referenceString"]
            if not (type(reference_string) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            reference_string, _drifted = _keep(cls, d, "referenceString", "str", "type", _drifted)

        _dataset_item_media_reference_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_item_media_reference_.field = field
        _dataset_item_media_reference_.json_path = json_path
        _dataset_item_media_reference_._media_slot = media  # type: ignore[attr-defined]
        _dataset_item_media_reference_.reference_string = reference_string
        _dataset_item_media_reference_.additional_properties = {}
        _dataset_item_media_reference_._pending = _pending

        if _extra:
            _dataset_item_media_reference_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_item_media_reference_, _drifted)
        return _dataset_item_media_reference_

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


def _decode_media(self: DatasetItemMediaReference, raw: Any) -> Any:
    """``media`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        media = DatasetItemMediaReferenceMedia.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        media, _drifted = _keep(
            type(self), {"media": raw}, "media", "DatasetItemMediaReferenceMedia", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return media


_lazy(DatasetItemMediaReference, "media", 1, _decode_media)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetItemMediaReferenceMedia
    from ..models.dataset_item_media_reference_media import DatasetItemMediaReferenceMedia  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_annotation import SpanAnnotation


T = TypeVar("T", bound="SpanAnnotationsResponseBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "data",
        "next_cursor",
    }
)


@_attrs_define
class SpanAnnotationsResponseBody:
    """
    Attributes:
        data (list[SpanAnnotation]):
        next_cursor (None | str):
    """

    data: list[SpanAnnotation] | Unset
    next_cursor: None | str | Unset
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
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data = _as_json(self.data)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "next_cursor": next_cursor,
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
        _data_raw = d.get("data", UNSET)
        if _data_raw is not UNSET and not _strict:
            data = _data_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                data = [SpanAnnotation.from_dict(data_item_data) for data_item_data in d["data"]]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data, _drifted = _keep_each(
                    cls,
                    d,
                    "data",
                    "list[SpanAnnotation]",
                    "type",
                    lambda data_item_data: SpanAnnotation.from_dict(data_item_data),
                    _drifted,
                )

        try:
            next_cursor: None | str = d["next_cursor"]

            if not (next_cursor is None or type(next_cursor) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            next_cursor, _drifted = _keep(cls, d, "next_cursor", "None | str", "type", _drifted)

        _span_annotations_response_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _span_annotations_response_body_._data_slot = data  # type: ignore[attr-defined]
        _span_annotations_response_body_.next_cursor = next_cursor
        _span_annotations_response_body_.additional_properties = {}
        _span_annotations_response_body_._pending = _pending

        if _extra:
            _span_annotations_response_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_span_annotations_response_body_, _drifted)
        return _span_annotations_response_body_

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


def _decode_data(self: SpanAnnotationsResponseBody, raw: Any) -> Any:
    """``data`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        data = [SpanAnnotation.from_dict(data_item_data) for data_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data, _drifted = _keep_each(
            type(self),
            {"data": raw},
            "data",
            "list[SpanAnnotation]",
            "type",
            lambda data_item_data: SpanAnnotation.from_dict(data_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data


_lazy(SpanAnnotationsResponseBody, "data", 1, _decode_data)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanAnnotation
    from ..models.span_annotation import SpanAnnotation  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..models.response_format_type_type_0 import (
    ResponseFormatTypeType0,
    check_response_format_type_type_0,
)
from ..models.response_format_type_type_1 import (
    ResponseFormatTypeType1,
    check_response_format_type_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema import ResponseFormatJSONSchema


T = TypeVar("T", bound="ResponseFormat")
_new = object.__new__
_FIELDS = frozenset(
    {
        "type",
        "json_schema",
    }
)


@_attrs_define
class ResponseFormat:
    """Response format of the model.

    Attributes:
        type_ (ResponseFormatTypeType0 | ResponseFormatTypeType1):
        json_schema (ResponseFormatJSONSchema | Unset): The JSON schema of the response format if type is json_schema.
    """

    type_: ResponseFormatTypeType0 | ResponseFormatTypeType1 | Unset
    json_schema: ResponseFormatJSONSchema | Unset = UNSET
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
            type_: str
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            json_schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.json_schema, Unset):
                json_schema = self.json_schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            json_schema = _as_json(self.json_schema)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

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
            type_ = _parse_type_(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls,
                d,
                "type",
                "ResponseFormatTypeType0 | ResponseFormatTypeType1",
                "union",
                _drifted,
            )

        _json_schema_raw = d.get("json_schema", UNSET)
        if _json_schema_raw is UNSET:
            json_schema = UNSET
        elif not _strict:
            json_schema = _json_schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _json_schema = d.get("json_schema", UNSET)
                json_schema: ResponseFormatJSONSchema | Unset
                if _json_schema is UNSET:
                    json_schema = UNSET
                else:
                    json_schema = ResponseFormatJSONSchema.from_dict(_json_schema)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                json_schema, _drifted = _keep(
                    cls, d, "json_schema", "ResponseFormatJSONSchema", "type", _drifted
                )

        _response_format_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _response_format_.type_ = type_
        _response_format_._json_schema_slot = json_schema  # type: ignore[attr-defined]
        _response_format_.additional_properties = {}
        _response_format_._pending = _pending

        if _extra:
            _response_format_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_response_format_, _drifted)
        return _response_format_

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


def _parse_type_(data: object) -> ResponseFormatTypeType0 | ResponseFormatTypeType1:
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_response_format_type_type_0(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    type_type_1 = check_response_format_type_type_1(data)

    return type_type_1


def _decode_json_schema(self: ResponseFormat, raw: Any) -> Any:
    """``json_schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _json_schema = raw
        json_schema: ResponseFormatJSONSchema | Unset
        if _json_schema is UNSET:
            json_schema = UNSET
        else:
            json_schema = ResponseFormatJSONSchema.from_dict(_json_schema)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        json_schema, _drifted = _keep(
            type(self),
            {"json_schema": raw},
            "json_schema",
            "ResponseFormatJSONSchema",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return json_schema


_lazy(ResponseFormat, "json_schema", 1, _decode_json_schema)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ResponseFormatJSONSchema
    from ..models.response_format_json_schema import ResponseFormatJSONSchema  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..models.response_format_type import ResponseFormatType, check_response_format_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config_request import JsonSchemaConfigRequest


T = TypeVar("T", bound="ResponseFormatRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "json_schema",
        "type",
    }
)


@_attrs_define
class ResponseFormatRequest:
    """Response format configuration in a write request (strict form of ResponseFormat)

    Attributes:
        json_schema (JsonSchemaConfigRequest | Unset): JSON schema configuration in a write request (strict form of
            JsonSchemaConfig)
        type_ (ResponseFormatType | Unset): The response format type
    """

    json_schema: JsonSchemaConfigRequest | Unset = UNSET
    type_: ResponseFormatType | Unset = UNSET
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
            json_schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.json_schema, Unset):
                json_schema = self.json_schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            json_schema = _as_json(self.json_schema)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _json_schema_raw = d.get("json_schema", UNSET)
        if _json_schema_raw is UNSET:
            json_schema = UNSET
        elif not _strict:
            json_schema = _json_schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _json_schema = d.get("json_schema", UNSET)
                json_schema: JsonSchemaConfigRequest | Unset
                if _json_schema is UNSET:
                    json_schema = UNSET
                else:
                    json_schema = JsonSchemaConfigRequest.from_dict(_json_schema)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                json_schema, _drifted = _keep(
                    cls, d, "json_schema", "JsonSchemaConfigRequest", "type", _drifted
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: ResponseFormatType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_response_format_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "one of JSON_OBJECT, JSON_SCHEMA, TEXT", "enum", _drifted
            )

        _response_format_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _response_format_request_._json_schema_slot = json_schema  # type: ignore[attr-defined]
        _response_format_request_.type_ = type_
        _response_format_request_.additional_properties = {}
        _response_format_request_._pending = _pending

        if _extra:
            _response_format_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_response_format_request_, _drifted)
        return _response_format_request_

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


def _decode_json_schema(self: ResponseFormatRequest, raw: Any) -> Any:
    """``json_schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _json_schema = raw
        json_schema: JsonSchemaConfigRequest | Unset
        if _json_schema is UNSET:
            json_schema = UNSET
        else:
            json_schema = JsonSchemaConfigRequest.from_dict(_json_schema)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        json_schema, _drifted = _keep(
            type(self),
            {"json_schema": raw},
            "json_schema",
            "JsonSchemaConfigRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return json_schema


_lazy(ResponseFormatRequest, "json_schema", 1, _decode_json_schema)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, JsonSchemaConfigRequest
    from ..models.json_schema_config_request import JsonSchemaConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config_request_schema import JsonSchemaConfigRequestSchema


T = TypeVar("T", bound="JsonSchemaConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "description",
        "name",
        "schema",
        "strict",
    }
)


@_attrs_define
class JsonSchemaConfigRequest:
    """JSON schema configuration in a write request (strict form of JsonSchemaConfig)

    Attributes:
        description (str | Unset): A description of the JSON schema
        name (str | Unset): The name of the JSON schema
        schema (JsonSchemaConfigRequestSchema | Unset): The JSON schema object
        strict (bool | Unset): Whether to enforce strict schema validation. Defaults to `false`. Default: False.
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: JsonSchemaConfigRequestSchema | Unset = UNSET
    strict: bool | Unset = False
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
        description = self.description

        name = self.name

        try:
            schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.schema, Unset):
                schema = self.schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            schema = _as_json(self.schema)

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

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
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _schema_raw = d.get("schema", UNSET)
        if _schema_raw is UNSET:
            schema = UNSET
        elif not _strict:
            schema = _schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _schema = d.get("schema", UNSET)
                schema: JsonSchemaConfigRequestSchema | Unset
                if _schema is UNSET:
                    schema = UNSET
                else:
                    schema = JsonSchemaConfigRequestSchema.from_dict(_schema)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                schema, _drifted = _keep(
                    cls, d, "schema", "JsonSchemaConfigRequestSchema", "type", _drifted
                )

        try:
            strict = d.get("strict", UNSET)
            if not (type(strict) is bool or strict is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            strict, _drifted = _keep(cls, d, "strict", "bool", "type", _drifted)

        _json_schema_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _json_schema_config_request_.description = description
        _json_schema_config_request_.name = name
        _json_schema_config_request_._schema_slot = schema  # type: ignore[attr-defined]
        _json_schema_config_request_.strict = strict
        _json_schema_config_request_.additional_properties = {}
        _json_schema_config_request_._pending = _pending

        if _extra:
            _json_schema_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_json_schema_config_request_, _drifted)
        return _json_schema_config_request_

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


def _decode_schema(self: JsonSchemaConfigRequest, raw: Any) -> Any:
    """``schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _schema = raw
        schema: JsonSchemaConfigRequestSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            schema = JsonSchemaConfigRequestSchema.from_dict(_schema)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        schema, _drifted = _keep(
            type(self), {"schema": raw}, "schema", "JsonSchemaConfigRequestSchema", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return schema


_lazy(JsonSchemaConfigRequest, "schema", 1, _decode_schema)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, JsonSchemaConfigRequestSchema
    from ..models.json_schema_config_request_schema import JsonSchemaConfigRequestSchema  # noqa: PLC0415

    _LAZY_PENDING = False

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
    from ..models.prompt_response_format_json_schema_definition_schema import (
        PromptResponseFormatJSONSchemaDefinitionSchema,
    )


T = TypeVar("T", bound="PromptResponseFormatJSONSchemaDefinition")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "description",
        "schema",
        "strict",
    }
)


@_attrs_define
class PromptResponseFormatJSONSchemaDefinition:
    """
    Attributes:
        name (str):
        description (str | Unset):
        schema (PromptResponseFormatJSONSchemaDefinitionSchema | Unset):
        strict (bool | Unset):
    """

    name: str | Unset
    description: str | Unset = UNSET
    schema: PromptResponseFormatJSONSchemaDefinitionSchema | Unset = UNSET
    strict: bool | Unset = UNSET
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
        name = self.name

        description = self.description

        try:
            schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.schema, Unset):
                schema = self.schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            schema = _as_json(self.schema)

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _schema_raw = d.get("schema", UNSET)
        if _schema_raw is UNSET:
            schema = UNSET
        elif not _strict:
            schema = _schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _schema = d.get("schema", UNSET)
                schema: PromptResponseFormatJSONSchemaDefinitionSchema | Unset
                if _schema is UNSET:
                    schema = UNSET
                else:
                    schema = PromptResponseFormatJSONSchemaDefinitionSchema.from_dict(_schema)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                schema, _drifted = _keep(
                    cls,
                    d,
                    "schema",
                    "PromptResponseFormatJSONSchemaDefinitionSchema",
                    "type",
                    _drifted,
                )

        try:
            strict = d.get("strict", UNSET)
            if not (type(strict) is bool or strict is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            strict, _drifted = _keep(cls, d, "strict", "bool", "type", _drifted)

        _prompt_response_format_json_schema_definition_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_response_format_json_schema_definition_.name = name
        _prompt_response_format_json_schema_definition_.description = description
        _prompt_response_format_json_schema_definition_._schema_slot = schema  # type: ignore[attr-defined]
        _prompt_response_format_json_schema_definition_.strict = strict
        _prompt_response_format_json_schema_definition_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_response_format_json_schema_definition_, _drifted)
        return _prompt_response_format_json_schema_definition_


def _decode_schema(self: PromptResponseFormatJSONSchemaDefinition, raw: Any) -> Any:
    """``schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _schema = raw
        schema: PromptResponseFormatJSONSchemaDefinitionSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            schema = PromptResponseFormatJSONSchemaDefinitionSchema.from_dict(_schema)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        schema, _drifted = _keep(
            type(self),
            {"schema": raw},
            "schema",
            "PromptResponseFormatJSONSchemaDefinitionSchema",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return schema


_lazy(PromptResponseFormatJSONSchemaDefinition, "schema", 1, _decode_schema)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptResponseFormatJSONSchemaDefinitionSchema
    from ..models.prompt_response_format_json_schema_definition_schema import (
        PromptResponseFormatJSONSchemaDefinitionSchema,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

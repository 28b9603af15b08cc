from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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
    from ..models.prompt_response_format_json_schema_definition import (
        PromptResponseFormatJSONSchemaDefinition,
    )


T = TypeVar("T", bound="PromptResponseFormatJSONSchema")
_new = object.__new__
_FIELDS = frozenset(
    {
        "json_schema",
        "type",
    }
)


@_attrs_define
class PromptResponseFormatJSONSchema:
    """
    Attributes:
        json_schema (PromptResponseFormatJSONSchemaDefinition):
        type_ (Literal['json_schema']):
    """

    json_schema: PromptResponseFormatJSONSchemaDefinition | Unset
    type_: Literal["json_schema"] | Unset
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
            json_schema = self.json_schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            json_schema = _as_json(self.json_schema)

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "json_schema": json_schema,
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
        _json_schema_raw = d.get("json_schema", UNSET)
        if _json_schema_raw is not UNSET and not _strict:
            json_schema = _json_schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                json_schema = PromptResponseFormatJSONSchemaDefinition.from_dict(d["json_schema"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                json_schema, _drifted = _keep(
                    cls,
                    d,
                    "json_schema",
                    "PromptResponseFormatJSONSchemaDefinition",
                    "type",
                    _drifted,
                )

        try:
            type_ = cast(Literal["json_schema"], d["type"])
            if type_ != "json_schema":
                raise ValueError(f"type must match const 'json_schema', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027json_schema\u0027]", "type", _drifted
            )

        _prompt_response_format_json_schema_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_response_format_json_schema_._json_schema_slot = json_schema  # type: ignore[attr-defined]
        _prompt_response_format_json_schema_.type_ = type_
        _prompt_response_format_json_schema_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_response_format_json_schema_, _drifted)
        return _prompt_response_format_json_schema_


def _decode_json_schema(self: PromptResponseFormatJSONSchema, raw: Any) -> Any:
    """``json_schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        json_schema = PromptResponseFormatJSONSchemaDefinition.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        json_schema, _drifted = _keep(
            type(self),
            {"json_schema": raw},
            "json_schema",
            "PromptResponseFormatJSONSchemaDefinition",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return json_schema


_lazy(PromptResponseFormatJSONSchema, "json_schema", 1, _decode_json_schema)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptResponseFormatJSONSchemaDefinition
    from ..models.prompt_response_format_json_schema_definition import (
        PromptResponseFormatJSONSchemaDefinition,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

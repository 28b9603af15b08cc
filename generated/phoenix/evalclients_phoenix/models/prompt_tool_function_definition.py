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
    from ..models.prompt_tool_function_definition_parameters import (
        PromptToolFunctionDefinitionParameters,
    )


T = TypeVar("T", bound="PromptToolFunctionDefinition")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "description",
        "parameters",
        "strict",
    }
)


@_attrs_define
class PromptToolFunctionDefinition:
    """
    Attributes:
        name (str):
        description (str | Unset):
        parameters (PromptToolFunctionDefinitionParameters | Unset):
        strict (bool | Unset):
    """

    name: str | Unset
    description: str | Unset = UNSET
    parameters: PromptToolFunctionDefinitionParameters | Unset = UNSET
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
            parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.parameters, Unset):
                parameters = self.parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            parameters = _as_json(self.parameters)

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
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

        _parameters_raw = d.get("parameters", UNSET)
        if _parameters_raw is UNSET:
            parameters = UNSET
        elif not _strict:
            parameters = _parameters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _parameters = d.get("parameters", UNSET)
                parameters: PromptToolFunctionDefinitionParameters | Unset
                if _parameters is UNSET:
                    parameters = UNSET
                else:
                    parameters = PromptToolFunctionDefinitionParameters.from_dict(_parameters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                parameters, _drifted = _keep(
                    cls, d, "parameters", "PromptToolFunctionDefinitionParameters", "type", _drifted
                )

        try:
            strict = d.get("strict", UNSET)
            if not (type(strict) is bool or strict is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            strict, _drifted = _keep(cls, d, "strict", "bool", "type", _drifted)

        _prompt_tool_function_definition_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_tool_function_definition_.name = name
        _prompt_tool_function_definition_.description = description
        _prompt_tool_function_definition_._parameters_slot = parameters  # type: ignore[attr-defined]
        _prompt_tool_function_definition_.strict = strict
        _prompt_tool_function_definition_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_tool_function_definition_, _drifted)
        return _prompt_tool_function_definition_


def _decode_parameters(self: PromptToolFunctionDefinition, raw: Any) -> Any:
    """``parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _parameters = raw
        parameters: PromptToolFunctionDefinitionParameters | Unset
        if _parameters is UNSET:
            parameters = UNSET
        else:
            parameters = PromptToolFunctionDefinitionParameters.from_dict(_parameters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        parameters, _drifted = _keep(
            type(self),
            {"parameters": raw},
            "parameters",
            "PromptToolFunctionDefinitionParameters",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return parameters


_lazy(PromptToolFunctionDefinition, "parameters", 1, _decode_parameters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptToolFunctionDefinitionParameters
    from ..models.prompt_tool_function_definition_parameters import (
        PromptToolFunctionDefinitionParameters,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

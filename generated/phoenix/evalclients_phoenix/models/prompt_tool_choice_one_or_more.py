from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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
from ..types import Unset

T = TypeVar("T", bound="PromptToolChoiceOneOrMore")
_new = object.__new__
_FIELDS = frozenset(
    {
        "type",
    }
)


@_attrs_define
class PromptToolChoiceOneOrMore:
    """
    Attributes:
        type_ (Literal['one_or_more']):
    """

    type_: Literal["one_or_more"] | Unset
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

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
            type_ = cast(Literal["one_or_more"], d["type"])
            if type_ != "one_or_more":
                raise ValueError(f"type must match const 'one_or_more', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027one_or_more\u0027]", "type", _drifted
            )

        _prompt_tool_choice_one_or_more_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_tool_choice_one_or_more_.type_ = type_

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_tool_choice_one_or_more_, _drifted)
        return _prompt_tool_choice_one_or_more_

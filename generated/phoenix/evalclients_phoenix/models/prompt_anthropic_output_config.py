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
from ..models.prompt_anthropic_output_config_effort import (
    PromptAnthropicOutputConfigEffort,
    check_prompt_anthropic_output_config_effort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAnthropicOutputConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "effort",
    }
)


@_attrs_define
class PromptAnthropicOutputConfig:
    """
    Attributes:
        effort (PromptAnthropicOutputConfigEffort | Unset):
    """

    effort: PromptAnthropicOutputConfigEffort | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            effort: str | Unset = UNSET
            if not isinstance(self.effort, Unset):
                effort = self.effort

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            effort = _as_json(self.effort)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

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
            _effort = d.get("effort", UNSET)
            effort: PromptAnthropicOutputConfigEffort | Unset
            if _effort is UNSET:
                effort = UNSET
            else:
                effort = check_prompt_anthropic_output_config_effort(_effort)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            effort, _drifted = _keep(
                cls, d, "effort", "one of high, low, max, medium, xhigh", "enum", _drifted
            )

        _prompt_anthropic_output_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_anthropic_output_config_.effort = effort

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_anthropic_output_config_, _drifted)
        return _prompt_anthropic_output_config_

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicHeaders")
_new = object.__new__
_FIELDS = frozenset(
    {
        "anthropic_beta",
    }
)


@_attrs_define
class AnthropicHeaders:
    """Anthropic-specific headers

    Attributes:
        anthropic_beta (list[None | str] | None | Unset): Anthropic beta feature flags
    """

    anthropic_beta: list[None | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            anthropic_beta: list[None | str] | None | Unset
            if isinstance(self.anthropic_beta, Unset):
                anthropic_beta = UNSET
            elif isinstance(self.anthropic_beta, list):
                anthropic_beta = []
                for anthropic_beta_type_0_item_data in self.anthropic_beta:
                    anthropic_beta_type_0_item: None | str
                    anthropic_beta_type_0_item = anthropic_beta_type_0_item_data
                    anthropic_beta.append(anthropic_beta_type_0_item)

            else:
                anthropic_beta = self.anthropic_beta
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            anthropic_beta = _as_json(self.anthropic_beta)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_beta is not UNSET:
            field_dict["anthropic_beta"] = anthropic_beta

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
            _anthropic_beta = d.get("anthropic_beta", UNSET)
            anthropic_beta = (
                _anthropic_beta
                if _anthropic_beta is None or _anthropic_beta is UNSET
                else _parse_anthropic_beta(_anthropic_beta)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            anthropic_beta, _drifted = _keep(
                cls, d, "anthropic_beta", "list[None | str] | None", "union", _drifted
            )

        _anthropic_headers_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _anthropic_headers_.anthropic_beta = anthropic_beta
        _anthropic_headers_.additional_properties = {}

        if _extra:
            _anthropic_headers_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_anthropic_headers_, _drifted)
        return _anthropic_headers_

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


def _parse_anthropic_beta(data: object) -> list[None | str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        anthropic_beta_type_0 = []
        _anthropic_beta_type_0 = data
        for anthropic_beta_type_0_item_data in _anthropic_beta_type_0:
            anthropic_beta_type_0_item: None | str = anthropic_beta_type_0_item_data

            anthropic_beta_type_0.append(anthropic_beta_type_0_item)

        return anthropic_beta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import note as _note
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of

T = TypeVar("T", bound="PromptKernelRequestOtherProviderParameters")
_new = object.__new__


@_attrs_define
class PromptKernelRequestOtherProviderParameters:
    """Other parameter values to be passed to the provider call."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PromptKernelRequestOtherProviderParameters is a JSON object, not {type(src_dict).__name__}"
            )
        _drifted: list[_Drift] | None = None
        d = src_dict
        _prompt_kernel_request_other_provider_parameters_ = cls()

        if d:
            _prompt_kernel_request_other_provider_parameters_.additional_properties = dict(d)
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_kernel_request_other_provider_parameters_, _drifted)
        return _prompt_kernel_request_other_provider_parameters_

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultLLMIntegrationResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "integration_id",
        "model_name",
    }
)


@_attrs_define
class DefaultLLMIntegrationResponse:
    """DefaultLLMIntegrationResponse

    Attributes:
        integration_id (str | Unset): The unique identifier of the integration.
        model_name (str | Unset): The model name selected for the integration.
    """

    integration_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

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
            integration_id = d.get("integration_id", UNSET)
            if not (type(integration_id) is str or integration_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            integration_id, _drifted = _keep(cls, d, "integration_id", "str", "type", _drifted)

        try:
            model_name = d.get("model_name", UNSET)
            if not (type(model_name) is str or model_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_name, _drifted = _keep(cls, d, "model_name", "str", "type", _drifted)

        _default_llm_integration_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _default_llm_integration_response_.integration_id = integration_id
        _default_llm_integration_response_.model_name = model_name
        _default_llm_integration_response_.additional_properties = {}

        if _extra:
            _default_llm_integration_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_default_llm_integration_response_, _drifted)
        return _default_llm_integration_response_

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderApiKeys")
_new = object.__new__
_FIELDS = frozenset(
    {
        "ai21",
        "anthropic",
        "bedrock",
        "cohere",
        "mock",
        "openai",
        "openai_azure",
        "openai_azure_endpoint",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "ai21",
        "ai21",
        False,
        0,
        "ai21 = _j_ai21\nif not (type(ai21) is str or ai21 is UNSET):\n    raise TypeError",
    ),
    (
        "anthropic",
        "anthropic",
        False,
        0,
        "anthropic = _j_anthropic\nif not (type(anthropic) is str or anthropic is UNSET):\n    raise TypeError",
    ),
    (
        "bedrock",
        "bedrock",
        False,
        0,
        "bedrock = _j_bedrock\nif not (type(bedrock) is str or bedrock is UNSET):\n    raise TypeError",
    ),
    (
        "cohere",
        "cohere",
        False,
        0,
        "cohere = _j_cohere\nif not (type(cohere) is str or cohere is UNSET):\n    raise TypeError",
    ),
    (
        "mock",
        "mock",
        False,
        0,
        "mock = _j_mock\nif not (type(mock) is str or mock is UNSET):\n    raise TypeError",
    ),
    (
        "openai",
        "openai",
        False,
        0,
        "openai = _j_openai\nif not (type(openai) is str or openai is UNSET):\n    raise TypeError",
    ),
    (
        "openai_azure",
        "openai_azure",
        False,
        0,
        "openai_azure = _j_openai_azure\nif not (type(openai_azure) is str or openai_azure is UNSET):\n    raise TypeError",
    ),
    (
        "openai_azure_endpoint",
        "openai_azure_endpoint",
        False,
        0,
        "openai_azure_endpoint = _j_openai_azure_endpoint\nif not (type(openai_azure_endpoint) is str or openai_azure_endpoint is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class ProviderApiKeys:
    """
    Attributes:
        ai21 (str | Unset):
        anthropic (str | Unset):
        bedrock (str | Unset):
        cohere (str | Unset):
        mock (str | Unset):
        openai (str | Unset):
        openai_azure (str | Unset):
        openai_azure_endpoint (str | Unset):
    """

    ai21: str | Unset = UNSET
    anthropic: str | Unset = UNSET
    bedrock: str | Unset = UNSET
    cohere: str | Unset = UNSET
    mock: str | Unset = UNSET
    openai: str | Unset = UNSET
    openai_azure: str | Unset = UNSET
    openai_azure_endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        ai21 = self.ai21

        anthropic = self.anthropic

        bedrock = self.bedrock

        cohere = self.cohere

        mock = self.mock

        openai = self.openai

        openai_azure = self.openai_azure

        openai_azure_endpoint = self.openai_azure_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai21 is not UNSET:
            field_dict["ai21"] = ai21
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if bedrock is not UNSET:
            field_dict["bedrock"] = bedrock
        if cohere is not UNSET:
            field_dict["cohere"] = cohere
        if mock is not UNSET:
            field_dict["mock"] = mock
        if openai is not UNSET:
            field_dict["openai"] = openai
        if openai_azure is not UNSET:
            field_dict["openai_azure"] = openai_azure
        if openai_azure_endpoint is not UNSET:
            field_dict["openai_azure_endpoint"] = openai_azure_endpoint

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 1, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            ai21 = d.get("ai21", UNSET)
            if not (type(ai21) is str or ai21 is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ai21, _drifted = _keep(cls, d, "ai21", "str", "type", _drifted)

        try:
            anthropic = d.get("anthropic", UNSET)
            if not (type(anthropic) is str or anthropic is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            anthropic, _drifted = _keep(cls, d, "anthropic", "str", "type", _drifted)

        try:
            bedrock = d.get("bedrock", UNSET)
            if not (type(bedrock) is str or bedrock is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            bedrock, _drifted = _keep(cls, d, "bedrock", "str", "type", _drifted)

        try:
            cohere = d.get("cohere", UNSET)
            if not (type(cohere) is str or cohere is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cohere, _drifted = _keep(cls, d, "cohere", "str", "type", _drifted)

        try:
            mock = d.get("mock", UNSET)
            if not (type(mock) is str or mock is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            mock, _drifted = _keep(cls, d, "mock", "str", "type", _drifted)

        try:
            openai = d.get("openai", UNSET)
            if not (type(openai) is str or openai is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            openai, _drifted = _keep(cls, d, "openai", "str", "type", _drifted)

        try:
            openai_azure = d.get("openai_azure", UNSET)
            if not (type(openai_azure) is str or openai_azure is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            openai_azure, _drifted = _keep(cls, d, "openai_azure", "str", "type", _drifted)

        try:
            openai_azure_endpoint = d.get("openai_azure_endpoint", UNSET)
            if not (type(openai_azure_endpoint) is str or openai_azure_endpoint is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            openai_azure_endpoint, _drifted = _keep(
                cls, d, "openai_azure_endpoint", "str", "type", _drifted
            )

        _provider_api_keys_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _provider_api_keys_.ai21 = ai21
        _provider_api_keys_.anthropic = anthropic
        _provider_api_keys_.bedrock = bedrock
        _provider_api_keys_.cohere = cohere
        _provider_api_keys_.mock = mock
        _provider_api_keys_.openai = openai
        _provider_api_keys_.openai_azure = openai_azure
        _provider_api_keys_.openai_azure_endpoint = openai_azure_endpoint
        _provider_api_keys_.additional_properties = {}

        if _extra:
            _provider_api_keys_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_provider_api_keys_, _drifted)
        return _provider_api_keys_

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

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
    from ..models.anthropic_headers_request import AnthropicHeadersRequest
    from ..models.azure_params_request import AzureParamsRequest
    from ..models.bedrock_options_request import BedrockOptionsRequest


T = TypeVar("T", bound="ProviderParamsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "anthropic_headers",
        "anthropic_version",
        "azure_params",
        "bedrock_options",
        "region",
    }
)


@_attrs_define
class ProviderParamsRequest:
    """Provider-specific parameters in a write request (strict form of ProviderParams; leaf schemas use *Request variants)

    Attributes:
        anthropic_headers (AnthropicHeadersRequest | Unset): Anthropic-specific headers in a write request (strict form
            of AnthropicHeaders)
        anthropic_version (str | Unset): Anthropic API version
        azure_params (AzureParamsRequest | Unset): Azure OpenAI specific parameters in a write request (strict form of
            AzureParams)
        bedrock_options (BedrockOptionsRequest | Unset): AWS Bedrock options in a write request (strict form of
            BedrockOptions)
        region (str | Unset): Region for the model deployment
    """

    anthropic_headers: AnthropicHeadersRequest | Unset = UNSET
    anthropic_version: str | Unset = UNSET
    azure_params: AzureParamsRequest | Unset = UNSET
    bedrock_options: BedrockOptionsRequest | Unset = UNSET
    region: str | Unset = UNSET
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
        try:
            anthropic_headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.anthropic_headers, Unset):
                anthropic_headers = self.anthropic_headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            anthropic_headers = _as_json(self.anthropic_headers)

        anthropic_version = self.anthropic_version

        try:
            azure_params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.azure_params, Unset):
                azure_params = self.azure_params.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            azure_params = _as_json(self.azure_params)

        try:
            bedrock_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.bedrock_options, Unset):
                bedrock_options = self.bedrock_options.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            bedrock_options = _as_json(self.bedrock_options)

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_headers is not UNSET:
            field_dict["anthropic_headers"] = anthropic_headers
        if anthropic_version is not UNSET:
            field_dict["anthropic_version"] = anthropic_version
        if azure_params is not UNSET:
            field_dict["azure_params"] = azure_params
        if bedrock_options is not UNSET:
            field_dict["bedrock_options"] = bedrock_options
        if region is not UNSET:
            field_dict["region"] = region

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
        _anthropic_headers_raw = d.get("anthropic_headers", UNSET)
        if _anthropic_headers_raw is UNSET:
            anthropic_headers = UNSET
        elif not _strict:
            anthropic_headers = _anthropic_headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _anthropic_headers = d.get("anthropic_headers", UNSET)
                anthropic_headers: AnthropicHeadersRequest | Unset
                if _anthropic_headers is UNSET:
                    anthropic_headers = UNSET
                else:
                    anthropic_headers = AnthropicHeadersRequest.from_dict(_anthropic_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                anthropic_headers, _drifted = _keep(
                    cls, d, "anthropic_headers", "AnthropicHeadersRequest", "type", _drifted
                )

        try:
            anthropic_version = d.get("anthropic_version", UNSET)
            if not (type(anthropic_version) is str or anthropic_version is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            anthropic_version, _drifted = _keep(
                cls, d, "anthropic_version", "str", "type", _drifted
            )

        _azure_params_raw = d.get("azure_params", UNSET)
        if _azure_params_raw is UNSET:
            azure_params = UNSET
        elif not _strict:
            azure_params = _azure_params_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _azure_params = d.get("azure_params", UNSET)
                azure_params: AzureParamsRequest | Unset
                if _azure_params is UNSET:
                    azure_params = UNSET
                else:
                    azure_params = AzureParamsRequest.from_dict(_azure_params)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                azure_params, _drifted = _keep(
                    cls, d, "azure_params", "AzureParamsRequest", "type", _drifted
                )

        _bedrock_options_raw = d.get("bedrock_options", UNSET)
        if _bedrock_options_raw is UNSET:
            bedrock_options = UNSET
        elif not _strict:
            bedrock_options = _bedrock_options_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _bedrock_options = d.get("bedrock_options", UNSET)
                bedrock_options: BedrockOptionsRequest | Unset
                if _bedrock_options is UNSET:
                    bedrock_options = UNSET
                else:
                    bedrock_options = BedrockOptionsRequest.from_dict(_bedrock_options)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                bedrock_options, _drifted = _keep(
                    cls, d, "bedrock_options", "BedrockOptionsRequest", "type", _drifted
                )

        try:
            region = d.get("region", UNSET)
            if not (type(region) is str or region is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            region, _drifted = _keep(cls, d, "region", "str", "type", _drifted)

        _provider_params_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _provider_params_request_._anthropic_headers_slot = anthropic_headers  # type: ignore[attr-defined]
        _provider_params_request_.anthropic_version = anthropic_version
        _provider_params_request_._azure_params_slot = azure_params  # type: ignore[attr-defined]
        _provider_params_request_._bedrock_options_slot = bedrock_options  # type: ignore[attr-defined]
        _provider_params_request_.region = region
        _provider_params_request_.additional_properties = {}
        _provider_params_request_._pending = _pending

        if _extra:
            _provider_params_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_provider_params_request_, _drifted)
        return _provider_params_request_

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


def _decode_anthropic_headers(self: ProviderParamsRequest, raw: Any) -> Any:
    """``anthropic_headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _anthropic_headers = raw
        anthropic_headers: AnthropicHeadersRequest | Unset
        if _anthropic_headers is UNSET:
            anthropic_headers = UNSET
        else:
            anthropic_headers = AnthropicHeadersRequest.from_dict(_anthropic_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        anthropic_headers, _drifted = _keep(
            type(self),
            {"anthropic_headers": raw},
            "anthropic_headers",
            "AnthropicHeadersRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return anthropic_headers


_lazy(ProviderParamsRequest, "anthropic_headers", 1, _decode_anthropic_headers)


def _decode_azure_params(self: ProviderParamsRequest, raw: Any) -> Any:
    """``azure_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _azure_params = raw
        azure_params: AzureParamsRequest | Unset
        if _azure_params is UNSET:
            azure_params = UNSET
        else:
            azure_params = AzureParamsRequest.from_dict(_azure_params)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        azure_params, _drifted = _keep(
            type(self),
            {"azure_params": raw},
            "azure_params",
            "AzureParamsRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return azure_params


_lazy(ProviderParamsRequest, "azure_params", 2, _decode_azure_params)


def _decode_bedrock_options(self: ProviderParamsRequest, raw: Any) -> Any:
    """``bedrock_options`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _bedrock_options = raw
        bedrock_options: BedrockOptionsRequest | Unset
        if _bedrock_options is UNSET:
            bedrock_options = UNSET
        else:
            bedrock_options = BedrockOptionsRequest.from_dict(_bedrock_options)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        bedrock_options, _drifted = _keep(
            type(self),
            {"bedrock_options": raw},
            "bedrock_options",
            "BedrockOptionsRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return bedrock_options


_lazy(ProviderParamsRequest, "bedrock_options", 4, _decode_bedrock_options)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnthropicHeadersRequest, AzureParamsRequest, BedrockOptionsRequest
    from ..models.anthropic_headers_request import AnthropicHeadersRequest  # noqa: PLC0415
    from ..models.azure_params_request import AzureParamsRequest  # noqa: PLC0415
    from ..models.bedrock_options_request import BedrockOptionsRequest  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..drift import strs as _strs
from ..models.aws_bedrock_config_provider import (
    AwsBedrockConfigProvider,
    check_aws_bedrock_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth
    from ..models.aws_bedrock_default_auth import AwsBedrockDefaultAuth
    from ..models.aws_bedrock_proxy_with_headers_auth import AwsBedrockProxyWithHeadersAuth


T = TypeVar("T", bound="AwsBedrockConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth",
        "is_default_models_enabled",
        "model_names",
        "provider",
    }
)


@_attrs_define
class AwsBedrockConfig:
    """Config for an AWS Bedrock LLM integration. The model catalog is caller-controlled via `is_default_models_enabled`
    and `model_names`. Function/tool-calling settings do not apply to Bedrock and are omitted.

        Attributes:
            auth (AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth | Unset): AWS Bedrock
                auth settings, discriminated by `auth_type`.
            is_default_models_enabled (bool | Unset): Whether Arize's default Bedrock model catalog is enabled.
            model_names (list[str] | Unset): Custom model names configured on this integration. Empty when none.
            provider (AwsBedrockConfigProvider | Unset): Discriminator identifying the AWS Bedrock provider.
    """

    auth: (
        AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth | Unset
    ) = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    provider: AwsBedrockConfigProvider | Unset = UNSET
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
            auth: dict[str, Any] | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, AwsBedrockDefaultAuth):
                auth = self.auth.to_dict()
            elif isinstance(self.auth, AwsBedrockBearerTokenAuth):
                auth = self.auth.to_dict()
            else:
                auth = self.auth.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth = _as_json(self.auth)

        is_default_models_enabled = self.is_default_models_enabled

        try:
            model_names: list[str] | Unset = UNSET
            if not isinstance(self.model_names, Unset):
                model_names = self.model_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if provider is not UNSET:
            field_dict["provider"] = provider

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
        _auth_raw = d.get("auth", UNSET)
        if _auth_raw is UNSET:
            auth = UNSET
        elif not _strict:
            auth = _auth_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _auth = d.get("auth", UNSET)
                auth = _auth if _auth is UNSET else _parse_auth(_auth)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                auth, _drifted = _keep(
                    cls,
                    d,
                    "auth",
                    "AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth",
                    "union",
                    _drifted,
                )

        try:
            is_default_models_enabled = d.get("is_default_models_enabled", UNSET)
            if not (type(is_default_models_enabled) is bool or is_default_models_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_default_models_enabled, _drifted = _keep(
                cls, d, "is_default_models_enabled", "bool", "type", _drifted
            )

        try:
            model_names: list[str] = d.get("model_names", UNSET)

            if not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(cls, d, "model_names", "list[str]", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: AwsBedrockConfigProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_aws_bedrock_config_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of AWS_BEDROCK", "enum", _drifted)

        _aws_bedrock_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _aws_bedrock_config_._auth_slot = auth  # type: ignore[attr-defined]
        _aws_bedrock_config_.is_default_models_enabled = is_default_models_enabled
        _aws_bedrock_config_.model_names = model_names
        _aws_bedrock_config_.provider = provider
        _aws_bedrock_config_.additional_properties = {}
        _aws_bedrock_config_._pending = _pending

        if _extra:
            _aws_bedrock_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_aws_bedrock_config_, _drifted)
        return _aws_bedrock_config_

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


def _parse_auth(
    data: object,
) -> AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_aws_bedrock_auth_type_0 = AwsBedrockDefaultAuth.from_dict(
            data, _strict=True
        )

        return componentsschemas_aws_bedrock_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_aws_bedrock_auth_type_1 = AwsBedrockBearerTokenAuth.from_dict(
            data, _strict=True
        )

        return componentsschemas_aws_bedrock_auth_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_aws_bedrock_auth_type_2 = AwsBedrockProxyWithHeadersAuth.from_dict(
        data, _strict=True
    )

    return componentsschemas_aws_bedrock_auth_type_2


def _decode_auth(self: AwsBedrockConfig, raw: Any) -> Any:
    """``auth`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _auth = raw
        auth = _auth if _auth is UNSET else _parse_auth(_auth)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        auth, _drifted = _keep(
            type(self),
            {"auth": raw},
            "auth",
            "AwsBedrockBearerTokenAuth | AwsBedrockDefaultAuth | AwsBedrockProxyWithHeadersAuth",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return auth


_lazy(AwsBedrockConfig, "auth", 1, _decode_auth)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AwsBedrockBearerTokenAuth, \
        AwsBedrockDefaultAuth, \
        AwsBedrockProxyWithHeadersAuth
    from ..models.aws_bedrock_bearer_token_auth import AwsBedrockBearerTokenAuth  # noqa: PLC0415
    from ..models.aws_bedrock_default_auth import AwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.aws_bedrock_proxy_with_headers_auth import AwsBedrockProxyWithHeadersAuth  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..models.create_aws_bedrock_config_provider import (
    CreateAwsBedrockConfigProvider,
    check_create_aws_bedrock_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,
    )


T = TypeVar("T", bound="CreateAwsBedrockConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth",
        "provider",
        "is_default_models_enabled",
        "model_names",
    }
)


@_attrs_define
class CreateAwsBedrockConfig:
    """Create config for an AWS Bedrock LLM integration. `auth` selects one of three auth modes via `auth_type`. The
    integration must have at least one model available: enable `is_default_models_enabled` or provide at least one entry
    in `model_names`, otherwise the request is rejected with 422.

        Attributes:
            auth (CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth): AWS
                Bedrock auth settings for create and update, discriminated by `auth_type`. On PATCH this object replaces the
                stored auth settings wholesale (auth_type may change); omitted fields of the previous auth mode are cleared.
            provider (CreateAwsBedrockConfigProvider): Discriminator identifying the AWS Bedrock provider.
            is_default_models_enabled (bool | Unset): Enable Arize's default Bedrock model catalog. Defaults to false.
            model_names (list[str] | Unset): Custom model names to make available. Defaults to none.
    """

    auth: (
        CreateAwsBedrockBearerTokenAuth
        | CreateAwsBedrockDefaultAuth
        | CreateAwsBedrockProxyWithHeadersAuth
        | Unset
    )
    provider: CreateAwsBedrockConfigProvider | Unset
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
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
            auth: dict[str, Any]
            if isinstance(self.auth, CreateAwsBedrockDefaultAuth):
                auth = self.auth.to_dict()
            elif isinstance(self.auth, CreateAwsBedrockBearerTokenAuth):
                auth = self.auth.to_dict()
            else:
                auth = self.auth.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth = _as_json(self.auth)

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        is_default_models_enabled = self.is_default_models_enabled

        try:
            model_names: list[str] | Unset = UNSET
            if not isinstance(self.model_names, Unset):
                model_names = self.model_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "provider": provider,
            }
        )
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

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
        if _auth_raw is not UNSET and not _strict:
            auth = _auth_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                auth = _parse_auth(d["auth"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                auth, _drifted = _keep(
                    cls,
                    d,
                    "auth",
                    "CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth",
                    "union",
                    _drifted,
                )

        try:
            provider = check_create_aws_bedrock_config_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of AWS_BEDROCK", "enum", _drifted)

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

        _create_aws_bedrock_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_aws_bedrock_config_._auth_slot = auth  # type: ignore[attr-defined]
        _create_aws_bedrock_config_.provider = provider
        _create_aws_bedrock_config_.is_default_models_enabled = is_default_models_enabled
        _create_aws_bedrock_config_.model_names = model_names
        _create_aws_bedrock_config_.additional_properties = {}
        _create_aws_bedrock_config_._pending = _pending

        if _extra:
            _create_aws_bedrock_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_aws_bedrock_config_, _drifted)
        return _create_aws_bedrock_config_

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
) -> (
    CreateAwsBedrockBearerTokenAuth
    | CreateAwsBedrockDefaultAuth
    | CreateAwsBedrockProxyWithHeadersAuth
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_aws_bedrock_auth_type_0 = CreateAwsBedrockDefaultAuth.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_aws_bedrock_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_aws_bedrock_auth_type_1 = (
            CreateAwsBedrockBearerTokenAuth.from_dict(data, _strict=True)
        )

        return componentsschemas_create_aws_bedrock_auth_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_aws_bedrock_auth_type_2 = (
        CreateAwsBedrockProxyWithHeadersAuth.from_dict(data, _strict=True)
    )

    return componentsschemas_create_aws_bedrock_auth_type_2


def _decode_auth(self: CreateAwsBedrockConfig, raw: Any) -> Any:
    """``auth`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        auth = _parse_auth(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        auth, _drifted = _keep(
            type(self),
            {"auth": raw},
            "auth",
            "CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return auth


_lazy(CreateAwsBedrockConfig, "auth", 1, _decode_auth)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateAwsBedrockBearerTokenAuth, \
        CreateAwsBedrockDefaultAuth, \
        CreateAwsBedrockProxyWithHeadersAuth
    from ..models.create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

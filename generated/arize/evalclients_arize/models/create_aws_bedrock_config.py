from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    )
    provider: CreateAwsBedrockConfigProvider
    is_default_models_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        auth: dict[str, Any]
        if isinstance(self.auth, CreateAwsBedrockDefaultAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, CreateAwsBedrockBearerTokenAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        provider: str = self.provider

        is_default_models_enabled = self.is_default_models_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        auth = _parse_auth(d["auth"])

        provider = check_create_aws_bedrock_config_provider(d["provider"])

        is_default_models_enabled = d.get("is_default_models_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        create_aws_bedrock_config = cls(
            auth,
            provider,
            is_default_models_enabled,
            model_names,
        )

        if not d.keys() <= _FIELDS:
            create_aws_bedrock_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_aws_bedrock_config

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
            data
        )

        return componentsschemas_create_aws_bedrock_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_aws_bedrock_auth_type_1 = (
            CreateAwsBedrockBearerTokenAuth.from_dict(data)
        )

        return componentsschemas_create_aws_bedrock_auth_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_aws_bedrock_auth_type_2 = (
        CreateAwsBedrockProxyWithHeadersAuth.from_dict(data)
    )

    return componentsschemas_create_aws_bedrock_auth_type_2


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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.llm_integration_provider import LlmIntegrationProvider, check_llm_integration_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,
    )
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,
    )
    from ..models.update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0


T = TypeVar("T", bound="UpdateLlmConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "api_key",
        "auth",
        "base_url",
        "headers",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "location",
        "model_names",
        "project_access_label",
        "project_id",
        "provider",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "api_key",
        "api_key",
        False,
        0,
        "api_key: None | str | Unset = _j_api_key\n\nif not (api_key is None or type(api_key) is str or api_key is UNSET):\n    raise TypeError",
    ),
    ("auth", "_auth_slot", False, 1, ""),
    (
        "base_url",
        "base_url",
        False,
        0,
        "base_url: None | str | Unset = _j_base_url\n\nif not (base_url is None or type(base_url) is str or base_url is UNSET):\n    raise TypeError",
    ),
    ("headers", "_headers_slot", False, 2, ""),
    (
        "is_default_models_enabled",
        "is_default_models_enabled",
        False,
        0,
        "is_default_models_enabled = _j_is_default_models_enabled\nif not (type(is_default_models_enabled) is bool or is_default_models_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "is_function_calling_enabled",
        "is_function_calling_enabled",
        False,
        0,
        "is_function_calling_enabled = _j_is_function_calling_enabled\nif not (type(is_function_calling_enabled) is bool or is_function_calling_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "location",
        "location",
        False,
        0,
        "location = _j_location\nif not (type(location) is str or location is UNSET):\n    raise TypeError",
    ),
    (
        "model_names",
        "model_names",
        False,
        0,
        "model_names: list[str] = _j_model_names\n\nif not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):\n    raise TypeError",
    ),
    (
        "project_access_label",
        "project_access_label",
        False,
        0,
        "project_access_label = _j_project_access_label\nif not (type(project_access_label) is str or project_access_label is UNSET):\n    raise TypeError",
    ),
    (
        "project_id",
        "project_id",
        False,
        0,
        "project_id = _j_project_id\nif not (type(project_id) is str or project_id is UNSET):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        False,
        0,
        "_provider = _j_provider\nprovider: LlmIntegrationProvider | Unset\nif _provider is UNSET:\n    provider = UNSET\nelse:\n    provider = check_llm_integration_provider(_provider)",
    ),
)


@_attrs_define
class UpdateLlmConfig:
    """Partial LLM config for PATCH. `provider` is immutable; if present it must match the stored value. Invalid
    provider/field combinations return 422.  Provider-specific fields: - `api_key`, `is_function_calling_enabled`: all
    except `AWS_BEDROCK`, `VERTEX_AI` - `auth`: `AWS_BEDROCK`, `CUSTOM` - `base_url`: `ANTHROPIC`, `CUSTOM`, `LITELLM`,
    `NVIDIA_NIM` - `headers`: `CUSTOM`, `LITELLM`, `NVIDIA_NIM` - `is_default_models_enabled`: `AWS_BEDROCK`, `CUSTOM`,
    `FIREWORKS`, `NVIDIA_NIM`, `TOGETHER_AI` - `model_names`: `AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `LITELLM`,
    `NVIDIA_NIM`, `TOGETHER_AI` - `project_id`, `location`, `project_access_label`: `VERTEX_AI` only

        Attributes:
            api_key (None | str | Unset): Rotate the API key. Pass null to clear it. Omit to keep unchanged. Not valid for
                `AWS_BEDROCK` (bearer tokens are rotated via `auth`) or `VERTEX_AI`. For `CUSTOM` it cannot be combined with
                `auth` in the same request; use one or the other.
            auth (CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth |
                CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | Unset): Replacement auth settings for the
                providers that model credentials as an auth block: `AWS_BEDROCK` and `CUSTOM`. The block must match the stored
                provider; a Bedrock block on a `CUSTOM` integration (or the reverse) is rejected with 422. There is no
                discriminator here because `auth_type: DEFAULT` means different things for the two providers — role assumption
                for Bedrock, API-key auth for a custom endpoint — so the correct variant is determined by the stored provider
                rather than by `auth_type` alone.
            base_url (None | str | Unset): (`CUSTOM`, `NVIDIA_NIM`, `LITELLM`, and `ANTHROPIC` only) New endpoint URL. For
                `NVIDIA_NIM` and `ANTHROPIC` the field is optional on the resource, so null clears it (falling back to the
                provider default endpoint). For `CUSTOM` and `LITELLM` it is required on the resource — null is rejected with
                422. Omit to keep unchanged.
            headers (None | Unset | UpdateLlmConfigHeadersType0): (`CUSTOM`, `NVIDIA_NIM`, and `LITELLM` only) Replaces the
                configured custom request headers: the provided map becomes the full header set. Pass null to clear all headers.
                Omit to keep unchanged. Write-only; names are exposed as `header_names` on read. The serialized header map must
                not exceed 8,175 bytes.
            is_default_models_enabled (bool | Unset): (`AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `NVIDIA_NIM`, and `TOGETHER_AI`
                only) Enable or disable Arize's default model catalog. For `AWS_BEDROCK`, `CUSTOM`, and `NVIDIA_NIM` the
                effective config must keep at least one model source or the request is rejected with 422. Omit to keep
                unchanged.
            is_function_calling_enabled (bool | Unset): Enable or disable function/tool calling. Omit to keep unchanged. Not
                valid for `AWS_BEDROCK` or `VERTEX_AI`.
            location (str | Unset): (`VERTEX_AI` only) New GCP region. Required on the resource, so it may be changed but
                never cleared; omitted fields keep their stored values (per-scalar deep-merge).
            model_names (list[str] | Unset): (`AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `NVIDIA_NIM`, `LITELLM`, and
                `TOGETHER_AI` only) Replaces the custom model list. For `AWS_BEDROCK`, `CUSTOM`, and `NVIDIA_NIM` the effective
                config must keep at least one model source or the request is rejected with 422; `FIREWORKS`, `LITELLM`, and
                `TOGETHER_AI` resolve models from the provider, so the list may be emptied. Omit to keep unchanged.
            project_access_label (str | Unset): (`VERTEX_AI` only) New project-access label. Required on the resource, so it
                may be changed but never cleared; omitted fields keep their stored values (per-scalar deep-merge).
            project_id (str | Unset): (`VERTEX_AI` only) New GCP project ID. Required on the resource, so it may be changed
                but never cleared; omitted fields keep their stored values (per-scalar deep-merge).
            provider (LlmIntegrationProvider | Unset): The LLM vendor for an `LLM` integration. Selects the per-provider
                `config` member. `OPEN_AI`, `ANTHROPIC`, `GEMINI`, `AWS_BEDROCK`, `CUSTOM`, `VERTEX_AI`, `NVIDIA_NIM`,
                `LITELLM`, `FIREWORKS`, and `TOGETHER_AI` are implemented; additional providers are added non-breakingly.
    """

    api_key: None | str | Unset = UNSET
    auth: (
        CreateAwsBedrockBearerTokenAuth
        | CreateAwsBedrockDefaultAuth
        | CreateAwsBedrockProxyWithHeadersAuth
        | CreateCustomDefaultAuth
        | CreateCustomOauth2ClientCredentialsAuth
        | Unset
    ) = UNSET
    base_url: None | str | Unset = UNSET
    headers: None | Unset | UpdateLlmConfigHeadersType0 = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    location: str | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    project_access_label: str | Unset = UNSET
    project_id: str | Unset = UNSET
    provider: LlmIntegrationProvider | Unset = UNSET
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
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        try:
            auth: dict[str, Any] | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, CreateAwsBedrockDefaultAuth):
                auth = self.auth.to_dict()
            elif isinstance(self.auth, CreateAwsBedrockBearerTokenAuth):
                auth = self.auth.to_dict()
            elif isinstance(self.auth, CreateAwsBedrockProxyWithHeadersAuth):
                auth = self.auth.to_dict()
            elif isinstance(self.auth, CreateCustomDefaultAuth):
                auth = self.auth.to_dict()
            else:
                auth = self.auth.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth = _as_json(self.auth)

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, UpdateLlmConfigHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        location = self.location

        try:
            model_names: list[str] | Unset = UNSET
            if not isinstance(self.model_names, Unset):
                model_names = self.model_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

        project_access_label = self.project_access_label

        project_id = self.project_id

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth is not UNSET:
            field_dict["auth"] = auth
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if location is not UNSET:
            field_dict["location"] = location
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if project_access_label is not UNSET:
            field_dict["project_access_label"] = project_access_label
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
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
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            api_key: None | str | Unset = d.get("api_key", UNSET)

            if not (api_key is None or type(api_key) is str or api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            api_key, _drifted = _keep(cls, d, "api_key", "None | str", "type", _drifted)

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
                    "CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth | CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth",
                    "union",
                    _drifted,
                )

        try:
            base_url: None | str | Unset = d.get("base_url", UNSET)

            if not (base_url is None or type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "None | str", "type", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers = (
                    _headers if _headers is None or _headers is UNSET else _parse_headers(_headers)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "None | UpdateLlmConfigHeadersType0", "union", _drifted
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
            is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)
            if not (
                type(is_function_calling_enabled) is bool or is_function_calling_enabled is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_function_calling_enabled, _drifted = _keep(
                cls, d, "is_function_calling_enabled", "bool", "type", _drifted
            )

        try:
            location = d.get("location", UNSET)
            if not (type(location) is str or location is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            location, _drifted = _keep(cls, d, "location", "str", "type", _drifted)

        try:
            model_names: list[str] = d.get("model_names", UNSET)

            if not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(cls, d, "model_names", "list[str]", "type", _drifted)

        try:
            project_access_label = d.get("project_access_label", UNSET)
            if not (type(project_access_label) is str or project_access_label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_access_label, _drifted = _keep(
                cls, d, "project_access_label", "str", "type", _drifted
            )

        try:
            project_id = d.get("project_id", UNSET)
            if not (type(project_id) is str or project_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_id, _drifted = _keep(cls, d, "project_id", "str", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: LlmIntegrationProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_llm_integration_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(
                cls,
                d,
                "provider",
                "one of ANTHROPIC, AWS_BEDROCK, CUSTOM, FIREWORKS, GEMINI, LITELLM, NVIDIA_NIM, OPEN_AI, TOGETHER_AI, VERTEX_AI",
                "enum",
                _drifted,
            )

        _update_llm_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_llm_config_.api_key = api_key
        _update_llm_config_._auth_slot = auth  # type: ignore[attr-defined]
        _update_llm_config_.base_url = base_url
        _update_llm_config_._headers_slot = headers  # type: ignore[attr-defined]
        _update_llm_config_.is_default_models_enabled = is_default_models_enabled
        _update_llm_config_.is_function_calling_enabled = is_function_calling_enabled
        _update_llm_config_.location = location
        _update_llm_config_.model_names = model_names
        _update_llm_config_.project_access_label = project_access_label
        _update_llm_config_.project_id = project_id
        _update_llm_config_.provider = provider
        _update_llm_config_.additional_properties = {}
        _update_llm_config_._pending = _pending

        if _extra:
            _update_llm_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_llm_config_, _drifted)
        return _update_llm_config_

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
    | CreateCustomDefaultAuth
    | CreateCustomOauth2ClientCredentialsAuth
    | Unset
):
    if isinstance(data, Unset):
        return data
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
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_aws_bedrock_auth_type_2 = (
            CreateAwsBedrockProxyWithHeadersAuth.from_dict(data, _strict=True)
        )

        return componentsschemas_create_aws_bedrock_auth_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_custom_auth_type_0 = CreateCustomDefaultAuth.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_custom_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_custom_auth_type_1 = CreateCustomOauth2ClientCredentialsAuth.from_dict(
        data, _strict=True
    )

    return componentsschemas_create_custom_auth_type_1


def _parse_headers(data: object) -> None | Unset | UpdateLlmConfigHeadersType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = UpdateLlmConfigHeadersType0.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_auth(self: UpdateLlmConfig, raw: Any) -> Any:
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
            "CreateAwsBedrockBearerTokenAuth | CreateAwsBedrockDefaultAuth | CreateAwsBedrockProxyWithHeadersAuth | CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return auth


_lazy(UpdateLlmConfig, "auth", 1, _decode_auth)


def _decode_headers(self: UpdateLlmConfig, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers = _headers if _headers is None or _headers is UNSET else _parse_headers(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self),
            {"headers": raw},
            "headers",
            "None | UpdateLlmConfigHeadersType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(UpdateLlmConfig, "headers", 2, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateAwsBedrockBearerTokenAuth, \
        CreateAwsBedrockDefaultAuth, \
        CreateAwsBedrockProxyWithHeadersAuth, \
        CreateCustomDefaultAuth, \
        CreateCustomOauth2ClientCredentialsAuth, \
        UpdateLlmConfigHeadersType0
    from ..models.create_aws_bedrock_bearer_token_auth import CreateAwsBedrockBearerTokenAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_default_auth import CreateAwsBedrockDefaultAuth  # noqa: PLC0415
    from ..models.create_aws_bedrock_proxy_with_headers_auth import (
        CreateAwsBedrockProxyWithHeadersAuth,  # noqa: PLC0415
    )
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth  # noqa: PLC0415
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,  # noqa: PLC0415
    )
    from ..models.update_llm_config_headers_type_0 import UpdateLlmConfigHeadersType0  # noqa: PLC0415

    _LAZY_PENDING = False

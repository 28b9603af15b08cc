from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.ai_integration_auth_type import AiIntegrationAuthType, check_ai_integration_auth_type
from ..models.ai_integration_provider import AiIntegrationProvider, check_ai_integration_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_integration_headers_type_0 import AiIntegrationHeadersType0
    from ..models.ai_integration_scoping import AiIntegrationScoping
    from ..models.aws_provider_metadata import AwsProviderMetadata
    from ..models.gcp_provider_metadata import GcpProviderMetadata


T = TypeVar("T", bound="AiIntegration")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "created_at",
        "created_by_user_id",
        "enable_default_models",
        "function_calling_enabled",
        "has_api_key",
        "headers",
        "id",
        "model_names",
        "name",
        "provider",
        "provider_metadata",
        "scopings",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "auth_type",
        "auth_type",
        False,
        0,
        "_auth_type = _j_auth_type\nauth_type: AiIntegrationAuthType | Unset\nif _auth_type is UNSET:\n    auth_type = UNSET\nelse:\n    auth_type = check_ai_integration_auth_type(_auth_type)",
    ),
    (
        "base_url",
        "base_url",
        False,
        0,
        "base_url: None | str | Unset = _j_base_url\n\nif not (base_url is None or type(base_url) is str or base_url is UNSET):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id = _j_created_by_user_id\nif not (type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "enable_default_models",
        "enable_default_models",
        False,
        0,
        "enable_default_models = _j_enable_default_models\nif not (type(enable_default_models) is bool or enable_default_models is UNSET):\n    raise TypeError",
    ),
    (
        "function_calling_enabled",
        "function_calling_enabled",
        False,
        0,
        "function_calling_enabled = _j_function_calling_enabled\nif not (type(function_calling_enabled) is bool or function_calling_enabled is UNSET):\n    raise TypeError",
    ),
    (
        "has_api_key",
        "has_api_key",
        False,
        0,
        "has_api_key = _j_has_api_key\nif not (type(has_api_key) is bool or has_api_key is UNSET):\n    raise TypeError",
    ),
    ("headers", "_headers_slot", False, 2, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "model_names",
        "model_names",
        False,
        0,
        "_model_names = _j_model_names\nmodel_names = _model_names if _model_names is None or _model_names is UNSET else _parse_model_names(_model_names)",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        False,
        0,
        "_provider = _j_provider\nprovider: AiIntegrationProvider | Unset\nif _provider is UNSET:\n    provider = UNSET\nelse:\n    provider = check_ai_integration_provider(_provider)",
    ),
    ("provider_metadata", "_provider_metadata_slot", False, 4, ""),
    ("scopings", "_scopings_slot", False, 8, ""),
    ("updated_at", "_updated_at_slot", False, 16, ""),
)


@_attrs_define
class AiIntegration:
    """An AI integration configures access to an external LLM provider (e.g. OpenAI, Azure OpenAI, AWS Bedrock, Vertex AI).
    Integrations can be scoped to the entire account, a specific organization, or a specific space.

        Attributes:
            auth_type (AiIntegrationAuthType | Unset): The authentication method for this integration.
                `OAUTH2_CLIENT_CREDENTIALS` is returned for integrations configured with OAuth 2.0 client credentials in the
                Arize UI. Setting it through this API is not yet supported.
            base_url (None | str | Unset): Custom base URL for the provider
            created_at (datetime.datetime | Unset): When the integration was created
            created_by_user_id (str | Unset): The user ID of the user who created the integration
            enable_default_models (bool | Unset): Whether the provider's default model list is enabled
            function_calling_enabled (bool | Unset): Whether function/tool calling is enabled
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned)
            headers (AiIntegrationHeadersType0 | None | Unset): Custom headers included in requests
            id (str | Unset): The integration ID
            model_names (list[str] | None | Unset): Supported model names
            name (str | Unset): The integration name
            provider (AiIntegrationProvider | Unset): The AI provider for this integration
            provider_metadata (AwsProviderMetadata | GcpProviderMetadata | None | Unset): Provider-specific configuration.
                For AWS_BEDROCK, must include role_arn. For VERTEX_AI, must include project_id, location, and
                project_access_label.
            scopings (list[AiIntegrationScoping] | Unset): Visibility scoping rules
            updated_at (datetime.datetime | Unset): When the integration was last updated
    """

    auth_type: AiIntegrationAuthType | Unset = UNSET
    base_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    enable_default_models: bool | Unset = UNSET
    function_calling_enabled: bool | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    headers: AiIntegrationHeadersType0 | None | Unset = UNSET
    id: str | Unset = UNSET
    model_names: list[str] | None | Unset = UNSET
    name: str | Unset = UNSET
    provider: AiIntegrationProvider | Unset = UNSET
    provider_metadata: AwsProviderMetadata | GcpProviderMetadata | None | Unset = UNSET
    scopings: list[AiIntegrationScoping] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
            auth_type: str | Unset = UNSET
            if not isinstance(self.auth_type, Unset):
                auth_type = self.auth_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        enable_default_models = self.enable_default_models

        function_calling_enabled = self.function_calling_enabled

        has_api_key = self.has_api_key

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, AiIntegrationHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        id = self.id

        try:
            model_names: list[str] | None | Unset
            if isinstance(self.model_names, Unset):
                model_names = UNSET
            elif isinstance(self.model_names, list):
                model_names = self.model_names

            else:
                model_names = self.model_names
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

        name = self.name

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        try:
            provider_metadata: dict[str, Any] | None | Unset
            if isinstance(self.provider_metadata, Unset):
                provider_metadata = UNSET
            elif isinstance(self.provider_metadata, AwsProviderMetadata):
                provider_metadata = self.provider_metadata.to_dict()
            elif isinstance(self.provider_metadata, GcpProviderMetadata):
                provider_metadata = self.provider_metadata.to_dict()
            else:
                provider_metadata = self.provider_metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_metadata = _as_json(self.provider_metadata)

        try:
            scopings: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.scopings, Unset):
                scopings = []
                for scopings_item_data in self.scopings:
                    scopings_item = scopings_item_data.to_dict()
                    scopings.append(scopings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scopings = _as_json(self.scopings)

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if enable_default_models is not UNSET:
            field_dict["enable_default_models"] = enable_default_models
        if function_calling_enabled is not UNSET:
            field_dict["function_calling_enabled"] = function_calling_enabled
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if id is not UNSET:
            field_dict["id"] = id
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_metadata is not UNSET:
            field_dict["provider_metadata"] = provider_metadata
        if scopings is not UNSET:
            field_dict["scopings"] = scopings
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            _auth_type = d.get("auth_type", UNSET)
            auth_type: AiIntegrationAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_ai_integration_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls,
                d,
                "auth_type",
                "one of BEARER_TOKEN, DEFAULT, OAUTH2_CLIENT_CREDENTIALS, PROXY_WITH_HEADERS",
                "enum",
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

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            created_by_user_id = d.get("created_by_user_id", UNSET)
            if not (type(created_by_user_id) is str or created_by_user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "str", "type", _drifted
            )

        try:
            enable_default_models = d.get("enable_default_models", UNSET)
            if not (type(enable_default_models) is bool or enable_default_models is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            enable_default_models, _drifted = _keep(
                cls, d, "enable_default_models", "bool", "type", _drifted
            )

        try:
            function_calling_enabled = d.get("function_calling_enabled", UNSET)
            if not (type(function_calling_enabled) is bool or function_calling_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            function_calling_enabled, _drifted = _keep(
                cls, d, "function_calling_enabled", "bool", "type", _drifted
            )

        try:
            has_api_key = d.get("has_api_key", UNSET)
            if not (type(has_api_key) is bool or has_api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_api_key, _drifted = _keep(cls, d, "has_api_key", "bool", "type", _drifted)

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
                    cls, d, "headers", "AiIntegrationHeadersType0 | None", "union", _drifted
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            _model_names = d.get("model_names", UNSET)
            model_names = (
                _model_names
                if _model_names is None or _model_names is UNSET
                else _parse_model_names(_model_names)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(
                cls, d, "model_names", "list[str] | None", "union", _drifted
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: AiIntegrationProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_ai_integration_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(
                cls,
                d,
                "provider",
                "one of ANTHROPIC, AWS_BEDROCK, AZURE_OPEN_AI, CUSTOM, FIREWORKS, GEMINI, LITELLM, NVIDIA_NIM, OPEN_AI, TOGETHER_AI, VERTEX_AI",
                "enum",
                _drifted,
            )

        _provider_metadata_raw = d.get("provider_metadata", UNSET)
        if _provider_metadata_raw is UNSET:
            provider_metadata = UNSET
        elif not _strict:
            provider_metadata = _provider_metadata_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _provider_metadata = d.get("provider_metadata", UNSET)
                provider_metadata = (
                    _provider_metadata
                    if _provider_metadata is None or _provider_metadata is UNSET
                    else _parse_provider_metadata(_provider_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_metadata, _drifted = _keep(
                    cls,
                    d,
                    "provider_metadata",
                    "AwsProviderMetadata | GcpProviderMetadata | None",
                    "union",
                    _drifted,
                )

        _scopings_raw = d.get("scopings", UNSET)
        if _scopings_raw is UNSET:
            scopings = UNSET
        elif not _strict:
            scopings = _scopings_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _scopings = d.get("scopings", UNSET)
                scopings: list[AiIntegrationScoping] | Unset = UNSET
                if _scopings is not UNSET:
                    scopings = [
                        AiIntegrationScoping.from_dict(scopings_item_data)
                        for scopings_item_data in _scopings
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scopings, _drifted = _keep_each(
                    cls,
                    d,
                    "scopings",
                    "list[AiIntegrationScoping]",
                    "type",
                    lambda scopings_item_data: AiIntegrationScoping.from_dict(scopings_item_data),
                    _drifted,
                )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _ai_integration_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _ai_integration_.auth_type = auth_type
        _ai_integration_.base_url = base_url
        _ai_integration_._created_at_slot = created_at  # type: ignore[attr-defined]
        _ai_integration_.created_by_user_id = created_by_user_id
        _ai_integration_.enable_default_models = enable_default_models
        _ai_integration_.function_calling_enabled = function_calling_enabled
        _ai_integration_.has_api_key = has_api_key
        _ai_integration_._headers_slot = headers  # type: ignore[attr-defined]
        _ai_integration_.id = id
        _ai_integration_.model_names = model_names
        _ai_integration_.name = name
        _ai_integration_.provider = provider
        _ai_integration_._provider_metadata_slot = provider_metadata  # type: ignore[attr-defined]
        _ai_integration_._scopings_slot = scopings  # type: ignore[attr-defined]
        _ai_integration_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _ai_integration_.additional_properties = {}
        _ai_integration_._pending = _pending

        if _extra:
            _ai_integration_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_ai_integration_, _drifted)
        return _ai_integration_

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


def _parse_headers(data: object) -> AiIntegrationHeadersType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = AiIntegrationHeadersType0.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_model_names(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        model_names_type_0: list[str] = data

        return model_names_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_provider_metadata(
    data: object,
) -> AwsProviderMetadata | GcpProviderMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provider_metadata_type_0 = AwsProviderMetadata.from_dict(
            data, _strict=True
        )

        return componentsschemas_provider_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provider_metadata_type_1 = GcpProviderMetadata.from_dict(
            data, _strict=True
        )

        return componentsschemas_provider_metadata_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: AiIntegration, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(AiIntegration, "created_at", 1, _decode_created_at)


def _decode_headers(self: AiIntegration, raw: Any) -> Any:
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
            "AiIntegrationHeadersType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(AiIntegration, "headers", 2, _decode_headers)


def _decode_provider_metadata(self: AiIntegration, raw: Any) -> Any:
    """``provider_metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_metadata = raw
        provider_metadata = (
            _provider_metadata
            if _provider_metadata is None or _provider_metadata is UNSET
            else _parse_provider_metadata(_provider_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_metadata, _drifted = _keep(
            type(self),
            {"provider_metadata": raw},
            "provider_metadata",
            "AwsProviderMetadata | GcpProviderMetadata | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_metadata


_lazy(AiIntegration, "provider_metadata", 4, _decode_provider_metadata)


def _decode_scopings(self: AiIntegration, raw: Any) -> Any:
    """``scopings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scopings = raw
        scopings: list[AiIntegrationScoping] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                AiIntegrationScoping.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scopings, _drifted = _keep_each(
            type(self),
            {"scopings": raw},
            "scopings",
            "list[AiIntegrationScoping]",
            "type",
            lambda scopings_item_data: AiIntegrationScoping.from_dict(scopings_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scopings


_lazy(AiIntegration, "scopings", 8, _decode_scopings)


def _decode_updated_at(self: AiIntegration, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(AiIntegration, "updated_at", 16, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AiIntegrationHeadersType0, \
        AiIntegrationScoping, \
        AwsProviderMetadata, \
        GcpProviderMetadata
    from ..models.ai_integration_headers_type_0 import AiIntegrationHeadersType0  # noqa: PLC0415
    from ..models.ai_integration_scoping import AiIntegrationScoping  # noqa: PLC0415
    from ..models.aws_provider_metadata import AwsProviderMetadata  # noqa: PLC0415
    from ..models.gcp_provider_metadata import GcpProviderMetadata  # noqa: PLC0415

    _LAZY_PENDING = False

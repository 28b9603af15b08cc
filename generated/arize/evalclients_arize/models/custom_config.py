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
from ..models.custom_config_provider import CustomConfigProvider, check_custom_config_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_default_auth import CustomDefaultAuth
    from ..models.custom_oauth_2_client_credentials_auth import CustomOauth2ClientCredentialsAuth


T = TypeVar("T", bound="CustomConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth",
        "base_url",
        "has_api_key",
        "header_names",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
        "provider",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("auth", "_auth_slot", False, 1, ""),
    (
        "base_url",
        "base_url",
        False,
        0,
        "base_url = _j_base_url\nif not (type(base_url) is str or base_url is UNSET):\n    raise TypeError",
    ),
    (
        "has_api_key",
        "has_api_key",
        False,
        0,
        "has_api_key = _j_has_api_key\nif not (type(has_api_key) is bool or has_api_key is UNSET):\n    raise TypeError",
    ),
    (
        "header_names",
        "header_names",
        False,
        0,
        "header_names: list[str] = _j_header_names\n\nif not ((type(header_names) is list and _strs(header_names)) or header_names is UNSET):\n    raise TypeError",
    ),
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
        "model_names",
        "model_names",
        False,
        0,
        "model_names: list[str] = _j_model_names\n\nif not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        False,
        0,
        "_provider = _j_provider\nprovider: CustomConfigProvider | Unset\nif _provider is UNSET:\n    provider = UNSET\nelse:\n    provider = check_custom_config_provider(_provider)",
    ),
)


@_attrs_define
class CustomConfig:
    """Config for a custom OpenAI-compatible endpoint integration. `base_url` is the endpoint Arize sends requests to; it
    must implement the OpenAI API shape. Secrets are write-only: the API key surfaces as `has_api_key` and custom
    request headers surface as `header_names` (names only). `auth` is how the endpoint is authenticated.

        Attributes:
            auth (CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset): Custom endpoint auth settings,
                discriminated by `auth_type`.
            base_url (str | Unset): Endpoint URL requests are sent to.
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned). An API key and
                OAuth credentials are mutually exclusive, and switching to `OAUTH2_CLIENT_CREDENTIALS` clears any stored key, so
                this reads false on an integration authenticated that way.
            header_names (list[str] | Unset): Names of the custom request headers configured on this integration. Empty when
                none are configured. Header values are write-only and never returned.
            is_default_models_enabled (bool | Unset): Whether Arize's default model catalog is enabled.
            is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
            model_names (list[str] | Unset): Custom model names configured on this integration. Empty when none.
            provider (CustomConfigProvider | Unset): Discriminator identifying a custom OpenAI-compatible endpoint.
    """

    auth: CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset = UNSET
    base_url: str | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    header_names: list[str] | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    provider: CustomConfigProvider | Unset = UNSET
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
            elif isinstance(self.auth, CustomDefaultAuth):
                auth = self.auth.to_dict()
            else:
                auth = self.auth.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth = _as_json(self.auth)

        base_url = self.base_url

        has_api_key = self.has_api_key

        try:
            header_names: list[str] | Unset = UNSET
            if not isinstance(self.header_names, Unset):
                header_names = self.header_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            header_names = _as_json(self.header_names)

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

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
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if header_names is not UNSET:
            field_dict["header_names"] = header_names
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
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
                    "CustomDefaultAuth | CustomOauth2ClientCredentialsAuth",
                    "union",
                    _drifted,
                )

        try:
            base_url = d.get("base_url", UNSET)
            if not (type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        try:
            has_api_key = d.get("has_api_key", UNSET)
            if not (type(has_api_key) is bool or has_api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_api_key, _drifted = _keep(cls, d, "has_api_key", "bool", "type", _drifted)

        try:
            header_names: list[str] = d.get("header_names", UNSET)

            if not ((type(header_names) is list and _strs(header_names)) or header_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            header_names, _drifted = _keep(cls, d, "header_names", "list[str]", "type", _drifted)

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
            model_names: list[str] = d.get("model_names", UNSET)

            if not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(cls, d, "model_names", "list[str]", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: CustomConfigProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_custom_config_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of CUSTOM", "enum", _drifted)

        _custom_config_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _custom_config_._auth_slot = auth  # type: ignore[attr-defined]
        _custom_config_.base_url = base_url
        _custom_config_.has_api_key = has_api_key
        _custom_config_.header_names = header_names
        _custom_config_.is_default_models_enabled = is_default_models_enabled
        _custom_config_.is_function_calling_enabled = is_function_calling_enabled
        _custom_config_.model_names = model_names
        _custom_config_.provider = provider
        _custom_config_.additional_properties = {}
        _custom_config_._pending = _pending

        if _extra:
            _custom_config_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_custom_config_, _drifted)
        return _custom_config_

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


def _parse_auth(data: object) -> CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_custom_auth_type_0 = CustomDefaultAuth.from_dict(data, _strict=True)

        return componentsschemas_custom_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_custom_auth_type_1 = CustomOauth2ClientCredentialsAuth.from_dict(
        data, _strict=True
    )

    return componentsschemas_custom_auth_type_1


def _decode_auth(self: CustomConfig, raw: Any) -> Any:
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
            "CustomDefaultAuth | CustomOauth2ClientCredentialsAuth",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return auth


_lazy(CustomConfig, "auth", 1, _decode_auth)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CustomDefaultAuth, CustomOauth2ClientCredentialsAuth
    from ..models.custom_default_auth import CustomDefaultAuth  # noqa: PLC0415
    from ..models.custom_oauth_2_client_credentials_auth import CustomOauth2ClientCredentialsAuth  # noqa: PLC0415

    _LAZY_PENDING = False

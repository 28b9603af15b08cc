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
from ..models.create_custom_config_provider import (
    CreateCustomConfigProvider,
    check_create_custom_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_custom_config_headers import CreateCustomConfigHeaders
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,
    )


T = TypeVar("T", bound="CreateCustomConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "base_url",
        "provider",
        "api_key",
        "auth",
        "headers",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "base_url",
        "base_url",
        True,
        0,
        "base_url = _j_base_url\nif not (type(base_url) is str):\n    raise TypeError",
    ),
    (
        "provider",
        "provider",
        True,
        0,
        "provider = check_create_custom_config_provider(_j_provider)",
    ),
    (
        "api_key",
        "api_key",
        False,
        0,
        "api_key = _j_api_key\nif not (type(api_key) is str or api_key is UNSET):\n    raise TypeError",
    ),
    ("auth", "_auth_slot", False, 1, ""),
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
        "model_names",
        "model_names",
        False,
        0,
        "model_names: list[str] = _j_model_names\n\nif not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateCustomConfig:
    """Create config for a custom OpenAI-compatible endpoint integration. `base_url` is required and must implement the
    OpenAI API shape (it is validated server-side and must resolve to a public address). `api_key` and `headers` are
    write-only (never returned; headers surface as `header_names` on read). The integration must have at least one model
    source: enable `is_default_models_enabled` or provide at least one entry in `model_names`, otherwise the request is
    rejected with 422.

        Attributes:
            base_url (str): Endpoint URL requests are sent to (HTTPS).
            provider (CreateCustomConfigProvider): Discriminator identifying a custom OpenAI-compatible endpoint.
            api_key (str | Unset): API key for the endpoint (write-only, never returned). Equivalent to an `auth` block with
                `auth_type: DEFAULT`; supplying both this and `auth` is rejected with 422.
            auth (CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | Unset): Custom endpoint auth settings
                for create and update, discriminated by `auth_type`. On PATCH this object replaces the stored auth settings
                wholesale (auth_type may change); credentials belonging to the auth mode being switched away from are cleared.
            headers (CreateCustomConfigHeaders | Unset): Custom request headers sent to the endpoint, as a name-to-value
                map. Write-only: values are never returned; names are exposed as `header_names` on read. Defaults to no headers.
                The serialized header map must not exceed 8,175 bytes.
            is_default_models_enabled (bool | Unset): Enable Arize's default model catalog. Defaults to false.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
            model_names (list[str] | Unset): Custom model names to make available. Defaults to none.
    """

    base_url: str | Unset
    provider: CreateCustomConfigProvider | Unset
    api_key: str | Unset = UNSET
    auth: CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | Unset = UNSET
    headers: CreateCustomConfigHeaders | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
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
        base_url = self.base_url

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        api_key = self.api_key

        try:
            auth: dict[str, Any] | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, CreateCustomDefaultAuth):
                auth = self.auth.to_dict()
            else:
                auth = self.auth.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth = _as_json(self.auth)

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

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
                "base_url": base_url,
                "provider": provider,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth is not UNSET:
            field_dict["auth"] = auth
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
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
            base_url = d["base_url"]
            if not (type(base_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        try:
            provider = check_create_custom_config_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of CUSTOM", "enum", _drifted)

        try:
            api_key = d.get("api_key", UNSET)
            if not (type(api_key) is str or api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            api_key, _drifted = _keep(cls, d, "api_key", "str", "type", _drifted)

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
                    "CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth",
                    "union",
                    _drifted,
                )

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers: CreateCustomConfigHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = CreateCustomConfigHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "CreateCustomConfigHeaders", "type", _drifted
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
            model_names: list[str] = d.get("model_names", UNSET)

            if not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(cls, d, "model_names", "list[str]", "type", _drifted)

        _create_custom_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_custom_config_.base_url = base_url
        _create_custom_config_.provider = provider
        _create_custom_config_.api_key = api_key
        _create_custom_config_._auth_slot = auth  # type: ignore[attr-defined]
        _create_custom_config_._headers_slot = headers  # type: ignore[attr-defined]
        _create_custom_config_.is_default_models_enabled = is_default_models_enabled
        _create_custom_config_.is_function_calling_enabled = is_function_calling_enabled
        _create_custom_config_.model_names = model_names
        _create_custom_config_.additional_properties = {}
        _create_custom_config_._pending = _pending

        if _extra:
            _create_custom_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_custom_config_, _drifted)
        return _create_custom_config_

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
) -> CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth | Unset:
    if isinstance(data, Unset):
        return data
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


def _decode_auth(self: CreateCustomConfig, raw: Any) -> Any:
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
            "CreateCustomDefaultAuth | CreateCustomOauth2ClientCredentialsAuth",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return auth


_lazy(CreateCustomConfig, "auth", 1, _decode_auth)


def _decode_headers(self: CreateCustomConfig, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: CreateCustomConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateCustomConfigHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self), {"headers": raw}, "headers", "CreateCustomConfigHeaders", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(CreateCustomConfig, "headers", 2, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateCustomConfigHeaders, \
        CreateCustomDefaultAuth, \
        CreateCustomOauth2ClientCredentialsAuth
    from ..models.create_custom_config_headers import CreateCustomConfigHeaders  # noqa: PLC0415
    from ..models.create_custom_default_auth import CreateCustomDefaultAuth  # noqa: PLC0415
    from ..models.create_custom_oauth_2_client_credentials_auth import (
        CreateCustomOauth2ClientCredentialsAuth,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

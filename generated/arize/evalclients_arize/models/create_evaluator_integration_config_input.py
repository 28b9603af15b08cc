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
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,
    )


T = TypeVar("T", bound="CreateEvaluatorIntegrationConfigInput")
_new = object.__new__
_FIELDS = frozenset(
    {
        "endpoint",
        "input_schema",
        "headers",
    }
)


@_attrs_define
class CreateEvaluatorIntegrationConfigInput:
    """Write shape for the evaluator config on create. `headers` is encrypted at rest and never returned in responses;
    reads surface `has_headers`.

        Attributes:
            endpoint (str): HTTPS endpoint requests are sent to. Validated server-side and must resolve to a public address.
            input_schema (CreateEvaluatorIntegrationConfigInputInputSchema): JSON Schema (Draft-07) the endpoint's request
                body conforms to. The root schema must have `type: object`, must not define the reserved top-level
                `arize_metadata` field, and must not exceed 64 KiB.
            headers (CreateEvaluatorIntegrationConfigInputHeaders | Unset): Cleartext header map. Encrypted at rest; never
                returned in responses. Omitting this field on create means no headers are configured.
    """

    endpoint: str | Unset
    input_schema: CreateEvaluatorIntegrationConfigInputInputSchema | Unset
    headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset = UNSET
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
        endpoint = self.endpoint

        try:
            input_schema = self.input_schema.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_schema = _as_json(self.input_schema)

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "input_schema": input_schema,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

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
        try:
            endpoint = d["endpoint"]
            if not (type(endpoint) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            endpoint, _drifted = _keep(cls, d, "endpoint", "str", "type", _drifted)

        _input_schema_raw = d.get("input_schema", UNSET)
        if _input_schema_raw is not UNSET and not _strict:
            input_schema = _input_schema_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                input_schema = CreateEvaluatorIntegrationConfigInputInputSchema.from_dict(
                    d["input_schema"]
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                input_schema, _drifted = _keep(
                    cls,
                    d,
                    "input_schema",
                    "CreateEvaluatorIntegrationConfigInputInputSchema",
                    "type",
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
                headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = CreateEvaluatorIntegrationConfigInputHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls,
                    d,
                    "headers",
                    "CreateEvaluatorIntegrationConfigInputHeaders",
                    "type",
                    _drifted,
                )

        _create_evaluator_integration_config_input_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_evaluator_integration_config_input_.endpoint = endpoint
        _create_evaluator_integration_config_input_._input_schema_slot = input_schema  # type: ignore[attr-defined]
        _create_evaluator_integration_config_input_._headers_slot = headers  # type: ignore[attr-defined]
        _create_evaluator_integration_config_input_.additional_properties = {}
        _create_evaluator_integration_config_input_._pending = _pending

        if _extra:
            _create_evaluator_integration_config_input_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_evaluator_integration_config_input_, _drifted)
        return _create_evaluator_integration_config_input_

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


def _decode_input_schema(self: CreateEvaluatorIntegrationConfigInput, raw: Any) -> Any:
    """``input_schema`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        input_schema = CreateEvaluatorIntegrationConfigInputInputSchema.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        input_schema, _drifted = _keep(
            type(self),
            {"input_schema": raw},
            "input_schema",
            "CreateEvaluatorIntegrationConfigInputInputSchema",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return input_schema


_lazy(CreateEvaluatorIntegrationConfigInput, "input_schema", 1, _decode_input_schema)


def _decode_headers(self: CreateEvaluatorIntegrationConfigInput, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateEvaluatorIntegrationConfigInputHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self),
            {"headers": raw},
            "headers",
            "CreateEvaluatorIntegrationConfigInputHeaders",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(CreateEvaluatorIntegrationConfigInput, "headers", 2, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateEvaluatorIntegrationConfigInputHeaders, \
        CreateEvaluatorIntegrationConfigInputInputSchema
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,  # noqa: PLC0415
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.data_granularity import DataGranularity, check_data_granularity
from ..models.managed_code_config_request_type import (
    ManagedCodeConfigRequestType,
    check_managed_code_config_request_type,
)
from ..models.managed_code_evaluator import ManagedCodeEvaluator, check_managed_code_evaluator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.static_param_request import StaticParamRequest


T = TypeVar("T", bound="ManagedCodeConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "managed_evaluator",
        "name",
        "type",
        "variables",
        "data_granularity",
        "query_filter",
        "static_params",
    }
)


@_attrs_define
class ManagedCodeConfigRequest:
    """Managed (built-in) code evaluator configuration in a write request (strict form of ManagedCodeConfig)

    Attributes:
        managed_evaluator (ManagedCodeEvaluator): Built-in managed code evaluator name
        name (str): Eval column name. Must match ^[a-zA-Z0-9_\\s\\-&()]+$
        type_ (ManagedCodeConfigRequestType): Discriminator identifying this as a managed (built-in) code evaluator
        variables (list[str]): Dataset columns or span attributes passed into the evaluator (order and count must match
            the managed evaluator's requirements).
        data_granularity (DataGranularity | None | Unset): Data granularity level for evaluation. When omitted or null,
            no granularity filter is applied (span-level evaluation is used by default on the server).
        query_filter (None | str | Unset): Optional filter query over the chosen data granularity. When omitted or null,
            no filter is applied.
        static_params (list[StaticParamRequest] | Unset): Static parameters for the managed evaluator (see registry
            `args`). When omitted, the registry's required arguments must be satisfied by defaults on the evaluator class;
            otherwise validation fails with 400. If the registry has no args, omitting this field is equivalent to an empty
            list.
    """

    managed_evaluator: ManagedCodeEvaluator | Unset
    name: str | Unset
    type_: ManagedCodeConfigRequestType | Unset
    variables: list[str] | Unset
    data_granularity: DataGranularity | None | Unset = UNSET
    query_filter: None | str | Unset = UNSET
    static_params: list[StaticParamRequest] | Unset = UNSET
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
            managed_evaluator: str = self.managed_evaluator
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            managed_evaluator = _as_json(self.managed_evaluator)

        name = self.name

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            variables = self.variables

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            variables = _as_json(self.variables)

        try:
            data_granularity: None | str | Unset
            if isinstance(self.data_granularity, Unset):
                data_granularity = UNSET
            elif isinstance(self.data_granularity, str):
                data_granularity = self.data_granularity
            else:
                data_granularity = self.data_granularity
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_granularity = _as_json(self.data_granularity)

        query_filter: None | str | Unset
        if isinstance(self.query_filter, Unset):
            query_filter = UNSET
        else:
            query_filter = self.query_filter

        try:
            static_params: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.static_params, Unset):
                static_params = []
                for static_params_item_data in self.static_params:
                    static_params_item = static_params_item_data.to_dict()
                    static_params.append(static_params_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            static_params = _as_json(self.static_params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managed_evaluator": managed_evaluator,
                "name": name,
                "type": type_,
                "variables": variables,
            }
        )
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if query_filter is not UNSET:
            field_dict["query_filter"] = query_filter
        if static_params is not UNSET:
            field_dict["static_params"] = static_params

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
            managed_evaluator = check_managed_code_evaluator(d["managed_evaluator"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            managed_evaluator, _drifted = _keep(
                cls,
                d,
                "managed_evaluator",
                "one of CONTAINS_ALL_KEYWORDS, CONTAINS_ANY_KEYWORD, EXACT_MATCH, JSON_PARSEABLE, MATCHES_REGEX",
                "enum",
                _drifted,
            )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            type_ = check_managed_code_config_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of MANAGED", "enum", _drifted)

        try:
            variables: list[str] = d["variables"]

            if not (type(variables) is list and _strs(variables)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            variables, _drifted = _keep(cls, d, "variables", "list[str]", "type", _drifted)

        try:
            _data_granularity = d.get("data_granularity", UNSET)
            data_granularity = (
                _data_granularity
                if _data_granularity is None or _data_granularity is UNSET
                else _parse_data_granularity(_data_granularity)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_granularity, _drifted = _keep(
                cls, d, "data_granularity", "DataGranularity | None", "union", _drifted
            )

        try:
            query_filter: None | str | Unset = d.get("query_filter", UNSET)

            if not (query_filter is None or type(query_filter) is str or query_filter is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            query_filter, _drifted = _keep(cls, d, "query_filter", "None | str", "type", _drifted)

        _static_params_raw = d.get("static_params", UNSET)
        if _static_params_raw is UNSET:
            static_params = UNSET
        elif not _strict:
            static_params = _static_params_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _static_params = d.get("static_params", UNSET)
                static_params: list[StaticParamRequest] | Unset = UNSET
                if _static_params is not UNSET:
                    static_params = [
                        StaticParamRequest.from_dict(static_params_item_data)
                        for static_params_item_data in _static_params
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                static_params, _drifted = _keep_each(
                    cls,
                    d,
                    "static_params",
                    "list[StaticParamRequest]",
                    "type",
                    lambda static_params_item_data: StaticParamRequest.from_dict(
                        static_params_item_data
                    ),
                    _drifted,
                )

        _managed_code_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _managed_code_config_request_.managed_evaluator = managed_evaluator
        _managed_code_config_request_.name = name
        _managed_code_config_request_.type_ = type_
        _managed_code_config_request_.variables = variables
        _managed_code_config_request_.data_granularity = data_granularity
        _managed_code_config_request_.query_filter = query_filter
        _managed_code_config_request_._static_params_slot = static_params  # type: ignore[attr-defined]
        _managed_code_config_request_.additional_properties = {}
        _managed_code_config_request_._pending = _pending

        if _extra:
            _managed_code_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_managed_code_config_request_, _drifted)
        return _managed_code_config_request_

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


def _parse_data_granularity(data: object) -> DataGranularity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_granularity_type_0 = check_data_granularity(data)

        return data_granularity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_static_params(self: ManagedCodeConfigRequest, raw: Any) -> Any:
    """``static_params`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _static_params = raw
        static_params: list[StaticParamRequest] | Unset = UNSET
        if _static_params is not UNSET:
            static_params = [
                StaticParamRequest.from_dict(static_params_item_data)
                for static_params_item_data in _static_params
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        static_params, _drifted = _keep_each(
            type(self),
            {"static_params": raw},
            "static_params",
            "list[StaticParamRequest]",
            "type",
            lambda static_params_item_data: StaticParamRequest.from_dict(static_params_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return static_params


_lazy(ManagedCodeConfigRequest, "static_params", 1, _decode_static_params)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, StaticParamRequest
    from ..models.static_param_request import StaticParamRequest  # noqa: PLC0415

    _LAZY_PENDING = False

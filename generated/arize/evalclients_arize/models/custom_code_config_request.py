from __future__ import annotations

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
from ..drift import strs as _strs
from ..models.custom_code_config_request_type import (
    CustomCodeConfigRequestType,
    check_custom_code_config_request_type,
)
from ..models.data_granularity import DataGranularity, check_data_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.static_param_request import StaticParamRequest


T = TypeVar("T", bound="CustomCodeConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "code",
        "name",
        "type",
        "variables",
        "data_granularity",
        "imports",
        "query_filter",
        "static_params",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("code", "code", True, 0, "code = _j_code\nif not (type(code) is str):\n    raise TypeError"),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("type", "type_", True, 0, "type_ = check_custom_code_config_request_type(_j_type_)"),
    (
        "variables",
        "variables",
        True,
        0,
        "variables: list[str] = _j_variables\n\nif not ((type(variables) is list and _strs(variables))):\n    raise TypeError",
    ),
    (
        "data_granularity",
        "data_granularity",
        False,
        0,
        "_data_granularity = _j_data_granularity\ndata_granularity = _data_granularity if _data_granularity is None or _data_granularity is UNSET else _parse_data_granularity(_data_granularity)",
    ),
    (
        "imports",
        "imports",
        False,
        0,
        "imports: None | str | Unset = _j_imports\n\nif not (imports is None or type(imports) is str or imports is UNSET):\n    raise TypeError",
    ),
    (
        "query_filter",
        "query_filter",
        False,
        0,
        "query_filter: None | str | Unset = _j_query_filter\n\nif not (query_filter is None or type(query_filter) is str or query_filter is UNSET):\n    raise TypeError",
    ),
    ("static_params", "_static_params_slot", False, 1, ""),
)


@_attrs_define
class CustomCodeConfigRequest:
    """Custom (user-supplied Python) code evaluator configuration in a write request (strict form of CustomCodeConfig)

    Attributes:
        code (str): Python source defining the evaluator class
        name (str): Eval column name. Must match ^[a-zA-Z0-9_\\s\\-&()]+$
        type_ (CustomCodeConfigRequestType): Discriminator identifying this as a custom (user-supplied Python) code
            evaluator
        variables (list[str]): Dataset columns or span attributes mapped to evaluate() arguments
        data_granularity (DataGranularity | None | Unset): Data granularity level for evaluation. When omitted or null,
            no granularity filter is applied (span-level evaluation is used by default on the server).
        imports (None | str | Unset): Optional package import block prepended when running the evaluator
        query_filter (None | str | Unset): Optional filter query over the chosen data granularity. When omitted or null,
            no filter is applied.
        static_params (list[StaticParamRequest] | Unset): Optional typed defaults accessible on the evaluator instance.
            Omit or pass an empty array when the custom class does not read any static parameters.
    """

    code: str | Unset
    name: str | Unset
    type_: CustomCodeConfigRequestType | Unset
    variables: list[str] | Unset
    data_granularity: DataGranularity | None | Unset = UNSET
    imports: None | str | Unset = UNSET
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
        code = self.code

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

        imports: None | str | Unset
        if isinstance(self.imports, Unset):
            imports = UNSET
        else:
            imports = self.imports

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
                "code": code,
                "name": name,
                "type": type_,
                "variables": variables,
            }
        )
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if imports is not UNSET:
            field_dict["imports"] = imports
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
            code = d["code"]
            if not (type(code) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            code, _drifted = _keep(cls, d, "code", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            type_ = check_custom_code_config_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of CUSTOM", "enum", _drifted)

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
            imports: None | str | Unset = d.get("imports", UNSET)

            if not (imports is None or type(imports) is str or imports is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            imports, _drifted = _keep(cls, d, "imports", "None | str", "type", _drifted)

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

        _custom_code_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _custom_code_config_request_.code = code
        _custom_code_config_request_.name = name
        _custom_code_config_request_.type_ = type_
        _custom_code_config_request_.variables = variables
        _custom_code_config_request_.data_granularity = data_granularity
        _custom_code_config_request_.imports = imports
        _custom_code_config_request_.query_filter = query_filter
        _custom_code_config_request_._static_params_slot = static_params  # type: ignore[attr-defined]
        _custom_code_config_request_.additional_properties = {}
        _custom_code_config_request_._pending = _pending

        if _extra:
            _custom_code_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_custom_code_config_request_, _drifted)
        return _custom_code_config_request_

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


def _decode_static_params(self: CustomCodeConfigRequest, raw: Any) -> Any:
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


_lazy(CustomCodeConfigRequest, "static_params", 1, _decode_static_params)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, StaticParamRequest
    from ..models.static_param_request import StaticParamRequest  # noqa: PLC0415

    _LAZY_PENDING = False

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
    from ..models.tool_function import ToolFunction
    from ..models.tool_kernel_request_attributes import ToolKernelRequestAttributes
    from ..models.tool_kernel_request_setup_values import ToolKernelRequestSetupValues


T = TypeVar("T", bound="ToolKernelRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attributes",
        "function",
        "setup_values",
        "source_code",
    }
)


@_attrs_define
class ToolKernelRequest:
    """
    Attributes:
        attributes (ToolKernelRequestAttributes | Unset): Additional fields to describe the Tool. Helpful to separate
            Tool versions from each other with details on how they were created or used.
        function (ToolFunction | Unset):
        setup_values (ToolKernelRequestSetupValues | Unset): Values needed to setup the Tool, defined in JSON Schema
            format: https://json-schema.org/
        source_code (str | Unset): Code source of the Tool.
    """

    attributes: ToolKernelRequestAttributes | Unset = UNSET
    function: ToolFunction | Unset = UNSET
    setup_values: ToolKernelRequestSetupValues | Unset = UNSET
    source_code: str | Unset = UNSET
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
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        try:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            function = _as_json(self.function)

        try:
            setup_values: dict[str, Any] | Unset = UNSET
            if not isinstance(self.setup_values, Unset):
                setup_values = self.setup_values.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            setup_values = _as_json(self.setup_values)

        source_code = self.source_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if function is not UNSET:
            field_dict["function"] = function
        if setup_values is not UNSET:
            field_dict["setup_values"] = setup_values
        if source_code is not UNSET:
            field_dict["source_code"] = source_code

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
        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: ToolKernelRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = ToolKernelRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "ToolKernelRequestAttributes", "type", _drifted
                )

        _function_raw = d.get("function", UNSET)
        if _function_raw is UNSET:
            function = UNSET
        elif not _strict:
            function = _function_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _function = d.get("function", UNSET)
                function: ToolFunction | Unset
                if _function is UNSET:
                    function = UNSET
                else:
                    function = ToolFunction.from_dict(_function)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                function, _drifted = _keep(cls, d, "function", "ToolFunction", "type", _drifted)

        _setup_values_raw = d.get("setup_values", UNSET)
        if _setup_values_raw is UNSET:
            setup_values = UNSET
        elif not _strict:
            setup_values = _setup_values_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _setup_values = d.get("setup_values", UNSET)
                setup_values: ToolKernelRequestSetupValues | Unset
                if _setup_values is UNSET:
                    setup_values = UNSET
                else:
                    setup_values = ToolKernelRequestSetupValues.from_dict(_setup_values)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                setup_values, _drifted = _keep(
                    cls, d, "setup_values", "ToolKernelRequestSetupValues", "type", _drifted
                )

        try:
            source_code = d.get("source_code", UNSET)
            if not (type(source_code) is str or source_code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_code, _drifted = _keep(cls, d, "source_code", "str", "type", _drifted)

        _tool_kernel_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _tool_kernel_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _tool_kernel_request_._function_slot = function  # type: ignore[attr-defined]
        _tool_kernel_request_._setup_values_slot = setup_values  # type: ignore[attr-defined]
        _tool_kernel_request_.source_code = source_code
        _tool_kernel_request_.additional_properties = {}
        _tool_kernel_request_._pending = _pending

        if _extra:
            _tool_kernel_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_kernel_request_, _drifted)
        return _tool_kernel_request_

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


def _decode_attributes(self: ToolKernelRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: ToolKernelRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = ToolKernelRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "ToolKernelRequestAttributes",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(ToolKernelRequest, "attributes", 1, _decode_attributes)


def _decode_function(self: ToolKernelRequest, raw: Any) -> Any:
    """``function`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _function = raw
        function: ToolFunction | Unset
        if _function is UNSET:
            function = UNSET
        else:
            function = ToolFunction.from_dict(_function)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        function, _drifted = _keep(
            type(self), {"function": raw}, "function", "ToolFunction", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return function


_lazy(ToolKernelRequest, "function", 2, _decode_function)


def _decode_setup_values(self: ToolKernelRequest, raw: Any) -> Any:
    """``setup_values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _setup_values = raw
        setup_values: ToolKernelRequestSetupValues | Unset
        if _setup_values is UNSET:
            setup_values = UNSET
        else:
            setup_values = ToolKernelRequestSetupValues.from_dict(_setup_values)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        setup_values, _drifted = _keep(
            type(self),
            {"setup_values": raw},
            "setup_values",
            "ToolKernelRequestSetupValues",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return setup_values


_lazy(ToolKernelRequest, "setup_values", 4, _decode_setup_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolFunction, ToolKernelRequestAttributes, ToolKernelRequestSetupValues
    from ..models.tool_function import ToolFunction  # noqa: PLC0415
    from ..models.tool_kernel_request_attributes import ToolKernelRequestAttributes  # noqa: PLC0415
    from ..models.tool_kernel_request_setup_values import ToolKernelRequestSetupValues  # noqa: PLC0415

    _LAZY_PENDING = False

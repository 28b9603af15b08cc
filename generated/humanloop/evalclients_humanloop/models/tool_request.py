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
from ..models.files_tool_type import FilesToolType, check_files_tool_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_function import ToolFunction
    from ..models.tool_request_attributes import ToolRequestAttributes
    from ..models.tool_request_setup_values import ToolRequestSetupValues


T = TypeVar("T", bound="ToolRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attributes",
        "commit_message",
        "function",
        "id",
        "path",
        "setup_values",
        "source_code",
        "tool_type",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("attributes", "_attributes_slot", False, 1, ""),
    (
        "commit_message",
        "commit_message",
        False,
        0,
        "commit_message = _j_commit_message\nif not (type(commit_message) is str or commit_message is UNSET):\n    raise TypeError",
    ),
    ("function", "_function_slot", False, 2, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "path",
        "path",
        False,
        0,
        "path = _j_path\nif not (type(path) is str or path is UNSET):\n    raise TypeError",
    ),
    ("setup_values", "_setup_values_slot", False, 4, ""),
    (
        "source_code",
        "source_code",
        False,
        0,
        "source_code = _j_source_code\nif not (type(source_code) is str or source_code is UNSET):\n    raise TypeError",
    ),
    (
        "tool_type",
        "tool_type",
        False,
        0,
        "_tool_type = _j_tool_type\ntool_type: FilesToolType | Unset\nif _tool_type is UNSET:\n    tool_type = UNSET\nelse:\n    tool_type = check_files_tool_type(_tool_type)",
    ),
)


@_attrs_define
class ToolRequest:
    """Request to create a new Tool.

    Attributes:
        attributes (ToolRequestAttributes | Unset): Additional fields to describe the Tool. Helpful to separate Tool
            versions from each other with details on how they were created or used.
        commit_message (str | Unset): Message describing the changes made.
        function (ToolFunction | Unset):
        id (str | Unset): ID for an existing Tool.
        path (str | Unset): Path of the Tool, including the name. This locates the Tool in the Humanloop filesystem and
            is used as as a unique identifier. For example: `folder/name` or just `name`.
        setup_values (ToolRequestSetupValues | Unset): Values needed to setup the Tool, defined in JSON Schema format:
            https://json-schema.org/
        source_code (str | Unset): Code source of the Tool.
        tool_type (FilesToolType | Unset): Type of tool. Default: 'json_schema'.
    """

    attributes: ToolRequestAttributes | Unset = UNSET
    commit_message: str | Unset = UNSET
    function: ToolFunction | Unset = UNSET
    id: str | Unset = UNSET
    path: str | Unset = UNSET
    setup_values: ToolRequestSetupValues | Unset = UNSET
    source_code: str | Unset = UNSET
    tool_type: FilesToolType | Unset = "json_schema"
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

        commit_message = self.commit_message

        try:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            function = _as_json(self.function)

        id = self.id

        path = self.path

        try:
            setup_values: dict[str, Any] | Unset = UNSET
            if not isinstance(self.setup_values, Unset):
                setup_values = self.setup_values.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            setup_values = _as_json(self.setup_values)

        source_code = self.source_code

        try:
            tool_type: str | Unset = UNSET
            if not isinstance(self.tool_type, Unset):
                tool_type = self.tool_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_type = _as_json(self.tool_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if setup_values is not UNSET:
            field_dict["setup_values"] = setup_values
        if source_code is not UNSET:
            field_dict["source_code"] = source_code
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type

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
        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: ToolRequestAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = ToolRequestAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "ToolRequestAttributes", "type", _drifted
                )

        try:
            commit_message = d.get("commit_message", UNSET)
            if not (type(commit_message) is str or commit_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            commit_message, _drifted = _keep(cls, d, "commit_message", "str", "type", _drifted)

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

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        _setup_values_raw = d.get("setup_values", UNSET)
        if _setup_values_raw is UNSET:
            setup_values = UNSET
        elif not _strict:
            setup_values = _setup_values_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _setup_values = d.get("setup_values", UNSET)
                setup_values: ToolRequestSetupValues | Unset
                if _setup_values is UNSET:
                    setup_values = UNSET
                else:
                    setup_values = ToolRequestSetupValues.from_dict(_setup_values)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                setup_values, _drifted = _keep(
                    cls, d, "setup_values", "ToolRequestSetupValues", "type", _drifted
                )

        try:
            source_code = d.get("source_code", UNSET)
            if not (type(source_code) is str or source_code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            source_code, _drifted = _keep(cls, d, "source_code", "str", "type", _drifted)

        try:
            _tool_type = d.get("tool_type", UNSET)
            tool_type: FilesToolType | Unset
            if _tool_type is UNSET:
                tool_type = UNSET
            else:
                tool_type = check_files_tool_type(_tool_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_type, _drifted = _keep(
                cls,
                d,
                "tool_type",
                "one of get_api_call, google, json_schema, mock, pinecone_search, snippet",
                "enum",
                _drifted,
            )

        _tool_request_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _tool_request_._attributes_slot = attributes  # type: ignore[attr-defined]
        _tool_request_.commit_message = commit_message
        _tool_request_._function_slot = function  # type: ignore[attr-defined]
        _tool_request_.id = id
        _tool_request_.path = path
        _tool_request_._setup_values_slot = setup_values  # type: ignore[attr-defined]
        _tool_request_.source_code = source_code
        _tool_request_.tool_type = tool_type
        _tool_request_.additional_properties = {}
        _tool_request_._pending = _pending

        if _extra:
            _tool_request_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_request_, _drifted)
        return _tool_request_

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


def _decode_attributes(self: ToolRequest, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: ToolRequestAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = ToolRequestAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self), {"attributes": raw}, "attributes", "ToolRequestAttributes", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(ToolRequest, "attributes", 1, _decode_attributes)


def _decode_function(self: ToolRequest, raw: Any) -> Any:
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


_lazy(ToolRequest, "function", 2, _decode_function)


def _decode_setup_values(self: ToolRequest, raw: Any) -> Any:
    """``setup_values`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _setup_values = raw
        setup_values: ToolRequestSetupValues | Unset
        if _setup_values is UNSET:
            setup_values = UNSET
        else:
            setup_values = ToolRequestSetupValues.from_dict(_setup_values)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        setup_values, _drifted = _keep(
            type(self),
            {"setup_values": raw},
            "setup_values",
            "ToolRequestSetupValues",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return setup_values


_lazy(ToolRequest, "setup_values", 4, _decode_setup_values)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolFunction, ToolRequestAttributes, ToolRequestSetupValues
    from ..models.tool_function import ToolFunction  # noqa: PLC0415
    from ..models.tool_request_attributes import ToolRequestAttributes  # noqa: PLC0415
    from ..models.tool_request_setup_values import ToolRequestSetupValues  # noqa: PLC0415

    _LAZY_PENDING = False

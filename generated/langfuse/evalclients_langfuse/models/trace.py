from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trace")
_new = object.__new__
_FIELDS = frozenset(
    {
        "environment",
        "id",
        "name",
        "public",
        "release",
        "sessionId",
        "tags",
        "timestamp",
        "userId",
        "version",
        "input",
        "metadata",
        "output",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "environment",
        "environment",
        True,
        0,
        "environment = _j_environment\nif not (type(environment) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "name",
        "name",
        True,
        0,
        "name: None | str = _j_name\n\nif not (name is None or type(name) is str):\n    raise TypeError",
    ),
    (
        "public",
        "public",
        True,
        0,
        "public = _j_public\nif not (type(public) is bool):\n    raise TypeError",
    ),
    (
        "release",
        "release",
        True,
        0,
        "release: None | str = _j_release\n\nif not (release is None or type(release) is str):\n    raise TypeError",
    ),
    (
        "sessionId",
        "session_id",
        True,
        0,
        "session_id: None | str = _j_session_id\n\nif not (session_id is None or type(session_id) is str):\n    raise TypeError",
    ),
    (
        "tags",
        "tags",
        True,
        0,
        "tags: list[str] = _j_tags\n\nif not ((type(tags) is list and _strs(tags))):\n    raise TypeError",
    ),
    ("timestamp", "_timestamp_slot", True, 1, ""),
    (
        "userId",
        "user_id",
        True,
        0,
        "user_id: None | str = _j_user_id\n\nif not (user_id is None or type(user_id) is str):\n    raise TypeError",
    ),
    (
        "version",
        "version",
        True,
        0,
        "version: None | str = _j_version\n\nif not (version is None or type(version) is str):\n    raise TypeError",
    ),
    ("input", "input_", False, 0, "input_ = _j_input_"),
    ("metadata", "metadata", False, 0, "metadata = _j_metadata"),
    ("output", "output", False, 0, "output = _j_output"),
)


@_attrs_define
class Trace:
    """
    Attributes:
        environment (str): The environment from which this trace originated. Can be any lowercase alphanumeric string
            with hyphens and underscores that does not start with 'langfuse'.
        id (str): The unique identifier of a trace
        name (None | str): The name of the trace
        public (bool): Public traces are accessible via url without login
        release (None | str): The release version of the application when the trace was created
        session_id (None | str): The session identifier associated with the trace
        tags (list[str]): The tags associated with the trace.
        timestamp (datetime.datetime): The timestamp when the trace was created
        user_id (None | str): The user identifier associated with the trace
        version (None | str): The version of the trace
        input_ (Any | Unset): The input data of the trace. Can be any JSON.
        metadata (Any | Unset): The metadata associated with the trace. Can be any JSON.
        output (Any | Unset): The output data of the trace. Can be any JSON.
    """

    environment: str | Unset
    id: str | Unset
    name: None | str | Unset
    public: bool | Unset
    release: None | str | Unset
    session_id: None | str | Unset
    tags: list[str] | Unset
    timestamp: datetime.datetime | Unset
    user_id: None | str | Unset
    version: None | str | Unset
    input_: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    output: Any | Unset = UNSET
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
        environment = self.environment

        id = self.id

        name: None | str
        name = self.name

        public = self.public

        release: None | str
        release = self.release

        session_id: None | str
        session_id = self.session_id

        try:
            tags = self.tags

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        try:
            timestamp = self.timestamp.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            timestamp = _as_json(self.timestamp)

        user_id: None | str
        user_id = self.user_id

        version: None | str
        version = self.version

        input_ = self.input_

        metadata = self.metadata

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "id": id,
                "name": name,
                "public": public,
                "release": release,
                "sessionId": session_id,
                "tags": tags,
                "timestamp": timestamp,
                "userId": user_id,
                "version": version,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
            environment = d["environment"]
            if not (type(environment) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name: None | str = d["name"]

            if not (name is None or type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            public = d["public"]
            if not (type(public) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            public, _drifted = _keep(cls, d, "public", "bool", "type", _drifted)

        try:
            release: None | str = d["release"]

            if not (release is None or type(release) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            release, _drifted = _keep(cls, d, "release", "None | str", "type", _drifted)

        try:
            session_id: None | str = d["sessionId"]

            if not (session_id is None or type(session_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            session_id, _drifted = _keep(cls, d, "sessionId", "None | str", "type", _drifted)

        try:
            tags: list[str] = d["tags"]

            if not (type(tags) is list and _strs(tags)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str]", "type", _drifted)

        _timestamp_raw = d.get("timestamp", UNSET)
        if _timestamp_raw is not UNSET and not _strict:
            timestamp = _timestamp_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                timestamp = datetime.datetime.fromisoformat(d["timestamp"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                timestamp, _drifted = _keep(
                    cls, d, "timestamp", "datetime.datetime", "type", _drifted
                )

        try:
            user_id: None | str = d["userId"]

            if not (user_id is None or type(user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "userId", "None | str", "type", _drifted)

        try:
            version: None | str = d["version"]

            if not (version is None or type(version) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version, _drifted = _keep(cls, d, "version", "None | str", "type", _drifted)

        try:
            input_ = d.get("input", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_, _drifted = _keep(cls, d, "input", "Any", "type", _drifted)

        try:
            metadata = d.get("metadata", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata, _drifted = _keep(cls, d, "metadata", "Any", "type", _drifted)

        try:
            output = d.get("output", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output, _drifted = _keep(cls, d, "output", "Any", "type", _drifted)

        _trace_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _trace_.environment = environment
        _trace_.id = id
        _trace_.name = name
        _trace_.public = public
        _trace_.release = release
        _trace_.session_id = session_id
        _trace_.tags = tags
        _trace_._timestamp_slot = timestamp  # type: ignore[attr-defined]
        _trace_.user_id = user_id
        _trace_.version = version
        _trace_.input_ = input_
        _trace_.metadata = metadata
        _trace_.output = output
        _trace_.additional_properties = {}
        _trace_._pending = _pending

        if _extra:
            _trace_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_trace_, _drifted)
        return _trace_

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


def _decode_timestamp(self: Trace, raw: Any) -> Any:
    """``timestamp`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        timestamp = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        timestamp, _drifted = _keep(
            type(self), {"timestamp": raw}, "timestamp", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return timestamp


_lazy(Trace, "timestamp", 1, _decode_timestamp)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.project_type import ProjectType, check_project_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "project_type",
        "space_id",
    }
)


@_attrs_define
class Project:
    """A project represents an LLM application and serves as the primary container for observability data. Each project
    collects traces and spans that capture the execution flow of your application, enabling you to debug issues, monitor
    latency, and analyze token usage. Projects belong to a space and provide a centralized view of your application's
    performance. Use projects to organize related traces, run experiments against datasets, and track improvements over
    time.

        Attributes:
            created_at (datetime.datetime | Unset): When the project was created
            id (str | Unset): The project ID
            name (str | Unset): The project name
            project_type (None | ProjectType | Unset): The project type for generative LLM projects. Null for projects that
                have not been assigned a type.
            space_id (str | Unset): The space ID the project belongs to
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    project_type: None | ProjectType | Unset = UNSET
    space_id: str | Unset = UNSET
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
        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        name = self.name

        try:
            project_type: None | str | Unset
            if isinstance(self.project_type, Unset):
                project_type = UNSET
            elif isinstance(self.project_type, str):
                project_type = self.project_type
            else:
                project_type = self.project_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            project_type = _as_json(self.project_type)

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project_type is not UNSET:
            field_dict["project_type"] = project_type
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
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
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            _project_type = d.get("project_type", UNSET)
            project_type = (
                _project_type
                if _project_type is None or _project_type is UNSET
                else _parse_project_type(_project_type)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_type, _drifted = _keep(
                cls, d, "project_type", "None | ProjectType", "union", _drifted
            )

        try:
            space_id = d.get("space_id", UNSET)
            if not (type(space_id) is str or space_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        _project_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _project_._created_at_slot = created_at  # type: ignore[attr-defined]
        _project_.id = id
        _project_.name = name
        _project_.project_type = project_type
        _project_.space_id = space_id
        _project_.additional_properties = {}
        _project_._pending = _pending

        if _extra:
            _project_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_project_, _drifted)
        return _project_

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


def _parse_project_type(data: object) -> None | ProjectType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        project_type_type_0 = check_project_type(data)

        return project_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_created_at(self: Project, raw: Any) -> Any:
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


_lazy(Project, "created_at", 1, _decode_created_at)

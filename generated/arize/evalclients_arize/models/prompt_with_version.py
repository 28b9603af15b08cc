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
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_version import PromptVersion


T = TypeVar("T", bound="PromptWithVersion")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "space_id",
        "updated_at",
        "version",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id = _j_created_by_user_id\nif not (type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "space_id",
        "space_id",
        False,
        0,
        "space_id = _j_space_id\nif not (type(space_id) is str or space_id is UNSET):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", False, 2, ""),
    ("version", "_version_slot", False, 4, ""),
)


@_attrs_define
class PromptWithVersion:
    """A prompt with a resolved version. Returned by Create Prompt and Get Prompt. The version is the initial version on
    create, or the resolved version (latest, by ID, or by label) on get.

        Attributes:
            created_at (datetime.datetime | Unset): When the prompt was created
            created_by_user_id (str | Unset): The user ID of the user who created the prompt
            description (None | str | Unset): The prompt description
            id (str | Unset): The prompt ID
            name (str | Unset): The prompt name
            space_id (str | Unset): The space ID the prompt belongs to
            updated_at (datetime.datetime | Unset): When the prompt was last updated
            version (PromptVersion | Unset): A prompt version represents a specific snapshot of a prompt's configuration.
                Each version captures the messages, model settings, and parameters at a point in time. Versions are immutable
                once created and are identified by a commit hash.
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: PromptVersion | Unset = UNSET
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
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id = self.created_by_user_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        space_id = self.space_id

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            version: dict[str, Any] | Unset = UNSET
            if not isinstance(self.version, Unset):
                version = self.version.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

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
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

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
            space_id = d.get("space_id", UNSET)
            if not (type(space_id) is str or space_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
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

        _version_raw = d.get("version", UNSET)
        if _version_raw is UNSET:
            version = UNSET
        elif not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _version = d.get("version", UNSET)
                version: PromptVersion | Unset
                if _version is UNSET:
                    version = UNSET
                else:
                    version = PromptVersion.from_dict(_version)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(cls, d, "version", "PromptVersion", "type", _drifted)

        _prompt_with_version_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_with_version_._created_at_slot = created_at  # type: ignore[attr-defined]
        _prompt_with_version_.created_by_user_id = created_by_user_id
        _prompt_with_version_.description = description
        _prompt_with_version_.id = id
        _prompt_with_version_.name = name
        _prompt_with_version_.space_id = space_id
        _prompt_with_version_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _prompt_with_version_._version_slot = version  # type: ignore[attr-defined]
        _prompt_with_version_.additional_properties = {}
        _prompt_with_version_._pending = _pending

        if _extra:
            _prompt_with_version_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_with_version_, _drifted)
        return _prompt_with_version_

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


def _decode_created_at(self: PromptWithVersion, raw: Any) -> Any:
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


_lazy(PromptWithVersion, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: PromptWithVersion, raw: Any) -> Any:
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


_lazy(PromptWithVersion, "updated_at", 2, _decode_updated_at)


def _decode_version(self: PromptWithVersion, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _version = raw
        version: PromptVersion | Unset
        if _version is UNSET:
            version = UNSET
        else:
            version = PromptVersion.from_dict(_version)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self), {"version": raw}, "version", "PromptVersion", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(PromptWithVersion, "version", 4, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptVersion
    from ..models.prompt_version import PromptVersion  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

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
from ..drift import uuid as _uuid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_metadata_type_0 import DatasetMetadataType0


T = TypeVar("T", bound="Dataset")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "project_id",
        "url_slug",
        "created",
        "deleted_at",
        "description",
        "metadata",
        "tags",
        "user_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("id", "_id_slot", True, 1, ""),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    ("project_id", "_project_id_slot", True, 2, ""),
    (
        "url_slug",
        "url_slug",
        True,
        0,
        "url_slug = _j_url_slug\nif not (type(url_slug) is str):\n    raise TypeError",
    ),
    ("created", "_created_slot", False, 4, ""),
    ("deleted_at", "_deleted_at_slot", False, 8, ""),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 16, ""),
    (
        "tags",
        "tags",
        False,
        0,
        "_tags = _j_tags\ntags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)",
    ),
    ("user_id", "_user_id_slot", False, 32, ""),
)


@_attrs_define
class Dataset:
    """
    Attributes:
        id (UUID): Unique identifier for the dataset
        name (str): Name of the dataset. Within a project, dataset names are unique
        project_id (UUID): Unique identifier for the project that the dataset belongs under
        url_slug (str): URL slug for the dataset. used to construct dataset URLs
        created (datetime.datetime | None | Unset): Date of dataset creation
        deleted_at (datetime.datetime | None | Unset): Date of dataset deletion, or null if the dataset is still active
        description (None | str | Unset): Textual description of the dataset
        metadata (DatasetMetadataType0 | None | Unset): User-controlled metadata about the dataset
        tags (list[str] | None | Unset): A list of tags for the dataset
        user_id (None | Unset | UUID): Identifies the user who created the dataset
    """

    id: UUID | Unset
    name: str | Unset
    project_id: UUID | Unset
    url_slug: str | Unset
    created: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: DatasetMetadataType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
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
            id = str(self.id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            id = _as_json(self.id)

        name = self.name

        try:
            project_id = str(self.project_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            project_id = _as_json(self.project_id)

        url_slug = self.url_slug

        try:
            created: None | str | Unset
            if isinstance(self.created, Unset):
                created = UNSET
            elif isinstance(self.created, datetime.datetime):
                created = self.created.isoformat()
            else:
                created = self.created
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created = _as_json(self.created)

        try:
            deleted_at: None | str | Unset
            if isinstance(self.deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(self.deleted_at, datetime.datetime):
                deleted_at = self.deleted_at.isoformat()
            else:
                deleted_at = self.deleted_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            deleted_at = _as_json(self.deleted_at)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, DatasetMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            tags: list[str] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tags = _as_json(self.tags)

        try:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            elif isinstance(self.user_id, UUID):
                user_id = str(self.user_id)
            else:
                user_id = self.user_id
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            user_id = _as_json(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "project_id": project_id,
                "url_slug": url_slug,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        _id_raw = d.get("id", UNSET)
        if _id_raw is not UNSET and not _strict:
            id = _id_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                id = _uuid(d["id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                id, _drifted = _keep(cls, d, "id", "UUID", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _project_id_raw = d.get("project_id", UNSET)
        if _project_id_raw is not UNSET and not _strict:
            project_id = _project_id_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                project_id = _uuid(d["project_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                project_id, _drifted = _keep(cls, d, "project_id", "UUID", "type", _drifted)

        try:
            url_slug = d["url_slug"]
            if not (type(url_slug) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url_slug, _drifted = _keep(cls, d, "url_slug", "str", "type", _drifted)

        _created_raw = d.get("created", UNSET)
        if _created_raw is UNSET:
            created = UNSET
        elif not _strict:
            created = _created_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _created = d.get("created", UNSET)
                created = (
                    _created
                    if _created is None or _created is UNSET
                    else datetime.datetime.fromisoformat(_created)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created, _drifted = _keep(
                    cls, d, "created", "datetime.datetime | None", "union", _drifted
                )

        _deleted_at_raw = d.get("deleted_at", UNSET)
        if _deleted_at_raw is UNSET:
            deleted_at = UNSET
        elif not _strict:
            deleted_at = _deleted_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _deleted_at = d.get("deleted_at", UNSET)
                deleted_at = (
                    _deleted_at
                    if _deleted_at is None or _deleted_at is UNSET
                    else datetime.datetime.fromisoformat(_deleted_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                deleted_at, _drifted = _keep(
                    cls, d, "deleted_at", "datetime.datetime | None", "union", _drifted
                )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata = (
                    _metadata
                    if _metadata is None or _metadata is UNSET
                    else _parse_metadata(_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "DatasetMetadataType0 | None", "union", _drifted
                )

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        _user_id_raw = d.get("user_id", UNSET)
        if _user_id_raw is UNSET:
            user_id = UNSET
        elif not _strict:
            user_id = _user_id_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _user_id = d.get("user_id", UNSET)
                user_id = _user_id if _user_id is None or _user_id is UNSET else _uuid(_user_id)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                user_id, _drifted = _keep(cls, d, "user_id", "None | UUID", "union", _drifted)

        _dataset_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _dataset_._id_slot = id  # type: ignore[attr-defined]
        _dataset_.name = name
        _dataset_._project_id_slot = project_id  # type: ignore[attr-defined]
        _dataset_.url_slug = url_slug
        _dataset_._created_slot = created  # type: ignore[attr-defined]
        _dataset_._deleted_at_slot = deleted_at  # type: ignore[attr-defined]
        _dataset_.description = description
        _dataset_._metadata_slot = metadata  # type: ignore[attr-defined]
        _dataset_.tags = tags
        _dataset_._user_id_slot = user_id  # type: ignore[attr-defined]
        _dataset_.additional_properties = {}
        _dataset_._pending = _pending

        if _extra:
            _dataset_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_, _drifted)
        return _dataset_

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


def _parse_metadata(data: object) -> DatasetMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = DatasetMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tags_type_0: list[str] = data

        return tags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_id(self: Dataset, raw: Any) -> Any:
    """``id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        id, _drifted = _keep(type(self), {"id": raw}, "id", "UUID", "type", _drifted)

    if _drifted is not None:
        _note_more(self, _drifted)
    return id


_lazy(Dataset, "id", 1, _decode_id)


def _decode_project_id(self: Dataset, raw: Any) -> Any:
    """``project_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        project_id = _uuid(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        project_id, _drifted = _keep(
            type(self), {"project_id": raw}, "project_id", "UUID", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return project_id


_lazy(Dataset, "project_id", 2, _decode_project_id)


def _decode_created(self: Dataset, raw: Any) -> Any:
    """``created`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created = raw
        created = (
            _created
            if _created is None or _created is UNSET
            else datetime.datetime.fromisoformat(_created)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created, _drifted = _keep(
            type(self), {"created": raw}, "created", "datetime.datetime | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created


_lazy(Dataset, "created", 4, _decode_created)


def _decode_deleted_at(self: Dataset, raw: Any) -> Any:
    """``deleted_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _deleted_at = raw
        deleted_at = (
            _deleted_at
            if _deleted_at is None or _deleted_at is UNSET
            else datetime.datetime.fromisoformat(_deleted_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        deleted_at, _drifted = _keep(
            type(self),
            {"deleted_at": raw},
            "deleted_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return deleted_at


_lazy(Dataset, "deleted_at", 8, _decode_deleted_at)


def _decode_metadata(self: Dataset, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata = (
            _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "DatasetMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(Dataset, "metadata", 16, _decode_metadata)


def _decode_user_id(self: Dataset, raw: Any) -> Any:
    """``user_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _user_id = raw
        user_id = _user_id if _user_id is None or _user_id is UNSET else _uuid(_user_id)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        user_id, _drifted = _keep(
            type(self), {"user_id": raw}, "user_id", "None | UUID", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return user_id


_lazy(Dataset, "user_id", 32, _decode_user_id)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetMetadataType0
    from ..models.dataset_metadata_type_0 import DatasetMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

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
from ..drift import uuid as _uuid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_dataset_metadata_type_0 import CreateDatasetMetadataType0


T = TypeVar("T", bound="CreateDataset")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "project_id",
        "description",
        "metadata",
        "tags",
    }
)


@_attrs_define
class CreateDataset:
    """
    Attributes:
        name (str): Name of the dataset. Within a project, dataset names are unique
        project_id (UUID): Unique identifier for the project that the dataset belongs under
        description (None | str | Unset): Textual description of the dataset
        metadata (CreateDatasetMetadataType0 | None | Unset): User-controlled metadata about the dataset
        tags (list[str] | None | Unset): A list of tags for the dataset
    """

    name: str | Unset
    project_id: UUID | Unset
    description: None | str | Unset = UNSET
    metadata: CreateDatasetMetadataType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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
        name = self.name

        try:
            project_id = str(self.project_id)
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            project_id = _as_json(self.project_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CreateDatasetMetadataType0):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            _pending |= 1
        else:
            try:
                project_id = _uuid(d["project_id"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                project_id, _drifted = _keep(cls, d, "project_id", "UUID", "type", _drifted)

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
            _pending |= 2
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
                    cls, d, "metadata", "CreateDatasetMetadataType0 | None", "union", _drifted
                )

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        _create_dataset_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _create_dataset_.name = name
        _create_dataset_._project_id_slot = project_id  # type: ignore[attr-defined]
        _create_dataset_.description = description
        _create_dataset_._metadata_slot = metadata  # type: ignore[attr-defined]
        _create_dataset_.tags = tags
        _create_dataset_.additional_properties = {}
        _create_dataset_._pending = _pending

        if _extra:
            _create_dataset_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_dataset_, _drifted)
        return _create_dataset_

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


def _parse_metadata(data: object) -> CreateDatasetMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = CreateDatasetMetadataType0.from_dict(data)

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


def _decode_project_id(self: CreateDataset, raw: Any) -> Any:
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


_lazy(CreateDataset, "project_id", 1, _decode_project_id)


def _decode_metadata(self: CreateDataset, raw: Any) -> Any:
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
            "CreateDatasetMetadataType0 | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(CreateDataset, "metadata", 2, _decode_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateDatasetMetadataType0
    from ..models.create_dataset_metadata_type_0 import CreateDatasetMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False

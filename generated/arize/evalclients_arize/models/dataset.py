from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version import DatasetVersion


T = TypeVar("T", bound="Dataset")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "space_id",
        "updated_at",
        "versions",
    }
)


@_attrs_define
class Dataset:
    """A dataset is a structured collection of examples used to test and evaluate LLM applications. Datasets allow you to
    test models consistently across any real-world scenarios and edge cases, quickly identify regressions, and track
    measurable improvements.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the dataset was created
            id (str | Unset): Unique identifier for the dataset
            name (str | Unset): Name of the dataset
            space_id (str | Unset): Unique identifier for the space this dataset belongs to
            updated_at (datetime.datetime | Unset): Timestamp for the last update of the dataset
            versions (list[DatasetVersion] | Unset): List of versions associated with this dataset
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    versions: list[DatasetVersion] | Unset = UNSET
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
            versions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.versions, Unset):
                versions = []
                for versions_item_data in self.versions:
                    versions_item = versions_item_data.to_dict()
                    versions.append(versions_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            versions = _as_json(self.versions)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if versions is not UNSET:
            field_dict["versions"] = versions

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

        _versions_raw = d.get("versions", UNSET)
        if _versions_raw is UNSET:
            versions = UNSET
        elif not _strict:
            versions = _versions_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _versions = d.get("versions", UNSET)
                versions: list[DatasetVersion] | Unset = UNSET
                if _versions is not UNSET:
                    versions = [
                        DatasetVersion.from_dict(versions_item_data)
                        for versions_item_data in _versions
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                versions, _drifted = _keep_each(
                    cls,
                    d,
                    "versions",
                    "list[DatasetVersion]",
                    "type",
                    lambda versions_item_data: DatasetVersion.from_dict(versions_item_data),
                    _drifted,
                )

        _dataset_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _dataset_._created_at_slot = created_at  # type: ignore[attr-defined]
        _dataset_.id = id
        _dataset_.name = name
        _dataset_.space_id = space_id
        _dataset_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _dataset_._versions_slot = versions  # type: ignore[attr-defined]
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


def _decode_created_at(self: Dataset, raw: Any) -> Any:
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


_lazy(Dataset, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: Dataset, raw: Any) -> Any:
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


_lazy(Dataset, "updated_at", 2, _decode_updated_at)


def _decode_versions(self: Dataset, raw: Any) -> Any:
    """``versions`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _versions = raw
        versions: list[DatasetVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = [
                DatasetVersion.from_dict(versions_item_data) for versions_item_data in _versions
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        versions, _drifted = _keep_each(
            type(self),
            {"versions": raw},
            "versions",
            "list[DatasetVersion]",
            "type",
            lambda versions_item_data: DatasetVersion.from_dict(versions_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return versions


_lazy(Dataset, "versions", 4, _decode_versions)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatasetVersion
    from ..models.dataset_version import DatasetVersion  # noqa: PLC0415

    _LAZY_PENDING = False

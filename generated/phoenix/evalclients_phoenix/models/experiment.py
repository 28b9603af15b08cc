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
    from ..models.experiment_metadata import ExperimentMetadata


T = TypeVar("T", bound="Experiment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_id",
        "dataset_version_id",
        "description",
        "example_count",
        "failed_run_count",
        "id",
        "metadata",
        "missing_run_count",
        "name",
        "project_name",
        "repetitions",
        "successful_run_count",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", True, 1, ""),
    (
        "dataset_id",
        "dataset_id",
        True,
        0,
        "dataset_id = _j_dataset_id\nif not (type(dataset_id) is str):\n    raise TypeError",
    ),
    (
        "dataset_version_id",
        "dataset_version_id",
        True,
        0,
        "dataset_version_id = _j_dataset_version_id\nif not (type(dataset_version_id) is str):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        True,
        0,
        "description: None | str = _j_description\n\nif not (description is None or type(description) is str):\n    raise TypeError",
    ),
    (
        "example_count",
        "example_count",
        True,
        0,
        "example_count = _j_example_count\nif not (type(example_count) is int):\n    raise TypeError",
    ),
    (
        "failed_run_count",
        "failed_run_count",
        True,
        0,
        "failed_run_count = _j_failed_run_count\nif not (type(failed_run_count) is int):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("metadata", "_metadata_slot", True, 2, ""),
    (
        "missing_run_count",
        "missing_run_count",
        True,
        0,
        "missing_run_count = _j_missing_run_count\nif not (type(missing_run_count) is int):\n    raise TypeError",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "project_name",
        "project_name",
        True,
        0,
        "project_name: None | str = _j_project_name\n\nif not (project_name is None or type(project_name) is str):\n    raise TypeError",
    ),
    (
        "repetitions",
        "repetitions",
        True,
        0,
        "repetitions = _j_repetitions\nif not (type(repetitions) is int):\n    raise TypeError",
    ),
    (
        "successful_run_count",
        "successful_run_count",
        True,
        0,
        "successful_run_count = _j_successful_run_count\nif not (type(successful_run_count) is int):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", True, 4, ""),
)


@_attrs_define
class Experiment:
    """
    Attributes:
        created_at (datetime.datetime): The creation timestamp of the experiment
        dataset_id (str): The ID of the dataset associated with the experiment
        dataset_version_id (str): The ID of the dataset version associated with the experiment
        description (None | str): The description of the experiment
        example_count (int): Number of examples in the experiment
        failed_run_count (int): Number of failed runs in the experiment
        id (str): The ID of the experiment
        metadata (ExperimentMetadata): Metadata of the experiment
        missing_run_count (int): Number of missing (not yet executed) runs in the experiment
        name (str): The name of the experiment
        project_name (None | str): The name of the project associated with the experiment
        repetitions (int): Number of times the experiment is repeated
        successful_run_count (int): Number of successful runs in the experiment
        updated_at (datetime.datetime): The last update timestamp of the experiment
    """

    created_at: datetime.datetime | Unset
    dataset_id: str | Unset
    dataset_version_id: str | Unset
    description: None | str | Unset
    example_count: int | Unset
    failed_run_count: int | Unset
    id: str | Unset
    metadata: ExperimentMetadata | Unset
    missing_run_count: int | Unset
    name: str | Unset
    project_name: None | str | Unset
    repetitions: int | Unset
    successful_run_count: int | Unset
    updated_at: datetime.datetime | Unset
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
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        description: None | str
        description = self.description

        example_count = self.example_count

        failed_run_count = self.failed_run_count

        id = self.id

        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        missing_run_count = self.missing_run_count

        name = self.name

        project_name: None | str
        project_name = self.project_name

        repetitions = self.repetitions

        successful_run_count = self.successful_run_count

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dataset_id": dataset_id,
                "dataset_version_id": dataset_version_id,
                "description": description,
                "example_count": example_count,
                "failed_run_count": failed_run_count,
                "id": id,
                "metadata": metadata,
                "missing_run_count": missing_run_count,
                "name": name,
                "project_name": project_name,
                "repetitions": repetitions,
                "successful_run_count": successful_run_count,
                "updated_at": updated_at,
            }
        )

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
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            dataset_id = d["dataset_id"]
            if not (type(dataset_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "str", "type", _drifted)

        try:
            dataset_version_id = d["dataset_version_id"]
            if not (type(dataset_version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "str", "type", _drifted
            )

        try:
            description: None | str = d["description"]

            if not (description is None or type(description) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            example_count = d["example_count"]
            if not (type(example_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_count, _drifted = _keep(cls, d, "example_count", "int", "type", _drifted)

        try:
            failed_run_count = d["failed_run_count"]
            if not (type(failed_run_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            failed_run_count, _drifted = _keep(cls, d, "failed_run_count", "int", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is not UNSET and not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                metadata = ExperimentMetadata.from_dict(d["metadata"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "ExperimentMetadata", "type", _drifted
                )

        try:
            missing_run_count = d["missing_run_count"]
            if not (type(missing_run_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            missing_run_count, _drifted = _keep(
                cls, d, "missing_run_count", "int", "type", _drifted
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
            project_name: None | str = d["project_name"]

            if not (project_name is None or type(project_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            project_name, _drifted = _keep(cls, d, "project_name", "None | str", "type", _drifted)

        try:
            repetitions = d["repetitions"]
            if not (type(repetitions) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            repetitions, _drifted = _keep(cls, d, "repetitions", "int", "type", _drifted)

        try:
            successful_run_count = d["successful_run_count"]
            if not (type(successful_run_count) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            successful_run_count, _drifted = _keep(
                cls, d, "successful_run_count", "int", "type", _drifted
            )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _experiment_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _experiment_._created_at_slot = created_at  # type: ignore[attr-defined]
        _experiment_.dataset_id = dataset_id
        _experiment_.dataset_version_id = dataset_version_id
        _experiment_.description = description
        _experiment_.example_count = example_count
        _experiment_.failed_run_count = failed_run_count
        _experiment_.id = id
        _experiment_._metadata_slot = metadata  # type: ignore[attr-defined]
        _experiment_.missing_run_count = missing_run_count
        _experiment_.name = name
        _experiment_.project_name = project_name
        _experiment_.repetitions = repetitions
        _experiment_.successful_run_count = successful_run_count
        _experiment_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _experiment_.additional_properties = {}
        _experiment_._pending = _pending

        if _extra:
            _experiment_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_, _drifted)
        return _experiment_

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


def _decode_created_at(self: Experiment, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(Experiment, "created_at", 1, _decode_created_at)


def _decode_metadata(self: Experiment, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        metadata = ExperimentMetadata.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "ExperimentMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(Experiment, "metadata", 2, _decode_metadata)


def _decode_updated_at(self: Experiment, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(Experiment, "updated_at", 4, _decode_updated_at)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ExperimentMetadata
    from ..models.experiment_metadata import ExperimentMetadata  # noqa: PLC0415

    _LAZY_PENDING = False

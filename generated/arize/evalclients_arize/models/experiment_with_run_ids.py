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

T = TypeVar("T", bound="ExperimentWithRunIds")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_id",
        "dataset_version_id",
        "experiment_traces_project_id",
        "id",
        "integration_id",
        "name",
        "run_ids",
        "space_id",
        "updated_at",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "dataset_id",
        "dataset_id",
        False,
        0,
        "dataset_id: None | str | Unset = _j_dataset_id\n\nif not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):\n    raise TypeError",
    ),
    (
        "dataset_version_id",
        "dataset_version_id",
        False,
        0,
        "dataset_version_id: None | str | Unset = _j_dataset_version_id\n\nif not (dataset_version_id is None or type(dataset_version_id) is str or dataset_version_id is UNSET):\n    raise TypeError",
    ),
    (
        "experiment_traces_project_id",
        "experiment_traces_project_id",
        False,
        0,
        "experiment_traces_project_id = _j_experiment_traces_project_id\nif not (type(experiment_traces_project_id) is str or experiment_traces_project_id is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "integration_id",
        "integration_id",
        False,
        0,
        "integration_id: None | str | Unset = _j_integration_id\n\nif not (integration_id is None or type(integration_id) is str or integration_id is UNSET):\n    raise TypeError",
    ),
    (
        "name",
        "name",
        False,
        0,
        "name = _j_name\nif not (type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    (
        "run_ids",
        "run_ids",
        False,
        0,
        "run_ids: list[str] = _j_run_ids\n\nif not ((type(run_ids) is list and _strs(run_ids)) or run_ids is UNSET):\n    raise TypeError",
    ),
    (
        "space_id",
        "space_id",
        False,
        0,
        "space_id = _j_space_id\nif not (type(space_id) is str or space_id is UNSET):\n    raise TypeError",
    ),
    ("updated_at", "_updated_at_slot", False, 2, ""),
)


@_attrs_define
class ExperimentWithRunIds:
    """ExperimentWithRunIds

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp for when the experiment was created
        dataset_id (None | str | Unset): Unique identifier for the dataset associated with this experiment. Null if the
            experiment isn't associated with a dataset.
        dataset_version_id (None | str | Unset): Unique identifier for the dataset version associated with this
            experiment. Null if the experiment isn't associated with a dataset.
        experiment_traces_project_id (str | Unset): Unique identifier for the experiment traces project this experiment
            belongs to (if it exists)
        id (str | Unset): Unique identifier for the experiment
        integration_id (None | str | Unset): Identifier (base64) of the agent integration that backs this experiment, as
            returned by the integrations API. Null for non-agent experiments (for example, SDK or Playground experiments).
        name (str | Unset): Name of the experiment
        run_ids (list[str] | Unset): IDs of the newly inserted experiment runs, in input order.
        space_id (str | Unset): Unique identifier for the space this experiment belongs to
        updated_at (datetime.datetime | Unset): Timestamp for the last update of the experiment
    """

    created_at: datetime.datetime | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    dataset_version_id: None | str | Unset = UNSET
    experiment_traces_project_id: str | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    run_ids: list[str] | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_version_id: None | str | Unset
        if isinstance(self.dataset_version_id, Unset):
            dataset_version_id = UNSET
        else:
            dataset_version_id = self.dataset_version_id

        experiment_traces_project_id = self.experiment_traces_project_id

        id = self.id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        name = self.name

        try:
            run_ids: list[str] | Unset = UNSET
            if not isinstance(self.run_ids, Unset):
                run_ids = self.run_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_ids = _as_json(self.run_ids)

        space_id = self.space_id

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if experiment_traces_project_id is not UNSET:
            field_dict["experiment_traces_project_id"] = experiment_traces_project_id
        if id is not UNSET:
            field_dict["id"] = id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if name is not UNSET:
            field_dict["name"] = name
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        try:
            dataset_version_id: None | str | Unset = d.get("dataset_version_id", UNSET)

            if not (
                dataset_version_id is None
                or type(dataset_version_id) is str
                or dataset_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "None | str", "type", _drifted
            )

        try:
            experiment_traces_project_id = d.get("experiment_traces_project_id", UNSET)
            if not (
                type(experiment_traces_project_id) is str or experiment_traces_project_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_traces_project_id, _drifted = _keep(
                cls, d, "experiment_traces_project_id", "str", "type", _drifted
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
            integration_id: None | str | Unset = d.get("integration_id", UNSET)

            if not (
                integration_id is None or type(integration_id) is str or integration_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            integration_id, _drifted = _keep(
                cls, d, "integration_id", "None | str", "type", _drifted
            )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            run_ids: list[str] = d.get("run_ids", UNSET)

            if not ((type(run_ids) is list and _strs(run_ids)) or run_ids is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_ids, _drifted = _keep(cls, d, "run_ids", "list[str]", "type", _drifted)

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

        _experiment_with_run_ids_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_with_run_ids_._created_at_slot = created_at  # type: ignore[attr-defined]
        _experiment_with_run_ids_.dataset_id = dataset_id
        _experiment_with_run_ids_.dataset_version_id = dataset_version_id
        _experiment_with_run_ids_.experiment_traces_project_id = experiment_traces_project_id
        _experiment_with_run_ids_.id = id
        _experiment_with_run_ids_.integration_id = integration_id
        _experiment_with_run_ids_.name = name
        _experiment_with_run_ids_.run_ids = run_ids
        _experiment_with_run_ids_.space_id = space_id
        _experiment_with_run_ids_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _experiment_with_run_ids_.additional_properties = {}
        _experiment_with_run_ids_._pending = _pending

        if _extra:
            _experiment_with_run_ids_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_with_run_ids_, _drifted)
        return _experiment_with_run_ids_

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


def _decode_created_at(self: ExperimentWithRunIds, raw: Any) -> Any:
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


_lazy(ExperimentWithRunIds, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: ExperimentWithRunIds, raw: Any) -> Any:
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


_lazy(ExperimentWithRunIds, "updated_at", 2, _decode_updated_at)

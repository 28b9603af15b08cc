from __future__ import annotations

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
    from ..models.patch_experiment_internal_metadata_type_0 import (
        PatchExperimentInternalMetadataType0,
    )
    from ..models.patch_experiment_metadata_type_0 import PatchExperimentMetadataType0
    from ..models.repo_info_type_0 import RepoInfoType0


T = TypeVar("T", bound="PatchExperiment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "base_exp_id",
        "dataset_id",
        "dataset_version",
        "description",
        "internal_metadata",
        "metadata",
        "name",
        "parameters_id",
        "parameters_version",
        "public",
        "repo_info",
        "tags",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("base_exp_id", "_base_exp_id_slot", False, 1, ""),
    ("dataset_id", "_dataset_id_slot", False, 2, ""),
    (
        "dataset_version",
        "dataset_version",
        False,
        0,
        "dataset_version: None | str | Unset = _j_dataset_version\n\nif not (dataset_version is None or type(dataset_version) is str or dataset_version is UNSET):\n    raise TypeError",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    ("internal_metadata", "_internal_metadata_slot", False, 4, ""),
    ("metadata", "_metadata_slot", False, 8, ""),
    (
        "name",
        "name",
        False,
        0,
        "name: None | str | Unset = _j_name\n\nif not (name is None or type(name) is str or name is UNSET):\n    raise TypeError",
    ),
    ("parameters_id", "_parameters_id_slot", False, 16, ""),
    (
        "parameters_version",
        "parameters_version",
        False,
        0,
        "parameters_version: None | str | Unset = _j_parameters_version\n\nif not (parameters_version is None or type(parameters_version) is str or parameters_version is UNSET):\n    raise TypeError",
    ),
    (
        "public",
        "public",
        False,
        0,
        "public: bool | None | Unset = _j_public\n\nif not (public is None or type(public) is bool or public is UNSET):\n    raise TypeError",
    ),
    ("repo_info", "_repo_info_slot", False, 32, ""),
    (
        "tags",
        "tags",
        False,
        0,
        "_tags = _j_tags\ntags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)",
    ),
)


@_attrs_define
class PatchExperiment:
    """
    Attributes:
        base_exp_id (None | Unset | UUID): Id of default base experiment to compare against when viewing this experiment
        dataset_id (None | Unset | UUID): Identifier of the linked dataset, or null if the experiment is not linked to a
            dataset
        dataset_version (None | str | Unset): Version number of the linked dataset the experiment was run against. This
            can be used to reproduce the experiment after the dataset has been modified.
        description (None | str | Unset): Textual description of the experiment
        internal_metadata (None | PatchExperimentInternalMetadataType0 | Unset): Braintrust-controlled metadata about
            the experiment.
        metadata (None | PatchExperimentMetadataType0 | Unset): User-controlled metadata about the experiment
        name (None | str | Unset): Name of the experiment. Within a project, experiment names are unique
        parameters_id (None | Unset | UUID): Identifier of the linked saved parameters object, or null if the experiment
            is not linked to saved parameters
        parameters_version (None | str | Unset): Version number of the linked saved parameters object the experiment was
            run against.
        public (bool | None | Unset): Whether or not the experiment is public. Public experiments can be viewed by
            anybody inside or outside the organization
        repo_info (None | RepoInfoType0 | Unset): Metadata about the state of the repo when the experiment was created
        tags (list[str] | None | Unset): A list of tags for the experiment
    """

    base_exp_id: None | Unset | UUID = UNSET
    dataset_id: None | Unset | UUID = UNSET
    dataset_version: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    internal_metadata: None | PatchExperimentInternalMetadataType0 | Unset = UNSET
    metadata: None | PatchExperimentMetadataType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    parameters_id: None | Unset | UUID = UNSET
    parameters_version: None | str | Unset = UNSET
    public: bool | None | Unset = UNSET
    repo_info: None | RepoInfoType0 | Unset = UNSET
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
        try:
            base_exp_id: None | str | Unset
            if isinstance(self.base_exp_id, Unset):
                base_exp_id = UNSET
            elif isinstance(self.base_exp_id, UUID):
                base_exp_id = str(self.base_exp_id)
            else:
                base_exp_id = self.base_exp_id
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            base_exp_id = _as_json(self.base_exp_id)

        try:
            dataset_id: None | str | Unset
            if isinstance(self.dataset_id, Unset):
                dataset_id = UNSET
            elif isinstance(self.dataset_id, UUID):
                dataset_id = str(self.dataset_id)
            else:
                dataset_id = self.dataset_id
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset_id = _as_json(self.dataset_id)

        dataset_version: None | str | Unset
        if isinstance(self.dataset_version, Unset):
            dataset_version = UNSET
        else:
            dataset_version = self.dataset_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            internal_metadata: dict[str, Any] | None | Unset
            if isinstance(self.internal_metadata, Unset):
                internal_metadata = UNSET
            elif isinstance(self.internal_metadata, PatchExperimentInternalMetadataType0):
                internal_metadata = self.internal_metadata.to_dict()
            else:
                internal_metadata = self.internal_metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            internal_metadata = _as_json(self.internal_metadata)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PatchExperimentMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        try:
            parameters_id: None | str | Unset
            if isinstance(self.parameters_id, Unset):
                parameters_id = UNSET
            elif isinstance(self.parameters_id, UUID):
                parameters_id = str(self.parameters_id)
            else:
                parameters_id = self.parameters_id
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            parameters_id = _as_json(self.parameters_id)

        parameters_version: None | str | Unset
        if isinstance(self.parameters_version, Unset):
            parameters_version = UNSET
        else:
            parameters_version = self.parameters_version

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        try:
            repo_info: dict[str, Any] | None | Unset
            if isinstance(self.repo_info, Unset):
                repo_info = UNSET
            elif isinstance(self.repo_info, RepoInfoType0):
                repo_info = self.repo_info.to_dict()
            else:
                repo_info = self.repo_info
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            repo_info = _as_json(self.repo_info)

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
        field_dict.update({})
        if base_exp_id is not UNSET:
            field_dict["base_exp_id"] = base_exp_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version is not UNSET:
            field_dict["dataset_version"] = dataset_version
        if description is not UNSET:
            field_dict["description"] = description
        if internal_metadata is not UNSET:
            field_dict["internal_metadata"] = internal_metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if parameters_id is not UNSET:
            field_dict["parameters_id"] = parameters_id
        if parameters_version is not UNSET:
            field_dict["parameters_version"] = parameters_version
        if public is not UNSET:
            field_dict["public"] = public
        if repo_info is not UNSET:
            field_dict["repo_info"] = repo_info
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
        _base_exp_id_raw = d.get("base_exp_id", UNSET)
        if _base_exp_id_raw is UNSET:
            base_exp_id = UNSET
        elif not _strict:
            base_exp_id = _base_exp_id_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _base_exp_id = d.get("base_exp_id", UNSET)
                base_exp_id = (
                    _base_exp_id
                    if _base_exp_id is None or _base_exp_id is UNSET
                    else _uuid(_base_exp_id)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                base_exp_id, _drifted = _keep(
                    cls, d, "base_exp_id", "None | UUID", "union", _drifted
                )

        _dataset_id_raw = d.get("dataset_id", UNSET)
        if _dataset_id_raw is UNSET:
            dataset_id = UNSET
        elif not _strict:
            dataset_id = _dataset_id_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _dataset_id = d.get("dataset_id", UNSET)
                dataset_id = (
                    _dataset_id
                    if _dataset_id is None or _dataset_id is UNSET
                    else _uuid(_dataset_id)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | UUID", "union", _drifted)

        try:
            dataset_version: None | str | Unset = d.get("dataset_version", UNSET)

            if not (
                dataset_version is None or type(dataset_version) is str or dataset_version is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version, _drifted = _keep(
                cls, d, "dataset_version", "None | str", "type", _drifted
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _internal_metadata_raw = d.get("internal_metadata", UNSET)
        if _internal_metadata_raw is UNSET:
            internal_metadata = UNSET
        elif not _strict:
            internal_metadata = _internal_metadata_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _internal_metadata = d.get("internal_metadata", UNSET)
                internal_metadata = (
                    _internal_metadata
                    if _internal_metadata is None or _internal_metadata is UNSET
                    else _parse_internal_metadata(_internal_metadata)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                internal_metadata, _drifted = _keep(
                    cls,
                    d,
                    "internal_metadata",
                    "None | PatchExperimentInternalMetadataType0",
                    "union",
                    _drifted,
                )

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 8
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
                    cls, d, "metadata", "None | PatchExperimentMetadataType0", "union", _drifted
                )

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        _parameters_id_raw = d.get("parameters_id", UNSET)
        if _parameters_id_raw is UNSET:
            parameters_id = UNSET
        elif not _strict:
            parameters_id = _parameters_id_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _parameters_id = d.get("parameters_id", UNSET)
                parameters_id = (
                    _parameters_id
                    if _parameters_id is None or _parameters_id is UNSET
                    else _uuid(_parameters_id)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                parameters_id, _drifted = _keep(
                    cls, d, "parameters_id", "None | UUID", "union", _drifted
                )

        try:
            parameters_version: None | str | Unset = d.get("parameters_version", UNSET)

            if not (
                parameters_version is None
                or type(parameters_version) is str
                or parameters_version is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            parameters_version, _drifted = _keep(
                cls, d, "parameters_version", "None | str", "type", _drifted
            )

        try:
            public: bool | None | Unset = d.get("public", UNSET)

            if not (public is None or type(public) is bool or public is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            public, _drifted = _keep(cls, d, "public", "bool | None", "type", _drifted)

        _repo_info_raw = d.get("repo_info", UNSET)
        if _repo_info_raw is UNSET:
            repo_info = UNSET
        elif not _strict:
            repo_info = _repo_info_raw  # decoded on first read
            _pending |= 32
        else:
            try:
                _repo_info = d.get("repo_info", UNSET)
                repo_info = (
                    _repo_info
                    if _repo_info is None or _repo_info is UNSET
                    else _parse_repo_info(_repo_info)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                repo_info, _drifted = _keep(
                    cls, d, "repo_info", "None | RepoInfoType0", "union", _drifted
                )

        try:
            _tags = d.get("tags", UNSET)
            tags = _tags if _tags is None or _tags is UNSET else _parse_tags(_tags)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tags, _drifted = _keep(cls, d, "tags", "list[str] | None", "union", _drifted)

        _patch_experiment_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _patch_experiment_._base_exp_id_slot = base_exp_id  # type: ignore[attr-defined]
        _patch_experiment_._dataset_id_slot = dataset_id  # type: ignore[attr-defined]
        _patch_experiment_.dataset_version = dataset_version
        _patch_experiment_.description = description
        _patch_experiment_._internal_metadata_slot = internal_metadata  # type: ignore[attr-defined]
        _patch_experiment_._metadata_slot = metadata  # type: ignore[attr-defined]
        _patch_experiment_.name = name
        _patch_experiment_._parameters_id_slot = parameters_id  # type: ignore[attr-defined]
        _patch_experiment_.parameters_version = parameters_version
        _patch_experiment_.public = public
        _patch_experiment_._repo_info_slot = repo_info  # type: ignore[attr-defined]
        _patch_experiment_.tags = tags
        _patch_experiment_.additional_properties = {}
        _patch_experiment_._pending = _pending

        if _extra:
            _patch_experiment_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_patch_experiment_, _drifted)
        return _patch_experiment_

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


def _parse_internal_metadata(data: object) -> None | PatchExperimentInternalMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        internal_metadata_type_0 = PatchExperimentInternalMetadataType0.from_dict(data)

        return internal_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_metadata(data: object) -> None | PatchExperimentMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = PatchExperimentMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_repo_info(data: object) -> None | RepoInfoType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_repo_info_type_0 = RepoInfoType0.from_dict(data)

        return componentsschemas_repo_info_type_0
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


def _decode_base_exp_id(self: PatchExperiment, raw: Any) -> Any:
    """``base_exp_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _base_exp_id = raw
        base_exp_id = (
            _base_exp_id if _base_exp_id is None or _base_exp_id is UNSET else _uuid(_base_exp_id)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        base_exp_id, _drifted = _keep(
            type(self), {"base_exp_id": raw}, "base_exp_id", "None | UUID", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return base_exp_id


_lazy(PatchExperiment, "base_exp_id", 1, _decode_base_exp_id)


def _decode_dataset_id(self: PatchExperiment, raw: Any) -> Any:
    """``dataset_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset_id = raw
        dataset_id = (
            _dataset_id if _dataset_id is None or _dataset_id is UNSET else _uuid(_dataset_id)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset_id, _drifted = _keep(
            type(self), {"dataset_id": raw}, "dataset_id", "None | UUID", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset_id


_lazy(PatchExperiment, "dataset_id", 2, _decode_dataset_id)


def _decode_internal_metadata(self: PatchExperiment, raw: Any) -> Any:
    """``internal_metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _internal_metadata = raw
        internal_metadata = (
            _internal_metadata
            if _internal_metadata is None or _internal_metadata is UNSET
            else _parse_internal_metadata(_internal_metadata)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        internal_metadata, _drifted = _keep(
            type(self),
            {"internal_metadata": raw},
            "internal_metadata",
            "None | PatchExperimentInternalMetadataType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return internal_metadata


_lazy(PatchExperiment, "internal_metadata", 4, _decode_internal_metadata)


def _decode_metadata(self: PatchExperiment, raw: Any) -> Any:
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
            "None | PatchExperimentMetadataType0",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(PatchExperiment, "metadata", 8, _decode_metadata)


def _decode_parameters_id(self: PatchExperiment, raw: Any) -> Any:
    """``parameters_id`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _parameters_id = raw
        parameters_id = (
            _parameters_id
            if _parameters_id is None or _parameters_id is UNSET
            else _uuid(_parameters_id)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        parameters_id, _drifted = _keep(
            type(self), {"parameters_id": raw}, "parameters_id", "None | UUID", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return parameters_id


_lazy(PatchExperiment, "parameters_id", 16, _decode_parameters_id)


def _decode_repo_info(self: PatchExperiment, raw: Any) -> Any:
    """``repo_info`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _repo_info = raw
        repo_info = (
            _repo_info
            if _repo_info is None or _repo_info is UNSET
            else _parse_repo_info(_repo_info)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        repo_info, _drifted = _keep(
            type(self), {"repo_info": raw}, "repo_info", "None | RepoInfoType0", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return repo_info


_lazy(PatchExperiment, "repo_info", 32, _decode_repo_info)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        PatchExperimentInternalMetadataType0, \
        PatchExperimentMetadataType0, \
        RepoInfoType0
    from ..models.patch_experiment_internal_metadata_type_0 import (
        PatchExperimentInternalMetadataType0,  # noqa: PLC0415
    )
    from ..models.patch_experiment_metadata_type_0 import PatchExperimentMetadataType0  # noqa: PLC0415
    from ..models.repo_info_type_0 import RepoInfoType0  # noqa: PLC0415

    _LAZY_PENDING = False

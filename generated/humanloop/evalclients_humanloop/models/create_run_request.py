from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_id import FileId
    from ..models.file_path import FilePath
    from ..models.version_id import VersionId


T = TypeVar("T", bound="CreateRunRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset",
        "orchestrated",
        "use_existing_logs",
        "version",
    }
)


@_attrs_define
class CreateRunRequest:
    """Body of POST /evaluations/{id}/runs.

    Attributes:
        dataset (FileId | FilePath | Unset | VersionId): A File Version given by Version id, by File id or by File path.
        orchestrated (bool | Unset): Whether Humanloop generates the Logs (then dataset and version are required); if
            false the caller submits them. Default: True.
        use_existing_logs (bool | Unset): Start the Run with the existing Logs of this version on this Dataset's
            Datapoints. Only with both dataset and version. Default: False.
        version (FileId | FilePath | Unset | VersionId): A File Version given by Version id, by File id or by File path.
    """

    dataset: FileId | FilePath | Unset | VersionId = UNSET
    orchestrated: bool | Unset = True
    use_existing_logs: bool | Unset = False
    version: FileId | FilePath | Unset | VersionId = UNSET
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
            dataset: dict[str, Any] | Unset
            if isinstance(self.dataset, Unset):
                dataset = UNSET
            elif isinstance(self.dataset, VersionId):
                dataset = self.dataset.to_dict()
            elif isinstance(self.dataset, FileId):
                dataset = self.dataset.to_dict()
            else:
                dataset = self.dataset.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset = _as_json(self.dataset)

        orchestrated = self.orchestrated

        use_existing_logs = self.use_existing_logs

        try:
            version: dict[str, Any] | Unset
            if isinstance(self.version, Unset):
                version = UNSET
            elif isinstance(self.version, VersionId):
                version = self.version.to_dict()
            elif isinstance(self.version, FileId):
                version = self.version.to_dict()
            else:
                version = self.version.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if orchestrated is not UNSET:
            field_dict["orchestrated"] = orchestrated
        if use_existing_logs is not UNSET:
            field_dict["use_existing_logs"] = use_existing_logs
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
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _dataset_raw = d.get("dataset", UNSET)
        if _dataset_raw is UNSET:
            dataset = UNSET
        elif not _strict:
            dataset = _dataset_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _dataset = d.get("dataset", UNSET)
                dataset = _dataset if _dataset is UNSET else _parse_dataset(_dataset)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset, _drifted = _keep(
                    cls, d, "dataset", "FileId | FilePath | VersionId", "union", _drifted
                )

        try:
            orchestrated = d.get("orchestrated", UNSET)
            if not (type(orchestrated) is bool or orchestrated is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        try:
            use_existing_logs = d.get("use_existing_logs", UNSET)
            if not (type(use_existing_logs) is bool or use_existing_logs is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            use_existing_logs, _drifted = _keep(
                cls, d, "use_existing_logs", "bool", "type", _drifted
            )

        _version_raw = d.get("version", UNSET)
        if _version_raw is UNSET:
            version = UNSET
        elif not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _version = d.get("version", UNSET)
                version = _version if _version is UNSET else _parse_version(_version)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(
                    cls, d, "version", "FileId | FilePath | VersionId", "union", _drifted
                )

        _create_run_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_run_request_._dataset_slot = dataset  # type: ignore[attr-defined]
        _create_run_request_.orchestrated = orchestrated
        _create_run_request_.use_existing_logs = use_existing_logs
        _create_run_request_._version_slot = version  # type: ignore[attr-defined]
        _create_run_request_.additional_properties = {}
        _create_run_request_._pending = _pending

        if _extra:
            _create_run_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_run_request_, _drifted)
        return _create_run_request_

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


def _parse_dataset(data: object) -> FileId | FilePath | Unset | VersionId:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_file_version_specifier_type_0 = VersionId.from_dict(data, _strict=True)

        return componentsschemas_file_version_specifier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_file_version_specifier_type_1 = FileId.from_dict(data, _strict=True)

        return componentsschemas_file_version_specifier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_file_version_specifier_type_2 = FilePath.from_dict(data, _strict=True)

    return componentsschemas_file_version_specifier_type_2


def _parse_version(data: object) -> FileId | FilePath | Unset | VersionId:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_file_version_specifier_type_0 = VersionId.from_dict(data, _strict=True)

        return componentsschemas_file_version_specifier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_file_version_specifier_type_1 = FileId.from_dict(data, _strict=True)

        return componentsschemas_file_version_specifier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_file_version_specifier_type_2 = FilePath.from_dict(data, _strict=True)

    return componentsschemas_file_version_specifier_type_2


def _decode_dataset(self: CreateRunRequest, raw: Any) -> Any:
    """``dataset`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset = raw
        dataset = _dataset if _dataset is UNSET else _parse_dataset(_dataset)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset, _drifted = _keep(
            type(self),
            {"dataset": raw},
            "dataset",
            "FileId | FilePath | VersionId",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset


_lazy(CreateRunRequest, "dataset", 1, _decode_dataset)


def _decode_version(self: CreateRunRequest, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _version = raw
        version = _version if _version is UNSET else _parse_version(_version)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self),
            {"version": raw},
            "version",
            "FileId | FilePath | VersionId",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(CreateRunRequest, "version", 2, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, FileId, FilePath, VersionId
    from ..models.file_id import FileId  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.version_id import VersionId  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

import datetime
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
from ..models.monitoring_evaluator_state import (
    MonitoringEvaluatorState,
    check_monitoring_evaluator_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.version_deployment_response import VersionDeploymentResponse
    from ..models.version_id_response import VersionIdResponse


T = TypeVar("T", bound="MonitoringEvaluatorResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "state",
        "updated_at",
        "version_reference",
        "version",
    }
)


@_attrs_define
class MonitoringEvaluatorResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        state (MonitoringEvaluatorState): State of an evaluator connected to a file
        updated_at (datetime.datetime):
        version_reference (VersionDeploymentResponse | VersionIdResponse):
        version (EvaluatorResponse | Unset): Version of the Evaluator used to provide judgments.
    """

    created_at: datetime.datetime | Unset
    state: MonitoringEvaluatorState | Unset
    updated_at: datetime.datetime | Unset
    version_reference: VersionDeploymentResponse | VersionIdResponse | Unset
    version: EvaluatorResponse | Unset = UNSET
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

        try:
            state: str = self.state
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            state = _as_json(self.state)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            version_reference: dict[str, Any]
            if isinstance(self.version_reference, VersionDeploymentResponse):
                version_reference = self.version_reference.to_dict()
            else:
                version_reference = self.version_reference.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version_reference = _as_json(self.version_reference)

        try:
            version: dict[str, Any] | Unset = UNSET
            if not isinstance(self.version, Unset):
                version = self.version.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "state": state,
                "updated_at": updated_at,
                "version_reference": version_reference,
            }
        )
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
            state = check_monitoring_evaluator_state(d["state"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            state, _drifted = _keep(cls, d, "state", "one of active, inactive", "enum", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _version_reference_raw = d.get("version_reference", UNSET)
        if _version_reference_raw is not UNSET and not _strict:
            version_reference = _version_reference_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                version_reference = _parse_version_reference(d["version_reference"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version_reference, _drifted = _keep(
                    cls,
                    d,
                    "version_reference",
                    "VersionDeploymentResponse | VersionIdResponse",
                    "union",
                    _drifted,
                )

        _version_raw = d.get("version", UNSET)
        if _version_raw is UNSET:
            version = UNSET
        elif not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _version = d.get("version", UNSET)
                version: EvaluatorResponse | Unset
                if _version is UNSET:
                    version = UNSET
                else:
                    version = EvaluatorResponse.from_dict(_version)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(cls, d, "version", "EvaluatorResponse", "type", _drifted)

        _monitoring_evaluator_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _monitoring_evaluator_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _monitoring_evaluator_response_.state = state
        _monitoring_evaluator_response_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _monitoring_evaluator_response_._version_reference_slot = version_reference  # type: ignore[attr-defined]
        _monitoring_evaluator_response_._version_slot = version  # type: ignore[attr-defined]
        _monitoring_evaluator_response_.additional_properties = {}
        _monitoring_evaluator_response_._pending = _pending

        if _extra:
            _monitoring_evaluator_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_monitoring_evaluator_response_, _drifted)
        return _monitoring_evaluator_response_

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


def _parse_version_reference(data: object) -> VersionDeploymentResponse | VersionIdResponse:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_version_reference_response_type_0 = VersionDeploymentResponse.from_dict(
            data, _strict=True
        )

        return componentsschemas_version_reference_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_version_reference_response_type_1 = VersionIdResponse.from_dict(
        data, _strict=True
    )

    return componentsschemas_version_reference_response_type_1


def _decode_created_at(self: MonitoringEvaluatorResponse, raw: Any) -> Any:
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


_lazy(MonitoringEvaluatorResponse, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: MonitoringEvaluatorResponse, raw: Any) -> Any:
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


_lazy(MonitoringEvaluatorResponse, "updated_at", 2, _decode_updated_at)


def _decode_version_reference(self: MonitoringEvaluatorResponse, raw: Any) -> Any:
    """``version_reference`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        version_reference = _parse_version_reference(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version_reference, _drifted = _keep(
            type(self),
            {"version_reference": raw},
            "version_reference",
            "VersionDeploymentResponse | VersionIdResponse",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version_reference


_lazy(MonitoringEvaluatorResponse, "version_reference", 4, _decode_version_reference)


def _decode_version(self: MonitoringEvaluatorResponse, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _version = raw
        version: EvaluatorResponse | Unset
        if _version is UNSET:
            version = UNSET
        else:
            version = EvaluatorResponse.from_dict(_version)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self), {"version": raw}, "version", "EvaluatorResponse", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(MonitoringEvaluatorResponse, "version", 8, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorResponse, VersionDeploymentResponse, VersionIdResponse
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.version_deployment_response import VersionDeploymentResponse  # noqa: PLC0415
    from ..models.version_id_response import VersionIdResponse  # noqa: PLC0415

    _LAZY_PENDING = False

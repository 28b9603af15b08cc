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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.flow_response import FlowResponse
    from ..models.prompt_response import PromptResponse
    from ..models.tool_response import ToolResponse


T = TypeVar("T", bound="EvaluateeResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "orchestrated",
        "pinned",
        "added_at",
        "batch_id",
        "version",
    }
)


@_attrs_define
class EvaluateeResponse:
    """A version evaluated in an Evaluation (pre-runs model, no longer returned).

    Attributes:
        orchestrated (bool): Whether Humanloop generates the Logs of this version.
        pinned (bool): Whether the version is pinned as a baseline.
        added_at (datetime.datetime | Unset): When the version was added to the Evaluation.
        batch_id (str | Unset): Unique identifier for the batch of Logs in the Evaluation.
        version (EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset): The File version a Run
            evaluates.
    """

    orchestrated: bool | Unset
    pinned: bool | Unset
    added_at: datetime.datetime | Unset = UNSET
    batch_id: str | Unset = UNSET
    version: EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset = UNSET
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
        orchestrated = self.orchestrated

        pinned = self.pinned

        try:
            added_at: str | Unset = UNSET
            if not isinstance(self.added_at, Unset):
                added_at = self.added_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            added_at = _as_json(self.added_at)

        batch_id = self.batch_id

        try:
            version: dict[str, Any] | Unset
            if isinstance(self.version, Unset):
                version = UNSET
            elif isinstance(self.version, PromptResponse):
                version = self.version.to_dict()
            elif isinstance(self.version, ToolResponse):
                version = self.version.to_dict()
            elif isinstance(self.version, EvaluatorResponse):
                version = self.version.to_dict()
            else:
                version = self.version.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orchestrated": orchestrated,
                "pinned": pinned,
            }
        )
        if added_at is not UNSET:
            field_dict["added_at"] = added_at
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
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
        try:
            orchestrated = d["orchestrated"]
            if not (type(orchestrated) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        try:
            pinned = d["pinned"]
            if not (type(pinned) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            pinned, _drifted = _keep(cls, d, "pinned", "bool", "type", _drifted)

        _added_at_raw = d.get("added_at", UNSET)
        if _added_at_raw is UNSET:
            added_at = UNSET
        elif not _strict:
            added_at = _added_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _added_at = d.get("added_at", UNSET)
                added_at: datetime.datetime | Unset
                if _added_at is UNSET:
                    added_at = UNSET
                else:
                    added_at = datetime.datetime.fromisoformat(_added_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                added_at, _drifted = _keep(
                    cls, d, "added_at", "datetime.datetime", "type", _drifted
                )

        try:
            batch_id = d.get("batch_id", UNSET)
            if not (type(batch_id) is str or batch_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            batch_id, _drifted = _keep(cls, d, "batch_id", "str", "type", _drifted)

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
                    cls,
                    d,
                    "version",
                    "EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse",
                    "union",
                    _drifted,
                )

        _evaluatee_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluatee_response_.orchestrated = orchestrated
        _evaluatee_response_.pinned = pinned
        _evaluatee_response_._added_at_slot = added_at  # type: ignore[attr-defined]
        _evaluatee_response_.batch_id = batch_id
        _evaluatee_response_._version_slot = version  # type: ignore[attr-defined]
        _evaluatee_response_.additional_properties = {}
        _evaluatee_response_._pending = _pending

        if _extra:
            _evaluatee_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluatee_response_, _drifted)
        return _evaluatee_response_

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


def _parse_version(
    data: object,
) -> EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_version_response_type_0 = PromptResponse.from_dict(data, _strict=True)

        return componentsschemas_run_version_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_version_response_type_1 = ToolResponse.from_dict(data, _strict=True)

        return componentsschemas_run_version_response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_version_response_type_2 = EvaluatorResponse.from_dict(
            data, _strict=True
        )

        return componentsschemas_run_version_response_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_run_version_response_type_3 = FlowResponse.from_dict(data, _strict=True)

    return componentsschemas_run_version_response_type_3


def _decode_added_at(self: EvaluateeResponse, raw: Any) -> Any:
    """``added_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _added_at = raw
        added_at: datetime.datetime | Unset
        if _added_at is UNSET:
            added_at = UNSET
        else:
            added_at = datetime.datetime.fromisoformat(_added_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        added_at, _drifted = _keep(
            type(self), {"added_at": raw}, "added_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return added_at


_lazy(EvaluateeResponse, "added_at", 1, _decode_added_at)


def _decode_version(self: EvaluateeResponse, raw: Any) -> Any:
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
            "EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(EvaluateeResponse, "version", 2, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorResponse, FlowResponse, PromptResponse, ToolResponse
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.flow_response import FlowResponse  # noqa: PLC0415
    from ..models.prompt_response import PromptResponse  # noqa: PLC0415
    from ..models.tool_response import ToolResponse  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..models.evaluation_status import EvaluationStatus, check_evaluation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_response import DatasetResponse
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.flow_response import FlowResponse
    from ..models.prompt_response import PromptResponse
    from ..models.tool_response import ToolResponse
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="EvaluationRunResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "added_at",
        "control",
        "created_at",
        "id",
        "orchestrated",
        "status",
        "created_by",
        "dataset",
        "version",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("added_at", "_added_at_slot", True, 1, ""),
    (
        "control",
        "control",
        True,
        0,
        "control = _j_control\nif not (type(control) is bool):\n    raise TypeError",
    ),
    ("created_at", "_created_at_slot", True, 2, ""),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "orchestrated",
        "orchestrated",
        True,
        0,
        "orchestrated = _j_orchestrated\nif not (type(orchestrated) is bool):\n    raise TypeError",
    ),
    ("status", "status", True, 0, "status = check_evaluation_status(_j_status)"),
    ("created_by", "_created_by_slot", False, 4, ""),
    ("dataset", "_dataset_slot", False, 8, ""),
    ("version", "_version_slot", False, 16, ""),
)


@_attrs_define
class EvaluationRunResponse:
    """A Run of an Evaluation.

    Attributes:
        added_at (datetime.datetime): When the Run was added to the Evaluation.
        control (bool): Whether the Run is the control the other Runs' stats are compared with.
        created_at (datetime.datetime): When the Run was created.
        id (str): Unique identifier for the Run.
        orchestrated (bool): Whether Humanloop orchestrates the Run.
        status (EvaluationStatus): Status of an evaluation.
        created_by (None | Unset | UserResponse): Who created the Run.
        dataset (DatasetResponse | None | Unset): The Dataset of the Run.
        version (EvaluatorResponse | FlowResponse | None | PromptResponse | ToolResponse | Unset): The version the Run
            evaluates.
    """

    added_at: datetime.datetime | Unset
    control: bool | Unset
    created_at: datetime.datetime | Unset
    id: str | Unset
    orchestrated: bool | Unset
    status: EvaluationStatus | Unset
    created_by: None | Unset | UserResponse = UNSET
    dataset: DatasetResponse | None | Unset = UNSET
    version: EvaluatorResponse | FlowResponse | None | PromptResponse | ToolResponse | Unset = UNSET
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
            added_at = self.added_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            added_at = _as_json(self.added_at)

        control = self.control

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        id = self.id

        orchestrated = self.orchestrated

        try:
            status: str = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        try:
            created_by: dict[str, Any] | None | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            elif isinstance(self.created_by, UserResponse):
                created_by = self.created_by.to_dict()
            else:
                created_by = self.created_by
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_by = _as_json(self.created_by)

        try:
            dataset: dict[str, Any] | None | Unset
            if isinstance(self.dataset, Unset):
                dataset = UNSET
            elif isinstance(self.dataset, DatasetResponse):
                dataset = self.dataset.to_dict()
            else:
                dataset = self.dataset
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            dataset = _as_json(self.dataset)

        try:
            version: dict[str, Any] | None | Unset
            if isinstance(self.version, Unset):
                version = UNSET
            elif isinstance(self.version, PromptResponse):
                version = self.version.to_dict()
            elif isinstance(self.version, ToolResponse):
                version = self.version.to_dict()
            elif isinstance(self.version, EvaluatorResponse):
                version = self.version.to_dict()
            elif isinstance(self.version, FlowResponse):
                version = self.version.to_dict()
            else:
                version = self.version
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_at": added_at,
                "control": control,
                "created_at": created_at,
                "id": id,
                "orchestrated": orchestrated,
                "status": status,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
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
        _added_at_raw = d.get("added_at", UNSET)
        if _added_at_raw is not UNSET and not _strict:
            added_at = _added_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                added_at = datetime.datetime.fromisoformat(d["added_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                added_at, _drifted = _keep(
                    cls, d, "added_at", "datetime.datetime", "type", _drifted
                )

        try:
            control = d["control"]
            if not (type(control) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            control, _drifted = _keep(cls, d, "control", "bool", "type", _drifted)

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 2
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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            orchestrated = d["orchestrated"]
            if not (type(orchestrated) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        try:
            status = check_evaluation_status(d["status"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of cancelled, completed, pending, running", "enum", _drifted
            )

        _created_by_raw = d.get("created_by", UNSET)
        if _created_by_raw is UNSET:
            created_by = UNSET
        elif not _strict:
            created_by = _created_by_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _created_by = d.get("created_by", UNSET)
                created_by = (
                    _created_by
                    if _created_by is None or _created_by is UNSET
                    else _parse_created_by(_created_by)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_by, _drifted = _keep(
                    cls, d, "created_by", "None | UserResponse", "union", _drifted
                )

        _dataset_raw = d.get("dataset", UNSET)
        if _dataset_raw is UNSET:
            dataset = UNSET
        elif not _strict:
            dataset = _dataset_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _dataset = d.get("dataset", UNSET)
                dataset = (
                    _dataset if _dataset is None or _dataset is UNSET else _parse_dataset(_dataset)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                dataset, _drifted = _keep(
                    cls, d, "dataset", "DatasetResponse | None", "union", _drifted
                )

        _version_raw = d.get("version", UNSET)
        if _version_raw is UNSET:
            version = UNSET
        elif not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _version = d.get("version", UNSET)
                version = (
                    _version if _version is None or _version is UNSET else _parse_version(_version)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(
                    cls,
                    d,
                    "version",
                    "EvaluatorResponse | FlowResponse | None | PromptResponse | ToolResponse",
                    "union",
                    _drifted,
                )

        _evaluation_run_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluation_run_response_._added_at_slot = added_at  # type: ignore[attr-defined]
        _evaluation_run_response_.control = control
        _evaluation_run_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _evaluation_run_response_.id = id
        _evaluation_run_response_.orchestrated = orchestrated
        _evaluation_run_response_.status = status
        _evaluation_run_response_._created_by_slot = created_by  # type: ignore[attr-defined]
        _evaluation_run_response_._dataset_slot = dataset  # type: ignore[attr-defined]
        _evaluation_run_response_._version_slot = version  # type: ignore[attr-defined]
        _evaluation_run_response_.additional_properties = {}
        _evaluation_run_response_._pending = _pending

        if _extra:
            _evaluation_run_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_run_response_, _drifted)
        return _evaluation_run_response_

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


def _parse_created_by(data: object) -> None | Unset | UserResponse:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        created_by_type_0 = UserResponse.from_dict(data)

        return created_by_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_dataset(data: object) -> DatasetResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dataset_type_0 = DatasetResponse.from_dict(data)

        return dataset_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_version(
    data: object,
) -> EvaluatorResponse | FlowResponse | None | PromptResponse | ToolResponse | Unset:
    if data is None:
        return data
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
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_run_version_response_type_3 = FlowResponse.from_dict(data, _strict=True)

        return componentsschemas_run_version_response_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_added_at(self: EvaluationRunResponse, raw: Any) -> Any:
    """``added_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        added_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        added_at, _drifted = _keep(
            type(self), {"added_at": raw}, "added_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return added_at


_lazy(EvaluationRunResponse, "added_at", 1, _decode_added_at)


def _decode_created_at(self: EvaluationRunResponse, raw: Any) -> Any:
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


_lazy(EvaluationRunResponse, "created_at", 2, _decode_created_at)


def _decode_created_by(self: EvaluationRunResponse, raw: Any) -> Any:
    """``created_by`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_by = raw
        created_by = (
            _created_by
            if _created_by is None or _created_by is UNSET
            else _parse_created_by(_created_by)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_by, _drifted = _keep(
            type(self), {"created_by": raw}, "created_by", "None | UserResponse", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_by


_lazy(EvaluationRunResponse, "created_by", 4, _decode_created_by)


def _decode_dataset(self: EvaluationRunResponse, raw: Any) -> Any:
    """``dataset`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _dataset = raw
        dataset = _dataset if _dataset is None or _dataset is UNSET else _parse_dataset(_dataset)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        dataset, _drifted = _keep(
            type(self), {"dataset": raw}, "dataset", "DatasetResponse | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return dataset


_lazy(EvaluationRunResponse, "dataset", 8, _decode_dataset)


def _decode_version(self: EvaluationRunResponse, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _version = raw
        version = _version if _version is None or _version is UNSET else _parse_version(_version)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self),
            {"version": raw},
            "version",
            "EvaluatorResponse | FlowResponse | None | PromptResponse | ToolResponse",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(EvaluationRunResponse, "version", 16, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetResponse, \
        EvaluatorResponse, \
        FlowResponse, \
        PromptResponse, \
        ToolResponse, \
        UserResponse
    from ..models.dataset_response import DatasetResponse  # noqa: PLC0415
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.flow_response import FlowResponse  # noqa: PLC0415
    from ..models.prompt_response import PromptResponse  # noqa: PLC0415
    from ..models.tool_response import ToolResponse  # noqa: PLC0415
    from ..models.user_response import UserResponse  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..models.environment_tag import EnvironmentTag, check_environment_tag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_response import DatasetResponse
    from ..models.evaluator_response import EvaluatorResponse
    from ..models.flow_response import FlowResponse
    from ..models.prompt_response import PromptResponse
    from ..models.tool_response import ToolResponse


T = TypeVar("T", bound="FileEnvironmentResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "tag",
        "file",
    }
)


@_attrs_define
class FileEnvironmentResponse:
    """Response model for the List Environments endpoint under Files.

    Contains the deployed version of the File, if one is deployed to the Environment.

        Attributes:
            created_at (datetime.datetime):
            id (str):
            name (str):
            tag (EnvironmentTag): An enumeration.
            file (DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset): The version
                of the File that is deployed to the Environment, if one is deployed.
    """

    created_at: datetime.datetime | Unset
    id: str | Unset
    name: str | Unset
    tag: EnvironmentTag | Unset
    file: (
        DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset
    ) = UNSET
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

        id = self.id

        name = self.name

        try:
            tag: str = self.tag
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tag = _as_json(self.tag)

        try:
            file: dict[str, Any] | Unset
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, PromptResponse):
                file = self.file.to_dict()
            elif isinstance(self.file, ToolResponse):
                file = self.file.to_dict()
            elif isinstance(self.file, DatasetResponse):
                file = self.file.to_dict()
            elif isinstance(self.file, EvaluatorResponse):
                file = self.file.to_dict()
            else:
                file = self.file.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            file = _as_json(self.file)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "tag": tag,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file

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
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            tag = check_environment_tag(d["tag"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tag, _drifted = _keep(cls, d, "tag", "one of default, other", "enum", _drifted)

        _file_raw = d.get("file", UNSET)
        if _file_raw is UNSET:
            file = UNSET
        elif not _strict:
            file = _file_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _file = d.get("file", UNSET)
                file = _file if _file is UNSET else _parse_file(_file)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                file, _drifted = _keep(
                    cls,
                    d,
                    "file",
                    "DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse",
                    "union",
                    _drifted,
                )

        _file_environment_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _file_environment_response_._created_at_slot = created_at  # type: ignore[attr-defined]
        _file_environment_response_.id = id
        _file_environment_response_.name = name
        _file_environment_response_.tag = tag
        _file_environment_response_._file_slot = file  # type: ignore[attr-defined]
        _file_environment_response_.additional_properties = {}
        _file_environment_response_._pending = _pending

        if _extra:
            _file_environment_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_file_environment_response_, _drifted)
        return _file_environment_response_

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


def _parse_file(
    data: object,
) -> DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        file_type_0 = PromptResponse.from_dict(data, _strict=True)

        return file_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        file_type_1 = ToolResponse.from_dict(data, _strict=True)

        return file_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        file_type_2 = DatasetResponse.from_dict(data, _strict=True)

        return file_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        file_type_3 = EvaluatorResponse.from_dict(data, _strict=True)

        return file_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    file_type_4 = FlowResponse.from_dict(data, _strict=True)

    return file_type_4


def _decode_created_at(self: FileEnvironmentResponse, raw: Any) -> Any:
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


_lazy(FileEnvironmentResponse, "created_at", 1, _decode_created_at)


def _decode_file(self: FileEnvironmentResponse, raw: Any) -> Any:
    """``file`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _file = raw
        file = _file if _file is UNSET else _parse_file(_file)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        file, _drifted = _keep(
            type(self),
            {"file": raw},
            "file",
            "DatasetResponse | EvaluatorResponse | FlowResponse | PromptResponse | ToolResponse",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return file


_lazy(FileEnvironmentResponse, "file", 2, _decode_file)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetResponse, \
        EvaluatorResponse, \
        FlowResponse, \
        PromptResponse, \
        ToolResponse
    from ..models.dataset_response import DatasetResponse  # noqa: PLC0415
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415
    from ..models.flow_response import FlowResponse  # noqa: PLC0415
    from ..models.prompt_response import PromptResponse  # noqa: PLC0415
    from ..models.tool_response import ToolResponse  # noqa: PLC0415

    _LAZY_PENDING = False

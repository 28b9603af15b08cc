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
from ..models.evaluator_type import EvaluatorType, check_evaluator_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest
    from ..models.create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,
    )


T = TypeVar("T", bound="CreateEvaluatorRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "type",
        "version",
        "description",
    }
)


@_attrs_define
class CreateEvaluatorRequest:
    """Body containing evaluator creation parameters with an initial version.

    Attributes:
        name (str): Evaluator name (must be unique within the space)
        space_id (str): Space identifier (base64)
        type_ (EvaluatorType): The evaluator type:  - `TEMPLATE` — LLM-based evaluator. - `CODE` — managed built-in
            evaluators or custom Python code (both are   subtypes of `CODE`, discriminated by the nested `CodeConfig.type` =
            `MANAGED` | `CUSTOM`). - `HARNESS` — test harness evaluator. - `REMOTE` — remote evaluator.  Applies to both the
            parent `Evaluator.type` field and every version's `type` discriminator — a version's `type` must always match
            its parent evaluator's `type`.
        version (CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest |
            CreateTemplateEvaluatorVersionRequest): Payload for an evaluator version: exactly one of `template_config`,
            `code_config`, or `remote_config`. Used both when creating an evaluator (initial `version`) and when appending a
            version.
        description (str | Unset): Evaluator description
    """

    name: str | Unset
    space_id: str | Unset
    type_: EvaluatorType | Unset
    version: (
        CreateCodeEvaluatorVersionRequest
        | CreateRemoteEvaluatorVersionRequest
        | CreateTemplateEvaluatorVersionRequest
        | Unset
    )
    description: str | Unset = UNSET
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

        space_id = self.space_id

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            version: dict[str, Any]
            if isinstance(self.version, CreateTemplateEvaluatorVersionRequest):
                version = self.version.to_dict()
            elif isinstance(self.version, CreateCodeEvaluatorVersionRequest):
                version = self.version.to_dict()
            else:
                version = self.version.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            version = _as_json(self.version)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "type": type_,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

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

        try:
            space_id = d["space_id"]
            if not (type(space_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            space_id, _drifted = _keep(cls, d, "space_id", "str", "type", _drifted)

        try:
            type_ = check_evaluator_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "one of CODE, HARNESS, REMOTE, TEMPLATE", "enum", _drifted
            )

        _version_raw = d.get("version", UNSET)
        if _version_raw is not UNSET and not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                version = _parse_version(d["version"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(
                    cls,
                    d,
                    "version",
                    "CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest | CreateTemplateEvaluatorVersionRequest",
                    "union",
                    _drifted,
                )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _create_evaluator_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_evaluator_request_.name = name
        _create_evaluator_request_.space_id = space_id
        _create_evaluator_request_.type_ = type_
        _create_evaluator_request_._version_slot = version  # type: ignore[attr-defined]
        _create_evaluator_request_.description = description
        _create_evaluator_request_.additional_properties = {}
        _create_evaluator_request_._pending = _pending

        if _extra:
            _create_evaluator_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_evaluator_request_, _drifted)
        return _create_evaluator_request_

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
) -> (
    CreateCodeEvaluatorVersionRequest
    | CreateRemoteEvaluatorVersionRequest
    | CreateTemplateEvaluatorVersionRequest
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_evaluator_version_request_type_0 = (
            CreateTemplateEvaluatorVersionRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_create_evaluator_version_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_evaluator_version_request_type_1 = (
            CreateCodeEvaluatorVersionRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_create_evaluator_version_request_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_evaluator_version_request_type_2 = (
        CreateRemoteEvaluatorVersionRequest.from_dict(data, _strict=True)
    )

    return componentsschemas_create_evaluator_version_request_type_2


def _decode_version(self: CreateEvaluatorRequest, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        version = _parse_version(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self),
            {"version": raw},
            "version",
            "CreateCodeEvaluatorVersionRequest | CreateRemoteEvaluatorVersionRequest | CreateTemplateEvaluatorVersionRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(CreateEvaluatorRequest, "version", 1, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateCodeEvaluatorVersionRequest, \
        CreateRemoteEvaluatorVersionRequest, \
        CreateTemplateEvaluatorVersionRequest
    from ..models.create_code_evaluator_version_request import CreateCodeEvaluatorVersionRequest  # noqa: PLC0415
    from ..models.create_remote_evaluator_version_request import CreateRemoteEvaluatorVersionRequest  # noqa: PLC0415
    from ..models.create_template_evaluator_version_request import (
        CreateTemplateEvaluatorVersionRequest,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

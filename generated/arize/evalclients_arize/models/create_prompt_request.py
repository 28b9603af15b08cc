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
    from ..models.prompt_version_create_request import PromptVersionCreateRequest


T = TypeVar("T", bound="CreatePromptRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "version",
        "description",
    }
)


@_attrs_define
class CreatePromptRequest:
    """Prompt creation parameters with an initial version.

    Attributes:
        name (str): Name of the prompt (must be unique within the space)
        space_id (str): ID of the space to create the prompt in
        version (PromptVersionCreateRequest): Initial version configuration for a new prompt
        description (str | Unset): Description of the prompt. Optional. If omitted, the prompt has no description.
    """

    name: str | Unset
    space_id: str | Unset
    version: PromptVersionCreateRequest | Unset
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

        _version_raw = d.get("version", UNSET)
        if _version_raw is not UNSET and not _strict:
            version = _version_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                version = PromptVersionCreateRequest.from_dict(d["version"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                version, _drifted = _keep(
                    cls, d, "version", "PromptVersionCreateRequest", "type", _drifted
                )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _create_prompt_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_prompt_request_.name = name
        _create_prompt_request_.space_id = space_id
        _create_prompt_request_._version_slot = version  # type: ignore[attr-defined]
        _create_prompt_request_.description = description
        _create_prompt_request_.additional_properties = {}
        _create_prompt_request_._pending = _pending

        if _extra:
            _create_prompt_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_prompt_request_, _drifted)
        return _create_prompt_request_

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


def _decode_version(self: CreatePromptRequest, raw: Any) -> Any:
    """``version`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        version = PromptVersionCreateRequest.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        version, _drifted = _keep(
            type(self), {"version": raw}, "version", "PromptVersionCreateRequest", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return version


_lazy(CreatePromptRequest, "version", 1, _decode_version)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptVersionCreateRequest
    from ..models.prompt_version_create_request import PromptVersionCreateRequest  # noqa: PLC0415

    _LAZY_PENDING = False

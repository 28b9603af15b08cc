from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "space_id",
        "color",
        "description",
    }
)


@_attrs_define
class CreateTagRequest:
    """CreateTagRequest

    Attributes:
        name (str): Name of the tag. Must be unique within the space, compared case-insensitively — a space containing
            `Production` cannot also contain `production`. Maximum 100 characters.
        space_id (str): The unique identifier of the space to create the tag in
        color (None | TagColor | Unset): Display color for the tag. Defaults to `null` when omitted, meaning no color is
            assigned.
        description (None | str | Unset): Description of what the tag is for. Defaults to `null` when omitted.
    """

    name: str | Unset
    space_id: str | Unset
    color: None | TagColor | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

        try:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            elif isinstance(self.color, str):
                color = self.color
            else:
                color = self.color
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            color = _as_json(self.color)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
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
            _color = d.get("color", UNSET)
            color = _color if _color is None or _color is UNSET else _parse_color(_color)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            color, _drifted = _keep(cls, d, "color", "None | TagColor", "union", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _create_tag_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_tag_request_.name = name
        _create_tag_request_.space_id = space_id
        _create_tag_request_.color = color
        _create_tag_request_.description = description
        _create_tag_request_.additional_properties = {}

        if _extra:
            _create_tag_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_tag_request_, _drifted)
        return _create_tag_request_

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


def _parse_color(data: object) -> None | TagColor | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        color_type_0 = check_tag_color(data)

        return color_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")

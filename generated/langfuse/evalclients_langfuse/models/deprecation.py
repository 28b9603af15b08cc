from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deprecation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "message",
        "docsUrl",
        "replacement",
        "sunsetAt",
    }
)


@_attrs_define
class Deprecation:
    """Migration signal returned by deprecated endpoints. Optional fields are omitted when they have no value.

    Attributes:
        message (str): Human- and agent-readable summary of the deprecation and its replacement.
        docs_url (None | str | Unset): Link to the migration documentation (markdown), when available.
        replacement (None | str | Unset): The replacement endpoint, e.g. "GET /api/public/v2/observations". Omitted when
            the endpoint is being removed without a direct replacement.
        sunset_at (None | str | Unset): ISO date after which the endpoint may stop working, when a removal date is
            committed.
    """

    message: str | Unset
    docs_url: None | str | Unset = UNSET
    replacement: None | str | Unset = UNSET
    sunset_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        docs_url: None | str | Unset
        if isinstance(self.docs_url, Unset):
            docs_url = UNSET
        else:
            docs_url = self.docs_url

        replacement: None | str | Unset
        if isinstance(self.replacement, Unset):
            replacement = UNSET
        else:
            replacement = self.replacement

        sunset_at: None | str | Unset
        if isinstance(self.sunset_at, Unset):
            sunset_at = UNSET
        else:
            sunset_at = self.sunset_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if docs_url is not UNSET:
            field_dict["docsUrl"] = docs_url
        if replacement is not UNSET:
            field_dict["replacement"] = replacement
        if sunset_at is not UNSET:
            field_dict["sunsetAt"] = sunset_at

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
            message = d["message"]
            if not (type(message) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            message, _drifted = _keep(cls, d, "message", "str", "type", _drifted)

        try:
            docs_url: None | str | Unset = d.get("docsUrl", UNSET)

            if not (docs_url is None or type(docs_url) is str or docs_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            docs_url, _drifted = _keep(cls, d, "docsUrl", "None | str", "type", _drifted)

        try:
            replacement: None | str | Unset = d.get("replacement", UNSET)

            if not (replacement is None or type(replacement) is str or replacement is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            replacement, _drifted = _keep(cls, d, "replacement", "None | str", "type", _drifted)

        try:
            sunset_at: None | str | Unset = d.get("sunsetAt", UNSET)

            if not (sunset_at is None or type(sunset_at) is str or sunset_at is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            sunset_at, _drifted = _keep(cls, d, "sunsetAt", "None | str", "type", _drifted)

        _deprecation_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _deprecation_.message = message
        _deprecation_.docs_url = docs_url
        _deprecation_.replacement = replacement
        _deprecation_.sunset_at = sunset_at
        _deprecation_.additional_properties = {}

        if _extra:
            _deprecation_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_deprecation_, _drifted)
        return _deprecation_

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

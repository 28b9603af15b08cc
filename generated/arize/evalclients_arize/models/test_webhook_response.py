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

T = TypeVar("T", bound="TestWebhookResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "error_message",
        "status_code",
    }
)


@_attrs_define
class TestWebhookResponse:
    """The outcome of a test delivery to the webhook's endpoint.

    Attributes:
        error_message (None | str | Unset): Why the test delivery failed. `null` for successful deliveries.
        status_code (int | Unset): HTTP status code returned by the webhook's endpoint. `502` when no response was
            received, for example because the endpoint was unreachable or timed out.
    """

    error_message: None | str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

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
            error_message: None | str | Unset = d.get("error_message", UNSET)

            if not (error_message is None or type(error_message) is str or error_message is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            error_message, _drifted = _keep(cls, d, "error_message", "None | str", "type", _drifted)

        try:
            status_code = d.get("status_code", UNSET)
            if not (type(status_code) is int or status_code is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status_code, _drifted = _keep(cls, d, "status_code", "int", "type", _drifted)

        _test_webhook_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _test_webhook_response_.error_message = error_message
        _test_webhook_response_.status_code = status_code
        _test_webhook_response_.additional_properties = {}

        if _extra:
            _test_webhook_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_test_webhook_response_, _drifted)
        return _test_webhook_response_

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

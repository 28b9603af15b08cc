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

T = TypeVar("T", bound="ExperimentEventContextType0")
_new = object.__new__
_FIELDS = frozenset(
    {
        "caller_filename",
        "caller_functionname",
        "caller_lineno",
    }
)


@_attrs_define
class ExperimentEventContextType0:
    """Context is additional information about the code that produced the experiment event. It is essentially the textual
    counterpart to `metrics`. Use the `caller_*` attributes to track the location in code which produced the experiment
    event

        Attributes:
            caller_filename (None | str | Unset): Name of the file in code where the experiment event was created
            caller_functionname (None | str | Unset): The function in code which created the experiment event
            caller_lineno (int | None | Unset): Line of code where the experiment event was created
    """

    caller_filename: None | str | Unset = UNSET
    caller_functionname: None | str | Unset = UNSET
    caller_lineno: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        caller_filename: None | str | Unset
        if isinstance(self.caller_filename, Unset):
            caller_filename = UNSET
        else:
            caller_filename = self.caller_filename

        caller_functionname: None | str | Unset
        if isinstance(self.caller_functionname, Unset):
            caller_functionname = UNSET
        else:
            caller_functionname = self.caller_functionname

        caller_lineno: int | None | Unset
        if isinstance(self.caller_lineno, Unset):
            caller_lineno = UNSET
        else:
            caller_lineno = self.caller_lineno

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller_filename is not UNSET:
            field_dict["caller_filename"] = caller_filename
        if caller_functionname is not UNSET:
            field_dict["caller_functionname"] = caller_functionname
        if caller_lineno is not UNSET:
            field_dict["caller_lineno"] = caller_lineno

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
            caller_filename: None | str | Unset = d.get("caller_filename", UNSET)

            if not (
                caller_filename is None or type(caller_filename) is str or caller_filename is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            caller_filename, _drifted = _keep(
                cls, d, "caller_filename", "None | str", "type", _drifted
            )

        try:
            caller_functionname: None | str | Unset = d.get("caller_functionname", UNSET)

            if not (
                caller_functionname is None
                or type(caller_functionname) is str
                or caller_functionname is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            caller_functionname, _drifted = _keep(
                cls, d, "caller_functionname", "None | str", "type", _drifted
            )

        try:
            caller_lineno: int | None | Unset = d.get("caller_lineno", UNSET)

            if not (caller_lineno is None or type(caller_lineno) is int or caller_lineno is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            caller_lineno, _drifted = _keep(cls, d, "caller_lineno", "int | None", "type", _drifted)

        _experiment_event_context_type_0_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _experiment_event_context_type_0_.caller_filename = caller_filename
        _experiment_event_context_type_0_.caller_functionname = caller_functionname
        _experiment_event_context_type_0_.caller_lineno = caller_lineno
        _experiment_event_context_type_0_.additional_properties = {}

        if _extra:
            _experiment_event_context_type_0_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_experiment_event_context_type_0_, _drifted)
        return _experiment_event_context_type_0_

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

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

T = TypeVar("T", bound="EvaluatorVersionId")
_new = object.__new__
_FIELDS = frozenset(
    {
        "version_id",
        "orchestrated",
    }
)


@_attrs_define
class EvaluatorVersionId:
    """An Evaluator Version given by its id.

    Attributes:
        version_id (str): Unique identifier for the Version.
        orchestrated (bool | Unset): Whether Humanloop runs the Evaluator; if false the caller submits its Logs.
            Default: True.
    """

    version_id: str | Unset
    orchestrated: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        orchestrated = self.orchestrated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
            }
        )
        if orchestrated is not UNSET:
            field_dict["orchestrated"] = orchestrated

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
            version_id = d["version_id"]
            if not (type(version_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        try:
            orchestrated = d.get("orchestrated", UNSET)
            if not (type(orchestrated) is bool or orchestrated is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        _evaluator_version_id_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_version_id_.version_id = version_id
        _evaluator_version_id_.orchestrated = orchestrated
        _evaluator_version_id_.additional_properties = {}

        if _extra:
            _evaluator_version_id_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_version_id_, _drifted)
        return _evaluator_version_id_

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

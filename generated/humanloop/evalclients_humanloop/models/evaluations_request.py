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

T = TypeVar("T", bound="EvaluationsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "environment",
        "file_id",
        "orchestrated",
        "path",
        "version_id",
    }
)


@_attrs_define
class EvaluationsRequest:
    """Specification of a File version on Humanloop.

    This can be done in a couple of ways:
    - Specifying `version_id` directly.
    - Specifying a File (and optionally an Environment).
        - A File can be specified by either `path` or `file_id`.
        - An Environment can be specified by `environment_id`. If no Environment is specified, the default Environment
    is used.

        Attributes:
            environment (str | Unset): Name of the Environment a Version is deployed to. Only provide this when specifying a
                File. If not provided (and a File is specified), the default Environment is used.
            file_id (str | Unset): Unique identifier for the File. Provide either this or `path` if you want to specify a
                File.
            orchestrated (bool | Unset): Whether the Evaluator is orchestrated by Humanloop. Default is `True`. If `False`,
                a log for the Evaluator should be submitted by the user via the API. Default: True.
            path (str | Unset): Path identifying a File. Provide either this or `file_id` if you want to specify a File.
            version_id (str | Unset): Unique identifier for the File Version. If provided, none of the other fields should
                be specified.
    """

    environment: str | Unset = UNSET
    file_id: str | Unset = UNSET
    orchestrated: bool | Unset = True
    path: str | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        file_id = self.file_id

        orchestrated = self.orchestrated

        path = self.path

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if orchestrated is not UNSET:
            field_dict["orchestrated"] = orchestrated
        if path is not UNSET:
            field_dict["path"] = path
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

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
            environment = d.get("environment", UNSET)
            if not (type(environment) is str or environment is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            environment, _drifted = _keep(cls, d, "environment", "str", "type", _drifted)

        try:
            file_id = d.get("file_id", UNSET)
            if not (type(file_id) is str or file_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            file_id, _drifted = _keep(cls, d, "file_id", "str", "type", _drifted)

        try:
            orchestrated = d.get("orchestrated", UNSET)
            if not (type(orchestrated) is bool or orchestrated is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            orchestrated, _drifted = _keep(cls, d, "orchestrated", "bool", "type", _drifted)

        try:
            path = d.get("path", UNSET)
            if not (type(path) is str or path is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            path, _drifted = _keep(cls, d, "path", "str", "type", _drifted)

        try:
            version_id = d.get("version_id", UNSET)
            if not (type(version_id) is str or version_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            version_id, _drifted = _keep(cls, d, "version_id", "str", "type", _drifted)

        _evaluations_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluations_request_.environment = environment
        _evaluations_request_.file_id = file_id
        _evaluations_request_.orchestrated = orchestrated
        _evaluations_request_.path = path
        _evaluations_request_.version_id = version_id
        _evaluations_request_.additional_properties = {}

        if _extra:
            _evaluations_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluations_request_, _drifted)
        return _evaluations_request_

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

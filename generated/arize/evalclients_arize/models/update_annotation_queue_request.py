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
from ..drift import strs as _strs
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAnnotationQueueRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "annotation_config_ids",
        "annotator_emails",
        "column_allowlist",
        "instructions",
        "name",
    }
)


@_attrs_define
class UpdateAnnotationQueueRequest:
    """UpdateAnnotationQueueRequest

    Attributes:
        annotation_config_ids (list[str] | Unset): The full list of annotation config IDs to associate with this queue.
            This replaces all existing annotation config associations. All annotation configs must belong to the same space
            as the queue.
        annotator_emails (list[str] | Unset): The full list of user emails to assign to this queue. This replaces all
            existing user assignments. All users must have an active account and access to the queue's space.
        column_allowlist (list[str] | None | Unset): The full list of record column names annotators assigned to this
            queue are allowed to see. This replaces the existing allowlist. Set to `null` to remove the restriction so
            annotators see every column. Omit to leave it unchanged.
        instructions (None | str | Unset): The instructions for annotators working on this queue. Set to `null` to clear
            the instructions.
        name (str | Unset): The name of the annotation queue. Must be unique within the space.
    """

    annotation_config_ids: list[str] | Unset = UNSET
    annotator_emails: list[str] | Unset = UNSET
    column_allowlist: list[str] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            annotation_config_ids: list[str] | Unset = UNSET
            if not isinstance(self.annotation_config_ids, Unset):
                annotation_config_ids = self.annotation_config_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotation_config_ids = _as_json(self.annotation_config_ids)

        try:
            annotator_emails: list[str] | Unset = UNSET
            if not isinstance(self.annotator_emails, Unset):
                annotator_emails = self.annotator_emails

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            annotator_emails = _as_json(self.annotator_emails)

        try:
            column_allowlist: list[str] | None | Unset
            if isinstance(self.column_allowlist, Unset):
                column_allowlist = UNSET
            elif isinstance(self.column_allowlist, list):
                column_allowlist = self.column_allowlist

            else:
                column_allowlist = self.column_allowlist
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            column_allowlist = _as_json(self.column_allowlist)

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_config_ids is not UNSET:
            field_dict["annotation_config_ids"] = annotation_config_ids
        if annotator_emails is not UNSET:
            field_dict["annotator_emails"] = annotator_emails
        if column_allowlist is not UNSET:
            field_dict["column_allowlist"] = column_allowlist
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if name is not UNSET:
            field_dict["name"] = name

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
            annotation_config_ids: list[str] = d.get("annotation_config_ids", UNSET)

            if not (
                (type(annotation_config_ids) is list and _strs(annotation_config_ids))
                or annotation_config_ids is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotation_config_ids, _drifted = _keep(
                cls, d, "annotation_config_ids", "list[str]", "type", _drifted
            )

        try:
            annotator_emails: list[str] = d.get("annotator_emails", UNSET)

            if not (
                (type(annotator_emails) is list and _strs(annotator_emails))
                or annotator_emails is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            annotator_emails, _drifted = _keep(
                cls, d, "annotator_emails", "list[str]", "type", _drifted
            )

        try:
            _column_allowlist = d.get("column_allowlist", UNSET)
            column_allowlist = (
                _column_allowlist
                if _column_allowlist is None or _column_allowlist is UNSET
                else _parse_column_allowlist(_column_allowlist)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_allowlist, _drifted = _keep(
                cls, d, "column_allowlist", "list[str] | None", "union", _drifted
            )

        try:
            instructions: None | str | Unset = d.get("instructions", UNSET)

            if not (instructions is None or type(instructions) is str or instructions is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            instructions, _drifted = _keep(cls, d, "instructions", "None | str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _update_annotation_queue_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_annotation_queue_request_.annotation_config_ids = annotation_config_ids
        _update_annotation_queue_request_.annotator_emails = annotator_emails
        _update_annotation_queue_request_.column_allowlist = column_allowlist
        _update_annotation_queue_request_.instructions = instructions
        _update_annotation_queue_request_.name = name
        _update_annotation_queue_request_.additional_properties = {}

        if _extra:
            _update_annotation_queue_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_annotation_queue_request_, _drifted)
        return _update_annotation_queue_request_

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


def _parse_column_allowlist(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        column_allowlist_type_0: list[str] = data

        return column_allowlist_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")

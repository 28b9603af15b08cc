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
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_dataset_split_request_body_metadata import (
        CreateDatasetSplitRequestBodyMetadata,
    )


T = TypeVar("T", bound="CreateDatasetSplitRequestBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "color",
        "description",
        "example_ids",
        "metadata",
    }
)


@_attrs_define
class CreateDatasetSplitRequestBody:
    """
    Attributes:
        name (str): A unique name for the split.
        color (None | str | Unset): An optional hex color for the split (e.g. #33c5e8). Omit for a default.
        description (None | str | Unset): An optional description of the split.
        example_ids (list[str] | Unset): Optional dataset example identifiers (GlobalIDs or user-provided IDs) to seed
            the split with. Each example must belong to this dataset. Omit to create an empty split.
        metadata (CreateDatasetSplitRequestBodyMetadata | Unset): Arbitrary JSON metadata for the split.
    """

    name: str | Unset
    color: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    metadata: CreateDatasetSplitRequestBodyMetadata | Unset = UNSET
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

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            example_ids: list[str] | Unset = UNSET
            if not isinstance(self.example_ids, Unset):
                example_ids = self.example_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            example_ids = _as_json(self.example_ids)

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            color: None | str | Unset = d.get("color", UNSET)

            if not (color is None or type(color) is str or color is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            color, _drifted = _keep(cls, d, "color", "None | str", "type", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        try:
            example_ids: list[str] = d.get("example_ids", UNSET)

            if not ((type(example_ids) is list and _strs(example_ids)) or example_ids is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_ids, _drifted = _keep(cls, d, "example_ids", "list[str]", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: CreateDatasetSplitRequestBodyMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = CreateDatasetSplitRequestBodyMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "CreateDatasetSplitRequestBodyMetadata", "type", _drifted
                )

        _create_dataset_split_request_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_dataset_split_request_body_.name = name
        _create_dataset_split_request_body_.color = color
        _create_dataset_split_request_body_.description = description
        _create_dataset_split_request_body_.example_ids = example_ids
        _create_dataset_split_request_body_._metadata_slot = metadata  # type: ignore[attr-defined]
        _create_dataset_split_request_body_.additional_properties = {}
        _create_dataset_split_request_body_._pending = _pending

        if _extra:
            _create_dataset_split_request_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_dataset_split_request_body_, _drifted)
        return _create_dataset_split_request_body_

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


def _decode_metadata(self: CreateDatasetSplitRequestBody, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: CreateDatasetSplitRequestBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateDatasetSplitRequestBodyMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self),
            {"metadata": raw},
            "metadata",
            "CreateDatasetSplitRequestBodyMetadata",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(CreateDatasetSplitRequestBody, "metadata", 1, _decode_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateDatasetSplitRequestBodyMetadata
    from ..models.create_dataset_split_request_body_metadata import (
        CreateDatasetSplitRequestBodyMetadata,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput


T = TypeVar("T", bound="UpdateDatasetExamplesRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "examples",
        "new_version",
    }
)


@_attrs_define
class UpdateDatasetExamplesRequest:
    """Examples to update by ID matching, optionally into a new version.

    Attributes:
        examples (list[UpdateDatasetExampleInput]): Array of examples with 'id' field for matching and updating existing
            records
        new_version (str | Unset): Name for the new version. If provided (non-empty), creates a new version with that
            name.  If omitted or empty, updates the existing version in-place.
    """

    examples: list[UpdateDatasetExampleInput] | Unset
    new_version: str | Unset = UNSET
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
        try:
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            examples = _as_json(self.examples)

        new_version = self.new_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )
        if new_version is not UNSET:
            field_dict["new_version"] = new_version

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
        _examples_raw = d.get("examples", UNSET)
        if _examples_raw is not UNSET and not _strict:
            examples = _examples_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                examples = [
                    UpdateDatasetExampleInput.from_dict(examples_item_data)
                    for examples_item_data in d["examples"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                examples, _drifted = _keep_each(
                    cls,
                    d,
                    "examples",
                    "list[UpdateDatasetExampleInput]",
                    "type",
                    lambda examples_item_data: UpdateDatasetExampleInput.from_dict(
                        examples_item_data
                    ),
                    _drifted,
                )

        try:
            new_version = d.get("new_version", UNSET)
            if not (type(new_version) is str or new_version is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            new_version, _drifted = _keep(cls, d, "new_version", "str", "type", _drifted)

        _update_dataset_examples_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_dataset_examples_request_._examples_slot = examples  # type: ignore[attr-defined]
        _update_dataset_examples_request_.new_version = new_version
        _update_dataset_examples_request_.additional_properties = {}
        _update_dataset_examples_request_._pending = _pending

        if _extra:
            _update_dataset_examples_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_dataset_examples_request_, _drifted)
        return _update_dataset_examples_request_

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


def _decode_examples(self: UpdateDatasetExamplesRequest, raw: Any) -> Any:
    """``examples`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        examples = [
            UpdateDatasetExampleInput.from_dict(examples_item_data) for examples_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        examples, _drifted = _keep_each(
            type(self),
            {"examples": raw},
            "examples",
            "list[UpdateDatasetExampleInput]",
            "type",
            lambda examples_item_data: UpdateDatasetExampleInput.from_dict(examples_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return examples


_lazy(UpdateDatasetExamplesRequest, "examples", 1, _decode_examples)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, UpdateDatasetExampleInput
    from ..models.update_dataset_example_input import UpdateDatasetExampleInput  # noqa: PLC0415

    _LAZY_PENDING = False

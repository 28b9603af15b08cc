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
    from ..models.evaluation_metadata import EvaluationMetadata


T = TypeVar("T", bound="Evaluation")
_new = object.__new__
_FIELDS = frozenset(
    {
        "explanation",
        "label",
        "metadata",
        "name",
        "score",
    }
)


@_attrs_define
class Evaluation:
    """An evaluation result on a record.

    Attributes:
        explanation (str | Unset): Explanation for the evaluation result
        label (str | Unset): Categorical label for the evaluation
        metadata (EvaluationMetadata | Unset): Metadata associated with the evaluation, including task and run
            identifiers when available. Omitted when no metadata is available.
        name (str | Unset): The name of the evaluation
        score (float | Unset): Numeric score for the evaluation
    """

    explanation: str | Unset = UNSET
    label: str | Unset = UNSET
    metadata: EvaluationMetadata | Unset = UNSET
    name: str | Unset = UNSET
    score: float | Unset = UNSET
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
        explanation = self.explanation

        label = self.label

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        name = self.name

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score

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
            explanation = d.get("explanation", UNSET)
            if not (type(explanation) is str or explanation is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            explanation, _drifted = _keep(cls, d, "explanation", "str", "type", _drifted)

        try:
            label = d.get("label", UNSET)
            if not (type(label) is str or label is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            label, _drifted = _keep(cls, d, "label", "str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: EvaluationMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = EvaluationMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "EvaluationMetadata", "type", _drifted
                )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            score = d.get("score", UNSET)
            if not (type(score) is float or type(score) is int or score is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            score, _drifted = _keep(cls, d, "score", "float", "type", _drifted)

        _evaluation_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _evaluation_.explanation = explanation
        _evaluation_.label = label
        _evaluation_._metadata_slot = metadata  # type: ignore[attr-defined]
        _evaluation_.name = name
        _evaluation_.score = score
        _evaluation_.additional_properties = {}
        _evaluation_._pending = _pending

        if _extra:
            _evaluation_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluation_, _drifted)
        return _evaluation_

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


def _decode_metadata(self: Evaluation, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: EvaluationMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = EvaluationMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "EvaluationMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(Evaluation, "metadata", 1, _decode_metadata)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluationMetadata
    from ..models.evaluation_metadata import EvaluationMetadata  # noqa: PLC0415

    _LAZY_PENDING = False

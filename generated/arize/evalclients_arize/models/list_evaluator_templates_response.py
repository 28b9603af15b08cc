from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
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
    from ..models.evaluator_template import EvaluatorTemplate


T = TypeVar("T", bound="ListEvaluatorTemplatesResponse")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluator_templates",
    }
)


@_attrs_define
class ListEvaluatorTemplatesResponse:
    """ListEvaluatorTemplatesResponse

    Attributes:
        evaluator_templates (list[EvaluatorTemplate] | Unset): Every built-in template, ordered by category as the
            product presents them (response quality, code quality, trajectory, RAG, security, session).
    """

    evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
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
            evaluator_templates: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.evaluator_templates, Unset):
                evaluator_templates = []
                for evaluator_templates_item_data in self.evaluator_templates:
                    evaluator_templates_item = evaluator_templates_item_data.to_dict()
                    evaluator_templates.append(evaluator_templates_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluator_templates = _as_json(self.evaluator_templates)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluator_templates is not UNSET:
            field_dict["evaluator_templates"] = evaluator_templates

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
        _evaluator_templates_raw = d.get("evaluator_templates", UNSET)
        if _evaluator_templates_raw is UNSET:
            evaluator_templates = UNSET
        elif not _strict:
            evaluator_templates = _evaluator_templates_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _evaluator_templates = d.get("evaluator_templates", UNSET)
                evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
                if _evaluator_templates is not UNSET:
                    evaluator_templates = [
                        EvaluatorTemplate.from_dict(evaluator_templates_item_data)
                        for evaluator_templates_item_data in _evaluator_templates
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                evaluator_templates, _drifted = _keep_each(
                    cls,
                    d,
                    "evaluator_templates",
                    "list[EvaluatorTemplate]",
                    "type",
                    lambda evaluator_templates_item_data: EvaluatorTemplate.from_dict(
                        evaluator_templates_item_data
                    ),
                    _drifted,
                )

        _list_evaluator_templates_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _list_evaluator_templates_response_._evaluator_templates_slot = evaluator_templates  # type: ignore[attr-defined]
        _list_evaluator_templates_response_.additional_properties = {}
        _list_evaluator_templates_response_._pending = _pending

        if _extra:
            _list_evaluator_templates_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_list_evaluator_templates_response_, _drifted)
        return _list_evaluator_templates_response_

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


def _decode_evaluator_templates(self: ListEvaluatorTemplatesResponse, raw: Any) -> Any:
    """``evaluator_templates`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _evaluator_templates = raw
        evaluator_templates: list[EvaluatorTemplate] | Unset = UNSET
        if _evaluator_templates is not UNSET:
            evaluator_templates = [
                EvaluatorTemplate.from_dict(evaluator_templates_item_data)
                for evaluator_templates_item_data in _evaluator_templates
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        evaluator_templates, _drifted = _keep_each(
            type(self),
            {"evaluator_templates": raw},
            "evaluator_templates",
            "list[EvaluatorTemplate]",
            "type",
            lambda evaluator_templates_item_data: EvaluatorTemplate.from_dict(
                evaluator_templates_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return evaluator_templates


_lazy(ListEvaluatorTemplatesResponse, "evaluator_templates", 1, _decode_evaluator_templates)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorTemplate
    from ..models.evaluator_template import EvaluatorTemplate  # noqa: PLC0415

    _LAZY_PENDING = False

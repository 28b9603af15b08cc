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
from ..models.data_granularity import DataGranularity, check_data_granularity
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,
    )


T = TypeVar("T", bound="EvaluatorTemplate")
_new = object.__new__
_FIELDS = frozenset(
    {
        "classification_choices",
        "column_name",
        "data_granularity",
        "direction",
        "display_name",
        "rails",
        "template",
    }
)


@_attrs_define
class EvaluatorTemplate:
    """A built-in LLM-as-a-judge evaluator template. Templates are the same catalog offered in the product's create-
    evaluator flow, and are identical for every caller. They carry no space, account, or user data.  A template is a
    starting point for an evaluator. To create one from it, map its fields onto `POST /v2/evaluators`. See the field-by-
    field mapping and a complete example on `GET /v2/evaluator-templates`.

        Attributes:
            classification_choices (EvaluatorTemplateClassificationChoices | Unset): Maps each label to its numeric score.
                Pass this through unchanged when creating an evaluator, since the labels must match those named in the template.
            column_name (str | Unset): Stable identifier for the template, and the eval column name it writes to by default
                (e.g. `hallucination`). Unique across all templates.
            data_granularity (DataGranularity | None | Unset): The unit this template evaluates. `null` means span level,
                which is the default for most response-quality, RAG, and security templates. `SESSION` templates score a whole
                conversation and require spans that carry a session identifier.
            direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when omitted. -
                MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores are
                neither better nor worse
            display_name (str | Unset): Human-readable name shown in the product.
            rails (list[str] | Unset): The labels the judge is allowed to return, in the order the product displays them.
            template (str | Unset): The judge prompt. Variables are single-brace, f-string style (e.g. `{input}`,
                `{output}`, `{context}`) and are bound to real data by a task's column mappings when the evaluator runs.  This
                is the only prompt you need. To have the judge explain its label, set `include_explanations` on `POST
                /v2/evaluators`. The explanation request is added at run time, not by editing this prompt.
    """

    classification_choices: EvaluatorTemplateClassificationChoices | Unset = UNSET
    column_name: str | Unset = UNSET
    data_granularity: DataGranularity | None | Unset = UNSET
    direction: OptimizationDirection | Unset = UNSET
    display_name: str | Unset = UNSET
    rails: list[str] | Unset = UNSET
    template: str | Unset = UNSET
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
            classification_choices: dict[str, Any] | Unset = UNSET
            if not isinstance(self.classification_choices, Unset):
                classification_choices = self.classification_choices.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            classification_choices = _as_json(self.classification_choices)

        column_name = self.column_name

        try:
            data_granularity: None | str | Unset
            if isinstance(self.data_granularity, Unset):
                data_granularity = UNSET
            elif isinstance(self.data_granularity, str):
                data_granularity = self.data_granularity
            else:
                data_granularity = self.data_granularity
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_granularity = _as_json(self.data_granularity)

        try:
            direction: str | Unset = UNSET
            if not isinstance(self.direction, Unset):
                direction = self.direction

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            direction = _as_json(self.direction)

        display_name = self.display_name

        try:
            rails: list[str] | Unset = UNSET
            if not isinstance(self.rails, Unset):
                rails = self.rails

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            rails = _as_json(self.rails)

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if direction is not UNSET:
            field_dict["direction"] = direction
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if rails is not UNSET:
            field_dict["rails"] = rails
        if template is not UNSET:
            field_dict["template"] = template

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
        _classification_choices_raw = d.get("classification_choices", UNSET)
        if _classification_choices_raw is UNSET:
            classification_choices = UNSET
        elif not _strict:
            classification_choices = _classification_choices_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _classification_choices = d.get("classification_choices", UNSET)
                classification_choices: EvaluatorTemplateClassificationChoices | Unset
                if _classification_choices is UNSET:
                    classification_choices = UNSET
                else:
                    classification_choices = EvaluatorTemplateClassificationChoices.from_dict(
                        _classification_choices
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                classification_choices, _drifted = _keep(
                    cls,
                    d,
                    "classification_choices",
                    "EvaluatorTemplateClassificationChoices",
                    "type",
                    _drifted,
                )

        try:
            column_name = d.get("column_name", UNSET)
            if not (type(column_name) is str or column_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            column_name, _drifted = _keep(cls, d, "column_name", "str", "type", _drifted)

        try:
            _data_granularity = d.get("data_granularity", UNSET)
            data_granularity = (
                _data_granularity
                if _data_granularity is None or _data_granularity is UNSET
                else _parse_data_granularity(_data_granularity)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_granularity, _drifted = _keep(
                cls, d, "data_granularity", "DataGranularity | None", "union", _drifted
            )

        try:
            _direction = d.get("direction", UNSET)
            direction: OptimizationDirection | Unset
            if _direction is UNSET:
                direction = UNSET
            else:
                direction = check_optimization_direction(_direction)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            direction, _drifted = _keep(
                cls, d, "direction", "one of MAXIMIZE, MINIMIZE, NONE", "enum", _drifted
            )

        try:
            display_name = d.get("display_name", UNSET)
            if not (type(display_name) is str or display_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            display_name, _drifted = _keep(cls, d, "display_name", "str", "type", _drifted)

        try:
            rails: list[str] = d.get("rails", UNSET)

            if not ((type(rails) is list and _strs(rails)) or rails is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            rails, _drifted = _keep(cls, d, "rails", "list[str]", "type", _drifted)

        try:
            template = d.get("template", UNSET)
            if not (type(template) is str or template is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            template, _drifted = _keep(cls, d, "template", "str", "type", _drifted)

        _evaluator_template_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_template_._classification_choices_slot = classification_choices  # type: ignore[attr-defined]
        _evaluator_template_.column_name = column_name
        _evaluator_template_.data_granularity = data_granularity
        _evaluator_template_.direction = direction
        _evaluator_template_.display_name = display_name
        _evaluator_template_.rails = rails
        _evaluator_template_.template = template
        _evaluator_template_.additional_properties = {}
        _evaluator_template_._pending = _pending

        if _extra:
            _evaluator_template_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_template_, _drifted)
        return _evaluator_template_

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


def _parse_data_granularity(data: object) -> DataGranularity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_granularity_type_0 = check_data_granularity(data)

        return data_granularity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_classification_choices(self: EvaluatorTemplate, raw: Any) -> Any:
    """``classification_choices`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _classification_choices = raw
        classification_choices: EvaluatorTemplateClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            classification_choices = EvaluatorTemplateClassificationChoices.from_dict(
                _classification_choices
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        classification_choices, _drifted = _keep(
            type(self),
            {"classification_choices": raw},
            "classification_choices",
            "EvaluatorTemplateClassificationChoices",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return classification_choices


_lazy(EvaluatorTemplate, "classification_choices", 1, _decode_classification_choices)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorTemplateClassificationChoices
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

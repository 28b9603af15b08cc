from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_granularity import DataGranularity, check_data_granularity
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,
    )


T = TypeVar("T", bound="EvaluatorTemplate")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        classification_choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification_choices, Unset):
            classification_choices = self.classification_choices.to_dict()

        column_name = self.column_name

        data_granularity: None | str | Unset
        if isinstance(self.data_granularity, Unset):
            data_granularity = UNSET
        elif isinstance(self.data_granularity, str):
            data_granularity = self.data_granularity
        else:
            data_granularity = self.data_granularity

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        display_name = self.display_name

        rails: list[str] | Unset = UNSET
        if not isinstance(self.rails, Unset):
            rails = self.rails

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _classification_choices = d.get("classification_choices", UNSET)
        classification_choices: EvaluatorTemplateClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            classification_choices = EvaluatorTemplateClassificationChoices.from_dict(
                _classification_choices
            )

        column_name = d.get("column_name", UNSET)

        data_granularity = _parse_data_granularity(d.get("data_granularity", UNSET))

        _direction = d.get("direction", UNSET)
        direction: OptimizationDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_optimization_direction(_direction)

        display_name = d.get("display_name", UNSET)

        rails: list[str] = d.get("rails", UNSET)

        template = d.get("template", UNSET)

        evaluator_template = cls(
            classification_choices,
            column_name,
            data_granularity,
            direction,
            display_name,
            rails,
            template,
        )

        if not d.keys() <= _FIELDS:
            evaluator_template.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_template

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
    return cast(DataGranularity | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorTemplateClassificationChoices
    from ..models.evaluator_template_classification_choices import (
        EvaluatorTemplateClassificationChoices,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

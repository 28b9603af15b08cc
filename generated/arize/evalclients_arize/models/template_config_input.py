from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_granularity import DataGranularity, check_data_granularity
from ..models.optimization_direction import OptimizationDirection, check_optimization_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_llm_config_request import EvaluatorLlmConfigRequest
    from ..models.template_config_input_classification_choices_type_0 import (
        TemplateConfigInputClassificationChoicesType0,
    )


T = TypeVar("T", bound="TemplateConfigInput")
_FIELDS = frozenset(
    {
        "include_explanations",
        "llm_config",
        "name",
        "template",
        "use_function_calling",
        "classification_choices",
        "data_granularity",
        "direction",
        "use_structured_output",
    }
)


@_attrs_define
class TemplateConfigInput:
    """TemplateConfigInput

    Attributes:
        include_explanations (bool): Whether to include explanations in the evaluation output
        llm_config (EvaluatorLlmConfigRequest): LLM configuration for an evaluator in a write request (strict form of
            EvaluatorLlmConfig)
        name (str): Eval column name. Must match ^[a-zA-Z0-9_\\s\\-&()]+$
        template (str): The prompt template with variable placeholders
        use_function_calling (bool): Whether to use function calling if the model supports it.
        classification_choices (None | TemplateConfigInputClassificationChoicesType0 | Unset): Map of choice label to
            numeric score (e.g. {"relevant": 1, "irrelevant": 0}). When omitted, the evaluator produces freeform (non-
            classification) output.
        data_granularity (DataGranularity | Unset): Data granularity level for evaluation. - SPAN - Evaluate at the
            individual span level. - TRACE - Evaluate at the full trace level. - SESSION - Evaluate at the session level.
        direction (OptimizationDirection | Unset): The direction for optimization. Defaults to `NONE` when omitted. -
            MAXIMIZE: higher scores are better - MINIMIZE: lower scores are better - NONE: higher or lower scores are
            neither better nor worse
        use_structured_output (bool | Unset): Whether to use structured output if the model supports it. When omitted
            the server defaults to true. Default: True.
    """

    include_explanations: bool
    llm_config: EvaluatorLlmConfigRequest
    name: str
    template: str
    use_function_calling: bool
    classification_choices: None | TemplateConfigInputClassificationChoicesType0 | Unset = UNSET
    data_granularity: DataGranularity | Unset = UNSET
    direction: OptimizationDirection | Unset = UNSET
    use_structured_output: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        include_explanations = self.include_explanations

        llm_config = self.llm_config.to_dict()

        name = self.name

        template = self.template

        use_function_calling = self.use_function_calling

        classification_choices: dict[str, Any] | None | Unset
        if isinstance(self.classification_choices, Unset):
            classification_choices = UNSET
        elif isinstance(self.classification_choices, TemplateConfigInputClassificationChoicesType0):
            classification_choices = self.classification_choices.to_dict()
        else:
            classification_choices = self.classification_choices

        data_granularity: str | Unset = UNSET
        if not isinstance(self.data_granularity, Unset):
            data_granularity = self.data_granularity

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        use_structured_output = self.use_structured_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "include_explanations": include_explanations,
                "llm_config": llm_config,
                "name": name,
                "template": template,
                "use_function_calling": use_function_calling,
            }
        )
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if data_granularity is not UNSET:
            field_dict["data_granularity"] = data_granularity
        if direction is not UNSET:
            field_dict["direction"] = direction
        if use_structured_output is not UNSET:
            field_dict["use_structured_output"] = use_structured_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        include_explanations = d["include_explanations"]

        llm_config = EvaluatorLlmConfigRequest.from_dict(d["llm_config"])

        name = d["name"]

        template = d["template"]

        use_function_calling = d["use_function_calling"]

        classification_choices = _parse_classification_choices(
            d.get("classification_choices", UNSET)
        )

        _data_granularity = d.get("data_granularity", UNSET)
        data_granularity: DataGranularity | Unset
        if _data_granularity is UNSET:
            data_granularity = UNSET
        else:
            data_granularity = check_data_granularity(_data_granularity)

        _direction = d.get("direction", UNSET)
        direction: OptimizationDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_optimization_direction(_direction)

        use_structured_output = d.get("use_structured_output", UNSET)

        template_config_input = cls(
            include_explanations,
            llm_config,
            name,
            template,
            use_function_calling,
            classification_choices,
            data_granularity,
            direction,
            use_structured_output,
        )

        if not d.keys() <= _FIELDS:
            template_config_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return template_config_input

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


def _parse_classification_choices(
    data: object,
) -> None | TemplateConfigInputClassificationChoicesType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        classification_choices_type_0 = TemplateConfigInputClassificationChoicesType0.from_dict(
            data
        )

        return classification_choices_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TemplateConfigInputClassificationChoicesType0 | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorLlmConfigRequest, TemplateConfigInputClassificationChoicesType0
    from ..models.evaluator_llm_config_request import EvaluatorLlmConfigRequest  # noqa: PLC0415
    from ..models.template_config_input_classification_choices_type_0 import (
        TemplateConfigInputClassificationChoicesType0,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

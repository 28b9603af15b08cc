from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_evaluation_run_config_experiment_type import (
    TemplateEvaluationRunConfigExperimentType,
    check_template_evaluation_run_config_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )


T = TypeVar("T", bound="TemplateEvaluationRunConfig")
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "classification_choices",
        "column_mapping",
        "evaluator_version_id",
        "experiment_type",
        "invocation_parameters",
        "model_name",
        "provide_explanation",
        "provider_parameters",
        "template",
    }
)


@_attrs_define
class TemplateEvaluationRunConfig:
    """Configuration for running a template-based LLM evaluator against each dataset example.

    Attributes:
        ai_integration_id (str | Unset): AI integration identifier (base64). The LLM that judges each example.
        classification_choices (TemplateEvaluationRunConfigClassificationChoices | Unset): Map of choice label to
            numeric score (e.g. `{"relevant": 1, "irrelevant": 0}`).
        column_mapping (TemplateEvaluationRunConfigColumnMapping | Unset): Maps template variable names to dataset
            column paths.
        evaluator_version_id (None | str | Unset): EvaluatorVersion identifier (base64). Links this run to an Eval Hub
            evaluator version.
        experiment_type (TemplateEvaluationRunConfigExperimentType | Unset): Discriminator. Must be
            `"TEMPLATE_EVALUATION"`.
        invocation_parameters (InvocationParams | Unset): Parameters for the LLM invocation
        model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
        provide_explanation (bool | Unset): Whether to ask the LLM to include a written explanation alongside the
            score/label.
        provider_parameters (TemplateEvaluationRunConfigProviderParameters | Unset): Provider-specific parameters.
            Defaults to `{}` (no overrides) if omitted.
        template (str | Unset): The evaluation prompt template. Use `{{variable}}` placeholders that map to dataset
            column paths via `column_mapping`.
    """

    ai_integration_id: str | Unset = UNSET
    classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset = UNSET
    column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    experiment_type: TemplateEvaluationRunConfigExperimentType | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    model_name: str | Unset = UNSET
    provide_explanation: bool | Unset = UNSET
    provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        ai_integration_id = self.ai_integration_id

        classification_choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification_choices, Unset):
            classification_choices = self.classification_choices.to_dict()

        column_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mapping, Unset):
            column_mapping = self.column_mapping.to_dict()

        evaluator_version_id: None | str | Unset
        if isinstance(self.evaluator_version_id, Unset):
            evaluator_version_id = UNSET
        else:
            evaluator_version_id = self.evaluator_version_id

        experiment_type: str | Unset = UNSET
        if not isinstance(self.experiment_type, Unset):
            experiment_type = self.experiment_type

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        model_name = self.model_name

        provide_explanation = self.provide_explanation

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_integration_id is not UNSET:
            field_dict["ai_integration_id"] = ai_integration_id
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if column_mapping is not UNSET:
            field_dict["column_mapping"] = column_mapping
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if experiment_type is not UNSET:
            field_dict["experiment_type"] = experiment_type
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if provide_explanation is not UNSET:
            field_dict["provide_explanation"] = provide_explanation
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ai_integration_id = d.get("ai_integration_id", UNSET)

        _classification_choices = d.get("classification_choices", UNSET)
        classification_choices: TemplateEvaluationRunConfigClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            classification_choices = TemplateEvaluationRunConfigClassificationChoices.from_dict(
                _classification_choices
            )

        _column_mapping = d.get("column_mapping", UNSET)
        column_mapping: TemplateEvaluationRunConfigColumnMapping | Unset
        if _column_mapping is UNSET:
            column_mapping = UNSET
        else:
            column_mapping = TemplateEvaluationRunConfigColumnMapping.from_dict(_column_mapping)

        evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

        _experiment_type = d.get("experiment_type", UNSET)
        experiment_type: TemplateEvaluationRunConfigExperimentType | Unset
        if _experiment_type is UNSET:
            experiment_type = UNSET
        else:
            experiment_type = check_template_evaluation_run_config_experiment_type(_experiment_type)

        _invocation_parameters = d.get("invocation_parameters", UNSET)
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParams.from_dict(_invocation_parameters)

        model_name = d.get("model_name", UNSET)

        provide_explanation = d.get("provide_explanation", UNSET)

        _provider_parameters = d.get("provider_parameters", UNSET)
        provider_parameters: TemplateEvaluationRunConfigProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = TemplateEvaluationRunConfigProviderParameters.from_dict(
                _provider_parameters
            )

        template = d.get("template", UNSET)

        template_evaluation_run_config = cls(
            ai_integration_id,
            classification_choices,
            column_mapping,
            evaluator_version_id,
            experiment_type,
            invocation_parameters,
            model_name,
            provide_explanation,
            provider_parameters,
            template,
        )

        if not d.keys() <= _FIELDS:
            template_evaluation_run_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return template_evaluation_run_config

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        InvocationParams, \
        TemplateEvaluationRunConfigClassificationChoices, \
        TemplateEvaluationRunConfigColumnMapping, \
        TemplateEvaluationRunConfigProviderParameters
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

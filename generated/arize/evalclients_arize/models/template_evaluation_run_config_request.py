from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_evaluation_run_config_request_experiment_type import (
    TemplateEvaluationRunConfigRequestExperimentType,
    check_template_evaluation_run_config_request_experiment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params_request import InvocationParamsRequest
    from ..models.template_evaluation_run_config_request_classification_choices import (
        TemplateEvaluationRunConfigRequestClassificationChoices,
    )
    from ..models.template_evaluation_run_config_request_column_mapping import (
        TemplateEvaluationRunConfigRequestColumnMapping,
    )
    from ..models.template_evaluation_run_config_request_provider_parameters import (
        TemplateEvaluationRunConfigRequestProviderParameters,
    )


T = TypeVar("T", bound="TemplateEvaluationRunConfigRequest")
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "experiment_type",
        "provide_explanation",
        "template",
        "classification_choices",
        "column_mapping",
        "evaluator_version_id",
        "invocation_parameters",
        "model_name",
        "provider_parameters",
    }
)


@_attrs_define
class TemplateEvaluationRunConfigRequest:
    """Strict request configuration for running a template-based LLM evaluator.

    Attributes:
        ai_integration_id (str): AI integration identifier (base64). The LLM that judges each example.
        experiment_type (TemplateEvaluationRunConfigRequestExperimentType): Discriminator. Must be
            `"TEMPLATE_EVALUATION"`.
        provide_explanation (bool): Whether to ask the LLM to include a written explanation alongside the score/label.
        template (str): The evaluation prompt template. Use `{{variable}}` placeholders that map to dataset column paths
            via `column_mapping`.
        classification_choices (TemplateEvaluationRunConfigRequestClassificationChoices | Unset): Map of choice label to
            numeric score (e.g. `{"relevant": 1, "irrelevant": 0}`).
        column_mapping (TemplateEvaluationRunConfigRequestColumnMapping | Unset): Maps template variable names to
            dataset column paths.
        evaluator_version_id (None | str | Unset): EvaluatorVersion identifier (base64). Links this run to an Eval Hub
            evaluator version.
        invocation_parameters (InvocationParamsRequest | Unset): Parameters for the LLM invocation in a write request
            (strict form of InvocationParams; leaf schemas use *Request variants)
        model_name (str | Unset): Model name (e.g. `gpt-4o`). Falls back to the integration's default if omitted.
        provider_parameters (TemplateEvaluationRunConfigRequestProviderParameters | Unset): Provider-specific
            parameters. Defaults to `{}` (no overrides) if omitted.
    """

    ai_integration_id: str
    experiment_type: TemplateEvaluationRunConfigRequestExperimentType
    provide_explanation: bool
    template: str
    classification_choices: TemplateEvaluationRunConfigRequestClassificationChoices | Unset = UNSET
    column_mapping: TemplateEvaluationRunConfigRequestColumnMapping | Unset = UNSET
    evaluator_version_id: None | str | Unset = UNSET
    invocation_parameters: InvocationParamsRequest | Unset = UNSET
    model_name: str | Unset = UNSET
    provider_parameters: TemplateEvaluationRunConfigRequestProviderParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        ai_integration_id = self.ai_integration_id

        experiment_type: str = self.experiment_type

        provide_explanation = self.provide_explanation

        template = self.template

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

        invocation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocation_parameters, Unset):
            invocation_parameters = self.invocation_parameters.to_dict()

        model_name = self.model_name

        provider_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_parameters, Unset):
            provider_parameters = self.provider_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_integration_id": ai_integration_id,
                "experiment_type": experiment_type,
                "provide_explanation": provide_explanation,
                "template": template,
            }
        )
        if classification_choices is not UNSET:
            field_dict["classification_choices"] = classification_choices
        if column_mapping is not UNSET:
            field_dict["column_mapping"] = column_mapping
        if evaluator_version_id is not UNSET:
            field_dict["evaluator_version_id"] = evaluator_version_id
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ai_integration_id = d["ai_integration_id"]

        experiment_type = check_template_evaluation_run_config_request_experiment_type(
            d["experiment_type"]
        )

        provide_explanation = d["provide_explanation"]

        template = d["template"]

        _classification_choices = d.get("classification_choices", UNSET)
        classification_choices: TemplateEvaluationRunConfigRequestClassificationChoices | Unset
        if _classification_choices is UNSET:
            classification_choices = UNSET
        else:
            classification_choices = (
                TemplateEvaluationRunConfigRequestClassificationChoices.from_dict(
                    _classification_choices
                )
            )

        _column_mapping = d.get("column_mapping", UNSET)
        column_mapping: TemplateEvaluationRunConfigRequestColumnMapping | Unset
        if _column_mapping is UNSET:
            column_mapping = UNSET
        else:
            column_mapping = TemplateEvaluationRunConfigRequestColumnMapping.from_dict(
                _column_mapping
            )

        evaluator_version_id: None | str | Unset = d.get("evaluator_version_id", UNSET)

        _invocation_parameters = d.get("invocation_parameters", UNSET)
        invocation_parameters: InvocationParamsRequest | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParamsRequest.from_dict(_invocation_parameters)

        model_name = d.get("model_name", UNSET)

        _provider_parameters = d.get("provider_parameters", UNSET)
        provider_parameters: TemplateEvaluationRunConfigRequestProviderParameters | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = TemplateEvaluationRunConfigRequestProviderParameters.from_dict(
                _provider_parameters
            )

        template_evaluation_run_config_request = cls(
            ai_integration_id,
            experiment_type,
            provide_explanation,
            template,
            classification_choices,
            column_mapping,
            evaluator_version_id,
            invocation_parameters,
            model_name,
            provider_parameters,
        )

        if not d.keys() <= _FIELDS:
            template_evaluation_run_config_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return template_evaluation_run_config_request

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
        InvocationParamsRequest, \
        TemplateEvaluationRunConfigRequestClassificationChoices, \
        TemplateEvaluationRunConfigRequestColumnMapping, \
        TemplateEvaluationRunConfigRequestProviderParameters
    from ..models.invocation_params_request import InvocationParamsRequest  # noqa: PLC0415
    from ..models.template_evaluation_run_config_request_classification_choices import (
        TemplateEvaluationRunConfigRequestClassificationChoices,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_request_column_mapping import (
        TemplateEvaluationRunConfigRequestColumnMapping,  # noqa: PLC0415
    )
    from ..models.template_evaluation_run_config_request_provider_parameters import (
        TemplateEvaluationRunConfigRequestProviderParameters,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

from typing import Literal

TemplateEvaluationRunConfigExperimentType = Literal["TEMPLATE_EVALUATION"] | str

TEMPLATE_EVALUATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES: set[
    TemplateEvaluationRunConfigExperimentType
] = {
    "TEMPLATE_EVALUATION",
}


def check_template_evaluation_run_config_experiment_type(
    value: str,
) -> TemplateEvaluationRunConfigExperimentType:
    if value in TEMPLATE_EVALUATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_EVALUATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES!r}"
    )

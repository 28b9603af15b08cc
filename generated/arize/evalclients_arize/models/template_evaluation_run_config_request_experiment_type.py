from typing import Literal

TemplateEvaluationRunConfigRequestExperimentType = Literal["TEMPLATE_EVALUATION"] | str

TEMPLATE_EVALUATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES: set[
    TemplateEvaluationRunConfigRequestExperimentType
] = {
    "TEMPLATE_EVALUATION",
}


def check_template_evaluation_run_config_request_experiment_type(
    value: str,
) -> TemplateEvaluationRunConfigRequestExperimentType:
    if value in TEMPLATE_EVALUATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_EVALUATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES!r}"
    )

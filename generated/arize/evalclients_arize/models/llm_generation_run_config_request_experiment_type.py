from typing import Literal

LlmGenerationRunConfigRequestExperimentType = Literal["LLM_GENERATION"] | str

LLM_GENERATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES: set[
    LlmGenerationRunConfigRequestExperimentType
] = {
    "LLM_GENERATION",
}


def check_llm_generation_run_config_request_experiment_type(
    value: str,
) -> LlmGenerationRunConfigRequestExperimentType:
    if value in LLM_GENERATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_GENERATION_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES!r}"
    )

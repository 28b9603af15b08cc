from typing import Literal

LlmGenerationRunConfigExperimentType = Literal["LLM_GENERATION"] | str

LLM_GENERATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES: set[LlmGenerationRunConfigExperimentType] = {
    "LLM_GENERATION",
}


def check_llm_generation_run_config_experiment_type(
    value: str,
) -> LlmGenerationRunConfigExperimentType:
    if value in LLM_GENERATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_GENERATION_RUN_CONFIG_EXPERIMENT_TYPE_VALUES!r}"
    )

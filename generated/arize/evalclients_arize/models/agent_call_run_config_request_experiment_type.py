from typing import Literal

AgentCallRunConfigRequestExperimentType = Literal["AGENT_CALL"] | str

AGENT_CALL_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES: set[
    AgentCallRunConfigRequestExperimentType
] = {
    "AGENT_CALL",
}


def check_agent_call_run_config_request_experiment_type(
    value: str,
) -> AgentCallRunConfigRequestExperimentType:
    if value in AGENT_CALL_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_CALL_RUN_CONFIG_REQUEST_EXPERIMENT_TYPE_VALUES!r}"
    )

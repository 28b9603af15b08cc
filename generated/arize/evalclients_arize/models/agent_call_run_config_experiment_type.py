from typing import Literal

AgentCallRunConfigExperimentType = Literal["AGENT_CALL"] | str

AGENT_CALL_RUN_CONFIG_EXPERIMENT_TYPE_VALUES: set[AgentCallRunConfigExperimentType] = {
    "AGENT_CALL",
}


def check_agent_call_run_config_experiment_type(value: str) -> AgentCallRunConfigExperimentType:
    if value in AGENT_CALL_RUN_CONFIG_EXPERIMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_CALL_RUN_CONFIG_EXPERIMENT_TYPE_VALUES!r}"
    )

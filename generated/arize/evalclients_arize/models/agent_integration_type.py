from typing import Literal

AgentIntegrationType = Literal["AGENT"] | str

AGENT_INTEGRATION_TYPE_VALUES: set[AgentIntegrationType] = {
    "AGENT",
}


def check_agent_integration_type(value: str) -> AgentIntegrationType:
    if value in AGENT_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_INTEGRATION_TYPE_VALUES!r}"
    )

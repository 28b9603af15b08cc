from typing import Literal

UpdateAgentIntegrationRequestType = Literal["AGENT"] | str

UPDATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES: set[UpdateAgentIntegrationRequestType] = {
    "AGENT",
}


def check_update_agent_integration_request_type(value: str) -> UpdateAgentIntegrationRequestType:
    if value in UPDATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )

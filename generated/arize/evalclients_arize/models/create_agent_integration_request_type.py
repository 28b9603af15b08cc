from typing import Literal

CreateAgentIntegrationRequestType = Literal["AGENT"] | str

CREATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES: set[CreateAgentIntegrationRequestType] = {
    "AGENT",
}


def check_create_agent_integration_request_type(value: str) -> CreateAgentIntegrationRequestType:
    if value in CREATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )

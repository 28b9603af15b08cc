from typing import Literal

UpdateLlmIntegrationRequestType = Literal["LLM"] | str

UPDATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES: set[UpdateLlmIntegrationRequestType] = {
    "LLM",
}


def check_update_llm_integration_request_type(value: str) -> UpdateLlmIntegrationRequestType:
    if value in UPDATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )

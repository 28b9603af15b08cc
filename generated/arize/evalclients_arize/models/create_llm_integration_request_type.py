from typing import Literal

CreateLlmIntegrationRequestType = Literal["LLM"] | str

CREATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES: set[CreateLlmIntegrationRequestType] = {
    "LLM",
}


def check_create_llm_integration_request_type(value: str) -> CreateLlmIntegrationRequestType:
    if value in CREATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LLM_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )

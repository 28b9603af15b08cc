from typing import Literal

LlmIntegrationType = Literal["LLM"] | str

LLM_INTEGRATION_TYPE_VALUES: set[LlmIntegrationType] = {
    "LLM",
}


def check_llm_integration_type(value: str) -> LlmIntegrationType:
    if value in LLM_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_INTEGRATION_TYPE_VALUES!r}")

from typing import Literal

IntegrationType = Literal["AGENT", "EVALUATOR", "LLM"] | str

INTEGRATION_TYPE_VALUES: set[IntegrationType] = {
    "AGENT",
    "EVALUATOR",
    "LLM",
}


def check_integration_type(value: str) -> IntegrationType:
    if value in INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGRATION_TYPE_VALUES!r}")

from typing import Literal

ModelEndpoints = Literal["chat", "complete", "edit"] | str

MODEL_ENDPOINTS_VALUES: set[ModelEndpoints] = {
    "chat",
    "complete",
    "edit",
}


def check_model_endpoints(value: str) -> ModelEndpoints:
    if value in MODEL_ENDPOINTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_ENDPOINTS_VALUES!r}")

from typing import Literal

CreateVertexAiConfigProvider = Literal["VERTEX_AI"] | str

CREATE_VERTEX_AI_CONFIG_PROVIDER_VALUES: set[CreateVertexAiConfigProvider] = {
    "VERTEX_AI",
}


def check_create_vertex_ai_config_provider(value: str) -> CreateVertexAiConfigProvider:
    if value in CREATE_VERTEX_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VERTEX_AI_CONFIG_PROVIDER_VALUES!r}"
    )

from typing import Literal

VertexAiConfigProvider = Literal["VERTEX_AI"] | str

VERTEX_AI_CONFIG_PROVIDER_VALUES: set[VertexAiConfigProvider] = {
    "VERTEX_AI",
}


def check_vertex_ai_config_provider(value: str) -> VertexAiConfigProvider:
    if value in VERTEX_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERTEX_AI_CONFIG_PROVIDER_VALUES!r}"
    )

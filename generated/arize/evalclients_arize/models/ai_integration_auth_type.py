from typing import Literal

AiIntegrationAuthType = (
    Literal["BEARER_TOKEN", "DEFAULT", "OAUTH2_CLIENT_CREDENTIALS", "PROXY_WITH_HEADERS"] | str
)

AI_INTEGRATION_AUTH_TYPE_VALUES: set[AiIntegrationAuthType] = {
    "BEARER_TOKEN",
    "DEFAULT",
    "OAUTH2_CLIENT_CREDENTIALS",
    "PROXY_WITH_HEADERS",
}


def check_ai_integration_auth_type(value: str) -> AiIntegrationAuthType:
    if value in AI_INTEGRATION_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_INTEGRATION_AUTH_TYPE_VALUES!r}"
    )

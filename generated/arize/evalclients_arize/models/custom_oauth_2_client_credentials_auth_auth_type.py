from typing import Literal

CustomOauth2ClientCredentialsAuthAuthType = Literal["OAUTH2_CLIENT_CREDENTIALS"] | str

CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES: set[
    CustomOauth2ClientCredentialsAuthAuthType
] = {
    "OAUTH2_CLIENT_CREDENTIALS",
}


def check_custom_oauth_2_client_credentials_auth_auth_type(
    value: str,
) -> CustomOauth2ClientCredentialsAuthAuthType:
    if value in CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES!r}"
    )

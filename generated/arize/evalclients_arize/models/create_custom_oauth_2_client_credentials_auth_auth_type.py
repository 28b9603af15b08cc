from typing import Literal

CreateCustomOauth2ClientCredentialsAuthAuthType = Literal["OAUTH2_CLIENT_CREDENTIALS"] | str

CREATE_CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES: set[
    CreateCustomOauth2ClientCredentialsAuthAuthType
] = {
    "OAUTH2_CLIENT_CREDENTIALS",
}


def check_create_custom_oauth_2_client_credentials_auth_auth_type(
    value: str,
) -> CreateCustomOauth2ClientCredentialsAuthAuthType:
    if value in CREATE_CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOM_OAUTH_2_CLIENT_CREDENTIALS_AUTH_AUTH_TYPE_VALUES!r}"
    )

from typing import Literal

CreateAwsBedrockBearerTokenAuthAuthType = Literal["BEARER_TOKEN"] | str

CREATE_AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES: set[
    CreateAwsBedrockBearerTokenAuthAuthType
] = {
    "BEARER_TOKEN",
}


def check_create_aws_bedrock_bearer_token_auth_auth_type(
    value: str,
) -> CreateAwsBedrockBearerTokenAuthAuthType:
    if value in CREATE_AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES!r}"
    )

from typing import Literal

AwsBedrockBearerTokenAuthAuthType = Literal["BEARER_TOKEN"] | str

AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES: set[AwsBedrockBearerTokenAuthAuthType] = {
    "BEARER_TOKEN",
}


def check_aws_bedrock_bearer_token_auth_auth_type(value: str) -> AwsBedrockBearerTokenAuthAuthType:
    if value in AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AWS_BEDROCK_BEARER_TOKEN_AUTH_AUTH_TYPE_VALUES!r}"
    )

from typing import Literal

AwsBedrockDefaultAuthAuthType = Literal["DEFAULT"] | str

AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES: set[AwsBedrockDefaultAuthAuthType] = {
    "DEFAULT",
}


def check_aws_bedrock_default_auth_auth_type(value: str) -> AwsBedrockDefaultAuthAuthType:
    if value in AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES!r}"
    )

from typing import Literal

CreateAwsBedrockDefaultAuthAuthType = Literal["DEFAULT"] | str

CREATE_AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES: set[CreateAwsBedrockDefaultAuthAuthType] = {
    "DEFAULT",
}


def check_create_aws_bedrock_default_auth_auth_type(
    value: str,
) -> CreateAwsBedrockDefaultAuthAuthType:
    if value in CREATE_AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AWS_BEDROCK_DEFAULT_AUTH_AUTH_TYPE_VALUES!r}"
    )

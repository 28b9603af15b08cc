from typing import Literal

CreateAwsBedrockConfigProvider = Literal["AWS_BEDROCK"] | str

CREATE_AWS_BEDROCK_CONFIG_PROVIDER_VALUES: set[CreateAwsBedrockConfigProvider] = {
    "AWS_BEDROCK",
}


def check_create_aws_bedrock_config_provider(value: str) -> CreateAwsBedrockConfigProvider:
    if value in CREATE_AWS_BEDROCK_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AWS_BEDROCK_CONFIG_PROVIDER_VALUES!r}"
    )

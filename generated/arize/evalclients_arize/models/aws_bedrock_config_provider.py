from typing import Literal

AwsBedrockConfigProvider = Literal["AWS_BEDROCK"] | str

AWS_BEDROCK_CONFIG_PROVIDER_VALUES: set[AwsBedrockConfigProvider] = {
    "AWS_BEDROCK",
}


def check_aws_bedrock_config_provider(value: str) -> AwsBedrockConfigProvider:
    if value in AWS_BEDROCK_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AWS_BEDROCK_CONFIG_PROVIDER_VALUES!r}"
    )

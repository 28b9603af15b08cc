from typing import Literal

AwsBedrockProxyWithHeadersAuthAuthType = Literal["PROXY_WITH_HEADERS"] | str

AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES: set[
    AwsBedrockProxyWithHeadersAuthAuthType
] = {
    "PROXY_WITH_HEADERS",
}


def check_aws_bedrock_proxy_with_headers_auth_auth_type(
    value: str,
) -> AwsBedrockProxyWithHeadersAuthAuthType:
    if value in AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES!r}"
    )

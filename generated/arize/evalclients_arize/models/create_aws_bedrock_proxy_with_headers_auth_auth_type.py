from typing import Literal

CreateAwsBedrockProxyWithHeadersAuthAuthType = Literal["PROXY_WITH_HEADERS"] | str

CREATE_AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES: set[
    CreateAwsBedrockProxyWithHeadersAuthAuthType
] = {
    "PROXY_WITH_HEADERS",
}


def check_create_aws_bedrock_proxy_with_headers_auth_auth_type(
    value: str,
) -> CreateAwsBedrockProxyWithHeadersAuthAuthType:
    if value in CREATE_AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AWS_BEDROCK_PROXY_WITH_HEADERS_AUTH_AUTH_TYPE_VALUES!r}"
    )

from typing import Literal

AwsProviderMetadataKind = Literal["AWS"] | str

AWS_PROVIDER_METADATA_KIND_VALUES: set[AwsProviderMetadataKind] = {
    "AWS",
}


def check_aws_provider_metadata_kind(value: str) -> AwsProviderMetadataKind:
    if value in AWS_PROVIDER_METADATA_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AWS_PROVIDER_METADATA_KIND_VALUES!r}"
    )

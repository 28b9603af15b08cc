from typing import Literal

GcpProviderMetadataKind = Literal["GCP"] | str

GCP_PROVIDER_METADATA_KIND_VALUES: set[GcpProviderMetadataKind] = {
    "GCP",
}


def check_gcp_provider_metadata_kind(value: str) -> GcpProviderMetadataKind:
    if value in GCP_PROVIDER_METADATA_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GCP_PROVIDER_METADATA_KIND_VALUES!r}"
    )

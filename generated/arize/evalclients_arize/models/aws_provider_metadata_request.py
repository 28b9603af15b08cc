from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_provider_metadata_kind import (
    AwsProviderMetadataKind,
    check_aws_provider_metadata_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsProviderMetadataRequest")
_FIELDS = frozenset(
    {
        "kind",
        "role_arn",
        "external_id",
    }
)


@_attrs_define
class AwsProviderMetadataRequest:
    """AWS Bedrock provider metadata in a write request (strict form of AwsProviderMetadata).

    Attributes:
        kind (AwsProviderMetadataKind): Discriminator value identifying AWS Bedrock provider metadata.
        role_arn (str): AWS IAM role ARN for cross-account access
        external_id (None | str | Unset): External ID for the assume-role policy
    """

    kind: AwsProviderMetadataKind
    role_arn: str
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        role_arn = self.role_arn

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "role_arn": role_arn,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        kind = check_aws_provider_metadata_kind(d["kind"])

        role_arn = d["role_arn"]

        external_id: None | str | Unset = d.get("external_id", UNSET)

        aws_provider_metadata_request = cls(
            kind,
            role_arn,
            external_id,
        )

        if not d.keys() <= _FIELDS:
            aws_provider_metadata_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return aws_provider_metadata_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

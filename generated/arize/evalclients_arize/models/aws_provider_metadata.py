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

T = TypeVar("T", bound="AwsProviderMetadata")
_FIELDS = frozenset(
    {
        "external_id",
        "kind",
        "role_arn",
    }
)


@_attrs_define
class AwsProviderMetadata:
    """AWS Bedrock provider metadata

    Attributes:
        external_id (None | str | Unset): External ID for the assume-role policy
        kind (AwsProviderMetadataKind | Unset): Discriminator value identifying AWS Bedrock provider metadata.
        role_arn (str | Unset): AWS IAM role ARN for cross-account access
    """

    external_id: None | str | Unset = UNSET
    kind: AwsProviderMetadataKind | Unset = UNSET
    role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        role_arn = self.role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        external_id: None | str | Unset = d.get("external_id", UNSET)

        _kind = d.get("kind", UNSET)
        kind: AwsProviderMetadataKind | Unset
        if _kind is UNSET:
            kind = UNSET
        else:
            kind = check_aws_provider_metadata_kind(_kind)

        role_arn = d.get("role_arn", UNSET)

        aws_provider_metadata = cls(
            external_id,
            kind,
            role_arn,
        )

        if not d.keys() <= _FIELDS:
            aws_provider_metadata.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return aws_provider_metadata

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

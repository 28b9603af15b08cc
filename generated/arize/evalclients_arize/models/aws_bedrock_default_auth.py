from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AwsBedrockDefaultAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "external_id",
        "role_arn",
    }
)


@_attrs_define
class AwsBedrockDefaultAuth:
    """Role-assumption auth for AWS Bedrock: Arize assumes the provided IAM role to call Bedrock. The role ARN and external
    ID are not secrets and are returned on read.

        Attributes:
            auth_type (str): Discriminator identifying role-assumption auth.
            base_url (None | str): Custom Bedrock endpoint URL. Null when not set.
            external_id (None | str): External ID on the assume-role policy. Null when not set.
            role_arn (str): AWS IAM role ARN Arize assumes for cross-account access.
    """

    auth_type: str
    base_url: None | str
    external_id: None | str
    role_arn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        base_url: None | str
        base_url = self.base_url

        external_id: None | str
        external_id = self.external_id

        role_arn = self.role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
                "external_id": external_id,
                "role_arn": role_arn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = d["auth_type"]

        base_url: None | str = d["base_url"]

        external_id: None | str = d["external_id"]

        role_arn = d["role_arn"]

        aws_bedrock_default_auth = cls(
            auth_type,
            base_url,
            external_id,
            role_arn,
        )

        if not d.keys() <= _FIELDS:
            aws_bedrock_default_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return aws_bedrock_default_auth

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

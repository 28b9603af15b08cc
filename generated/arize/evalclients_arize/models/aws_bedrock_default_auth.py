from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_bedrock_default_auth_auth_type import (
    AwsBedrockDefaultAuthAuthType,
    check_aws_bedrock_default_auth_auth_type,
)
from ..types import UNSET, Unset

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
            auth_type (AwsBedrockDefaultAuthAuthType | Unset): Discriminator identifying role-assumption auth.
            base_url (None | str | Unset): Custom Bedrock endpoint URL. Null when not set.
            external_id (None | str | Unset): External ID on the assume-role policy. Null when not set.
            role_arn (str | Unset): AWS IAM role ARN Arize assumes for cross-account access.
    """

    auth_type: AwsBedrockDefaultAuthAuthType | Unset = UNSET
    base_url: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        role_arn = self.role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth_type = d.get("auth_type", UNSET)
        auth_type: AwsBedrockDefaultAuthAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_aws_bedrock_default_auth_auth_type(_auth_type)

        base_url: None | str | Unset = d.get("base_url", UNSET)

        external_id: None | str | Unset = d.get("external_id", UNSET)

        role_arn = d.get("role_arn", UNSET)

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

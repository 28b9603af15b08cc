from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_aws_bedrock_default_auth_auth_type import (
    CreateAwsBedrockDefaultAuthAuthType,
    check_create_aws_bedrock_default_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAwsBedrockDefaultAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "role_arn",
        "base_url",
        "external_id",
    }
)


@_attrs_define
class CreateAwsBedrockDefaultAuth:
    """Create role-assumption auth. `role_arn` is required.

    Attributes:
        auth_type (CreateAwsBedrockDefaultAuthAuthType): Discriminator identifying role-assumption auth.
        role_arn (str): AWS IAM role ARN Arize assumes for cross-account access.
        base_url (str | Unset): Custom Bedrock endpoint URL. Defaults to the provider default endpoint.
        external_id (str | Unset): External ID on the assume-role policy. Defaults to not set.
    """

    auth_type: CreateAwsBedrockDefaultAuthAuthType
    role_arn: str
    base_url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str = self.auth_type

        role_arn = self.role_arn

        base_url = self.base_url

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "role_arn": role_arn,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = check_create_aws_bedrock_default_auth_auth_type(d["auth_type"])

        role_arn = d["role_arn"]

        base_url = d.get("base_url", UNSET)

        external_id = d.get("external_id", UNSET)

        create_aws_bedrock_default_auth = cls(
            auth_type,
            role_arn,
            base_url,
            external_id,
        )

        if not d.keys() <= _FIELDS:
            create_aws_bedrock_default_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_aws_bedrock_default_auth

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

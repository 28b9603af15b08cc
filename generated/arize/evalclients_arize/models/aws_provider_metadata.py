from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.aws_provider_metadata_kind import (
    AwsProviderMetadataKind,
    check_aws_provider_metadata_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsProviderMetadata")
_new = object.__new__
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
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        try:
            kind: str | Unset = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            kind = _as_json(self.kind)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            external_id: None | str | Unset = d.get("external_id", UNSET)

            if not (external_id is None or type(external_id) is str or external_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            external_id, _drifted = _keep(cls, d, "external_id", "None | str", "type", _drifted)

        try:
            _kind = d.get("kind", UNSET)
            kind: AwsProviderMetadataKind | Unset
            if _kind is UNSET:
                kind = UNSET
            else:
                kind = check_aws_provider_metadata_kind(_kind)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            kind, _drifted = _keep(cls, d, "kind", "one of AWS", "enum", _drifted)

        try:
            role_arn = d.get("role_arn", UNSET)
            if not (type(role_arn) is str or role_arn is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role_arn, _drifted = _keep(cls, d, "role_arn", "str", "type", _drifted)

        _aws_provider_metadata_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _aws_provider_metadata_.external_id = external_id
        _aws_provider_metadata_.kind = kind
        _aws_provider_metadata_.role_arn = role_arn
        _aws_provider_metadata_.additional_properties = {}

        if _extra:
            _aws_provider_metadata_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_aws_provider_metadata_, _drifted)
        return _aws_provider_metadata_

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

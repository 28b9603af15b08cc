from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_code_config_request import CustomCodeConfigRequest
    from ..models.managed_code_config_request import ManagedCodeConfigRequest


T = TypeVar("T", bound="CreateCodeEvaluatorVersionRequest")
_FIELDS = frozenset(
    {
        "code_config",
        "commit_message",
    }
)


@_attrs_define
class CreateCodeEvaluatorVersionRequest:
    """CreateCodeEvaluatorVersionRequest

    Attributes:
        code_config (CustomCodeConfigRequest | ManagedCodeConfigRequest): Strict request form of CodeConfig.
            Discriminated union of ManagedCodeConfigRequest and CustomCodeConfigRequest. Use in write request bodies.
        commit_message (str): Commit message describing the changes
    """

    code_config: CustomCodeConfigRequest | ManagedCodeConfigRequest
    commit_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        code_config: dict[str, Any]
        if isinstance(self.code_config, ManagedCodeConfigRequest):
            code_config = self.code_config.to_dict()
        else:
            code_config = self.code_config.to_dict()

        commit_message = self.commit_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_config": code_config,
                "commit_message": commit_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        code_config = _parse_code_config(d["code_config"])

        commit_message = d["commit_message"]

        create_code_evaluator_version_request = cls(
            code_config,
            commit_message,
        )

        if not d.keys() <= _FIELDS:
            create_code_evaluator_version_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_code_evaluator_version_request

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


def _parse_code_config(data: object) -> CustomCodeConfigRequest | ManagedCodeConfigRequest:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_code_config_request_type_0 = ManagedCodeConfigRequest.from_dict(data)

        return componentsschemas_code_config_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_code_config_request_type_1 = CustomCodeConfigRequest.from_dict(data)

    return componentsschemas_code_config_request_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CustomCodeConfigRequest, ManagedCodeConfigRequest
    from ..models.custom_code_config_request import CustomCodeConfigRequest  # noqa: PLC0415
    from ..models.managed_code_config_request import ManagedCodeConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_evaluator_integration_request_type import (
    CreateEvaluatorIntegrationRequestType,
    check_create_evaluator_integration_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_evaluator_integration_config_input import (
        CreateEvaluatorIntegrationConfigInput,
    )
    from ..models.integration_scoping_request import IntegrationScopingRequest


T = TypeVar("T", bound="CreateEvaluatorIntegrationRequest")
_FIELDS = frozenset(
    {
        "config",
        "name",
        "type",
        "description",
        "scopings",
    }
)


@_attrs_define
class CreateEvaluatorIntegrationRequest:
    """CreateEvaluatorIntegrationRequest

    Attributes:
        config (CreateEvaluatorIntegrationConfigInput): Write shape for the evaluator config on create. `headers` is
            encrypted at rest and never returned in responses; reads surface `has_headers`.
        name (str): Integration name. Must be unique among active AGENT and EVALUATOR integrations in the account.
        type_ (CreateEvaluatorIntegrationRequestType): Discriminator identifying this request as an evaluator
            integration.
        description (None | str | Unset): Optional human-readable description of the integration.
        scopings (list[IntegrationScopingRequest] | Unset): Visibility scoping rules. Defaults to account-wide if
            omitted or empty. A scoping with `space_id` set MUST also set `organization_id`.
    """

    config: CreateEvaluatorIntegrationConfigInput
    name: str
    type_: CreateEvaluatorIntegrationRequestType
    description: None | str | Unset = UNSET
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config = self.config.to_dict()

        name = self.name

        type_: str = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        config = CreateEvaluatorIntegrationConfigInput.from_dict(d["config"])

        name = d["name"]

        type_ = check_create_evaluator_integration_request_type(d["type"])

        description: None | str | Unset = d.get("description", UNSET)

        _scopings = d.get("scopings", UNSET)
        scopings: list[IntegrationScopingRequest] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScopingRequest.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]

        create_evaluator_integration_request = cls(
            config,
            name,
            type_,
            description,
            scopings,
        )

        if not d.keys() <= _FIELDS:
            create_evaluator_integration_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_evaluator_integration_request

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateEvaluatorIntegrationConfigInput, IntegrationScopingRequest
    from ..models.create_evaluator_integration_config_input import (
        CreateEvaluatorIntegrationConfigInput,  # noqa: PLC0415
    )
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415

    _LAZY_PENDING = False

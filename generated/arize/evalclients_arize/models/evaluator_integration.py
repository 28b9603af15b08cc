from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_integration_type import (
    EvaluatorIntegrationType,
    check_evaluator_integration_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig
    from ..models.integration_scoping import IntegrationScoping


T = TypeVar("T", bound="EvaluatorIntegration")
_FIELDS = frozenset(
    {
        "config",
        "created_at",
        "created_by_user_id",
        "description",
        "id",
        "name",
        "scopings",
        "type",
        "updated_at",
    }
)


@_attrs_define
class EvaluatorIntegration:
    """An evaluator integration (type=EVALUATOR): a customer-hosted HTTPS endpoint plus a JSON Schema describing the
    request payload. Used to run remote evaluators against LLM outputs.

        Attributes:
            config (EvaluatorIntegrationConfig | Unset): Configuration for `type: EVALUATOR` integrations: a customer-hosted
                HTTPS endpoint plus a JSON Schema describing the request payload.
            created_at (datetime.datetime | Unset): When the integration was created.
            created_by_user_id (None | str | Unset): Unique identifier of the user who created the integration. Null if that
                user has since been deleted.
            description (None | str | Unset): Optional human-readable description of the integration.
            id (str | Unset): The unique identifier for the integration.
            name (str | Unset): The integration name. Unique among active AGENT and EVALUATOR integrations in the account.
            scopings (list[IntegrationScoping] | Unset): Visibility scoping rules. Account-wide when empty.
            type_ (EvaluatorIntegrationType | Unset): Discriminator identifying an evaluator integration.
            updated_at (datetime.datetime | Unset): When the integration was last updated.
    """

    config: EvaluatorIntegrationConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    scopings: list[IntegrationScoping] | Unset = UNSET
    type_: EvaluatorIntegrationType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if scopings is not UNSET:
            field_dict["scopings"] = scopings
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _config = d.get("config", UNSET)
        config: EvaluatorIntegrationConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = EvaluatorIntegrationConfig.from_dict(_config)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _scopings = d.get("scopings", UNSET)
        scopings: list[IntegrationScoping] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScoping.from_dict(scopings_item_data) for scopings_item_data in _scopings
            ]

        _type_ = d.get("type", UNSET)
        type_: EvaluatorIntegrationType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_evaluator_integration_type(_type_)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        evaluator_integration = cls(
            config,
            created_at,
            created_by_user_id,
            description,
            id,
            name,
            scopings,
            type_,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            evaluator_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_integration

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
    global _LAZY_PENDING, EvaluatorIntegrationConfig, IntegrationScoping
    from ..models.evaluator_integration_config import EvaluatorIntegrationConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415

    _LAZY_PENDING = False

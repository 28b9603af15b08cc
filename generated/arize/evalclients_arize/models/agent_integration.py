from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.integration_scoping import IntegrationScoping


T = TypeVar("T", bound="AgentIntegration")
_FIELDS = frozenset(
    {
        "config",
        "created_at",
        "created_by_user_id",
        "id",
        "name",
        "scopings",
        "type",
        "updated_at",
        "description",
    }
)


@_attrs_define
class AgentIntegration:
    """An agent integration (type=AGENT): a customer-hosted HTTPS endpoint plus
    a JSON Schema describing the request payload.

        Attributes:
            config (AgentConfig): Configuration for `type: AGENT` integrations: a customer-hosted HTTPS
                endpoint plus a JSON Schema describing the request payload.
            created_at (datetime.datetime): When the integration was created.
            created_by_user_id (None | str): Unique identifier of the user who created the integration. Null if that user
                has since been deleted.
            id (str): The unique identifier for the integration.
            name (str): The integration name. Unique per (account, type).
            scopings (list[IntegrationScoping]): Visibility scoping rules. Account-wide when empty.
            type_ (str): Discriminator identifying an agent integration.
            updated_at (datetime.datetime): When the integration was last updated.
            description (None | str | Unset): Optional human-readable description of the integration.
    """

    config: AgentConfig
    created_at: datetime.datetime
    created_by_user_id: None | str
    id: str
    name: str
    scopings: list[IntegrationScoping]
    type_: str
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        scopings = []
        for scopings_item_data in self.scopings:
            scopings_item = scopings_item_data.to_dict()
            scopings.append(scopings_item)

        type_ = self.type_

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "name": name,
                "scopings": scopings,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        config = AgentConfig.from_dict(d["config"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        id = d["id"]

        name = d["name"]

        scopings = [
            IntegrationScoping.from_dict(scopings_item_data) for scopings_item_data in d["scopings"]
        ]

        type_ = d["type"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description: None | str | Unset = d.get("description", UNSET)

        agent_integration = cls(
            config,
            created_at,
            created_by_user_id,
            id,
            name,
            scopings,
            type_,
            updated_at,
            description,
        )

        if not d.keys() <= _FIELDS:
            agent_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return agent_integration

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
    global _LAZY_PENDING, AgentConfig, IntegrationScoping
    from ..models.agent_config import AgentConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415

    _LAZY_PENDING = False

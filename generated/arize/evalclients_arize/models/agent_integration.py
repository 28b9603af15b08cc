from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
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

    config: AgentConfig | Unset
    created_at: datetime.datetime | Unset
    created_by_user_id: None | str | Unset
    id: str | Unset
    name: str | Unset
    scopings: list[IntegrationScoping] | Unset
    type_: str | Unset
    updated_at: datetime.datetime | Unset
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            config = _as_json(self.config)

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        try:
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scopings = _as_json(self.scopings)

        type_ = self.type_

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            config = AgentConfig.from_dict(d["config"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            config, _drifted = _keep(cls, d, "config", "AgentConfig", "type", _drifted)

        try:
            created_at = datetime.datetime.fromisoformat(d["created_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_at, _drifted = _keep(
                cls, d, "created_at", "datetime.datetime", "type", _drifted
            )

        try:
            created_by_user_id: None | str = d["created_by_user_id"]

            if not (created_by_user_id is None or type(created_by_user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            scopings = [
                IntegrationScoping.from_dict(scopings_item_data)
                for scopings_item_data in d["scopings"]
            ]

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            scopings, _drifted = _keep_each(
                cls,
                d,
                "scopings",
                "list[IntegrationScoping]",
                "type",
                lambda scopings_item_data: IntegrationScoping.from_dict(scopings_item_data),
                _drifted,
            )

        try:
            type_ = d["type"]
            if not (type(type_) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "str", "type", _drifted)

        try:
            updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            updated_at, _drifted = _keep(
                cls, d, "updated_at", "datetime.datetime", "type", _drifted
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

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

        if _extra:
            agent_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(agent_integration, _drifted)
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection
    from ..models.custom_provider_model_selection import CustomProviderModelSelection


T = TypeVar("T", bound="AgentSessionData")


@_attrs_define
class AgentSessionData:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        is_active (bool): Whether a response is currently streaming on this session, i.e. its lock has a live (non-
            stale) heartbeat.
        is_ephemeral (bool):
        model (BuiltInProviderModelSelection | CustomProviderModelSelection):
        title (str):
        updated_at (datetime.datetime):
        last_message_id (None | str | Unset): The message ID of the most recently persisted transcript message, or null
            for an empty transcript.
    """

    created_at: datetime.datetime
    id: str
    is_active: bool
    is_ephemeral: bool
    model: BuiltInProviderModelSelection | CustomProviderModelSelection
    title: str
    updated_at: datetime.datetime
    last_message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        id = self.id

        is_active = self.is_active

        is_ephemeral = self.is_ephemeral

        model: dict[str, Any]
        if isinstance(self.model, CustomProviderModelSelection):
            model = self.model.to_dict()
        else:
            model = self.model.to_dict()

        title = self.title

        updated_at = self.updated_at.isoformat()

        last_message_id: None | str | Unset
        if isinstance(self.last_message_id, Unset):
            last_message_id = UNSET
        else:
            last_message_id = self.last_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_active": is_active,
                "is_ephemeral": is_ephemeral,
                "model": model,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if last_message_id is not UNSET:
            field_dict["last_message_id"] = last_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection  # noqa: PLC0415
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_ephemeral = d.pop("is_ephemeral")

        def _parse_model(
            data: object,
        ) -> BuiltInProviderModelSelection | CustomProviderModelSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_model_selection_type_0 = (
                    CustomProviderModelSelection.from_dict(data)
                )

                return componentsschemas_agent_model_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_agent_model_selection_type_1 = (
                BuiltInProviderModelSelection.from_dict(data)
            )

            return componentsschemas_agent_model_selection_type_1

        model = _parse_model(d.pop("model"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_message_id = _parse_last_message_id(d.pop("last_message_id", UNSET))

        agent_session_data = cls(
            created_at=created_at,
            id=id,
            is_active=is_active,
            is_ephemeral=is_ephemeral,
            model=model,
            title=title,
            updated_at=updated_at,
            last_message_id=last_message_id,
        )

        agent_session_data.additional_properties = d
        return agent_session_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection
    from ..models.custom_provider_model_selection import CustomProviderModelSelection


T = TypeVar("T", bound="CreateAgentSessionRequestBody")


@_attrs_define
class CreateAgentSessionRequestBody:
    """Request body for creating a persisted agent session.

    Attributes:
        model (BuiltInProviderModelSelection | CustomProviderModelSelection):
        is_ephemeral (bool | Unset): Whether the session should expire after a period of inactivity. Default: False.
        title (str | Unset): Optional initial title. Default: ''.
    """

    model: BuiltInProviderModelSelection | CustomProviderModelSelection
    is_ephemeral: bool | Unset = False
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415

        model: dict[str, Any]
        if isinstance(self.model, CustomProviderModelSelection):
            model = self.model.to_dict()
        else:
            model = self.model.to_dict()

        is_ephemeral = self.is_ephemeral

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if is_ephemeral is not UNSET:
            field_dict["is_ephemeral"] = is_ephemeral
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.built_in_provider_model_selection import BuiltInProviderModelSelection  # noqa: PLC0415
        from ..models.custom_provider_model_selection import CustomProviderModelSelection  # noqa: PLC0415

        d = dict(src_dict)

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

        is_ephemeral = d.pop("is_ephemeral", UNSET)

        title = d.pop("title", UNSET)

        create_agent_session_request_body = cls(
            model=model,
            is_ephemeral=is_ephemeral,
            title=title,
        )

        create_agent_session_request_body.additional_properties = d
        return create_agent_session_request_body

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

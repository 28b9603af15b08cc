from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.text_ui_part_state_type_0 import TextUIPartStateType0, check_text_ui_part_state_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_ui_part_provider_metadata_type_0 import TextUIPartProviderMetadataType0


T = TypeVar("T", bound="TextUIPart")


@_attrs_define
class TextUIPart:
    """A text part of a message.

    Attributes:
        text (str):
        provider_metadata (None | TextUIPartProviderMetadataType0 | Unset):
        state (None | TextUIPartStateType0 | Unset):
        type_ (Literal['text'] | Unset):  Default: 'text'.
    """

    text: str
    provider_metadata: None | TextUIPartProviderMetadataType0 | Unset = UNSET
    state: None | TextUIPartStateType0 | Unset = UNSET
    type_: Literal["text"] | Unset = "text"

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_ui_part_provider_metadata_type_0 import TextUIPartProviderMetadataType0  # noqa: PLC0415

        text = self.text

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, TextUIPartProviderMetadataType0):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if provider_metadata is not UNSET:
            field_dict["providerMetadata"] = provider_metadata
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_ui_part_provider_metadata_type_0 import TextUIPartProviderMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        def _parse_provider_metadata(
            data: object,
        ) -> None | TextUIPartProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_metadata_type_0 = TextUIPartProviderMetadataType0.from_dict(data)

                return provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextUIPartProviderMetadataType0 | Unset, data)

        provider_metadata = _parse_provider_metadata(d.pop("providerMetadata", UNSET))

        def _parse_state(data: object) -> None | TextUIPartStateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_text_ui_part_state_type_0(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextUIPartStateType0 | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        type_ = cast(Literal["text"] | Unset, d.pop("type", UNSET))
        if type_ != "text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text_ui_part = cls(
            text=text,
            provider_metadata=provider_metadata,
            state=state,
            type_=type_,
        )

        return text_ui_part

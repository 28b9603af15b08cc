from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_url_ui_part_provider_metadata_type_0 import (
        SourceUrlUIPartProviderMetadataType0,
    )


T = TypeVar("T", bound="SourceUrlUIPart")


@_attrs_define
class SourceUrlUIPart:
    """A source part of a message.

    Attributes:
        source_id (str):
        url (str):
        provider_metadata (None | SourceUrlUIPartProviderMetadataType0 | Unset):
        title (None | str | Unset):
        type_ (Literal['source-url'] | Unset):  Default: 'source-url'.
    """

    source_id: str
    url: str
    provider_metadata: None | SourceUrlUIPartProviderMetadataType0 | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: Literal["source-url"] | Unset = "source-url"

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_url_ui_part_provider_metadata_type_0 import (
            SourceUrlUIPartProviderMetadataType0,  # noqa: PLC0415
        )

        source_id = self.source_id

        url = self.url

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, SourceUrlUIPartProviderMetadataType0):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sourceId": source_id,
                "url": url,
            }
        )
        if provider_metadata is not UNSET:
            field_dict["providerMetadata"] = provider_metadata
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_url_ui_part_provider_metadata_type_0 import (
            SourceUrlUIPartProviderMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        source_id = d.pop("sourceId")

        url = d.pop("url")

        def _parse_provider_metadata(
            data: object,
        ) -> None | SourceUrlUIPartProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_metadata_type_0 = SourceUrlUIPartProviderMetadataType0.from_dict(data)

                return provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceUrlUIPartProviderMetadataType0 | Unset, data)

        provider_metadata = _parse_provider_metadata(d.pop("providerMetadata", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        type_ = cast(Literal["source-url"] | Unset, d.pop("type", UNSET))
        if type_ != "source-url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'source-url', got '{type_}'")

        source_url_ui_part = cls(
            source_id=source_id,
            url=url,
            provider_metadata=provider_metadata,
            title=title,
            type_=type_,
        )

        return source_url_ui_part

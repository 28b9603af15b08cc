from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_document_ui_part_provider_metadata_type_0 import (
        SourceDocumentUIPartProviderMetadataType0,
    )


T = TypeVar("T", bound="SourceDocumentUIPart")


@_attrs_define
class SourceDocumentUIPart:
    """A document source part of a message.

    Attributes:
        media_type (str):
        source_id (str):
        title (str):
        filename (None | str | Unset):
        provider_metadata (None | SourceDocumentUIPartProviderMetadataType0 | Unset):
        type_ (Literal['source-document'] | Unset):  Default: 'source-document'.
    """

    media_type: str
    source_id: str
    title: str
    filename: None | str | Unset = UNSET
    provider_metadata: None | SourceDocumentUIPartProviderMetadataType0 | Unset = UNSET
    type_: Literal["source-document"] | Unset = "source-document"

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_document_ui_part_provider_metadata_type_0 import (
            SourceDocumentUIPartProviderMetadataType0,  # noqa: PLC0415
        )

        media_type = self.media_type

        source_id = self.source_id

        title = self.title

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, SourceDocumentUIPartProviderMetadataType0):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mediaType": media_type,
                "sourceId": source_id,
                "title": title,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if provider_metadata is not UNSET:
            field_dict["providerMetadata"] = provider_metadata
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_document_ui_part_provider_metadata_type_0 import (
            SourceDocumentUIPartProviderMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        media_type = d.pop("mediaType")

        source_id = d.pop("sourceId")

        title = d.pop("title")

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_provider_metadata(
            data: object,
        ) -> None | SourceDocumentUIPartProviderMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_metadata_type_0 = SourceDocumentUIPartProviderMetadataType0.from_dict(data)

                return provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceDocumentUIPartProviderMetadataType0 | Unset, data)

        provider_metadata = _parse_provider_metadata(d.pop("providerMetadata", UNSET))

        type_ = cast(Literal["source-document"] | Unset, d.pop("type", UNSET))
        if type_ != "source-document" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'source-document', got '{type_}'")

        source_document_ui_part = cls(
            media_type=media_type,
            source_id=source_id,
            title=title,
            filename=filename,
            provider_metadata=provider_metadata,
            type_=type_,
        )

        return source_document_ui_part

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_ui_part_provider_metadata_type_0 import FileUIPartProviderMetadataType0


T = TypeVar("T", bound="FileUIPart")


@_attrs_define
class FileUIPart:
    """A file part of a message.

    Attributes:
        media_type (str):
        url (str):
        filename (None | str | Unset):
        provider_metadata (FileUIPartProviderMetadataType0 | None | Unset):
        type_ (Literal['file'] | Unset):  Default: 'file'.
    """

    media_type: str
    url: str
    filename: None | str | Unset = UNSET
    provider_metadata: FileUIPartProviderMetadataType0 | None | Unset = UNSET
    type_: Literal["file"] | Unset = "file"

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_ui_part_provider_metadata_type_0 import FileUIPartProviderMetadataType0  # noqa: PLC0415

        media_type = self.media_type

        url = self.url

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        provider_metadata: dict[str, Any] | None | Unset
        if isinstance(self.provider_metadata, Unset):
            provider_metadata = UNSET
        elif isinstance(self.provider_metadata, FileUIPartProviderMetadataType0):
            provider_metadata = self.provider_metadata.to_dict()
        else:
            provider_metadata = self.provider_metadata

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mediaType": media_type,
                "url": url,
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
        from ..models.file_ui_part_provider_metadata_type_0 import FileUIPartProviderMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        media_type = d.pop("mediaType")

        url = d.pop("url")

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_provider_metadata(
            data: object,
        ) -> FileUIPartProviderMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_metadata_type_0 = FileUIPartProviderMetadataType0.from_dict(data)

                return provider_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileUIPartProviderMetadataType0 | None | Unset, data)

        provider_metadata = _parse_provider_metadata(d.pop("providerMetadata", UNSET))

        type_ = cast(Literal["file"] | Unset, d.pop("type", UNSET))
        if type_ != "file" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_ui_part = cls(
            media_type=media_type,
            url=url,
            filename=filename,
            provider_metadata=provider_metadata,
            type_=type_,
        )

        return file_ui_part

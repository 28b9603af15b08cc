from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_annotation_annotator_kind import (
    SessionAnnotationAnnotatorKind,
    check_session_annotation_annotator_kind,
)
from ..models.session_annotation_source import (
    SessionAnnotationSource,
    check_session_annotation_source,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_result import AnnotationResult
    from ..models.session_annotation_metadata_type_0 import SessionAnnotationMetadataType0


T = TypeVar("T", bound="SessionAnnotation")
_FIELDS = frozenset(
    {
        "annotator_kind",
        "created_at",
        "id",
        "name",
        "session_id",
        "source",
        "updated_at",
        "user_id",
        "identifier",
        "metadata",
        "result",
    }
)


@_attrs_define
class SessionAnnotation:
    """
    Attributes:
        annotator_kind (SessionAnnotationAnnotatorKind): The kind of annotator used for the annotation
        created_at (datetime.datetime):
        id (str):
        name (str): The name of the annotation
        session_id (str): Session ID
        source (SessionAnnotationSource):
        updated_at (datetime.datetime):
        user_id (None | str):
        identifier (str | Unset): The identifier of the annotation. If provided, the annotation will be updated if it
            already exists. Default: ''.
        metadata (None | SessionAnnotationMetadataType0 | Unset): Metadata for the annotation
        result (AnnotationResult | None | Unset): The result of the annotation
    """

    annotator_kind: SessionAnnotationAnnotatorKind
    created_at: datetime.datetime
    id: str
    name: str
    session_id: str
    source: SessionAnnotationSource
    updated_at: datetime.datetime
    user_id: None | str
    identifier: str | Unset = ""
    metadata: None | SessionAnnotationMetadataType0 | Unset = UNSET
    result: AnnotationResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        annotator_kind: str = self.annotator_kind

        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        session_id = self.session_id

        source: str = self.source

        updated_at = self.updated_at.isoformat()

        user_id: None | str
        user_id = self.user_id

        identifier = self.identifier

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SessionAnnotationMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, AnnotationResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotator_kind": annotator_kind,
                "created_at": created_at,
                "id": id,
                "name": name,
                "session_id": session_id,
                "source": source,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        annotator_kind = check_session_annotation_annotator_kind(d["annotator_kind"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        session_id = d["session_id"]

        source = check_session_annotation_source(d["source"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        user_id: None | str = d["user_id"]

        identifier = d.get("identifier", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        result = _parse_result(d.get("result", UNSET))

        session_annotation = cls(
            annotator_kind,
            created_at,
            id,
            name,
            session_id,
            source,
            updated_at,
            user_id,
            identifier,
            metadata,
            result,
        )

        if not d.keys() <= _FIELDS:
            session_annotation.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return session_annotation

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


def _parse_metadata(data: object) -> None | SessionAnnotationMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = SessionAnnotationMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SessionAnnotationMetadataType0 | Unset, data)


def _parse_result(data: object) -> AnnotationResult | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        result_type_0 = AnnotationResult.from_dict(data)

        return result_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AnnotationResult | None | Unset, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, AnnotationResult, SessionAnnotationMetadataType0
    from ..models.annotation_result import AnnotationResult  # noqa: PLC0415
    from ..models.session_annotation_metadata_type_0 import SessionAnnotationMetadataType0  # noqa: PLC0415

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="BodyUploadCsvDatasetsIdDatapointsCsvPost")
_FIELDS = frozenset(
    {
        "commit_message",
        "file",
    }
)


@_attrs_define
class BodyUploadCsvDatasetsIdDatapointsCsvPost:
    """
    Attributes:
        commit_message (str): Commit message for the new Dataset version.
        file (File): A CSV file containing Datapoints to be added to the Dataset.
    """

    commit_message: str
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit_message = self.commit_message

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_message": commit_message,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("commit_message", (None, str(self.commit_message).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        commit_message = d["commit_message"]

        file = File(payload=BytesIO(d["file"]))

        body_upload_csv_datasets_id_datapoints_csv_post = cls(
            commit_message,
            file,
        )

        if not d.keys() <= _FIELDS:
            body_upload_csv_datasets_id_datapoints_csv_post.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return body_upload_csv_datasets_id_datapoints_csv_post

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

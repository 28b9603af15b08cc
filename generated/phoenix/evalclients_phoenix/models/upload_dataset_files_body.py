from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_dataset_files_body_action import (
    UploadDatasetFilesBodyAction,
    check_upload_dataset_files_body_action,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadDatasetFilesBody")
_FIELDS = frozenset(
    {
        "file",
        "input_keys[]",
        "name",
        "output_keys[]",
        "action",
        "description",
        "example_id_key",
        "flatten_keys[]",
        "metadata_keys[]",
        "span_id_key",
        "split_key",
        "split_keys[]",
    }
)


@_attrs_define
class UploadDatasetFilesBody:
    """
    Attributes:
        file (File):
        input_keys (list[str]):
        name (str):
        output_keys (list[str]):
        action (UploadDatasetFilesBodyAction | Unset):
        description (str | Unset):
        example_id_key (str | Unset): Column name containing stable IDs for examples. When provided, examples with
            matching IDs are updated in place when their content changes.
        flatten_keys (list[str] | Unset): Column names whose object values should be flattened into their selected
            bucket
        metadata_keys (list[str] | Unset):
        span_id_key (str | Unset): Column name for span IDs to link examples back to spans
        split_key (str | Unset): Single column name containing split names (plain string or JSON list) per row
        split_keys (list[str] | Unset): Deprecated: use split_key instead. Column names for auto-assigning examples to
            splits
    """

    file: File
    input_keys: list[str]
    name: str
    output_keys: list[str]
    action: UploadDatasetFilesBodyAction | Unset = UNSET
    description: str | Unset = UNSET
    example_id_key: str | Unset = UNSET
    flatten_keys: list[str] | Unset = UNSET
    metadata_keys: list[str] | Unset = UNSET
    span_id_key: str | Unset = UNSET
    split_key: str | Unset = UNSET
    split_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        input_keys = self.input_keys

        name = self.name

        output_keys = self.output_keys

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        description = self.description

        example_id_key = self.example_id_key

        flatten_keys: list[str] | Unset = UNSET
        if not isinstance(self.flatten_keys, Unset):
            flatten_keys = self.flatten_keys

        metadata_keys: list[str] | Unset = UNSET
        if not isinstance(self.metadata_keys, Unset):
            metadata_keys = self.metadata_keys

        span_id_key = self.span_id_key

        split_key = self.split_key

        split_keys: list[str] | Unset = UNSET
        if not isinstance(self.split_keys, Unset):
            split_keys = self.split_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "input_keys[]": input_keys,
                "name": name,
                "output_keys[]": output_keys,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if description is not UNSET:
            field_dict["description"] = description
        if example_id_key is not UNSET:
            field_dict["example_id_key"] = example_id_key
        if flatten_keys is not UNSET:
            field_dict["flatten_keys[]"] = flatten_keys
        if metadata_keys is not UNSET:
            field_dict["metadata_keys[]"] = metadata_keys
        if span_id_key is not UNSET:
            field_dict["span_id_key"] = span_id_key
        if split_key is not UNSET:
            field_dict["split_key"] = split_key
        if split_keys is not UNSET:
            field_dict["split_keys[]"] = split_keys

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for input_keys_item_element in self.input_keys:
            files.append(
                ("input_keys[]", (None, str(input_keys_item_element).encode(), "text/plain"))
            )

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for output_keys_item_element in self.output_keys:
            files.append(
                ("output_keys[]", (None, str(output_keys_item_element).encode(), "text/plain"))
            )

        if not isinstance(self.action, Unset):
            files.append(("action", (None, str(self.action).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.example_id_key, Unset):
            files.append(
                ("example_id_key", (None, str(self.example_id_key).encode(), "text/plain"))
            )

        if not isinstance(self.flatten_keys, Unset):
            for flatten_keys_item_element in self.flatten_keys:
                files.append(
                    (
                        "flatten_keys[]",
                        (None, str(flatten_keys_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.metadata_keys, Unset):
            for metadata_keys_item_element in self.metadata_keys:
                files.append(
                    (
                        "metadata_keys[]",
                        (None, str(metadata_keys_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.span_id_key, Unset):
            files.append(("span_id_key", (None, str(self.span_id_key).encode(), "text/plain")))

        if not isinstance(self.split_key, Unset):
            files.append(("split_key", (None, str(self.split_key).encode(), "text/plain")))

        if not isinstance(self.split_keys, Unset):
            for split_keys_item_element in self.split_keys:
                files.append(
                    ("split_keys[]", (None, str(split_keys_item_element).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        input_keys: list[str] = d["input_keys[]"]

        name = d["name"]

        output_keys: list[str] = d["output_keys[]"]

        _action = d.get("action", UNSET)
        action: UploadDatasetFilesBodyAction | Unset
        if _action is UNSET:
            action = UNSET
        else:
            action = check_upload_dataset_files_body_action(_action)

        description = d.get("description", UNSET)

        example_id_key = d.get("example_id_key", UNSET)

        flatten_keys: list[str] = d.get("flatten_keys[]", UNSET)

        metadata_keys: list[str] = d.get("metadata_keys[]", UNSET)

        span_id_key = d.get("span_id_key", UNSET)

        split_key = d.get("split_key", UNSET)

        split_keys: list[str] = d.get("split_keys[]", UNSET)

        upload_dataset_files_body = cls(
            file,
            input_keys,
            name,
            output_keys,
            action,
            description,
            example_id_key,
            flatten_keys,
            metadata_keys,
            span_id_key,
            split_key,
            split_keys,
        )

        if not d.keys() <= _FIELDS:
            upload_dataset_files_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return upload_dataset_files_body

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

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.upload_dataset_files_body_action import (
    UploadDatasetFilesBodyAction,
    check_upload_dataset_files_body_action,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadDatasetFilesBody")
_new = object.__new__
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


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("file", "file", True, 0, "file = File(\n     payload = BytesIO(_j_file)\n)"),
    (
        "input_keys[]",
        "input_keys",
        True,
        0,
        "input_keys: list[str] = _j_input_keys\n\nif not ((type(input_keys) is list and _strs(input_keys))):\n    raise TypeError",
    ),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "output_keys[]",
        "output_keys",
        True,
        0,
        "output_keys: list[str] = _j_output_keys\n\nif not ((type(output_keys) is list and _strs(output_keys))):\n    raise TypeError",
    ),
    (
        "action",
        "action",
        False,
        0,
        "_action = _j_action\naction: UploadDatasetFilesBodyAction | Unset\nif _action is UNSET:\n    action = UNSET\nelse:\n    action = check_upload_dataset_files_body_action(_action)",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description = _j_description\nif not (type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "example_id_key",
        "example_id_key",
        False,
        0,
        "example_id_key = _j_example_id_key\nif not (type(example_id_key) is str or example_id_key is UNSET):\n    raise TypeError",
    ),
    (
        "flatten_keys[]",
        "flatten_keys",
        False,
        0,
        "flatten_keys: list[str] = _j_flatten_keys\n\nif not ((type(flatten_keys) is list and _strs(flatten_keys)) or flatten_keys is UNSET):\n    raise TypeError",
    ),
    (
        "metadata_keys[]",
        "metadata_keys",
        False,
        0,
        "metadata_keys: list[str] = _j_metadata_keys\n\nif not ((type(metadata_keys) is list and _strs(metadata_keys)) or metadata_keys is UNSET):\n    raise TypeError",
    ),
    (
        "span_id_key",
        "span_id_key",
        False,
        0,
        "span_id_key = _j_span_id_key\nif not (type(span_id_key) is str or span_id_key is UNSET):\n    raise TypeError",
    ),
    (
        "split_key",
        "split_key",
        False,
        0,
        "split_key = _j_split_key\nif not (type(split_key) is str or split_key is UNSET):\n    raise TypeError",
    ),
    (
        "split_keys[]",
        "split_keys",
        False,
        0,
        "split_keys: list[str] = _j_split_keys\n\nif not ((type(split_keys) is list and _strs(split_keys)) or split_keys is UNSET):\n    raise TypeError",
    ),
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

    file: File | Unset
    input_keys: list[str] | Unset
    name: str | Unset
    output_keys: list[str] | Unset
    action: UploadDatasetFilesBodyAction | Unset = UNSET
    description: str | Unset = UNSET
    example_id_key: str | Unset = UNSET
    flatten_keys: list[str] | Unset = UNSET
    metadata_keys: list[str] | Unset = UNSET
    span_id_key: str | Unset = UNSET
    split_key: str | Unset = UNSET
    split_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            file = self.file.to_tuple()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            file = _as_json(self.file)

        try:
            input_keys = self.input_keys

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_keys = _as_json(self.input_keys)

        name = self.name

        try:
            output_keys = self.output_keys

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            output_keys = _as_json(self.output_keys)

        try:
            action: str | Unset = UNSET
            if not isinstance(self.action, Unset):
                action = self.action

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            action = _as_json(self.action)

        description = self.description

        example_id_key = self.example_id_key

        try:
            flatten_keys: list[str] | Unset = UNSET
            if not isinstance(self.flatten_keys, Unset):
                flatten_keys = self.flatten_keys

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            flatten_keys = _as_json(self.flatten_keys)

        try:
            metadata_keys: list[str] | Unset = UNSET
            if not isinstance(self.metadata_keys, Unset):
                metadata_keys = self.metadata_keys

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata_keys = _as_json(self.metadata_keys)

        span_id_key = self.span_id_key

        split_key = self.split_key

        try:
            split_keys: list[str] | Unset = UNSET
            if not isinstance(self.split_keys, Unset):
                split_keys = self.split_keys

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            split_keys = _as_json(self.split_keys)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 1, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            file = File(payload=BytesIO(d["file"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            file, _drifted = _keep(cls, d, "file", "File", "type", _drifted)

        try:
            input_keys: list[str] = d["input_keys[]"]

            if not (type(input_keys) is list and _strs(input_keys)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            input_keys, _drifted = _keep(cls, d, "input_keys[]", "list[str]", "type", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            output_keys: list[str] = d["output_keys[]"]

            if not (type(output_keys) is list and _strs(output_keys)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            output_keys, _drifted = _keep(cls, d, "output_keys[]", "list[str]", "type", _drifted)

        try:
            _action = d.get("action", UNSET)
            action: UploadDatasetFilesBodyAction | Unset
            if _action is UNSET:
                action = UNSET
            else:
                action = check_upload_dataset_files_body_action(_action)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            action, _drifted = _keep(
                cls, d, "action", "one of append, create, update", "enum", _drifted
            )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        try:
            example_id_key = d.get("example_id_key", UNSET)
            if not (type(example_id_key) is str or example_id_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_id_key, _drifted = _keep(cls, d, "example_id_key", "str", "type", _drifted)

        try:
            flatten_keys: list[str] = d.get("flatten_keys[]", UNSET)

            if not ((type(flatten_keys) is list and _strs(flatten_keys)) or flatten_keys is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            flatten_keys, _drifted = _keep(cls, d, "flatten_keys[]", "list[str]", "type", _drifted)

        try:
            metadata_keys: list[str] = d.get("metadata_keys[]", UNSET)

            if not (
                (type(metadata_keys) is list and _strs(metadata_keys)) or metadata_keys is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            metadata_keys, _drifted = _keep(
                cls, d, "metadata_keys[]", "list[str]", "type", _drifted
            )

        try:
            span_id_key = d.get("span_id_key", UNSET)
            if not (type(span_id_key) is str or span_id_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_id_key, _drifted = _keep(cls, d, "span_id_key", "str", "type", _drifted)

        try:
            split_key = d.get("split_key", UNSET)
            if not (type(split_key) is str or split_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_key, _drifted = _keep(cls, d, "split_key", "str", "type", _drifted)

        try:
            split_keys: list[str] = d.get("split_keys[]", UNSET)

            if not ((type(split_keys) is list and _strs(split_keys)) or split_keys is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            split_keys, _drifted = _keep(cls, d, "split_keys[]", "list[str]", "type", _drifted)

        _upload_dataset_files_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _upload_dataset_files_body_.file = file
        _upload_dataset_files_body_.input_keys = input_keys
        _upload_dataset_files_body_.name = name
        _upload_dataset_files_body_.output_keys = output_keys
        _upload_dataset_files_body_.action = action
        _upload_dataset_files_body_.description = description
        _upload_dataset_files_body_.example_id_key = example_id_key
        _upload_dataset_files_body_.flatten_keys = flatten_keys
        _upload_dataset_files_body_.metadata_keys = metadata_keys
        _upload_dataset_files_body_.span_id_key = span_id_key
        _upload_dataset_files_body_.split_key = split_key
        _upload_dataset_files_body_.split_keys = split_keys
        _upload_dataset_files_body_.additional_properties = {}

        if _extra:
            _upload_dataset_files_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_upload_dataset_files_body_, _drifted)
        return _upload_dataset_files_body_

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

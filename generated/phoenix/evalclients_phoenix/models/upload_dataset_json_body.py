from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.upload_dataset_json_body_action import (
    UploadDatasetJsonBodyAction,
    check_upload_dataset_json_body_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_dataset_json_body_inputs_item import UploadDatasetJsonBodyInputsItem
    from ..models.upload_dataset_json_body_metadata_item import UploadDatasetJsonBodyMetadataItem
    from ..models.upload_dataset_json_body_outputs_item import UploadDatasetJsonBodyOutputsItem


T = TypeVar("T", bound="UploadDatasetJsonBody")
_new = object.__new__
_FIELDS = frozenset(
    {
        "inputs",
        "name",
        "action",
        "description",
        "example_ids",
        "metadata",
        "outputs",
        "span_ids",
        "splits",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("inputs", "_inputs_slot", True, 1, ""),
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "action",
        "action",
        False,
        0,
        "_action = _j_action\naction: UploadDatasetJsonBodyAction | Unset\nif _action is UNSET:\n    action = UNSET\nelse:\n    action = check_upload_dataset_json_body_action(_action)",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description = _j_description\nif not (type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    (
        "example_ids",
        "example_ids",
        False,
        0,
        "_example_ids = _j_example_ids\nexample_ids: list[None | str] | Unset = UNSET\nif _example_ids is not UNSET:\n    example_ids = []\n    for example_ids_item_data in _example_ids:\n        example_ids_item: None | str = example_ids_item_data\n\n        example_ids.append(example_ids_item)",
    ),
    ("metadata", "_metadata_slot", False, 2, ""),
    ("outputs", "_outputs_slot", False, 4, ""),
    (
        "span_ids",
        "span_ids",
        False,
        0,
        "_span_ids = _j_span_ids\nspan_ids: list[None | str] | Unset = UNSET\nif _span_ids is not UNSET:\n    span_ids = []\n    for span_ids_item_data in _span_ids:\n        span_ids_item: None | str = span_ids_item_data\n\n        span_ids.append(span_ids_item)",
    ),
    (
        "splits",
        "splits",
        False,
        0,
        "_splits = _j_splits\nsplits: list[list[str] | None | str] | Unset = UNSET\nif _splits is not UNSET:\n    splits = []\n    for splits_item_data in _splits:\n        def _parse_splits_item(data: object) -\u003e list[str] | None | str:\n            if data is None:\n                return data\n            try:\n                if not isinstance(data, list):\n                    raise TypeError()\n                splits_item_type_1: list[str] = data\n\n                return splits_item_type_1\n            except (TypeError, ValueError, AttributeError, KeyError):\n                pass\n            return cast(list[str] | None | str, data)\n\n        splits_item = _parse_splits_item(splits_item_data)\n\n        splits.append(splits_item)",
    ),
)


@_attrs_define
class UploadDatasetJsonBody:
    """
    Attributes:
        inputs (list[UploadDatasetJsonBodyInputsItem]):
        name (str):
        action (UploadDatasetJsonBodyAction | Unset):
        description (str | Unset):
        example_ids (list[None | str] | Unset): Optional example ID per example. If provided, it is used as the
            example's stable public ID.
        metadata (list[UploadDatasetJsonBodyMetadataItem] | Unset):
        outputs (list[UploadDatasetJsonBodyOutputsItem] | Unset):
        span_ids (list[None | str] | Unset): Span IDs to link examples back to spans
        splits (list[list[str] | None | str] | Unset): Split per example: string, string array, or null
    """

    inputs: list[UploadDatasetJsonBodyInputsItem] | Unset
    name: str | Unset
    action: UploadDatasetJsonBodyAction | Unset = UNSET
    description: str | Unset = UNSET
    example_ids: list[None | str] | Unset = UNSET
    metadata: list[UploadDatasetJsonBodyMetadataItem] | Unset = UNSET
    outputs: list[UploadDatasetJsonBodyOutputsItem] | Unset = UNSET
    span_ids: list[None | str] | Unset = UNSET
    splits: list[list[str] | None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            inputs = _as_json(self.inputs)

        name = self.name

        try:
            action: str | Unset = UNSET
            if not isinstance(self.action, Unset):
                action = self.action

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            action = _as_json(self.action)

        description = self.description

        try:
            example_ids: list[None | str] | Unset = UNSET
            if not isinstance(self.example_ids, Unset):
                example_ids = []
                for example_ids_item_data in self.example_ids:
                    example_ids_item: None | str
                    example_ids_item = example_ids_item_data
                    example_ids.append(example_ids_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            example_ids = _as_json(self.example_ids)

        try:
            metadata: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = []
                for metadata_item_data in self.metadata:
                    metadata_item = metadata_item_data.to_dict()
                    metadata.append(metadata_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            outputs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.outputs, Unset):
                outputs = []
                for outputs_item_data in self.outputs:
                    outputs_item = outputs_item_data.to_dict()
                    outputs.append(outputs_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            outputs = _as_json(self.outputs)

        try:
            span_ids: list[None | str] | Unset = UNSET
            if not isinstance(self.span_ids, Unset):
                span_ids = []
                for span_ids_item_data in self.span_ids:
                    span_ids_item: None | str
                    span_ids_item = span_ids_item_data
                    span_ids.append(span_ids_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            span_ids = _as_json(self.span_ids)

        try:
            splits: list[list[str] | None | str] | Unset = UNSET
            if not isinstance(self.splits, Unset):
                splits = []
                for splits_item_data in self.splits:
                    splits_item: list[str] | None | str
                    if isinstance(splits_item_data, list):
                        splits_item = splits_item_data

                    else:
                        splits_item = splits_item_data
                    splits.append(splits_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            splits = _as_json(self.splits)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
                "name": name,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if description is not UNSET:
            field_dict["description"] = description
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if span_ids is not UNSET:
            field_dict["span_ids"] = span_ids
        if splits is not UNSET:
            field_dict["splits"] = splits

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _inputs_raw = d.get("inputs", UNSET)
        if _inputs_raw is not UNSET and not _strict:
            inputs = _inputs_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                inputs = [
                    UploadDatasetJsonBodyInputsItem.from_dict(inputs_item_data)
                    for inputs_item_data in d["inputs"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                inputs, _drifted = _keep_each(
                    cls,
                    d,
                    "inputs",
                    "list[UploadDatasetJsonBodyInputsItem]",
                    "type",
                    lambda inputs_item_data: UploadDatasetJsonBodyInputsItem.from_dict(
                        inputs_item_data
                    ),
                    _drifted,
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            _action = d.get("action", UNSET)
            action: UploadDatasetJsonBodyAction | Unset
            if _action is UNSET:
                action = UNSET
            else:
                action = check_upload_dataset_json_body_action(_action)
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
            _example_ids = d.get("example_ids", UNSET)
            example_ids: list[None | str] | Unset = UNSET
            if _example_ids is not UNSET:
                example_ids = []
                for example_ids_item_data in _example_ids:
                    example_ids_item: None | str = example_ids_item_data

                    example_ids.append(example_ids_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            example_ids, _drifted = _keep(
                cls, d, "example_ids", "list[None | str]", "type", _drifted
            )

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: list[UploadDatasetJsonBodyMetadataItem] | Unset = UNSET
                if _metadata is not UNSET:
                    metadata = [
                        UploadDatasetJsonBodyMetadataItem.from_dict(metadata_item_data)
                        for metadata_item_data in _metadata
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep_each(
                    cls,
                    d,
                    "metadata",
                    "list[UploadDatasetJsonBodyMetadataItem]",
                    "type",
                    lambda metadata_item_data: UploadDatasetJsonBodyMetadataItem.from_dict(
                        metadata_item_data
                    ),
                    _drifted,
                )

        _outputs_raw = d.get("outputs", UNSET)
        if _outputs_raw is UNSET:
            outputs = UNSET
        elif not _strict:
            outputs = _outputs_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _outputs = d.get("outputs", UNSET)
                outputs: list[UploadDatasetJsonBodyOutputsItem] | Unset = UNSET
                if _outputs is not UNSET:
                    outputs = [
                        UploadDatasetJsonBodyOutputsItem.from_dict(outputs_item_data)
                        for outputs_item_data in _outputs
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                outputs, _drifted = _keep_each(
                    cls,
                    d,
                    "outputs",
                    "list[UploadDatasetJsonBodyOutputsItem]",
                    "type",
                    lambda outputs_item_data: UploadDatasetJsonBodyOutputsItem.from_dict(
                        outputs_item_data
                    ),
                    _drifted,
                )

        try:
            _span_ids = d.get("span_ids", UNSET)
            span_ids: list[None | str] | Unset = UNSET
            if _span_ids is not UNSET:
                span_ids = []
                for span_ids_item_data in _span_ids:
                    span_ids_item: None | str = span_ids_item_data

                    span_ids.append(span_ids_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            span_ids, _drifted = _keep(cls, d, "span_ids", "list[None | str]", "type", _drifted)

        try:
            _splits = d.get("splits", UNSET)
            splits: list[list[str] | None | str] | Unset = UNSET
            if _splits is not UNSET:
                splits = []
                for splits_item_data in _splits:

                    def _parse_splits_item(data: object) -> list[str] | None | str:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            splits_item_type_1: list[str] = data

                            return splits_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[str] | None | str, data)

                    splits_item = _parse_splits_item(splits_item_data)

                    splits.append(splits_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(splits_item_data: Any) -> Any:
                def _parse_splits_item(data: object) -> list[str] | None | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        splits_item_type_1: list[str] = data

                        return splits_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(list[str] | None | str, data)

                splits_item = _parse_splits_item(splits_item_data)
                return splits_item

            splits, _drifted = _keep_each(
                cls, d, "splits", "list[list[str] | None | str]", "type", _each, _drifted
            )

        _upload_dataset_json_body_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _upload_dataset_json_body_._inputs_slot = inputs  # type: ignore[attr-defined]
        _upload_dataset_json_body_.name = name
        _upload_dataset_json_body_.action = action
        _upload_dataset_json_body_.description = description
        _upload_dataset_json_body_.example_ids = example_ids
        _upload_dataset_json_body_._metadata_slot = metadata  # type: ignore[attr-defined]
        _upload_dataset_json_body_._outputs_slot = outputs  # type: ignore[attr-defined]
        _upload_dataset_json_body_.span_ids = span_ids
        _upload_dataset_json_body_.splits = splits
        _upload_dataset_json_body_.additional_properties = {}
        _upload_dataset_json_body_._pending = _pending

        if _extra:
            _upload_dataset_json_body_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_upload_dataset_json_body_, _drifted)
        return _upload_dataset_json_body_

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


def _decode_inputs(self: UploadDatasetJsonBody, raw: Any) -> Any:
    """``inputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        inputs = [
            UploadDatasetJsonBodyInputsItem.from_dict(inputs_item_data) for inputs_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        inputs, _drifted = _keep_each(
            type(self),
            {"inputs": raw},
            "inputs",
            "list[UploadDatasetJsonBodyInputsItem]",
            "type",
            lambda inputs_item_data: UploadDatasetJsonBodyInputsItem.from_dict(inputs_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return inputs


_lazy(UploadDatasetJsonBody, "inputs", 1, _decode_inputs)


def _decode_metadata(self: UploadDatasetJsonBody, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: list[UploadDatasetJsonBodyMetadataItem] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = [
                UploadDatasetJsonBodyMetadataItem.from_dict(metadata_item_data)
                for metadata_item_data in _metadata
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep_each(
            type(self),
            {"metadata": raw},
            "metadata",
            "list[UploadDatasetJsonBodyMetadataItem]",
            "type",
            lambda metadata_item_data: UploadDatasetJsonBodyMetadataItem.from_dict(
                metadata_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(UploadDatasetJsonBody, "metadata", 2, _decode_metadata)


def _decode_outputs(self: UploadDatasetJsonBody, raw: Any) -> Any:
    """``outputs`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _outputs = raw
        outputs: list[UploadDatasetJsonBodyOutputsItem] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = [
                UploadDatasetJsonBodyOutputsItem.from_dict(outputs_item_data)
                for outputs_item_data in _outputs
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        outputs, _drifted = _keep_each(
            type(self),
            {"outputs": raw},
            "outputs",
            "list[UploadDatasetJsonBodyOutputsItem]",
            "type",
            lambda outputs_item_data: UploadDatasetJsonBodyOutputsItem.from_dict(outputs_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return outputs


_lazy(UploadDatasetJsonBody, "outputs", 4, _decode_outputs)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        UploadDatasetJsonBodyInputsItem, \
        UploadDatasetJsonBodyMetadataItem, \
        UploadDatasetJsonBodyOutputsItem
    from ..models.upload_dataset_json_body_inputs_item import UploadDatasetJsonBodyInputsItem  # noqa: PLC0415
    from ..models.upload_dataset_json_body_metadata_item import UploadDatasetJsonBodyMetadataItem  # noqa: PLC0415
    from ..models.upload_dataset_json_body_outputs_item import UploadDatasetJsonBodyOutputsItem  # noqa: PLC0415

    _LAZY_PENDING = False

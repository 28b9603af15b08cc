from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_example_input import DatasetExampleInput
    from ..models.dataset_example_metadata import DatasetExampleMetadata
    from ..models.dataset_example_output import DatasetExampleOutput
    from ..models.dataset_example_source import DatasetExampleSource


T = TypeVar("T", bound="DatasetExample")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "input",
        "metadata",
        "node_id",
        "output",
        "updated_at",
        "source",
    }
)


@_attrs_define
class DatasetExample:
    """
    Attributes:
        id (str):
        input_ (DatasetExampleInput):
        metadata (DatasetExampleMetadata):
        node_id (str):
        output (DatasetExampleOutput):
        updated_at (datetime.datetime):
        source (DatasetExampleSource | None | Unset):
    """

    id: str | Unset
    input_: DatasetExampleInput | Unset
    metadata: DatasetExampleMetadata | Unset
    node_id: str | Unset
    output: DatasetExampleOutput | Unset
    updated_at: datetime.datetime | Unset
    source: DatasetExampleSource | None | Unset = UNSET
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
        id = self.id

        try:
            input_ = self.input_.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            input_ = _as_json(self.input_)

        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        node_id = self.node_id

        try:
            output = self.output.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            output = _as_json(self.output)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        try:
            source: dict[str, Any] | None | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, DatasetExampleSource):
                source = self.source.to_dict()
            else:
                source = self.source
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source = _as_json(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "input": input_,
                "metadata": metadata,
                "node_id": node_id,
                "output": output,
                "updated_at": updated_at,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _input__raw = d.get("input", UNSET)
        if _input__raw is not UNSET and not _strict:
            input_ = _input__raw  # decoded on first read
            _pending |= 1
        else:
            try:
                input_ = DatasetExampleInput.from_dict(d["input"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                input_, _drifted = _keep(cls, d, "input", "DatasetExampleInput", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is not UNSET and not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                metadata = DatasetExampleMetadata.from_dict(d["metadata"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "DatasetExampleMetadata", "type", _drifted
                )

        try:
            node_id = d["node_id"]
            if not (type(node_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            node_id, _drifted = _keep(cls, d, "node_id", "str", "type", _drifted)

        _output_raw = d.get("output", UNSET)
        if _output_raw is not UNSET and not _strict:
            output = _output_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                output = DatasetExampleOutput.from_dict(d["output"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                output, _drifted = _keep(cls, d, "output", "DatasetExampleOutput", "type", _drifted)

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _source_raw = d.get("source", UNSET)
        if _source_raw is UNSET:
            source = UNSET
        elif not _strict:
            source = _source_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _source = d.get("source", UNSET)
                source = _source if _source is None or _source is UNSET else _parse_source(_source)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                source, _drifted = _keep(
                    cls, d, "source", "DatasetExampleSource | None", "union", _drifted
                )

        _dataset_example_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dataset_example_.id = id
        _dataset_example_._input__slot = input_  # type: ignore[attr-defined]
        _dataset_example_._metadata_slot = metadata  # type: ignore[attr-defined]
        _dataset_example_.node_id = node_id
        _dataset_example_._output_slot = output  # type: ignore[attr-defined]
        _dataset_example_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _dataset_example_._source_slot = source  # type: ignore[attr-defined]
        _dataset_example_.additional_properties = {}
        _dataset_example_._pending = _pending

        if _extra:
            _dataset_example_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_example_, _drifted)
        return _dataset_example_

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


def _parse_source(data: object) -> DatasetExampleSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = DatasetExampleSource.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_input_(self: DatasetExample, raw: Any) -> Any:
    """``input_`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        input_ = DatasetExampleInput.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        input_, _drifted = _keep(
            type(self), {"input": raw}, "input", "DatasetExampleInput", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return input_


_lazy(DatasetExample, "input_", 1, _decode_input_)


def _decode_metadata(self: DatasetExample, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        metadata = DatasetExampleMetadata.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "DatasetExampleMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(DatasetExample, "metadata", 2, _decode_metadata)


def _decode_output(self: DatasetExample, raw: Any) -> Any:
    """``output`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        output = DatasetExampleOutput.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        output, _drifted = _keep(
            type(self), {"output": raw}, "output", "DatasetExampleOutput", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return output


_lazy(DatasetExample, "output", 4, _decode_output)


def _decode_updated_at(self: DatasetExample, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(DatasetExample, "updated_at", 8, _decode_updated_at)


def _decode_source(self: DatasetExample, raw: Any) -> Any:
    """``source`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _source = raw
        source = _source if _source is None or _source is UNSET else _parse_source(_source)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        source, _drifted = _keep(
            type(self), {"source": raw}, "source", "DatasetExampleSource | None", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return source


_lazy(DatasetExample, "source", 16, _decode_source)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        DatasetExampleInput, \
        DatasetExampleMetadata, \
        DatasetExampleOutput, \
        DatasetExampleSource
    from ..models.dataset_example_input import DatasetExampleInput  # noqa: PLC0415
    from ..models.dataset_example_metadata import DatasetExampleMetadata  # noqa: PLC0415
    from ..models.dataset_example_output import DatasetExampleOutput  # noqa: PLC0415
    from ..models.dataset_example_source import DatasetExampleSource  # noqa: PLC0415

    _LAZY_PENDING = False

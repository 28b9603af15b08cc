from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_example_input import DatasetExampleInput
    from ..models.dataset_example_metadata import DatasetExampleMetadata
    from ..models.dataset_example_output import DatasetExampleOutput
    from ..models.dataset_example_source import DatasetExampleSource


T = TypeVar("T", bound="DatasetExample")
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

    id: str
    input_: DatasetExampleInput
    metadata: DatasetExampleMetadata
    node_id: str
    output: DatasetExampleOutput
    updated_at: datetime.datetime
    source: DatasetExampleSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = self.id

        input_ = self.input_.to_dict()

        metadata = self.metadata.to_dict()

        node_id = self.node_id

        output = self.output.to_dict()

        updated_at = self.updated_at.isoformat()

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, DatasetExampleSource):
            source = self.source.to_dict()
        else:
            source = self.source

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        id = d["id"]

        input_ = DatasetExampleInput.from_dict(d["input"])

        metadata = DatasetExampleMetadata.from_dict(d["metadata"])

        node_id = d["node_id"]

        output = DatasetExampleOutput.from_dict(d["output"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        source = _parse_source(d.get("source", UNSET))

        dataset_example = cls(
            id,
            input_,
            metadata,
            node_id,
            output,
            updated_at,
            source,
        )

        if not d.keys() <= _FIELDS:
            dataset_example.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_example

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
    return cast(DatasetExampleSource | None | Unset, data)


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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaygroundExperimentScaffoldUIContext")


@_attrs_define
class PlaygroundExperimentScaffoldUIContext:
    """
    Attributes:
        description (None | str | Unset):
        has_metadata (bool | Unset):  Default: False.
        name (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    has_metadata: bool | Unset = False
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        has_metadata = self.has_metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if has_metadata is not UNSET:
            field_dict["hasMetadata"] = has_metadata
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        has_metadata = d.pop("hasMetadata", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        playground_experiment_scaffold_ui_context = cls(
            description=description,
            has_metadata=has_metadata,
            name=name,
        )

        return playground_experiment_scaffold_ui_context

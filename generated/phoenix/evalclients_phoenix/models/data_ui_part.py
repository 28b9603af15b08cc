from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataUIPart")


@_attrs_define
class DataUIPart:
    """Data part with dynamic type based on data name.

    Attributes:
        data (Any):
        type_ (str):
        id (None | str | Unset):
    """

    data: Any
    type_: str
    id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        type_ = d.pop("type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        data_ui_part = cls(
            data=data,
            type_=type_,
            id=id,
        )

        return data_ui_part

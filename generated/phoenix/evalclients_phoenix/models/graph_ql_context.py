from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GraphQLContext")


@_attrs_define
class GraphQLContext:
    """Deprecated GraphQL mutations opt-in.

    Attributes:
        mutations_enabled (bool):
        type_ (Literal['graphql']):
    """

    mutations_enabled: bool
    type_: Literal["graphql"]

    def to_dict(self) -> dict[str, Any]:
        mutations_enabled = self.mutations_enabled

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mutationsEnabled": mutations_enabled,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mutations_enabled = d.pop("mutationsEnabled")

        type_ = cast(Literal["graphql"], d.pop("type"))
        if type_ != "graphql":
            raise ValueError(f"type must match const 'graphql', got '{type_}'")

        graph_ql_context = cls(
            mutations_enabled=mutations_enabled,
            type_=type_,
        )

        return graph_ql_context

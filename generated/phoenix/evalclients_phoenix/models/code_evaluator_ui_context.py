from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeEvaluatorUIContext")


@_attrs_define
class CodeEvaluatorUIContext:
    """
    Attributes:
        type_ (Literal['code_evaluator']):
        evaluator_node_id (None | str | Unset):
    """

    type_: Literal["code_evaluator"]
    evaluator_node_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        evaluator_node_id: None | str | Unset
        if isinstance(self.evaluator_node_id, Unset):
            evaluator_node_id = UNSET
        else:
            evaluator_node_id = self.evaluator_node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if evaluator_node_id is not UNSET:
            field_dict["evaluatorNodeId"] = evaluator_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["code_evaluator"], d.pop("type"))
        if type_ != "code_evaluator":
            raise ValueError(f"type must match const 'code_evaluator', got '{type_}'")

        def _parse_evaluator_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluator_node_id = _parse_evaluator_node_id(d.pop("evaluatorNodeId", UNSET))

        code_evaluator_ui_context = cls(
            type_=type_,
            evaluator_node_id=evaluator_node_id,
        )

        return code_evaluator_ui_context

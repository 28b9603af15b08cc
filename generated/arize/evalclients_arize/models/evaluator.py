from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_type import EvaluatorType, check_evaluator_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Evaluator")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "id",
        "name",
        "space_id",
        "type",
        "updated_at",
        "description",
    }
)


@_attrs_define
class Evaluator:
    """An evaluator defines reusable evaluation logic that can be attached to
    evaluation tasks. The type field determines the kind of evaluation:
    TEMPLATE (LLM-based template evaluation) or CODE (custom code evaluation).

        Attributes:
            created_at (datetime.datetime): When the evaluator was created
            created_by_user_id (None | str): The unique identifier for the user who created the evaluator
            id (str): The unique identifier for the evaluator
            name (str): The name of the evaluator
            space_id (str): The unique identifier for the space the evaluator belongs to
            type_ (EvaluatorType): The evaluator type:

                - `TEMPLATE` — LLM-based evaluator.
                - `CODE` — managed built-in evaluators or custom Python code (both are
                  subtypes of `CODE`, discriminated by the nested `CodeConfig.type` =
                  `MANAGED` | `CUSTOM`).
                - `HARNESS` — test harness evaluator.
                - `REMOTE` — remote evaluator.

                Applies to both the parent `Evaluator.type` field and every version's `type`
                discriminator — a version's `type` must always match its parent evaluator's `type`.
            updated_at (datetime.datetime): When the evaluator was last updated
            description (None | str | Unset): The description of the evaluator
    """

    created_at: datetime.datetime
    created_by_user_id: None | str
    id: str
    name: str
    space_id: str
    type_: EvaluatorType
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        space_id = self.space_id

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "name": name,
                "space_id": space_id,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        id = d["id"]

        name = d["name"]

        space_id = d["space_id"]

        type_ = check_evaluator_type(d["type"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description: None | str | Unset = d.get("description", UNSET)

        evaluator = cls(
            created_at,
            created_by_user_id,
            id,
            name,
            space_id,
            type_,
            updated_at,
            description,
        )

        if not d.keys() <= _FIELDS:
            evaluator.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return evaluator

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

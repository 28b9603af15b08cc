from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_version_harness_type import (
    EvaluatorVersionHarnessType,
    check_evaluator_version_harness_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorVersionHarness")
_FIELDS = frozenset(
    {
        "commit_hash",
        "commit_message",
        "created_at",
        "created_by_user_id",
        "evaluator_id",
        "id",
        "type",
    }
)


@_attrs_define
class EvaluatorVersionHarness:
    """Evaluator version backed by a harness evaluation config. Only common version metadata (id, commit info, timestamps)
    is returned — the harness configuration is not yet accessible and will be a future addition.

        Attributes:
            commit_hash (str | Unset): A unique hash identifying this version
            commit_message (None | str | Unset): A message describing the changes in this version
            created_at (datetime.datetime | Unset): When this version was created
            created_by_user_id (None | str | Unset): The unique identifier for the user who created this version
            evaluator_id (str | Unset): The parent evaluator ID
            id (str | Unset): The unique identifier for this version
            type_ (EvaluatorVersionHarnessType | Unset): Discriminator identifying this as a harness evaluator version.
    """

    commit_hash: str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    evaluator_id: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: EvaluatorVersionHarnessType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit_hash = self.commit_hash

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commit_hash is not UNSET:
            field_dict["commit_hash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        commit_hash = d.get("commit_hash", UNSET)

        commit_message: None | str | Unset = d.get("commit_message", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

        evaluator_id = d.get("evaluator_id", UNSET)

        id = d.get("id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: EvaluatorVersionHarnessType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_evaluator_version_harness_type(_type_)

        evaluator_version_harness = cls(
            commit_hash,
            commit_message,
            created_at,
            created_by_user_id,
            evaluator_id,
            id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            evaluator_version_harness.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_version_harness

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

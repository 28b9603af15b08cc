from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluator_version_remote_type import (
    EvaluatorVersionRemoteType,
    check_evaluator_version_remote_type,
)

T = TypeVar("T", bound="EvaluatorVersionRemote")
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
class EvaluatorVersionRemote:
    """Evaluator version backed by a remote evaluation config. Only common
    version metadata (id, commit info, timestamps) is returned — the remote
    configuration is not yet accessible and will be a future addition.

        Attributes:
            commit_hash (str): A unique hash identifying this version
            commit_message (None | str): A message describing the changes in this version
            created_at (datetime.datetime): When this version was created
            created_by_user_id (None | str): The unique identifier for the user who created this version
            evaluator_id (str): The parent evaluator ID
            id (str): The unique identifier for this version
            type_ (EvaluatorVersionRemoteType): Discriminator identifying this as a remote evaluator version.
    """

    commit_hash: str
    commit_message: None | str
    created_at: datetime.datetime
    created_by_user_id: None | str
    evaluator_id: str
    id: str
    type_: EvaluatorVersionRemoteType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit_hash = self.commit_hash

        commit_message: None | str
        commit_message = self.commit_message

        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        evaluator_id = self.evaluator_id

        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_hash": commit_hash,
                "commit_message": commit_message,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "evaluator_id": evaluator_id,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        commit_hash = d["commit_hash"]

        commit_message: None | str = d["commit_message"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        evaluator_id = d["evaluator_id"]

        id = d["id"]

        type_ = check_evaluator_version_remote_type(d["type"])

        evaluator_version_remote = cls(
            commit_hash,
            commit_message,
            created_at,
            created_by_user_id,
            evaluator_id,
            id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            evaluator_version_remote.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_version_remote

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

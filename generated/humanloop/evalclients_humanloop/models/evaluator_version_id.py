from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorVersionId")
_FIELDS = frozenset(
    {
        "version_id",
        "orchestrated",
    }
)


@_attrs_define
class EvaluatorVersionId:
    """An Evaluator Version given by its id.

    Attributes:
        version_id (str): Unique identifier for the Version.
        orchestrated (bool | Unset): Whether Humanloop runs the Evaluator; if false the caller submits its Logs.
            Default: True.
    """

    version_id: str
    orchestrated: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        orchestrated = self.orchestrated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
            }
        )
        if orchestrated is not UNSET:
            field_dict["orchestrated"] = orchestrated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        version_id = d["version_id"]

        orchestrated = d.get("orchestrated", UNSET)

        evaluator_version_id = cls(
            version_id,
            orchestrated,
        )

        if not d.keys() <= _FIELDS:
            evaluator_version_id.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_version_id

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluator_response import EvaluatorResponse


T = TypeVar("T", bound="EvaluationEvaluatorResponse")
_FIELDS = frozenset(
    {
        "added_at",
        "orchestrated",
        "version",
    }
)


@_attrs_define
class EvaluationEvaluatorResponse:
    """
    Attributes:
        added_at (datetime.datetime): When the Evaluator was added to the Evaluation.
        orchestrated (bool): Whether the Evaluator is orchestrated by Humanloop. Default is `True`. If `False`, a log
            for the Evaluator should be submitted by the user via the API.
        version (EvaluatorResponse): Version of the Evaluator used to provide judgments.
    """

    added_at: datetime.datetime
    orchestrated: bool
    version: EvaluatorResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        added_at = self.added_at.isoformat()

        orchestrated = self.orchestrated

        version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_at": added_at,
                "orchestrated": orchestrated,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        added_at = datetime.datetime.fromisoformat(d["added_at"])

        orchestrated = d["orchestrated"]

        version = EvaluatorResponse.from_dict(d["version"])

        evaluation_evaluator_response = cls(
            added_at,
            orchestrated,
            version,
        )

        if not d.keys() <= _FIELDS:
            evaluation_evaluator_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluation_evaluator_response

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, EvaluatorResponse
    from ..models.evaluator_response import EvaluatorResponse  # noqa: PLC0415

    _LAZY_PENDING = False

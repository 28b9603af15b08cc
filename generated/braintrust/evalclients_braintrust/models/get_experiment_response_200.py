from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.experiment import Experiment


T = TypeVar("T", bound="GetExperimentResponse200")


@_attrs_define
class GetExperimentResponse200:
    """
    Attributes:
        objects (list[Experiment]): A list of experiment objects
    """

    objects: list[Experiment]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        objects = [Experiment.from_dict(objects_item_data) for objects_item_data in d["objects"]]

        get_experiment_response_200 = cls(
            objects,
        )

        return get_experiment_response_200


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, Experiment
    from ..models.experiment import Experiment  # noqa: PLC0415

    _LAZY_PENDING = False

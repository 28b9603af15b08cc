from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.playground_evaluator_ui_context import PlaygroundEvaluatorUIContext
    from ..models.playground_experiment_scaffold_ui_context import (
        PlaygroundExperimentScaffoldUIContext,
    )
    from ..models.playground_instance_ui_context import PlaygroundInstanceUIContext


T = TypeVar("T", bound="PlaygroundUIContext")


@_attrs_define
class PlaygroundUIContext:
    """
    Attributes:
        type_ (Literal['playground']):
        evaluators (list[PlaygroundEvaluatorUIContext] | Unset):
        instances (list[PlaygroundInstanceUIContext] | Unset):
        next_experiment_scaffold (None | PlaygroundExperimentScaffoldUIContext | Unset):
        record_experiments (bool | Unset):  Default: True.
        repetitions (int | Unset):  Default: 1.
    """

    type_: Literal["playground"]
    evaluators: list[PlaygroundEvaluatorUIContext] | Unset = UNSET
    instances: list[PlaygroundInstanceUIContext] | Unset = UNSET
    next_experiment_scaffold: None | PlaygroundExperimentScaffoldUIContext | Unset = UNSET
    record_experiments: bool | Unset = True
    repetitions: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        from ..models.playground_experiment_scaffold_ui_context import (
            PlaygroundExperimentScaffoldUIContext,  # noqa: PLC0415
        )

        type_ = self.type_

        evaluators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluators, Unset):
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item = evaluators_item_data.to_dict()
                evaluators.append(evaluators_item)

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        next_experiment_scaffold: dict[str, Any] | None | Unset
        if isinstance(self.next_experiment_scaffold, Unset):
            next_experiment_scaffold = UNSET
        elif isinstance(self.next_experiment_scaffold, PlaygroundExperimentScaffoldUIContext):
            next_experiment_scaffold = self.next_experiment_scaffold.to_dict()
        else:
            next_experiment_scaffold = self.next_experiment_scaffold

        record_experiments = self.record_experiments

        repetitions = self.repetitions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if instances is not UNSET:
            field_dict["instances"] = instances
        if next_experiment_scaffold is not UNSET:
            field_dict["nextExperimentScaffold"] = next_experiment_scaffold
        if record_experiments is not UNSET:
            field_dict["recordExperiments"] = record_experiments
        if repetitions is not UNSET:
            field_dict["repetitions"] = repetitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.playground_evaluator_ui_context import PlaygroundEvaluatorUIContext  # noqa: PLC0415
        from ..models.playground_experiment_scaffold_ui_context import (
            PlaygroundExperimentScaffoldUIContext,  # noqa: PLC0415
        )
        from ..models.playground_instance_ui_context import PlaygroundInstanceUIContext  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["playground"], d.pop("type"))
        if type_ != "playground":
            raise ValueError(f"type must match const 'playground', got '{type_}'")

        _evaluators = d.pop("evaluators", UNSET)
        evaluators: list[PlaygroundEvaluatorUIContext] | Unset = UNSET
        if _evaluators is not UNSET:
            evaluators = []
            for evaluators_item_data in _evaluators:
                evaluators_item = PlaygroundEvaluatorUIContext.from_dict(evaluators_item_data)

                evaluators.append(evaluators_item)

        _instances = d.pop("instances", UNSET)
        instances: list[PlaygroundInstanceUIContext] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = PlaygroundInstanceUIContext.from_dict(instances_item_data)

                instances.append(instances_item)

        def _parse_next_experiment_scaffold(
            data: object,
        ) -> None | PlaygroundExperimentScaffoldUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_experiment_scaffold_type_0 = PlaygroundExperimentScaffoldUIContext.from_dict(
                    data
                )

                return next_experiment_scaffold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaygroundExperimentScaffoldUIContext | Unset, data)

        next_experiment_scaffold = _parse_next_experiment_scaffold(
            d.pop("nextExperimentScaffold", UNSET)
        )

        record_experiments = d.pop("recordExperiments", UNSET)

        repetitions = d.pop("repetitions", UNSET)

        playground_ui_context = cls(
            type_=type_,
            evaluators=evaluators,
            instances=instances,
            next_experiment_scaffold=next_experiment_scaffold,
            record_experiments=record_experiments,
            repetitions=repetitions,
        )

        return playground_ui_context

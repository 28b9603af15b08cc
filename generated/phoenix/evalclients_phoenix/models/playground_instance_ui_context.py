from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.playground_builtin_model_ui_context import PlaygroundBuiltinModelUIContext
    from ..models.playground_custom_provider_model_ui_context import (
        PlaygroundCustomProviderModelUIContext,
    )


T = TypeVar("T", bound="PlaygroundInstanceUIContext")


@_attrs_define
class PlaygroundInstanceUIContext:
    """
    Attributes:
        instance_id (int):
        experiment_id (None | str | Unset):
        model (None | PlaygroundBuiltinModelUIContext | PlaygroundCustomProviderModelUIContext | Unset):
    """

    instance_id: int
    experiment_id: None | str | Unset = UNSET
    model: (
        None | PlaygroundBuiltinModelUIContext | PlaygroundCustomProviderModelUIContext | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.playground_builtin_model_ui_context import PlaygroundBuiltinModelUIContext  # noqa: PLC0415
        from ..models.playground_custom_provider_model_ui_context import (
            PlaygroundCustomProviderModelUIContext,  # noqa: PLC0415
        )

        instance_id = self.instance_id

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        model: dict[str, Any] | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, PlaygroundBuiltinModelUIContext):
            model = self.model.to_dict()
        elif isinstance(self.model, PlaygroundCustomProviderModelUIContext):
            model = self.model.to_dict()
        else:
            model = self.model

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instanceId": instance_id,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.playground_builtin_model_ui_context import PlaygroundBuiltinModelUIContext  # noqa: PLC0415
        from ..models.playground_custom_provider_model_ui_context import (
            PlaygroundCustomProviderModelUIContext,  # noqa: PLC0415
        )

        d = dict(src_dict)
        instance_id = d.pop("instanceId")

        def _parse_experiment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_id = _parse_experiment_id(d.pop("experimentId", UNSET))

        def _parse_model(
            data: object,
        ) -> (
            None | PlaygroundBuiltinModelUIContext | PlaygroundCustomProviderModelUIContext | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0_type_0 = PlaygroundBuiltinModelUIContext.from_dict(data)

                return model_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0_type_1 = PlaygroundCustomProviderModelUIContext.from_dict(data)

                return model_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PlaygroundBuiltinModelUIContext
                | PlaygroundCustomProviderModelUIContext
                | Unset,
                data,
            )

        model = _parse_model(d.pop("model", UNSET))

        playground_instance_ui_context = cls(
            instance_id=instance_id,
            experiment_id=experiment_id,
            model=model,
        )

        return playground_instance_ui_context

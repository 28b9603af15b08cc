from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import note as _note
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of

if TYPE_CHECKING:
    from ..models.datapoint_response_target_additional_property_type_5 import (
        DatapointResponseTargetAdditionalPropertyType5,
    )


T = TypeVar("T", bound="DatapointResponseTarget")
_new = object.__new__


@_attrs_define
class DatapointResponseTarget:
    """Object with criteria necessary to evaluate generations with this Datapoint. This is passed in as an argument to
    Evaluators when used in an Evaluation.

    """

    additional_properties: dict[
        str, bool | DatapointResponseTargetAdditionalPropertyType5 | float | int | list[Any] | str
    ] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, DatapointResponseTargetAdditionalPropertyType5):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DatapointResponseTarget is a JSON object, not {type(src_dict).__name__}"
            )
        _drifted: list[_Drift] | None = None
        d = src_dict
        _datapoint_response_target_ = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():

                def _parse_additional_property(
                    data: object,
                ) -> (
                    bool
                    | DatapointResponseTargetAdditionalPropertyType5
                    | float
                    | int
                    | list[Any]
                    | str
                ):
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        additional_property_type_4: list[Any] = data

                        return additional_property_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_5 = (
                            DatapointResponseTargetAdditionalPropertyType5.from_dict(data)
                        )

                        return additional_property_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        bool
                        | DatapointResponseTargetAdditionalPropertyType5
                        | float
                        | int
                        | list[Any]
                        | str,
                        data,
                    )

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            _datapoint_response_target_.additional_properties = additional_properties
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_datapoint_response_target_, _drifted)
        return _datapoint_response_target_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> bool | DatapointResponseTargetAdditionalPropertyType5 | float | int | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | DatapointResponseTargetAdditionalPropertyType5
        | float
        | int
        | list[Any]
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DatapointResponseTargetAdditionalPropertyType5
    from ..models.datapoint_response_target_additional_property_type_5 import (
        DatapointResponseTargetAdditionalPropertyType5,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitoring_evaluator_environment_request import (
        MonitoringEvaluatorEnvironmentRequest,
    )
    from ..models.monitoring_evaluator_version_request import MonitoringEvaluatorVersionRequest


T = TypeVar("T", bound="EvaluatorActivationDeactivationRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "activate",
        "deactivate",
    }
)


@_attrs_define
class EvaluatorActivationDeactivationRequest:
    """
    Attributes:
        activate (list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest] | Unset): Evaluators
            to activate for Monitoring. These will be automatically run on new Logs.
        deactivate (list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest] | Unset): Evaluators
            to deactivate. These will not be run on new Logs.
    """

    activate: (
        list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest] | Unset
    ) = UNSET
    deactivate: (
        list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            activate: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.activate, Unset):
                activate = []
                for activate_item_data in self.activate:
                    activate_item: dict[str, Any]
                    if isinstance(activate_item_data, MonitoringEvaluatorVersionRequest):
                        activate_item = activate_item_data.to_dict()
                    else:
                        activate_item = activate_item_data.to_dict()

                    activate.append(activate_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            activate = _as_json(self.activate)

        try:
            deactivate: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.deactivate, Unset):
                deactivate = []
                for deactivate_item_data in self.deactivate:
                    deactivate_item: dict[str, Any]
                    if isinstance(deactivate_item_data, MonitoringEvaluatorVersionRequest):
                        deactivate_item = deactivate_item_data.to_dict()
                    else:
                        deactivate_item = deactivate_item_data.to_dict()

                    deactivate.append(deactivate_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            deactivate = _as_json(self.deactivate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activate is not UNSET:
            field_dict["activate"] = activate
        if deactivate is not UNSET:
            field_dict["deactivate"] = deactivate

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            _activate = d.get("activate", UNSET)
            activate: (
                list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest]
                | Unset
            ) = UNSET
            if _activate is not UNSET:
                activate = []
                for activate_item_data in _activate:

                    def _parse_activate_item(
                        data: object,
                    ) -> MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            activate_item_type_0 = MonitoringEvaluatorVersionRequest.from_dict(
                                data, _strict=True
                            )

                            return activate_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        activate_item_type_1 = MonitoringEvaluatorEnvironmentRequest.from_dict(
                            data, _strict=True
                        )

                        return activate_item_type_1

                    activate_item = _parse_activate_item(activate_item_data)

                    activate.append(activate_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(activate_item_data: Any) -> Any:
                def _parse_activate_item(
                    data: object,
                ) -> MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        activate_item_type_0 = MonitoringEvaluatorVersionRequest.from_dict(
                            data, _strict=True
                        )

                        return activate_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    activate_item_type_1 = MonitoringEvaluatorEnvironmentRequest.from_dict(
                        data, _strict=True
                    )

                    return activate_item_type_1

                activate_item = _parse_activate_item(activate_item_data)
                return activate_item

            activate, _drifted = _keep_each(
                cls,
                d,
                "activate",
                "list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest]",
                "type",
                _each,
                _drifted,
            )

        try:
            _deactivate = d.get("deactivate", UNSET)
            deactivate: (
                list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest]
                | Unset
            ) = UNSET
            if _deactivate is not UNSET:
                deactivate = []
                for deactivate_item_data in _deactivate:

                    def _parse_deactivate_item(
                        data: object,
                    ) -> MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            deactivate_item_type_0 = MonitoringEvaluatorVersionRequest.from_dict(
                                data, _strict=True
                            )

                            return deactivate_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        deactivate_item_type_1 = MonitoringEvaluatorEnvironmentRequest.from_dict(
                            data, _strict=True
                        )

                        return deactivate_item_type_1

                    deactivate_item = _parse_deactivate_item(deactivate_item_data)

                    deactivate.append(deactivate_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(deactivate_item_data: Any) -> Any:
                def _parse_deactivate_item(
                    data: object,
                ) -> MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        deactivate_item_type_0 = MonitoringEvaluatorVersionRequest.from_dict(
                            data, _strict=True
                        )

                        return deactivate_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    deactivate_item_type_1 = MonitoringEvaluatorEnvironmentRequest.from_dict(
                        data, _strict=True
                    )

                    return deactivate_item_type_1

                deactivate_item = _parse_deactivate_item(deactivate_item_data)
                return deactivate_item

            deactivate, _drifted = _keep_each(
                cls,
                d,
                "deactivate",
                "list[MonitoringEvaluatorEnvironmentRequest | MonitoringEvaluatorVersionRequest]",
                "type",
                _each,
                _drifted,
            )

        _evaluator_activation_deactivation_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_activation_deactivation_request_.activate = activate
        _evaluator_activation_deactivation_request_.deactivate = deactivate
        _evaluator_activation_deactivation_request_.additional_properties = {}

        if _extra:
            _evaluator_activation_deactivation_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_activation_deactivation_request_, _drifted)
        return _evaluator_activation_deactivation_request_

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
    global _LAZY_PENDING, MonitoringEvaluatorEnvironmentRequest, MonitoringEvaluatorVersionRequest
    from ..models.monitoring_evaluator_environment_request import (
        MonitoringEvaluatorEnvironmentRequest,  # noqa: PLC0415
    )
    from ..models.monitoring_evaluator_version_request import MonitoringEvaluatorVersionRequest  # noqa: PLC0415

    _LAZY_PENDING = False

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
from ..types import Unset

if TYPE_CHECKING:
    from ..models.evaluator_file_id import EvaluatorFileId
    from ..models.evaluator_file_path import EvaluatorFilePath
    from ..models.evaluator_version_id import EvaluatorVersionId


T = TypeVar("T", bound="AddEvaluatorsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "evaluators",
    }
)


@_attrs_define
class AddEvaluatorsRequest:
    """Body of POST /evaluations/{id}/evaluators.

    Attributes:
        evaluators (list[EvaluatorFileId | EvaluatorFilePath | EvaluatorVersionId]): The Evaluators to add to the
            Evaluation.
    """

    evaluators: list[EvaluatorFileId | EvaluatorFilePath | EvaluatorVersionId] | Unset
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
            evaluators = []
            for evaluators_item_data in self.evaluators:
                evaluators_item: dict[str, Any]
                if isinstance(evaluators_item_data, EvaluatorVersionId):
                    evaluators_item = evaluators_item_data.to_dict()
                elif isinstance(evaluators_item_data, EvaluatorFileId):
                    evaluators_item = evaluators_item_data.to_dict()
                else:
                    evaluators_item = evaluators_item_data.to_dict()

                evaluators.append(evaluators_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            evaluators = _as_json(self.evaluators)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluators": evaluators,
            }
        )

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
            evaluators = []
            _evaluators = d["evaluators"]
            for evaluators_item_data in _evaluators:

                def _parse_evaluators_item(
                    data: object,
                ) -> EvaluatorFileId | EvaluatorFilePath | EvaluatorVersionId:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_evaluator_specifier_type_0 = EvaluatorVersionId.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_evaluator_specifier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_evaluator_specifier_type_1 = EvaluatorFileId.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_evaluator_specifier_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_evaluator_specifier_type_2 = EvaluatorFilePath.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_evaluator_specifier_type_2

                evaluators_item = _parse_evaluators_item(evaluators_item_data)

                evaluators.append(evaluators_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(evaluators_item_data: Any) -> Any:
                def _parse_evaluators_item(
                    data: object,
                ) -> EvaluatorFileId | EvaluatorFilePath | EvaluatorVersionId:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_evaluator_specifier_type_0 = EvaluatorVersionId.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_evaluator_specifier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_evaluator_specifier_type_1 = EvaluatorFileId.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_evaluator_specifier_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_evaluator_specifier_type_2 = EvaluatorFilePath.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_evaluator_specifier_type_2

                evaluators_item = _parse_evaluators_item(evaluators_item_data)
                return evaluators_item

            evaluators, _drifted = _keep_each(
                cls,
                d,
                "evaluators",
                "list[EvaluatorFileId | EvaluatorFilePath | EvaluatorVersionId]",
                "type",
                _each,
                _drifted,
            )

        _add_evaluators_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _add_evaluators_request_.evaluators = evaluators
        _add_evaluators_request_.additional_properties = {}

        if _extra:
            _add_evaluators_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_add_evaluators_request_, _drifted)
        return _add_evaluators_request_

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
    global _LAZY_PENDING, EvaluatorFileId, EvaluatorFilePath, EvaluatorVersionId
    from ..models.evaluator_file_id import EvaluatorFileId  # noqa: PLC0415
    from ..models.evaluator_file_path import EvaluatorFilePath  # noqa: PLC0415
    from ..models.evaluator_version_id import EvaluatorVersionId  # noqa: PLC0415

    _LAZY_PENDING = False

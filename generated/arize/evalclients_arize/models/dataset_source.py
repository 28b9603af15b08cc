from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_column_source_field import DatasetColumnSourceField
    from ..models.nested_json_field_source_field import NestedJsonFieldSourceField


T = TypeVar("T", bound="DatasetSource")
_new = object.__new__
_FIELDS = frozenset(
    {
        "dataset_id",
        "dataset_version_id",
        "experiment_id",
        "source_fields",
    }
)


@_attrs_define
class DatasetSource:
    """Dataset, version, experiment, and fields used as a widget data source.

    Attributes:
        dataset_id (None | str | Unset): Dataset supplying the values, or null when it is inferred from the experiment.
        dataset_version_id (None | str | Unset): Dataset version supplying the values, or null when no version is
            selected.
        experiment_id (None | str | Unset): Experiment supplying evaluation values, or null when no experiment is
            selected.
        source_fields (list[DatasetColumnSourceField | NestedJsonFieldSourceField] | Unset): One or two dataset fields
            used to compute the widget value.
    """

    dataset_id: None | str | Unset = UNSET
    dataset_version_id: None | str | Unset = UNSET
    experiment_id: None | str | Unset = UNSET
    source_fields: list[DatasetColumnSourceField | NestedJsonFieldSourceField] | Unset = UNSET
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
        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_version_id: None | str | Unset
        if isinstance(self.dataset_version_id, Unset):
            dataset_version_id = UNSET
        else:
            dataset_version_id = self.dataset_version_id

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        try:
            source_fields: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.source_fields, Unset):
                source_fields = []
                for source_fields_item_data in self.source_fields:
                    source_fields_item: dict[str, Any]
                    if isinstance(source_fields_item_data, DatasetColumnSourceField):
                        source_fields_item = source_fields_item_data.to_dict()
                    else:
                        source_fields_item = source_fields_item_data.to_dict()

                    source_fields.append(source_fields_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            source_fields = _as_json(self.source_fields)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if source_fields is not UNSET:
            field_dict["source_fields"] = source_fields

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
            dataset_id: None | str | Unset = d.get("dataset_id", UNSET)

            if not (dataset_id is None or type(dataset_id) is str or dataset_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_id, _drifted = _keep(cls, d, "dataset_id", "None | str", "type", _drifted)

        try:
            dataset_version_id: None | str | Unset = d.get("dataset_version_id", UNSET)

            if not (
                dataset_version_id is None
                or type(dataset_version_id) is str
                or dataset_version_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dataset_version_id, _drifted = _keep(
                cls, d, "dataset_version_id", "None | str", "type", _drifted
            )

        try:
            experiment_id: None | str | Unset = d.get("experiment_id", UNSET)

            if not (experiment_id is None or type(experiment_id) is str or experiment_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_id, _drifted = _keep(cls, d, "experiment_id", "None | str", "type", _drifted)

        try:
            _source_fields = d.get("source_fields", UNSET)
            source_fields: list[DatasetColumnSourceField | NestedJsonFieldSourceField] | Unset = (
                UNSET
            )
            if _source_fields is not UNSET:
                source_fields = []
                for source_fields_item_data in _source_fields:

                    def _parse_source_fields_item(
                        data: object,
                    ) -> DatasetColumnSourceField | NestedJsonFieldSourceField:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_widget_source_field_type_0 = (
                                DatasetColumnSourceField.from_dict(data, _strict=True)
                            )

                            return componentsschemas_widget_source_field_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_widget_source_field_type_1 = (
                            NestedJsonFieldSourceField.from_dict(data, _strict=True)
                        )

                        return componentsschemas_widget_source_field_type_1

                    source_fields_item = _parse_source_fields_item(source_fields_item_data)

                    source_fields.append(source_fields_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(source_fields_item_data: Any) -> Any:
                def _parse_source_fields_item(
                    data: object,
                ) -> DatasetColumnSourceField | NestedJsonFieldSourceField:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_widget_source_field_type_0 = (
                            DatasetColumnSourceField.from_dict(data, _strict=True)
                        )

                        return componentsschemas_widget_source_field_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_widget_source_field_type_1 = (
                        NestedJsonFieldSourceField.from_dict(data, _strict=True)
                    )

                    return componentsschemas_widget_source_field_type_1

                source_fields_item = _parse_source_fields_item(source_fields_item_data)
                return source_fields_item

            source_fields, _drifted = _keep_each(
                cls,
                d,
                "source_fields",
                "list[DatasetColumnSourceField | NestedJsonFieldSourceField]",
                "type",
                _each,
                _drifted,
            )

        _dataset_source_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _dataset_source_.dataset_id = dataset_id
        _dataset_source_.dataset_version_id = dataset_version_id
        _dataset_source_.experiment_id = experiment_id
        _dataset_source_.source_fields = source_fields
        _dataset_source_.additional_properties = {}

        if _extra:
            _dataset_source_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dataset_source_, _drifted)
        return _dataset_source_

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
    global _LAZY_PENDING, DatasetColumnSourceField, NestedJsonFieldSourceField
    from ..models.dataset_column_source_field import DatasetColumnSourceField  # noqa: PLC0415
    from ..models.nested_json_field_source_field import NestedJsonFieldSourceField  # noqa: PLC0415

    _LAZY_PENDING = False

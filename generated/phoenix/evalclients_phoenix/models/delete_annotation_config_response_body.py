from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig
    from ..models.freeform_annotation_config import FreeformAnnotationConfig


T = TypeVar("T", bound="DeleteAnnotationConfigResponseBody")
_FIELDS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class DeleteAnnotationConfigResponseBody:
    """
    Attributes:
        data (CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig):
    """

    data: CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        data: dict[str, Any]
        if isinstance(self.data, CategoricalAnnotationConfig):
            data = self.data.to_dict()
        elif isinstance(self.data, ContinuousAnnotationConfig):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        data = _parse_data(d["data"])

        delete_annotation_config_response_body = cls(
            data,
        )

        if not d.keys() <= _FIELDS:
            delete_annotation_config_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_annotation_config_response_body

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


def _parse_data(
    data: object,
) -> CategoricalAnnotationConfig | ContinuousAnnotationConfig | FreeformAnnotationConfig:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_0 = CategoricalAnnotationConfig.from_dict(data)

        return data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_1 = ContinuousAnnotationConfig.from_dict(data)

        return data_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    data_type_2 = FreeformAnnotationConfig.from_dict(data)

    return data_type_2


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CategoricalAnnotationConfig, \
        ContinuousAnnotationConfig, \
        FreeformAnnotationConfig
    from ..models.categorical_annotation_config import CategoricalAnnotationConfig  # noqa: PLC0415
    from ..models.continuous_annotation_config import ContinuousAnnotationConfig  # noqa: PLC0415
    from ..models.freeform_annotation_config import FreeformAnnotationConfig  # noqa: PLC0415

    _LAZY_PENDING = False

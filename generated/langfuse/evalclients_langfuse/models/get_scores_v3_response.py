from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_score_v3 import BooleanScoreV3
    from ..models.categorical_score_v3 import CategoricalScoreV3
    from ..models.correction_score_v3 import CorrectionScoreV3
    from ..models.get_scores_v3_meta import GetScoresV3Meta
    from ..models.numeric_score_v3 import NumericScoreV3
    from ..models.text_score_v3 import TextScoreV3


T = TypeVar("T", bound="GetScoresV3Response")
_new = object.__new__
_FIELDS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class GetScoresV3Response:
    """
    Attributes:
        data (list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3]):
        meta (GetScoresV3Meta):
    """

    data: (
        list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3]
        | Unset
    )
    meta: GetScoresV3Meta | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, NumericScoreV3):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, BooleanScoreV3):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CategoricalScoreV3):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, TextScoreV3):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data = _as_json(self.data)

        try:
            meta = self.meta.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            meta = _as_json(self.meta)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
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
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            data = []
            _data = d["data"]
            for data_item_data in _data:

                def _parse_data_item(
                    data: object,
                ) -> (
                    BooleanScoreV3
                    | CategoricalScoreV3
                    | CorrectionScoreV3
                    | NumericScoreV3
                    | TextScoreV3
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_0 = NumericScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_1 = BooleanScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_2 = CategoricalScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_3 = TextScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_4 = CorrectionScoreV3.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_score_v3_type_4

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(data_item_data: Any) -> Any:
                def _parse_data_item(
                    data: object,
                ) -> (
                    BooleanScoreV3
                    | CategoricalScoreV3
                    | CorrectionScoreV3
                    | NumericScoreV3
                    | TextScoreV3
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_0 = NumericScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_1 = BooleanScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_2 = CategoricalScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_score_v3_type_3 = TextScoreV3.from_dict(
                            data, _strict=True
                        )

                        return componentsschemas_score_v3_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_score_v3_type_4 = CorrectionScoreV3.from_dict(
                        data, _strict=True
                    )

                    return componentsschemas_score_v3_type_4

                data_item = _parse_data_item(data_item_data)
                return data_item

            data, _drifted = _keep_each(
                cls,
                d,
                "data",
                "list[BooleanScoreV3 | CategoricalScoreV3 | CorrectionScoreV3 | NumericScoreV3 | TextScoreV3]",
                "type",
                _each,
                _drifted,
            )

        _meta_raw = d.get("meta", UNSET)
        if _meta_raw is not UNSET and not _strict:
            meta = _meta_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                meta = GetScoresV3Meta.from_dict(d["meta"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                meta, _drifted = _keep(cls, d, "meta", "GetScoresV3Meta", "type", _drifted)

        _get_scores_v3_response_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _get_scores_v3_response_.data = data
        _get_scores_v3_response_._meta_slot = meta  # type: ignore[attr-defined]
        _get_scores_v3_response_.additional_properties = {}
        _get_scores_v3_response_._pending = _pending

        if _extra:
            _get_scores_v3_response_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_get_scores_v3_response_, _drifted)
        return _get_scores_v3_response_

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


def _decode_meta(self: GetScoresV3Response, raw: Any) -> Any:
    """``meta`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        meta = GetScoresV3Meta.from_dict(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        meta, _drifted = _keep(
            type(self), {"meta": raw}, "meta", "GetScoresV3Meta", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return meta


_lazy(GetScoresV3Response, "meta", 1, _decode_meta)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        BooleanScoreV3, \
        CategoricalScoreV3, \
        CorrectionScoreV3, \
        GetScoresV3Meta, \
        NumericScoreV3, \
        TextScoreV3
    from ..models.boolean_score_v3 import BooleanScoreV3  # noqa: PLC0415
    from ..models.categorical_score_v3 import CategoricalScoreV3  # noqa: PLC0415
    from ..models.correction_score_v3 import CorrectionScoreV3  # noqa: PLC0415
    from ..models.get_scores_v3_meta import GetScoresV3Meta  # noqa: PLC0415
    from ..models.numeric_score_v3 import NumericScoreV3  # noqa: PLC0415
    from ..models.text_score_v3 import TextScoreV3  # noqa: PLC0415

    _LAZY_PENDING = False

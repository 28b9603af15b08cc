from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,
    )


T = TypeVar("T", bound="CreateEvaluatorIntegrationConfigInput")
_FIELDS = frozenset(
    {
        "endpoint",
        "input_schema",
        "headers",
    }
)


@_attrs_define
class CreateEvaluatorIntegrationConfigInput:
    """Write shape for the evaluator config on create. `headers` is encrypted at rest and never returned in responses;
    reads surface `has_headers`.

        Attributes:
            endpoint (str): HTTPS endpoint requests are sent to. Validated server-side and must resolve to a public address.
            input_schema (CreateEvaluatorIntegrationConfigInputInputSchema): JSON Schema (Draft-07) the endpoint's request
                body conforms to. The root schema must have `type: object`, must not define the reserved top-level
                `arize_metadata` field, and must not exceed 64 KiB.
            headers (CreateEvaluatorIntegrationConfigInputHeaders | Unset): Cleartext header map. Encrypted at rest; never
                returned in responses. Omitting this field on create means no headers are configured.
    """

    endpoint: str
    input_schema: CreateEvaluatorIntegrationConfigInputInputSchema
    headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        endpoint = self.endpoint

        input_schema = self.input_schema.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "input_schema": input_schema,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        endpoint = d["endpoint"]

        input_schema = CreateEvaluatorIntegrationConfigInputInputSchema.from_dict(d["input_schema"])

        _headers = d.get("headers", UNSET)
        headers: CreateEvaluatorIntegrationConfigInputHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateEvaluatorIntegrationConfigInputHeaders.from_dict(_headers)

        create_evaluator_integration_config_input = cls(
            endpoint,
            input_schema,
            headers,
        )

        if not d.keys() <= _FIELDS:
            create_evaluator_integration_config_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_evaluator_integration_config_input

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
    global \
        _LAZY_PENDING, \
        CreateEvaluatorIntegrationConfigInputHeaders, \
        CreateEvaluatorIntegrationConfigInputInputSchema
    from ..models.create_evaluator_integration_config_input_headers import (
        CreateEvaluatorIntegrationConfigInputHeaders,  # noqa: PLC0415
    )
    from ..models.create_evaluator_integration_config_input_input_schema import (
        CreateEvaluatorIntegrationConfigInputInputSchema,  # noqa: PLC0415
    )

    _LAZY_PENDING = False

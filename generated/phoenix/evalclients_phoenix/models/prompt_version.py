from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.model_provider import ModelProvider, check_model_provider
from ..models.prompt_template_format import PromptTemplateFormat, check_prompt_template_format
from ..models.prompt_template_type import PromptTemplateType, check_prompt_template_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_anthropic_invocation_parameters import PromptAnthropicInvocationParameters
    from ..models.prompt_aws_invocation_parameters import PromptAwsInvocationParameters
    from ..models.prompt_azure_open_ai_invocation_parameters import (
        PromptAzureOpenAIInvocationParameters,
    )
    from ..models.prompt_cerebras_invocation_parameters import PromptCerebrasInvocationParameters
    from ..models.prompt_chat_template import PromptChatTemplate
    from ..models.prompt_deep_seek_invocation_parameters import PromptDeepSeekInvocationParameters
    from ..models.prompt_fireworks_invocation_parameters import PromptFireworksInvocationParameters
    from ..models.prompt_google_invocation_parameters import PromptGoogleInvocationParameters
    from ..models.prompt_groq_invocation_parameters import PromptGroqInvocationParameters
    from ..models.prompt_meta_invocation_parameters import PromptMetaInvocationParameters
    from ..models.prompt_moonshot_invocation_parameters import PromptMoonshotInvocationParameters
    from ..models.prompt_ollama_invocation_parameters import PromptOllamaInvocationParameters
    from ..models.prompt_open_ai_invocation_parameters import PromptOpenAIInvocationParameters
    from ..models.prompt_perplexity_invocation_parameters import (
        PromptPerplexityInvocationParameters,
    )
    from ..models.prompt_response_format_json_schema import PromptResponseFormatJSONSchema
    from ..models.prompt_string_template import PromptStringTemplate
    from ..models.prompt_together_invocation_parameters import PromptTogetherInvocationParameters
    from ..models.prompt_tools import PromptTools
    from ..models.prompt_version_metadata import PromptVersionMetadata
    from ..models.prompt_xai_invocation_parameters import PromptXAIInvocationParameters
    from ..models.prompt_zai_invocation_parameters import PromptZAIInvocationParameters


T = TypeVar("T", bound="PromptVersion")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "invocation_parameters",
        "model_name",
        "model_provider",
        "template",
        "template_format",
        "template_type",
        "description",
        "metadata",
        "response_format",
        "tools",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    ("invocation_parameters", "_invocation_parameters_slot", True, 1, ""),
    (
        "model_name",
        "model_name",
        True,
        0,
        "model_name = _j_model_name\nif not (type(model_name) is str):\n    raise TypeError",
    ),
    (
        "model_provider",
        "model_provider",
        True,
        0,
        "model_provider = check_model_provider(_j_model_provider)",
    ),
    ("template", "_template_slot", True, 2, ""),
    (
        "template_format",
        "template_format",
        True,
        0,
        "template_format = check_prompt_template_format(_j_template_format)",
    ),
    (
        "template_type",
        "template_type",
        True,
        0,
        "template_type = check_prompt_template_type(_j_template_type)",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description: None | str | Unset = _j_description\n\nif not (description is None or type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    ("metadata", "_metadata_slot", False, 4, ""),
    ("response_format", "_response_format_slot", False, 8, ""),
    ("tools", "_tools_slot", False, 16, ""),
)


@_attrs_define
class PromptVersion:
    """
    Attributes:
        id (str):
        invocation_parameters (PromptAnthropicInvocationParameters | PromptAwsInvocationParameters |
            PromptAzureOpenAIInvocationParameters | PromptCerebrasInvocationParameters | PromptDeepSeekInvocationParameters
            | PromptFireworksInvocationParameters | PromptGoogleInvocationParameters | PromptGroqInvocationParameters |
            PromptMetaInvocationParameters | PromptMoonshotInvocationParameters | PromptOllamaInvocationParameters |
            PromptOpenAIInvocationParameters | PromptPerplexityInvocationParameters | PromptTogetherInvocationParameters |
            PromptXAIInvocationParameters | PromptZAIInvocationParameters):
        model_name (str):
        model_provider (ModelProvider):
        template (PromptChatTemplate | PromptStringTemplate):
        template_format (PromptTemplateFormat):
        template_type (PromptTemplateType):
        description (None | str | Unset):
        metadata (PromptVersionMetadata | Unset): Arbitrary JSON metadata for the prompt version.
        response_format (None | PromptResponseFormatJSONSchema | Unset):
        tools (None | PromptTools | Unset):
    """

    id: str | Unset
    invocation_parameters: (
        PromptAnthropicInvocationParameters
        | PromptAwsInvocationParameters
        | PromptAzureOpenAIInvocationParameters
        | PromptCerebrasInvocationParameters
        | PromptDeepSeekInvocationParameters
        | PromptFireworksInvocationParameters
        | PromptGoogleInvocationParameters
        | PromptGroqInvocationParameters
        | PromptMetaInvocationParameters
        | PromptMoonshotInvocationParameters
        | PromptOllamaInvocationParameters
        | PromptOpenAIInvocationParameters
        | PromptPerplexityInvocationParameters
        | PromptTogetherInvocationParameters
        | PromptXAIInvocationParameters
        | PromptZAIInvocationParameters
        | Unset
    )
    model_name: str | Unset
    model_provider: ModelProvider | Unset
    template: PromptChatTemplate | PromptStringTemplate | Unset
    template_format: PromptTemplateFormat | Unset
    template_type: PromptTemplateType | Unset
    description: None | str | Unset = UNSET
    metadata: PromptVersionMetadata | Unset = UNSET
    response_format: None | PromptResponseFormatJSONSchema | Unset = UNSET
    tools: None | PromptTools | Unset = UNSET
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
        id = self.id

        try:
            invocation_parameters: dict[str, Any]
            if isinstance(self.invocation_parameters, PromptOpenAIInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptAzureOpenAIInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptAnthropicInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptGoogleInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptDeepSeekInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptXAIInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptOllamaInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptAwsInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptCerebrasInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptFireworksInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptGroqInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptMoonshotInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptPerplexityInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptTogetherInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            elif isinstance(self.invocation_parameters, PromptZAIInvocationParameters):
                invocation_parameters = self.invocation_parameters.to_dict()
            else:
                invocation_parameters = self.invocation_parameters.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_parameters = _as_json(self.invocation_parameters)

        model_name = self.model_name

        try:
            model_provider: str = self.model_provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_provider = _as_json(self.model_provider)

        try:
            template: dict[str, Any]
            if isinstance(self.template, PromptChatTemplate):
                template = self.template.to_dict()
            else:
                template = self.template.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            template = _as_json(self.template)

        try:
            template_format: str = self.template_format
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            template_format = _as_json(self.template_format)

        try:
            template_type: str = self.template_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            template_type = _as_json(self.template_type)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            metadata = _as_json(self.metadata)

        try:
            response_format: dict[str, Any] | None | Unset
            if isinstance(self.response_format, Unset):
                response_format = UNSET
            elif isinstance(self.response_format, PromptResponseFormatJSONSchema):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            response_format = _as_json(self.response_format)

        try:
            tools: dict[str, Any] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, PromptTools):
                tools = self.tools.to_dict()
            else:
                tools = self.tools
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tools = _as_json(self.tools)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invocation_parameters": invocation_parameters,
                "model_name": model_name,
                "model_provider": model_provider,
                "template": template,
                "template_format": template_format,
                "template_type": template_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        _invocation_parameters_raw = d.get("invocation_parameters", UNSET)
        if _invocation_parameters_raw is not UNSET and not _strict:
            invocation_parameters = _invocation_parameters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                invocation_parameters = _parse_invocation_parameters(d["invocation_parameters"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_parameters, _drifted = _keep(
                    cls,
                    d,
                    "invocation_parameters",
                    "PromptAnthropicInvocationParameters | PromptAwsInvocationParameters | PromptAzureOpenAIInvocationParameters | PromptCerebrasInvocationParameters | PromptDeepSeekInvocationParameters | PromptFireworksInvocationParameters | PromptGoogleInvocationParameters | PromptGroqInvocationParameters | PromptMetaInvocationParameters | PromptMoonshotInvocationParameters | PromptOllamaInvocationParameters | PromptOpenAIInvocationParameters | PromptPerplexityInvocationParameters | PromptTogetherInvocationParameters | PromptXAIInvocationParameters | PromptZAIInvocationParameters",
                    "union",
                    _drifted,
                )

        try:
            model_name = d["model_name"]
            if not (type(model_name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_name, _drifted = _keep(cls, d, "model_name", "str", "type", _drifted)

        try:
            model_provider = check_model_provider(d["model_provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_provider, _drifted = _keep(
                cls,
                d,
                "model_provider",
                "one of ANTHROPIC, AWS, AZURE_OPENAI, CEREBRAS, DEEPSEEK, FIREWORKS, GOOGLE, GROQ, META, MINIMAX, MOONSHOT, OLLAMA, OPENAI, PERPLEXITY, TOGETHER, XAI, ZAI",
                "enum",
                _drifted,
            )

        _template_raw = d.get("template", UNSET)
        if _template_raw is not UNSET and not _strict:
            template = _template_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                template = _parse_template(d["template"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                template, _drifted = _keep(
                    cls,
                    d,
                    "template",
                    "PromptChatTemplate | PromptStringTemplate",
                    "union",
                    _drifted,
                )

        try:
            template_format = check_prompt_template_format(d["template_format"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            template_format, _drifted = _keep(
                cls, d, "template_format", "one of F_STRING, MUSTACHE, NONE", "enum", _drifted
            )

        try:
            template_type = check_prompt_template_type(d["template_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            template_type, _drifted = _keep(
                cls, d, "template_type", "one of CHAT, STR", "enum", _drifted
            )

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _metadata_raw = d.get("metadata", UNSET)
        if _metadata_raw is UNSET:
            metadata = UNSET
        elif not _strict:
            metadata = _metadata_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: PromptVersionMetadata | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = PromptVersionMetadata.from_dict(_metadata)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                metadata, _drifted = _keep(
                    cls, d, "metadata", "PromptVersionMetadata", "type", _drifted
                )

        _response_format_raw = d.get("response_format", UNSET)
        if _response_format_raw is UNSET:
            response_format = UNSET
        elif not _strict:
            response_format = _response_format_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _response_format = d.get("response_format", UNSET)
                response_format = (
                    _response_format
                    if _response_format is None or _response_format is UNSET
                    else _parse_response_format(_response_format)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                response_format, _drifted = _keep(
                    cls,
                    d,
                    "response_format",
                    "None | PromptResponseFormatJSONSchema",
                    "union",
                    _drifted,
                )

        _tools_raw = d.get("tools", UNSET)
        if _tools_raw is UNSET:
            tools = UNSET
        elif not _strict:
            tools = _tools_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _tools = d.get("tools", UNSET)
                tools = _tools if _tools is None or _tools is UNSET else _parse_tools(_tools)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tools, _drifted = _keep(cls, d, "tools", "None | PromptTools", "union", _drifted)

        _prompt_version_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _prompt_version_.id = id
        _prompt_version_._invocation_parameters_slot = invocation_parameters  # type: ignore[attr-defined]
        _prompt_version_.model_name = model_name
        _prompt_version_.model_provider = model_provider
        _prompt_version_._template_slot = template  # type: ignore[attr-defined]
        _prompt_version_.template_format = template_format
        _prompt_version_.template_type = template_type
        _prompt_version_.description = description
        _prompt_version_._metadata_slot = metadata  # type: ignore[attr-defined]
        _prompt_version_._response_format_slot = response_format  # type: ignore[attr-defined]
        _prompt_version_._tools_slot = tools  # type: ignore[attr-defined]
        _prompt_version_.additional_properties = {}
        _prompt_version_._pending = _pending

        if _extra:
            _prompt_version_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_version_, _drifted)
        return _prompt_version_

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


def _parse_invocation_parameters(
    data: object,
) -> (
    PromptAnthropicInvocationParameters
    | PromptAwsInvocationParameters
    | PromptAzureOpenAIInvocationParameters
    | PromptCerebrasInvocationParameters
    | PromptDeepSeekInvocationParameters
    | PromptFireworksInvocationParameters
    | PromptGoogleInvocationParameters
    | PromptGroqInvocationParameters
    | PromptMetaInvocationParameters
    | PromptMoonshotInvocationParameters
    | PromptOllamaInvocationParameters
    | PromptOpenAIInvocationParameters
    | PromptPerplexityInvocationParameters
    | PromptTogetherInvocationParameters
    | PromptXAIInvocationParameters
    | PromptZAIInvocationParameters
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_0 = PromptOpenAIInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_1 = PromptAzureOpenAIInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_2 = PromptAnthropicInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_3 = PromptGoogleInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_4 = PromptDeepSeekInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_5 = PromptXAIInvocationParameters.from_dict(data, _strict=True)

        return invocation_parameters_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_6 = PromptOllamaInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_7 = PromptAwsInvocationParameters.from_dict(data, _strict=True)

        return invocation_parameters_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_8 = PromptCerebrasInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_9 = PromptFireworksInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_10 = PromptGroqInvocationParameters.from_dict(data, _strict=True)

        return invocation_parameters_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_11 = PromptMoonshotInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_12 = PromptPerplexityInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_13 = PromptTogetherInvocationParameters.from_dict(
            data, _strict=True
        )

        return invocation_parameters_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        invocation_parameters_type_14 = PromptZAIInvocationParameters.from_dict(data, _strict=True)

        return invocation_parameters_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    invocation_parameters_type_15 = PromptMetaInvocationParameters.from_dict(data, _strict=True)

    return invocation_parameters_type_15


def _parse_template(data: object) -> PromptChatTemplate | PromptStringTemplate:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        template_type_0 = PromptChatTemplate.from_dict(data, _strict=True)

        return template_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    template_type_1 = PromptStringTemplate.from_dict(data, _strict=True)

    return template_type_1


def _parse_response_format(data: object) -> None | PromptResponseFormatJSONSchema | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_format_type_0 = PromptResponseFormatJSONSchema.from_dict(data)

        return response_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _parse_tools(data: object) -> None | PromptTools | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_type_0 = PromptTools.from_dict(data)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_invocation_parameters(self: PromptVersion, raw: Any) -> Any:
    """``invocation_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        invocation_parameters = _parse_invocation_parameters(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_parameters, _drifted = _keep(
            type(self),
            {"invocation_parameters": raw},
            "invocation_parameters",
            "PromptAnthropicInvocationParameters | PromptAwsInvocationParameters | PromptAzureOpenAIInvocationParameters | PromptCerebrasInvocationParameters | PromptDeepSeekInvocationParameters | PromptFireworksInvocationParameters | PromptGoogleInvocationParameters | PromptGroqInvocationParameters | PromptMetaInvocationParameters | PromptMoonshotInvocationParameters | PromptOllamaInvocationParameters | PromptOpenAIInvocationParameters | PromptPerplexityInvocationParameters | PromptTogetherInvocationParameters | PromptXAIInvocationParameters | PromptZAIInvocationParameters",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_parameters


_lazy(PromptVersion, "invocation_parameters", 1, _decode_invocation_parameters)


def _decode_template(self: PromptVersion, raw: Any) -> Any:
    """``template`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        template = _parse_template(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        template, _drifted = _keep(
            type(self),
            {"template": raw},
            "template",
            "PromptChatTemplate | PromptStringTemplate",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return template


_lazy(PromptVersion, "template", 2, _decode_template)


def _decode_metadata(self: PromptVersion, raw: Any) -> Any:
    """``metadata`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _metadata = raw
        metadata: PromptVersionMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PromptVersionMetadata.from_dict(_metadata)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        metadata, _drifted = _keep(
            type(self), {"metadata": raw}, "metadata", "PromptVersionMetadata", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return metadata


_lazy(PromptVersion, "metadata", 4, _decode_metadata)


def _decode_response_format(self: PromptVersion, raw: Any) -> Any:
    """``response_format`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _response_format = raw
        response_format = (
            _response_format
            if _response_format is None or _response_format is UNSET
            else _parse_response_format(_response_format)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        response_format, _drifted = _keep(
            type(self),
            {"response_format": raw},
            "response_format",
            "None | PromptResponseFormatJSONSchema",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return response_format


_lazy(PromptVersion, "response_format", 8, _decode_response_format)


def _decode_tools(self: PromptVersion, raw: Any) -> Any:
    """``tools`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tools = raw
        tools = _tools if _tools is None or _tools is UNSET else _parse_tools(_tools)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tools, _drifted = _keep(
            type(self), {"tools": raw}, "tools", "None | PromptTools", "union", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tools


_lazy(PromptVersion, "tools", 16, _decode_tools)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        PromptAnthropicInvocationParameters, \
        PromptAwsInvocationParameters, \
        PromptAzureOpenAIInvocationParameters, \
        PromptCerebrasInvocationParameters, \
        PromptChatTemplate, \
        PromptDeepSeekInvocationParameters, \
        PromptFireworksInvocationParameters, \
        PromptGoogleInvocationParameters, \
        PromptGroqInvocationParameters, \
        PromptMetaInvocationParameters, \
        PromptMoonshotInvocationParameters, \
        PromptOllamaInvocationParameters, \
        PromptOpenAIInvocationParameters, \
        PromptPerplexityInvocationParameters, \
        PromptResponseFormatJSONSchema, \
        PromptStringTemplate, \
        PromptTogetherInvocationParameters, \
        PromptTools, \
        PromptVersionMetadata, \
        PromptXAIInvocationParameters, \
        PromptZAIInvocationParameters
    from ..models.prompt_anthropic_invocation_parameters import PromptAnthropicInvocationParameters  # noqa: PLC0415
    from ..models.prompt_aws_invocation_parameters import PromptAwsInvocationParameters  # noqa: PLC0415
    from ..models.prompt_azure_open_ai_invocation_parameters import (
        PromptAzureOpenAIInvocationParameters,  # noqa: PLC0415
    )
    from ..models.prompt_cerebras_invocation_parameters import PromptCerebrasInvocationParameters  # noqa: PLC0415
    from ..models.prompt_chat_template import PromptChatTemplate  # noqa: PLC0415
    from ..models.prompt_deep_seek_invocation_parameters import PromptDeepSeekInvocationParameters  # noqa: PLC0415
    from ..models.prompt_fireworks_invocation_parameters import PromptFireworksInvocationParameters  # noqa: PLC0415
    from ..models.prompt_google_invocation_parameters import PromptGoogleInvocationParameters  # noqa: PLC0415
    from ..models.prompt_groq_invocation_parameters import PromptGroqInvocationParameters  # noqa: PLC0415
    from ..models.prompt_meta_invocation_parameters import PromptMetaInvocationParameters  # noqa: PLC0415
    from ..models.prompt_moonshot_invocation_parameters import PromptMoonshotInvocationParameters  # noqa: PLC0415
    from ..models.prompt_ollama_invocation_parameters import PromptOllamaInvocationParameters  # noqa: PLC0415
    from ..models.prompt_open_ai_invocation_parameters import PromptOpenAIInvocationParameters  # noqa: PLC0415
    from ..models.prompt_perplexity_invocation_parameters import (
        PromptPerplexityInvocationParameters,  # noqa: PLC0415
    )
    from ..models.prompt_response_format_json_schema import PromptResponseFormatJSONSchema  # noqa: PLC0415
    from ..models.prompt_string_template import PromptStringTemplate  # noqa: PLC0415
    from ..models.prompt_together_invocation_parameters import PromptTogetherInvocationParameters  # noqa: PLC0415
    from ..models.prompt_tools import PromptTools  # noqa: PLC0415
    from ..models.prompt_version_metadata import PromptVersionMetadata  # noqa: PLC0415
    from ..models.prompt_xai_invocation_parameters import PromptXAIInvocationParameters  # noqa: PLC0415
    from ..models.prompt_zai_invocation_parameters import PromptZAIInvocationParameters  # noqa: PLC0415

    _LAZY_PENDING = False

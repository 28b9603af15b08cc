from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext
    from ..models.dataset_ui_context import DatasetUIContext
    from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext
    from ..models.playground_ui_context import PlaygroundUIContext
    from ..models.project_ui_context import ProjectUIContext
    from ..models.prompt_ui_context import PromptUIContext
    from ..models.prompt_version_ui_context import PromptVersionUIContext
    from ..models.session_ui_context import SessionUIContext
    from ..models.span_ui_context import SpanUIContext
    from ..models.trace_ui_context import TraceUIContext


T = TypeVar("T", bound="UIContexts")


@_attrs_define
class UIContexts:
    """
    Attributes:
        code_evaluator (CodeEvaluatorUIContext | None | Unset):
        dataset (DatasetUIContext | None | Unset):
        llm_evaluator (LlmEvaluatorUIContext | None | Unset):
        playground (None | PlaygroundUIContext | Unset):
        project (None | ProjectUIContext | Unset):
        prompt (None | PromptUIContext | Unset):
        prompt_version (None | PromptVersionUIContext | Unset):
        session (None | SessionUIContext | Unset):
        span (None | SpanUIContext | Unset):
        trace (None | TraceUIContext | Unset):
    """

    code_evaluator: CodeEvaluatorUIContext | None | Unset = UNSET
    dataset: DatasetUIContext | None | Unset = UNSET
    llm_evaluator: LlmEvaluatorUIContext | None | Unset = UNSET
    playground: None | PlaygroundUIContext | Unset = UNSET
    project: None | ProjectUIContext | Unset = UNSET
    prompt: None | PromptUIContext | Unset = UNSET
    prompt_version: None | PromptVersionUIContext | Unset = UNSET
    session: None | SessionUIContext | Unset = UNSET
    span: None | SpanUIContext | Unset = UNSET
    trace: None | TraceUIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext  # noqa: PLC0415
        from ..models.dataset_ui_context import DatasetUIContext  # noqa: PLC0415
        from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext  # noqa: PLC0415
        from ..models.playground_ui_context import PlaygroundUIContext  # noqa: PLC0415
        from ..models.project_ui_context import ProjectUIContext  # noqa: PLC0415
        from ..models.prompt_ui_context import PromptUIContext  # noqa: PLC0415
        from ..models.prompt_version_ui_context import PromptVersionUIContext  # noqa: PLC0415
        from ..models.session_ui_context import SessionUIContext  # noqa: PLC0415
        from ..models.span_ui_context import SpanUIContext  # noqa: PLC0415
        from ..models.trace_ui_context import TraceUIContext  # noqa: PLC0415

        code_evaluator: dict[str, Any] | None | Unset
        if isinstance(self.code_evaluator, Unset):
            code_evaluator = UNSET
        elif isinstance(self.code_evaluator, CodeEvaluatorUIContext):
            code_evaluator = self.code_evaluator.to_dict()
        else:
            code_evaluator = self.code_evaluator

        dataset: dict[str, Any] | None | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        elif isinstance(self.dataset, DatasetUIContext):
            dataset = self.dataset.to_dict()
        else:
            dataset = self.dataset

        llm_evaluator: dict[str, Any] | None | Unset
        if isinstance(self.llm_evaluator, Unset):
            llm_evaluator = UNSET
        elif isinstance(self.llm_evaluator, LlmEvaluatorUIContext):
            llm_evaluator = self.llm_evaluator.to_dict()
        else:
            llm_evaluator = self.llm_evaluator

        playground: dict[str, Any] | None | Unset
        if isinstance(self.playground, Unset):
            playground = UNSET
        elif isinstance(self.playground, PlaygroundUIContext):
            playground = self.playground.to_dict()
        else:
            playground = self.playground

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectUIContext):
            project = self.project.to_dict()
        else:
            project = self.project

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptUIContext):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_version: dict[str, Any] | None | Unset
        if isinstance(self.prompt_version, Unset):
            prompt_version = UNSET
        elif isinstance(self.prompt_version, PromptVersionUIContext):
            prompt_version = self.prompt_version.to_dict()
        else:
            prompt_version = self.prompt_version

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, SessionUIContext):
            session = self.session.to_dict()
        else:
            session = self.session

        span: dict[str, Any] | None | Unset
        if isinstance(self.span, Unset):
            span = UNSET
        elif isinstance(self.span, SpanUIContext):
            span = self.span.to_dict()
        else:
            span = self.span

        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, TraceUIContext):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code_evaluator is not UNSET:
            field_dict["codeEvaluator"] = code_evaluator
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if llm_evaluator is not UNSET:
            field_dict["llmEvaluator"] = llm_evaluator
        if playground is not UNSET:
            field_dict["playground"] = playground
        if project is not UNSET:
            field_dict["project"] = project
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_version is not UNSET:
            field_dict["promptVersion"] = prompt_version
        if session is not UNSET:
            field_dict["session"] = session
        if span is not UNSET:
            field_dict["span"] = span
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_evaluator_ui_context import CodeEvaluatorUIContext  # noqa: PLC0415
        from ..models.dataset_ui_context import DatasetUIContext  # noqa: PLC0415
        from ..models.llm_evaluator_ui_context import LlmEvaluatorUIContext  # noqa: PLC0415
        from ..models.playground_ui_context import PlaygroundUIContext  # noqa: PLC0415
        from ..models.project_ui_context import ProjectUIContext  # noqa: PLC0415
        from ..models.prompt_ui_context import PromptUIContext  # noqa: PLC0415
        from ..models.prompt_version_ui_context import PromptVersionUIContext  # noqa: PLC0415
        from ..models.session_ui_context import SessionUIContext  # noqa: PLC0415
        from ..models.span_ui_context import SpanUIContext  # noqa: PLC0415
        from ..models.trace_ui_context import TraceUIContext  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code_evaluator(data: object) -> CodeEvaluatorUIContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_evaluator_type_0 = CodeEvaluatorUIContext.from_dict(data)

                return code_evaluator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEvaluatorUIContext | None | Unset, data)

        code_evaluator = _parse_code_evaluator(d.pop("codeEvaluator", UNSET))

        def _parse_dataset(data: object) -> DatasetUIContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_type_0 = DatasetUIContext.from_dict(data)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetUIContext | None | Unset, data)

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        def _parse_llm_evaluator(data: object) -> LlmEvaluatorUIContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_evaluator_type_0 = LlmEvaluatorUIContext.from_dict(data)

                return llm_evaluator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmEvaluatorUIContext | None | Unset, data)

        llm_evaluator = _parse_llm_evaluator(d.pop("llmEvaluator", UNSET))

        def _parse_playground(data: object) -> None | PlaygroundUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                playground_type_0 = PlaygroundUIContext.from_dict(data)

                return playground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaygroundUIContext | Unset, data)

        playground = _parse_playground(d.pop("playground", UNSET))

        def _parse_project(data: object) -> None | ProjectUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = ProjectUIContext.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectUIContext | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_prompt(data: object) -> None | PromptUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = PromptUIContext.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptUIContext | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_prompt_version(data: object) -> None | PromptVersionUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_version_type_0 = PromptVersionUIContext.from_dict(data)

                return prompt_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptVersionUIContext | Unset, data)

        prompt_version = _parse_prompt_version(d.pop("promptVersion", UNSET))

        def _parse_session(data: object) -> None | SessionUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = SessionUIContext.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionUIContext | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_span(data: object) -> None | SpanUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                span_type_0 = SpanUIContext.from_dict(data)

                return span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpanUIContext | Unset, data)

        span = _parse_span(d.pop("span", UNSET))

        def _parse_trace(data: object) -> None | TraceUIContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_0 = TraceUIContext.from_dict(data)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TraceUIContext | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        ui_contexts = cls(
            code_evaluator=code_evaluator,
            dataset=dataset,
            llm_evaluator=llm_evaluator,
            playground=playground,
            project=project,
            prompt=prompt,
            prompt_version=prompt_version,
            session=session,
            span=span,
            trace=trace,
        )

        return ui_contexts

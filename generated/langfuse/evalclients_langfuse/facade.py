"""Named Langfuse clients, generated from specs/vendors.toml ``[vendors.langfuse.client]``.

``Langfuse`` and ``AsyncLangfuse`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[langfuse]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import getter, listing

if TYPE_CHECKING:
    from .models import (
        Dataset,
        DatasetRun,
        DatasetRunItem,
        DatasetRunWithItems,
        ExperimentItem,
        TraceWithFullDetails,
    )


__all__ = ["AsyncLangfuse", "Langfuse"]


class _Helpers:
    vendor_name = "langfuse"

    @listing("datasets_list")
    def datasets(
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[Dataset]:
        """Every dataset of the project."""
        ...

    @listing("datasets_get_runs")
    def dataset_runs(
        dataset_name: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[DatasetRun]:
        """Every run of a dataset (Langfuse's experiments)."""
        ...

    @getter("datasets_get_run")
    def dataset_run(
        dataset_name: str, run_name: str, **options: Unpack[RequestOptions]
    ) -> DatasetRunWithItems:
        """One dataset run with its items."""
        ...

    @listing("dataset_run_items_list")
    def dataset_run_items(
        dataset_id: str,
        run_name: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[DatasetRunItem]:
        """Every item of a dataset run: its dataset item and the trace it produced."""
        ...

    @listing("experiments_list_items")
    def experiment_items(
        experiment_id: str | None = None,
        from_start_time: datetime.datetime = datetime.datetime.fromisoformat(
            "1970-01-01T00:00:00+00:00"
        ),
        to_start_time: datetime.datetime | None = None,
        fields: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[ExperimentItem]:
        """Every item of a Langfuse v4 experiment, newest first.

        ``experiment_id`` takes several ids comma-separated (none: every experiment);
        ``fields`` picks field groups (``core,dataset,io,scores`` adds input, output and the
        item's and trace's scores); ``from_start_time`` defaults to the Unix epoch, so every
        item is listed. This is Langfuse Cloud's listing since v3 was removed there
        (2026-11-16); self-hosted v3 servers have ``dataset_run_items``.
        """
        ...

    @getter("trace_get")
    def trace(trace_id: str, **options: Unpack[RequestOptions]) -> TraceWithFullDetails:
        """One trace with its observations and scores."""
        ...


class Langfuse(_Helpers, Client):
    """Langfuse (HTTP Basic: ``LANGFUSE_PUBLIC_KEY`` as ``username=``, ``LANGFUSE_SECRET_KEY`` as
    ``api_key=``).
    """


class AsyncLangfuse(_Helpers, AsyncClient):
    """Langfuse, async (the twin of ``Langfuse``)."""

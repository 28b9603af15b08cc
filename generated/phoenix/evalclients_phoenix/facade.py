"""Named Arize Phoenix clients, generated from specs/vendors.toml ``[vendors.phoenix.client]``.

``Phoenix`` and ``AsyncPhoenix`` are the facade's ``Client`` and ``AsyncClient``
for this vendor, with helpers declared once in a mixin both twins share. Any other registry
operation is reachable with ``call()`` / ``paginate()``, and every generated operation through
``.api``. They need the facade: ``pip install "evalclients[phoenix]"``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from evalclients.client import AsyncClient, Client
from evalclients.config import RequestOptions
from evalclients.operations import getter, listing

if TYPE_CHECKING:
    from .models import Experiment, ExperimentRun


__all__ = ["AsyncPhoenix", "Phoenix"]


class _Helpers:
    vendor_name = "phoenix"

    @listing("list_experiment_runs")
    def experiment_runs(
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[ExperimentRun]:
        """Every run of an experiment, newest first.

        Phoenix answers an unknown but well-formed experiment id with an empty list, not 404.
        """
        ...

    @listing("list_experiments")
    def experiments(
        dataset_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterable[Experiment]:
        """Every experiment of a dataset."""
        ...

    @getter("get_experiment")
    def experiment(experiment_id: str, **options: Unpack[RequestOptions]) -> Experiment:
        """One experiment."""
        ...


class Phoenix(_Helpers, Client):
    """Arize Phoenix (default ``http://localhost:6006``; ``PHOENIX_API_KEY`` when auth is on)."""


class AsyncPhoenix(_Helpers, AsyncClient):
    """Arize Phoenix, async (the twin of ``Phoenix``)."""

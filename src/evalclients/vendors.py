"""Named clients for the four vendors, with helpers for their documented endpoints.

Each vendor's helpers are declared once, in a mixin both its sync and async client share.
Any other registry operation is reachable with ``call()`` / ``paginate()``, and every
generated operation through ``.api``.
"""

# mypy: disable-error-code="empty-body"
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from evalclients.client import AsyncClient, Client
from evalclients.operations import getter, listing

if TYPE_CHECKING:
    from evalclients_arize.models import ExperimentRun as ArizeExperimentRun
    from evalclients_humanloop.models import EvaluationResponse, EvaluationRunResponse
    from evalclients_phoenix.models import Experiment as PhoenixExperiment
    from evalclients_phoenix.models import ExperimentRun as PhoenixExperimentRun
    from evalclients_respan.models import Experiment as RespanExperiment

__all__ = [
    "ArizeAX",
    "AsyncArizeAX",
    "AsyncHumanloop",
    "AsyncPhoenix",
    "AsyncRespan",
    "Humanloop",
    "Phoenix",
    "Respan",
]


class _ArizeAXHelpers:
    vendor_name = "arize"

    @listing("list_experiment_runs")
    def experiment_runs(
        experiment_id: str, *, limit: int | None = None, max_items: int | None = None
    ) -> Iterable[ArizeExperimentRun]:
        """Every run of an experiment (``limit``: page size, at most 500)."""
        ...

    @listing("search_experiment_runs", body=("filter",))
    def search_experiment_runs(
        experiment_id: str,
        filter: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Iterable[ArizeExperimentRun]:
        """The runs of an experiment that match a SQL-like ``filter`` (all without one), in
        stable id order. Pages with its cursor in the POST body; the filter is sent unchanged
        on every page, as Arize requires (``limit``: page size, 1 to 500)."""
        ...


class _PhoenixHelpers:
    vendor_name = "phoenix"

    @listing("list_experiment_runs")
    def experiment_runs(
        experiment_id: str, *, limit: int | None = None, max_items: int | None = None
    ) -> Iterable[PhoenixExperimentRun]:
        """Every run of an experiment, newest first (``limit``: page size).

        Phoenix answers an unknown but well-formed experiment id with an empty list, not 404.
        """
        ...

    @listing("list_experiments")
    def experiments(
        dataset_id: str, *, limit: int | None = None, max_items: int | None = None
    ) -> Iterable[PhoenixExperiment]:
        """Every experiment of a dataset."""
        ...

    @getter("get_experiment")
    def experiment(experiment_id: str) -> PhoenixExperiment:
        """One experiment."""
        ...


class _HumanloopHelpers:
    vendor_name = "humanloop"

    @listing("list_runs_for_evaluation")
    def evaluation_runs(id: str) -> Iterable[EvaluationRunResponse]:
        """Every run of an evaluation (Humanloop returns them in one page)."""
        ...

    @listing("list_evaluations")
    def evaluations(
        file_id: str | None = None, *, size: int | None = None, max_items: int | None = None
    ) -> Iterable[EvaluationResponse]:
        """Every evaluation of a file (``size``: page size).

        The current API requires ``file_id`` (as the official SDK does); without it the call
        raises ``TypeError`` before any request is sent.
        """
        ...


class _RespanHelpers:
    vendor_name = "respan"

    @listing("list_experiments")
    def experiments(
        *, page_size: int | None = None, max_items: int | None = None
    ) -> Iterable[RespanExperiment]:
        """Every experiment."""
        ...

    @getter("retrieve_experiment")
    def experiment(experiment_id: str) -> RespanExperiment:
        """One experiment, with its workflow and scoring configuration."""
        ...


class ArizeAX(_ArizeAXHelpers, Client):
    """Arize AX (``ARIZE_API_KEY``; ``region=`` one of the documented regions)."""


class AsyncArizeAX(_ArizeAXHelpers, AsyncClient):
    """Arize AX, async."""


class Phoenix(_PhoenixHelpers, Client):
    """Arize Phoenix (default ``http://localhost:6006``; ``PHOENIX_API_KEY`` when auth is on)."""


class AsyncPhoenix(_PhoenixHelpers, AsyncClient):
    """Arize Phoenix, async."""


class Humanloop(_HumanloopHelpers, Client):
    """Humanloop (``HUMANLOOP_API_KEY``, sent as ``X-API-KEY``)."""


class AsyncHumanloop(_HumanloopHelpers, AsyncClient):
    """Humanloop, async."""


class Respan(_RespanHelpers, Client):
    """Respan (``RESPAN_API_KEY``)."""


class AsyncRespan(_RespanHelpers, AsyncClient):
    """Respan, async."""

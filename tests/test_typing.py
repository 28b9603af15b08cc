"""The named helpers are typed: mypy sees the generated item models, sync and async.

The fully typed import is the generated package's (``from evalclients_phoenix import
Phoenix``); ``evalclients.Phoenix`` is found at run time through the registry and is ``Any``
to a type checker.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

SNIPPET = """
from evalclients_arize import ArizeAX
from evalclients_arize.models import ExperimentRun as ArizeRun
from evalclients_humanloop import Humanloop
from evalclients_humanloop.models import EvaluationRunResponse
from evalclients_phoenix import AsyncPhoenix, Phoenix
from evalclients_phoenix.models import Experiment, ExperimentRun
from evalclients_respan import Respan
from evalclients_respan.models import Experiment as RespanExperiment

def sync(p: Phoenix, a: ArizeAX, h: Humanloop, r: Respan) -> None:
    run: ExperimentRun = next(p.experiment_runs("x", page_size=5, max_items=10))
    exp: Experiment = p.experiment("x")
    arize_run: ArizeRun = next(a.experiment_runs("x"))
    hl_run: EvaluationRunResponse = next(h.evaluation_runs("ev"))
    rs: RespanExperiment = r.experiment("x")
    page = next(p.experiment_runs("x").by_page())
    first: ExperimentRun = page.items[0]

async def asynchronous(p: AsyncPhoenix) -> None:
    async for run in p.experiment_runs("x"):
        typed: ExperimentRun = run
    exp: Experiment = await p.experiment("x")
"""

WRONG = """
from evalclients_phoenix import Phoenix
from evalclients_phoenix.models import Experiment

def misuse(p: Phoenix) -> None:
    exp: Experiment = next(p.experiment_runs("x"))
    p.experiment_runs(experiment_id=1)
"""


def _mypy(tmp_path: Path, code: str) -> tuple[str, int]:
    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(code))
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", str(path)]
    )
    return out + err, status


def test_helpers_return_the_generated_models(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, SNIPPET)
    assert status == 0, out


def test_mypy_catches_a_wrong_item_type_and_a_wrong_argument(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, WRONG)
    assert status == 1
    assert 'Incompatible types in assignment (expression has type "ExperimentRun"' in out
    assert 'Argument "experiment_id"' in out


def test_the_facade_name_is_the_generated_class_and_types_as_any(tmp_path: Path) -> None:
    import evalclients_phoenix

    import evalclients

    assert evalclients.Phoenix is evalclients_phoenix.Phoenix
    assert evalclients.AsyncArizeAX.__module__ == "evalclients_arize.facade"
    out, _status = _mypy(tmp_path, "import evalclients\nreveal_type(evalclients.Phoenix)\n")
    assert 'Revealed type is "Any"' in out, out

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


# Each named client comes typed from its generated package (evalclients.<Name> is Any).
CLIENTS = {
    "ArizeAX": "evalclients_arize",
    "AsyncArizeAX": "evalclients_arize",
    "Phoenix": "evalclients_phoenix",
    "AsyncPhoenix": "evalclients_phoenix",
    "Humanloop": "evalclients_humanloop",
    "AsyncHumanloop": "evalclients_humanloop",
    "Respan": "evalclients_respan",
    "AsyncRespan": "evalclients_respan",
    "Client": "evalclients",
    "AsyncClient": "evalclients",
}

OPTIONS_RIGHT = """
import httpx
import evalclients
from evalclients.client import RawResponse
from evalclients_arize import ArizeAX
from evalclients_phoenix import AsyncPhoenix, Phoenix
from evalclients_phoenix.models import Experiment

def right(p: Phoenix, a: AsyncPhoenix) -> None:
    Phoenix(api_key="k", base_url="http://h", timeout=5, max_retries=1,
            allow_insecure_http=True, retry_policy=evalclients.RetryPolicy())
    ArizeAX(region="eu-west-1a", timeout=httpx.Timeout(3))
    evalclients.Client("phoenix", username="u", http_client=httpx.Client())
    fast = p.with_options(timeout=1, max_retries=0, extra_headers={"X": "1"}, extra_query={})
    exp: Experiment = fast.experiment("x", timeout=2, extra_headers={"A": "b"}, max_retries=1)
    runs = p.experiment_runs("x", page_size=5, extra_query={"q": 1})
    p.paginate("list_experiment_runs", experiment_id="x", timeout=3)
    raw: RawResponse[object] = p.with_raw_response.call("get_experiment", experiment_id="x")
    status: int = raw.status_code
    rid: str | None = raw.request_id
"""


def test_typed_options_pass_mypy(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, OPTIONS_RIGHT)
    assert status == 0, out


def test_mypy_rejects_misspelled_and_mistyped_options_on_every_client(tmp_path: Path) -> None:
    lines = [f"from {module} import {name}" for name, module in CLIENTS.items()]
    lines += ["def misuse() -> None:"]
    for name in CLIENTS:
        args = '"phoenix", ' if name in ("Client", "AsyncClient") else ""
        lines += [
            f"    {name}({args}api_kye='x')",
            f"    {name}({args}timeout='slow')",
            f"    {name}({args}max_retries=1.5)",
            f"    {name}({args}region=3)",
        ]
    lines += [
        "def per_call(p: Phoenix) -> None:",
        "    p.with_options(max_retry=1)",
        "    p.with_options(timeout='1')",
        "    p.experiment('x', timeout='2')",
        "    p.experiment('x', extra_header={})",
        "    p.experiment_runs('x', extra_headers=1)",
    ]
    out, status = _mypy(tmp_path, "\n".join(lines) + "\n")
    assert status == 1
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 4 * len(CLIENTS) + 5, out
    for name in CLIENTS:
        assert f'Unexpected keyword argument "api_kye" for "{name}"' in out, name
    assert 'Argument "timeout" to "Phoenix" has incompatible type "str"' in out
    assert 'Argument "max_retries" to "Respan" has incompatible type "float"' in out
    assert 'Unexpected keyword argument "max_retry" for "with_options"' in out
    assert 'Unexpected keyword argument "extra_header"' in out


def test_the_facade_name_is_the_generated_class_and_types_as_any(tmp_path: Path) -> None:
    import evalclients_phoenix

    import evalclients

    assert evalclients.Phoenix is evalclients_phoenix.Phoenix
    assert evalclients.AsyncArizeAX.__module__ == "evalclients_arize.facade"
    out, _status = _mypy(tmp_path, "import evalclients\nreveal_type(evalclients.Phoenix)\n")
    assert 'Revealed type is "Any"' in out, out

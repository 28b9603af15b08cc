"""What the real Arize Phoenix 20.26.1 REST API does, pinned with raw httpx.

These document server behaviour the facade has to handle (status codes, content types,
paging, id format, connection handling, auth); they use no evalclients code.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import (
    SeededExperiment,
    create_experiment,
    global_id,
    make_client,
    now_iso,
    parse_global_id,
    post_run,
    post_runs,
    seed_experiment,
    unique_name,
    upload_dataset,
)

pytestmark = pytest.mark.phoenix

TEXT = "text/plain; charset=utf-8"
UNKNOWN_EXPERIMENT = global_id("Experiment", 999_999)


@pytest.fixture
def client(phoenix: PhoenixServer) -> Iterator[httpx.Client]:
    with make_client(phoenix.base_url) as c:
        yield c


@pytest.fixture(scope="module")
def seeded(phoenix: PhoenixServer) -> SeededExperiment:
    """4 examples x 3 repetitions, all 12 runs posted."""
    with make_client(phoenix.base_url) as c:
        return seed_experiment(c, n_examples=4, repetitions=3, with_runs=True)


def _run_body(example_id: str, repetition: int, **extra: Any) -> dict[str, Any]:
    stamp = now_iso()
    body: dict[str, Any] = {
        "dataset_example_id": example_id,
        "output": {"x": 1},
        "repetition_number": repetition,
        "start_time": stamp,
        "end_time": stamp,
    }
    body.update(extra)
    return body


def _eval_body(run_id: str, name: str, **extra: Any) -> dict[str, Any]:
    stamp = now_iso()
    body: dict[str, Any] = {
        "experiment_run_id": run_id,
        "name": name,
        "annotator_kind": "CODE",
        "start_time": stamp,
        "end_time": stamp,
    }
    body.update(extra)
    return body


# --- ids -------------------------------------------------------------------------------


def test_global_ids_are_base64_type_colon_rowid(seeded: SeededExperiment) -> None:
    assert global_id("Experiment", 1) == "RXhwZXJpbWVudDox"
    assert parse_global_id(seeded.experiment_id)[0] == "Experiment"
    assert parse_global_id(seeded.dataset.dataset_id)[0] == "Dataset"
    assert parse_global_id(seeded.dataset.version_id)[0] == "DatasetVersion"
    assert {parse_global_id(i)[0] for i in seeded.dataset.example_ids} == {"DatasetExample"}
    assert {parse_global_id(i)[0] for i in seeded.run_ids} == {"ExperimentRun"}


# --- datasets ----------------------------------------------------------------------------


def test_upload_sync_returns_ids(client: httpx.Client) -> None:
    n = 3
    body = {
        "name": unique_name("sync"),
        "inputs": [{"q": i} for i in range(n)],
        "outputs": [{"a": i} for i in range(n)],
        "metadata": [{} for _ in range(n)],
    }
    resp = client.post("/v1/datasets/upload", params={"sync": "true"}, json=body)
    assert resp.status_code == 200
    data = resp.json()["data"]
    assert set(data) == {
        "dataset_id",
        "version_id",
        "num_created_examples",
        "num_updated_examples",
        "num_deleted_examples",
    }
    assert data["num_created_examples"] == n


def test_upload_without_sync_answers_null_and_inserts_later(client: httpx.Client) -> None:
    name = unique_name("async")
    resp = client.post("/v1/datasets/upload", json={"name": name, "inputs": [{"q": 1}]})
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/json"
    assert resp.text == "null"  # no id at all: the insert is queued
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = client.get("/v1/datasets", params={"name": name}).json()["data"]
        if found:
            break
        time.sleep(0.05)
    assert [d["name"] for d in found] == [name]


def test_duplicate_dataset_name_is_409_text(client: httpx.Client) -> None:
    ds = upload_dataset(client, 1)
    resp = client.post(
        "/v1/datasets/upload", params={"sync": "true"}, json={"name": ds.name, "inputs": [{}]}
    )
    assert resp.status_code == 409
    assert resp.headers["content-type"] == TEXT
    assert resp.text == f'A dataset named "{ds.name}" already exists.'


def test_examples_come_back_in_upload_order(client: httpx.Client) -> None:
    ds = upload_dataset(client, 5)
    rowids = [parse_global_id(i)[1] for i in ds.example_ids]
    assert rowids == sorted(rowids)
    examples = client.get(f"/v1/datasets/{ds.dataset_id}/examples").json()["data"]["examples"]
    assert [e["input"]["question"] for e in examples] == [f"q{i}" for i in range(5)]
    assert all(e["id"] == e["node_id"] for e in examples)


# --- experiments and runs ------------------------------------------------------------------


def test_create_experiment_with_repetitions(client: httpx.Client) -> None:
    ds = upload_dataset(client, 2)
    exp = create_experiment(client, ds.dataset_id, repetitions=3)
    assert exp["repetitions"] == 3
    assert exp["dataset_id"] == ds.dataset_id
    assert exp["dataset_version_id"] == ds.version_id
    assert exp["project_name"].startswith("Experiment-")  # a project is made up for it
    got = client.get(f"/v1/experiments/{exp['id']}").json()["data"]
    assert got["example_count"] == 2
    assert (got["successful_run_count"], got["failed_run_count"]) == (0, 0)
    assert got["missing_run_count"] == 6  # examples x repetitions


def test_create_experiment_for_unknown_dataset_is_404(client: httpx.Client) -> None:
    resp = client.post(f"/v1/datasets/{global_id('Dataset', 999_999)}/experiments", json={})
    assert resp.status_code == 404
    assert resp.headers["content-type"] == TEXT


def test_runs_are_listed_newest_first(client: httpx.Client, seeded: SeededExperiment) -> None:
    resp = client.get(f"/v1/experiments/{seeded.experiment_id}/runs")
    assert resp.status_code == 200
    body = resp.json()
    assert body["next_cursor"] is None  # no limit: everything in one page
    ids = [r["id"] for r in body["data"]]
    assert ids == list(reversed(seeded.run_ids))
    assert [parse_global_id(i)[1] for i in ids] == sorted(
        (parse_global_id(i)[1] for i in ids), reverse=True
    )


def test_run_paging_cursor_is_the_first_id_of_the_next_page(
    client: httpx.Client, seeded: SeededExperiment
) -> None:
    path = f"/v1/experiments/{seeded.experiment_id}/runs"
    newest_first = list(reversed(seeded.run_ids))  # 12 runs
    pages: list[list[str]] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 5}
        if cursor is not None:
            params["cursor"] = cursor
        body = client.get(path, params=params).json()
        page = [r["id"] for r in body["data"]]
        pages.append(page)
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert cursor == newest_first[sum(map(len, pages))]  # inclusive: not yet returned
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [i for p in pages for i in p] == newest_first
    # A limit equal to the total gives one page and no cursor (no empty last page).
    body = client.get(path, params={"limit": 12}).json()
    assert (len(body["data"]), body["next_cursor"]) == (12, None)


def test_cursor_is_only_a_rowid_bound(client: httpx.Client, seeded: SeededExperiment) -> None:
    path = f"/v1/experiments/{seeded.experiment_id}/runs"
    # A cursor past the newest run is accepted and simply returns everything ...
    far = client.get(path, params={"cursor": global_id("ExperimentRun", 10**9)}).json()
    assert len(far["data"]) == 12
    # ... and its type name is not checked: an Experiment id works as a run cursor.
    third = parse_global_id(seeded.run_ids[2])[1]
    typed = client.get(path, params={"cursor": global_id("Experiment", third)}).json()
    assert [r["id"] for r in typed["data"]] == list(reversed(seeded.run_ids[:3]))


def test_garbage_cursor_is_422_text(client: httpx.Client, seeded: SeededExperiment) -> None:
    resp = client.get(f"/v1/experiments/{seeded.experiment_id}/runs", params={"cursor": "garbage"})
    assert resp.status_code == 422
    assert resp.headers["content-type"] == TEXT
    assert resp.text == "Invalid cursor format: garbage"


@pytest.mark.parametrize(
    ("limit", "error_type"), [("0", "greater_than"), ("-1", "greater_than"), ("x", "int_parsing")]
)
def test_bad_limit_is_fastapi_422_json(
    client: httpx.Client, seeded: SeededExperiment, limit: str, error_type: str
) -> None:
    resp = client.get(f"/v1/experiments/{seeded.experiment_id}/runs", params={"limit": limit})
    assert resp.status_code == 422
    assert resp.headers["content-type"] == "application/json"
    (detail,) = resp.json()["detail"]
    assert detail["loc"] == ["query", "limit"]
    assert detail["type"] == error_type


def test_unknown_experiment_is_404_text(client: httpx.Client) -> None:
    resp = client.get(f"/v1/experiments/{UNKNOWN_EXPERIMENT}")
    assert resp.status_code == 404
    assert resp.headers["content-type"] == TEXT
    assert resp.text == f"Experiment with ID {UNKNOWN_EXPERIMENT} does not exist"


def test_runs_of_unknown_experiment_are_200_empty(client: httpx.Client) -> None:
    resp = client.get(f"/v1/experiments/{UNKNOWN_EXPERIMENT}/runs")
    assert resp.status_code == 200  # not 404 as the spec says
    assert resp.json() == {"data": [], "next_cursor": None}


def test_wrong_type_id_is_404_even_for_runs(client: httpx.Client, seeded: SeededExperiment) -> None:
    dataset_id = seeded.dataset.dataset_id
    for path in (f"/v1/experiments/{dataset_id}", f"/v1/experiments/{dataset_id}/runs"):
        resp = client.get(path)
        assert resp.status_code == 404, path
        assert resp.text == f"Experiment with ID {dataset_id} does not exist"


def test_malformed_experiment_id_is_422_text(client: httpx.Client) -> None:
    for path in ("/v1/experiments/garbage", "/v1/experiments/garbage/runs"):
        resp = client.get(path)
        assert resp.status_code == 422, path
        assert resp.headers["content-type"] == TEXT
        assert resp.text == "Invalid experiment ID format: garbage"


def test_repeated_run_is_409_text(client: httpx.Client, seeded: SeededExperiment) -> None:
    resp = client.post(
        f"/v1/experiments/{seeded.experiment_id}/runs",
        json=_run_body(seeded.dataset.example_ids[0], 1),
    )
    assert resp.status_code == 409
    assert resp.headers["content-type"] == TEXT
    assert resp.text == (
        f"Experiment run {seeded.run_ids[0]} already exists with a successful result "
        "and cannot be updated"
    )


def test_failed_run_can_be_overwritten_in_place(client: httpx.Client) -> None:
    s = seed_experiment(client, n_examples=1, repetitions=1)
    example = s.dataset.example_ids[0]
    failed = post_run(client, s.experiment_id, example, 1, error="boom")
    fixed = post_run(client, s.experiment_id, example, 1, output="ok")
    assert fixed == failed  # same run id, now successful
    (run,) = client.get(f"/v1/experiments/{s.experiment_id}/runs").json()["data"]
    assert (run["output"], run["error"]) == ("ok", None)


def test_repetition_number_is_not_checked_against_repetitions(client: httpx.Client) -> None:
    s = seed_experiment(client, n_examples=1, repetitions=1)
    path = f"/v1/experiments/{s.experiment_id}/runs"
    assert client.post(path, json=_run_body(s.dataset.example_ids[0], 7)).status_code == 200
    zero = client.post(path, json=_run_body(s.dataset.example_ids[0], 0))
    assert zero.status_code == 422  # only > 0 is validated (FastAPI JSON)
    assert zero.json()["detail"][0]["loc"] == ["body", "repetition_number"]


# --- evaluations ---------------------------------------------------------------------------


def test_evaluation_upsert_by_run_and_name(client: httpx.Client, seeded: SeededExperiment) -> None:
    run_id = seeded.run_ids[0]
    name = unique_name("acc")
    first = client.post(
        "/v1/experiment_evaluations", json=_eval_body(run_id, name, result={"score": 1.0})
    )
    assert first.status_code == 200
    again = client.post(
        "/v1/experiment_evaluations",
        json=_eval_body(run_id, name, result={"score": 0.5, "label": "half"}),
    )
    assert again.status_code == 200
    assert again.json()["data"]["id"] == first.json()["data"]["id"]  # updated, not added
    assert parse_global_id(first.json()["data"]["id"])[0] == "ExperimentEvaluation"
    only_error = client.post(
        "/v1/experiment_evaluations", json=_eval_body(run_id, unique_name("e"), error="boom")
    )
    assert only_error.status_code == 200


def test_evaluation_without_result_or_error_is_422(
    client: httpx.Client, seeded: SeededExperiment
) -> None:
    resp = client.post("/v1/experiment_evaluations", json=_eval_body(seeded.run_ids[0], "x"))
    assert resp.status_code == 422
    assert resp.headers["content-type"] == "application/json"
    (detail,) = resp.json()["detail"]
    assert detail["loc"] == ["body"]
    assert "Either 'result' or 'error' must be provided" in detail["msg"]


# --- 500s and the dropped connection ------------------------------------------------------


def _unknown_refs(seeded: SeededExperiment) -> list[tuple[str, dict[str, Any]]]:
    example = seeded.dataset.example_ids[0]
    return [
        (f"/v1/experiments/{UNKNOWN_EXPERIMENT}/runs", _run_body(example, 1)),
        (
            f"/v1/experiments/{seeded.experiment_id}/runs",
            _run_body(global_id("DatasetExample", 999_999), 1),
        ),
        (
            "/v1/experiment_evaluations",
            _eval_body(global_id("ExperimentRun", 999_999), "x", result={"score": 1}),
        ),
    ]


def test_unknown_references_on_post_are_500(
    phoenix: PhoenixServer, seeded: SeededExperiment
) -> None:
    """Run for an unknown experiment/example, evaluation for an unknown run: 500, not 404."""
    for path, body in _unknown_refs(seeded):
        with make_client(phoenix.base_url) as c:
            resp = c.post(path, json=body)
        assert resp.status_code == 500, path
        assert resp.headers["content-type"] == TEXT
        assert resp.text == "Internal Server Error"
        assert "connection" not in resp.headers  # no "Connection: close" warning ...


def test_server_closes_the_connection_after_a_500(
    phoenix: PhoenixServer, seeded: SeededExperiment
) -> None:
    """... yet uvicorn drops the kept-alive connection right after sending the 500."""
    path, body = _unknown_refs(seeded)[0]
    request = httpx.Request("POST", phoenix.base_url + path, json=body)
    raw = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(request.content)}\r\n\r\n"
    ).encode() + request.content
    assert phoenix.port is not None
    with socket.create_connection(("127.0.0.1", phoenix.port), timeout=5) as sock:
        sock.sendall(raw)
        received = b""
        while True:
            chunk = sock.recv(65536)  # blocks until data or EOF; 5 s timeout otherwise
            if not chunk:
                break  # EOF: the server closed the connection
            received += chunk
    assert received.startswith(b"HTTP/1.1 500 ")
    assert received.endswith(b"\r\n\r\nInternal Server Error")


def test_next_request_on_the_same_httpx_client_may_fail(
    phoenix: PhoenixServer, seeded: SeededExperiment
) -> None:
    """An immediate next request usually dies with ReadError; after a pause it is fine.

    httpx/httpcore only notices the closed socket if the FIN has arrived before it reuses the
    connection, so this is a race; `transport retries` do not cover it (connect errors only).
    """
    path, body = _unknown_refs(seeded)[0]
    outcomes: dict[str, int] = {}
    for _ in range(10):
        with make_client(phoenix.base_url) as c:
            assert c.post(path, json=body).status_code == 500
            try:
                c.get("/healthz")
                outcome = "ok"
            except (httpx.ReadError, httpx.RemoteProtocolError) as exc:
                outcome = type(exc).__name__
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert set(outcomes) <= {"ok", "ReadError", "RemoteProtocolError"}
    with make_client(phoenix.base_url) as c:
        assert c.post(path, json=body).status_code == 500
        time.sleep(0.3)  # let the FIN arrive: httpcore then opens a new connection
        assert c.get("/healthz").status_code == 200


# --- timings --------------------------------------------------------------------------------


def test_timings(phoenix: PhoenixServer, capsys: pytest.CaptureFixture[str]) -> None:
    """Rough timings on this machine, printed; generous bounds only."""
    assert phoenix.startup_seconds is not None
    with make_client(phoenix.base_url) as c:
        t0 = time.perf_counter()
        for _ in range(20):
            c.get("/healthz").raise_for_status()
        healthz = (time.perf_counter() - t0) / 20
        t0 = time.perf_counter()
        ds = upload_dataset(c, 300)
        upload = time.perf_counter() - t0
        exp = create_experiment(c, ds.dataset_id)
        t0 = time.perf_counter()
        post_runs(c, exp["id"], ds.example_ids, 1)
        runs = time.perf_counter() - t0
        t0 = time.perf_counter()
        listed = c.get(f"/v1/experiments/{exp['id']}/runs").json()["data"]
        listing = time.perf_counter() - t0
    assert len(listed) == 300
    with capsys.disabled():
        print(
            f"\n[phoenix timings] startup {phoenix.startup_seconds:.2f}s, "
            f"healthz {healthz * 1000:.1f}ms, upload 300 examples (+list) {upload:.2f}s, "
            f"300 runs one by one {runs:.2f}s, list 300 runs {listing * 1000:.0f}ms"
        )
    assert upload < 30 and runs < 60


# --- auth -----------------------------------------------------------------------------------


def test_healthz_needs_no_auth(phoenix_auth: PhoenixServer) -> None:
    assert httpx.get(f"{phoenix_auth.base_url}/healthz").text == "OK"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"api_key": "x"}])
def test_missing_or_wrong_key_is_401_text(
    phoenix_auth: PhoenixServer, headers: dict[str, str]
) -> None:
    resp = httpx.get(f"{phoenix_auth.base_url}/v1/datasets", headers=headers)
    assert resp.status_code == 401
    assert resp.headers["content-type"] == TEXT
    assert resp.text == "Invalid token"
    assert resp.headers["www-authenticate"].startswith('Bearer realm="Arize Phoenix"')


def test_admin_secret_is_a_bearer_token_for_the_system_user(phoenix_auth: PhoenixServer) -> None:
    with make_client(phoenix_auth.base_url, phoenix_auth.admin_secret) as c:
        assert c.get("/v1/datasets").status_code == 200
        me = c.get("/v1/user").json()["data"]
        assert (me["username"], me["role"]) == ("system", "SYSTEM")
        # The admin secret counts as an API key: it cannot mint *user* keys.
        resp = c.post("/v1/user/api_keys", json={"data": {"name": "k"}})
        assert (resp.status_code, resp.text) == (403, "API keys cannot create API keys")


def test_system_api_key_via_admin_secret(phoenix_auth: PhoenixServer) -> None:
    with make_client(phoenix_auth.base_url, phoenix_auth.admin_secret) as admin:
        wrong = admin.post("/v1/system/api_keys", json={"name": "k"})  # body must be {"data":..}
        assert wrong.status_code == 422
        resp = admin.post("/v1/system/api_keys", json={"data": {"name": unique_name("sys")}})
        assert resp.status_code == 201
        created = resp.json()["data"]
        assert parse_global_id(created["id"])[0] == "SystemApiKey"
    with make_client(phoenix_auth.base_url, created["key"]) as c:
        assert c.get("/v1/datasets").status_code == 200
        assert upload_dataset(c, 2).example_ids
        again = c.post("/v1/system/api_keys", json={"data": {"name": "k2"}})
        assert again.status_code == 403  # API keys cannot mint keys


def test_member_key_gets_403_on_admin_operations(phoenix_auth: PhoenixServer) -> None:
    email, password = f"{unique_name('m')}@example.com", "Member-Passw0rd"
    user = {
        "email": email,
        "username": unique_name("member"),
        "role": "MEMBER",
        "auth_method": "LOCAL",
        "password": password,
    }
    with make_client(phoenix_auth.base_url, phoenix_auth.admin_secret) as admin:
        resp = admin.post("/v1/users", json={"user": user, "send_welcome_email": False})
        assert resp.status_code == 201
        assert resp.json()["data"]["password_needs_reset"] is True  # login still works
        # 409 text; which field it names depends on SQLite's constraint order: both seen.
        dup = admin.post("/v1/users", json={"user": user, "send_welcome_email": False})
        assert dup.status_code == 409
        assert dup.text in ("Username already exists", "Email already exists")
        same_email = {**user, "username": unique_name("other")}
        dup = admin.post("/v1/users", json={"user": same_email, "send_welcome_email": False})
        assert (dup.status_code, dup.text) == (409, "Email already exists")
        same_name = {**user, "email": f"{unique_name('o')}@example.com"}
        dup = admin.post("/v1/users", json={"user": same_name, "send_welcome_email": False})
        assert (dup.status_code, dup.text) == (409, "Username already exists")
    with make_client(phoenix_auth.base_url) as session:
        bad = session.post("/auth/login", json={"email": email, "password": "nope"})
        assert (bad.status_code, bad.text) == (401, "Invalid email and/or password")
        login = session.post("/auth/login", json={"email": email, "password": password})
        assert login.status_code == 204  # tokens come as cookies
        assert "phoenix-access-token" in session.cookies
        minted = session.post("/v1/user/api_keys", json={"data": {"name": "mine"}})
        assert minted.status_code == 201
        key = minted.json()["data"]["key"]
    with make_client(phoenix_auth.base_url, key) as member:
        assert member.get("/v1/user").json()["data"]["role"] == "MEMBER"
        assert upload_dataset(member, 1).dataset_id  # members may write data
        for resp in (
            member.get("/v1/users"),
            member.post("/v1/system/api_keys", json={"data": {"name": "x"}}),
        ):
            assert resp.status_code == 403
            assert resp.headers["content-type"] == TEXT
            assert resp.text == "Only admin or system users can perform this action."

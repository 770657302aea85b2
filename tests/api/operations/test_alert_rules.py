"""The shipped alert rules and dashboard (deploy/) load, and name only metrics the app exports.

``promtool check rules`` runs when promtool is installed (Debian's ``prometheus`` package has it);
the second check always runs: the PromQL of every rule and panel is parsed (``promql-parser``) and
each metric it selects must be a sample name in a scrape of /metrics after some traffic."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import promql_parser
import pytest
import yaml

from app.clock import utcnow
from app.worker import Worker
from tests.api.operations.metrics_scrape import Scrape

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
RULES = DEPLOY / "prometheus" / "alerts.yml"
DASHBOARD = DEPLOY / "grafana" / "fpwork-operations.json"
# Every alert the operations guide promises (docs/operations.md, "Alerts and dashboard").
PROMISED = {
    "FpworkApiErrorRate",
    "FpworkOverloaded",
    "FpworkSlowRequests",
    "FpworkWorkerDown",
    "FpworkOutboxBehind",
    "FpworkNextYearCalendarMissing",
    "FpworkDiskLow",
}


def _rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


def _panel_expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]


def metric_names(expression: str) -> set[str]:
    """The metric names an expression selects (vector, range and subquery selectors alike)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, promql_parser.VectorSelector):
            assert node.name, f"a selector without a metric name in {expression!r}"
            found.add(node.name)
            return
        for attribute in ("lhs", "rhs", "expr", "param", "vector_selector"):
            child = getattr(node, attribute, None)
            if child is not None:
                walk(child)
        for argument in getattr(node, "args", None) or ():
            walk(argument)

    walk(promql_parser.parse(expression))
    return found


def test_the_rules_pass_promtool(tmp_path):
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool is not installed (apt-get install prometheus); the name check below still runs")
    result = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(_rules())} rules found" in result.stdout


def test_the_promised_alerts_are_there_with_a_severity_and_a_summary():
    rules = {rule["alert"]: rule for rule in _rules()}
    assert PROMISED <= set(rules)
    for name, rule in rules.items():
        assert rule["labels"]["severity"] in {"page", "ticket"}, name
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], name


def test_the_name_check_finds_every_selector():
    names = metric_names(
        'sum(rate(a_total{x="1"}[5m])) / on() max(b) or absent(c) unless max_over_time(d[1h:5m])'
    )
    assert names == {"a_total", "b", "c", "d"}


async def test_every_rule_and_panel_names_only_metrics_the_app_exports(api):
    for _ in range(2):
        assert (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).status_code == 200
    assert (await api.client.get("/api/v1/meta/enums")).status_code == 200
    await _one_worker_pass(api)
    scrape = Scrape.parse((await api.client.get("/metrics")).text)
    # a sample's name, or a family's declared with no sample yet (no org has overdue work today)
    exported = scrape.sample_names | scrape.families
    expressions = [rule["expr"] for rule in _rules()] + _panel_expressions()
    assert len(expressions) > 30
    named = {name for expression in expressions for name in metric_names(expression)}
    assert named - exported == set(), f"not exported by /metrics: {sorted(named - exported)}"
    # and the dashboard shows every family the app exports, bar none
    shown = {name for expression in _panel_expressions() for name in metric_names(expression)}
    families = {n.removesuffix("_bucket") for n in scrape.sample_names if not n.endswith(("_sum", "_count"))}
    unshown = {f for f in families if not any(s == f or s.startswith(f"{f}_") for s in shown)}
    assert unshown == set(), f"exported but on no panel: {sorted(unshown)}"


async def _one_worker_pass(api) -> None:
    stop = asyncio.Event()
    started = utcnow().timestamp()
    task = asyncio.create_task(Worker(api.database, api.settings).run_forever(stop))
    try:
        for _ in range(300):
            beat = Scrape.parse((await api.client.get("/metrics")).text).all(
                "fpwork_worker_last_pass_timestamp_seconds"
            )
            if beat and beat[0][1] >= started:
                return
            await asyncio.sleep(0.2)
        raise AssertionError("the worker did not finish a pass")
    finally:
        stop.set()
        await task

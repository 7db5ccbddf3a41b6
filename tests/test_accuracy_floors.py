"""Accuracy on the labelled clusters may not fall below its floors (as trafilatura's eval gate).

`benchmarks/accuracy.py` scores newscmp against the hand-written `expected.json` of every folder
under `tests/fixtures/clusters/`. The floors below are the figures reached, rounded down to the
nearest 0.05. Floors are only ever raised: when a change lifts a figure, raise its floor in the
same commit; never lower one to make a change pass.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "tests" / "fixtures" / "clusters"
SLACK = 1e-9  # floating-point noise only

# kind -> (F1 floor, status accuracy floor). Only ever raised.
FLOORS: dict[str, tuple[float, float]] = {
    "date": (1.00, 1.00),
    "location": (1.00, 1.00),
    "venue": (1.00, 0.50),
    "duration": (1.00, 1.00),
    "participant": (1.00, 0.90),
    "follow_up": (0.75, 0.80),
    "quantity": (0.90, 1.00),
    "quote": (0.90, 1.00),
    "total": (0.95, 0.90),
}


def _load_accuracy() -> Any:
    name = "accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    accuracy = _load_accuracy()
    per_cluster, errors = accuracy.evaluate_clusters(CLUSTERS)
    assert per_cluster, "no labelled clusters found"
    assert errors == {}, errors
    overall = accuracy.Scores()
    for cluster in per_cluster.values():
        overall.add(cluster)
    return {**overall.kinds, "total": overall.total}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_f1_is_not_below_its_floor(scores: dict[str, Any], kind: str) -> None:
    f1_floor, _ = FLOORS[kind]
    assert scores[kind].f1 >= f1_floor - SLACK, f"{kind} F1 {scores[kind].f1:.3f} < {f1_floor}"


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_status_accuracy_is_not_below_its_floor(scores: dict[str, Any], kind: str) -> None:
    _, status_floor = FLOORS[kind]
    accuracy = scores[kind].status_accuracy or 0.0  # None when nothing matched
    assert accuracy >= status_floor - SLACK, f"{kind} status {accuracy:.3f} < {status_floor}"


def test_every_kind_has_a_floor(scores: dict[str, Any]) -> None:
    assert set(scores) == set(FLOORS)

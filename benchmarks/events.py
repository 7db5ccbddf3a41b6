"""How well and how fast newscmp sorts a mixed pile of articles into events.

    python benchmarks/events.py [--basil DIR] [--sizes 1000,10000] [--tune] [--json]

Quality is B-cubed precision, recall and F1 of `newscmp.events.group_articles` (default
settings) against the folders the articles come from, each folder one event:

- BASIL, all 300 articles (100 events × 3 outlets) mixed, in file order and shuffled (the
  events must be the same); also its two halves by a fixed rule: the 100 folders sorted by the
  SHA-256 of their names, the first 50 are "dev" (used with the fixtures to choose the
  setting, see --tune) and the other 50 "held out";
- the repository's labelled clusters (tests/fixtures/clusters/, 31 articles, 10 events) alone,
  each folder alone (it must stay one event), and mixed with all of BASIL.

`--tune` runs the grid of settings and picks the one with the best mean F1 over the choice sets
(the stories of tests/events_fixtures.py, the clusters, BASIL dev, and the clusters and BASIL
dev mixed), among those that keep every cluster folder, the sample articles and a big story
(the fixtures' ferry fire told alike by 120 articles) one event each; of settings within 0.001
of the best, the highest threshold (a wrong merge makes false conflicts; a missed one only
leaves a source out), then the highest relative bar. (Earlier grids chose 80 keywords an
article over 120 and 160, and names weighing twice as much as other words over the same weight;
and a mean that counts unscored pairs as 0 for up to 5% or 25% of two groups' pairs broke the
big story apart while changing nothing else: the mean is over scored pairs alone.) The held-out
half and all of BASIL are printed beside it but take no part in the choice.

Speed: the corpus of benchmarks/speed.py (generated from the fixtures) at each size, grouped in
a child process pinned to one core: wall and CPU seconds to load and to group, peak memory,
growth of the CPU seconds to group from the smallest to the largest size (CPU seconds, as the
machine is shared: wall time is then longer); and `newscmp compare --by-event` over
BASIL end to end. Nothing here is a test: it prints figures for the README.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

from newscmp.events import Event, GroupSettings, group_articles  # noqa: E402
from newscmp.load import LoadOptions, load_paths  # noqa: E402
from newscmp.model import Article  # noqa: E402

CLUSTERS = REPO / "tests" / "fixtures" / "clusters"
DEFAULT_BASIL = Path("/work/shared/corpus/basil")
GRID = [
    {"relative": relative, "threshold": threshold}
    for relative in (0.3, 0.5)
    for threshold in (0.14, 0.16, 0.18, 0.20, 0.22, 0.24)
]


# The story of each article of tests/events_fixtures.py, by its path.
STORY_OF: dict[str, str] = {}


def folder_of(article: Article) -> str:
    return STORY_OF.get(article.path) or Path(article.path).parent.name


def bcubed(events: Sequence[Event]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the events against each article's folder."""
    clusters = [[folder_of(article) for article in event.articles] for event in events]
    sizes = Counter(folder for cluster in clusters for folder in cluster)
    precision = recall = 0.0
    count = 0
    for cluster in clusters:
        inside = Counter(cluster)
        for folder in cluster:
            precision += inside[folder] / len(cluster)
            recall += inside[folder] / sizes[folder]
            count += 1
    precision, recall = precision / count, recall / count
    return precision, recall, 2 * precision * recall / (precision + recall)


def partition(events: Sequence[Event]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(a.path for a in event.articles)) for event in events)


def load_sets(basil: Path) -> dict[str, list[Article]]:
    everything, _ = load_paths([str(basil)], options=LoadOptions(recursive=True))
    ordered = sorted({folder_of(a) for a in everything}, key=_digest)
    dev = set(ordered[: len(ordered) // 2])
    clusters = [
        article
        for folder in sorted(CLUSTERS.iterdir())
        if folder.is_dir()
        for article in load_paths([str(folder)])[0]
    ]
    import events_fixtures  # tests/events_fixtures.py: the stories the tests group

    stories = events_fixtures.articles()
    for article in stories:  # their folder is their story
        story = next(row[0] for row in events_fixtures.ARTICLES if row[1] == article.id)
        STORY_OF[article.path] = story
    return {
        "test stories": stories,
        "clusters": clusters,
        "basil dev": [a for a in everything if folder_of(a) in dev],
        "clusters + basil dev": clusters + [a for a in everything if folder_of(a) in dev],
        "basil held out": [a for a in everything if folder_of(a) not in dev],
        "basil (all 300)": everything,
        "clusters + basil": clusters + everything,
    }


CHOICE_SETS = ("test stories", "clusters", "basil dev", "clusters + basil dev")


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def big_story(copies: int = 40) -> list[Article]:
    """One story that many outlets tell alike: each ferry article of tests/events_fixtures.py
    `copies` times, its passenger count changed in each copy (120 articles)."""
    from dataclasses import replace

    import events_fixtures

    return [
        replace(article, id=f"{article.id}_{n}", text=article.text.replace("400", str(400 + n)))
        for article in events_fixtures.articles(("ferry",))
        for n in range(copies)
    ]


def folders_whole(settings: GroupSettings) -> int:
    """How many of the cluster folders, the sample articles and the big story (120 articles
    told alike) come out as one event each."""
    folders = [REPO / "seeds", *sorted(p for p in CLUSTERS.iterdir() if p.is_dir())]
    piles = [load_paths([str(folder)])[0] for folder in folders] + [big_story()]
    return sum(len(group_articles(pile, settings)) == 1 for pile in piles)


def quality(sets: dict[str, list[Article]], settings: GroupSettings) -> dict[str, Any]:
    scores = {name: bcubed(group_articles(articles, settings)) for name, articles in sets.items()}
    return {
        "scores": scores,
        "whole": folders_whole(settings),
        "choice": sum(scores[name][2] for name in CHOICE_SETS) / len(CHOICE_SETS),
    }


def shuffled_same(articles: list[Article], seeds: Sequence[int] = (1, 2, 3)) -> bool:
    reference = partition(group_articles(articles))
    labels = [(e.id, e.label) for e in group_articles(articles)]
    for seed in seeds:
        mixed = list(articles)
        random.Random(seed).shuffle(mixed)
        again = group_articles(mixed)
        if partition(again) != reference or [(e.id, e.label) for e in again] != labels:
            return False
    return True


def tune(sets: dict[str, list[Article]]) -> dict[str, Any]:
    rows = []
    whole_needed = 2 + sum(1 for p in CLUSTERS.iterdir() if p.is_dir())
    for setting in GRID:
        result = quality(sets, GroupSettings(**setting))
        rows.append({"setting": setting, **result})
        cells = "  ".join(f"{result['scores'][name][2]:.3f}" for name in sets)
        print(f"{setting}  whole {result['whole']}  choice {result['choice']:.4f}  {cells}")
    eligible = [row for row in rows if row["whole"] == whole_needed] or rows
    top = max(row["choice"] for row in eligible)
    # Ties (within 0.001): the highest threshold, as a wrong merge makes false conflicts in the
    # comparison while a missed one only leaves a source out; then the higher relative bar.
    tied = [row for row in eligible if row["choice"] >= top - 0.001]
    best = max(tied, key=lambda r: (r["setting"]["threshold"], r["setting"]["relative"]))
    print(f"chosen: {best['setting']} (best mean F1 {best['choice']:.4f} over {CHOICE_SETS})")
    return best


# ---------------------------------------------------------------- speed

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
start, start_cpu = time.perf_counter(), time.process_time()
from newscmp.load import load_paths
from newscmp.events import group_articles
articles, _ = load_paths([{folder!r}])
loaded, loaded_cpu = time.perf_counter(), time.process_time()
events = group_articles(articles)
done, done_cpu = time.perf_counter(), time.process_time()
print(json.dumps({{"load_s": loaded - start, "group_s": done - loaded,
    "load_cpu_s": loaded_cpu - start_cpu, "group_cpu_s": done_cpu - loaded_cpu,
    "events": len(events), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _one_core() -> list[str]:
    try:
        return ["taskset", "-c", str(min(os.sched_getaffinity(0)))]
    except (AttributeError, OSError):
        return []


def speed(sizes: Sequence[int]) -> dict[int, dict[str, float]]:
    import speed as corpus  # benchmarks/speed.py

    events = corpus.fixture_events()
    results = {}
    with tempfile.TemporaryDirectory() as temporary:
        for size in sizes:
            folder = Path(temporary) / str(size)
            corpus.write_corpus(folder, size, 7, events)
            code = _CHILD.format(repo=str(REPO), folder=str(folder))
            output = subprocess.run(
                [*_one_core(), sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            results[size] = json.loads(output)
            print(f"{size:>6} articles: {results[size]}")
    return results


def by_event_seconds(basil: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of `newscmp compare --by-event --json -r BASIL`, and its events."""
    start, before = time.perf_counter(), os.times()
    output = subprocess.run(
        [*_one_core(), sys.executable, "-m", "newscmp", "compare", "--by-event", "--json"]
        + ["--jobs", "1", "-r", str(basil)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout
    after = os.times()
    cpu = after.children_user + after.children_system - before.children_user
    cpu -= before.children_system
    return time.perf_counter() - start, cpu, len(json.loads(output)["events"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--tune", action="store_true", help="run the grid and pick a setting")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    sets = load_sets(args.basil)
    report: dict[str, Any] = {"settings": repr(GroupSettings())}
    if args.tune:
        report["tuned"] = tune(sets)["setting"]
    result = quality(sets, GroupSettings())
    print(f"default {GroupSettings()}")
    for name, (precision, recall, f1) in result["scores"].items():
        print(
            f"  {name:<22} {len(sets[name]):>4} articles  P {precision:.3f}  R {recall:.3f}"
            f"  F1 {f1:.3f}"
        )
    print(f"  cluster folders, samples and the big story kept whole: {result['whole']} of 12")
    same = shuffled_same(sets["basil (all 300)"]) and shuffled_same(sets["clusters + basil"])
    print(f"  shuffled input gives the same events, ids and labels: {same}")
    report.update(quality={k: list(v) for k, v in result["scores"].items()}, shuffled=same)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if sizes:
        timings = speed(sizes)
        report["speed"] = timings
        if len(sizes) > 1:
            growth = timings[sizes[-1]]["group_cpu_s"] / timings[sizes[0]]["group_cpu_s"]
            print(f"  growth {sizes[0]} -> {sizes[-1]} (CPU seconds to group): {growth:.1f}x")
            report["growth"] = growth
    seconds, cpu, count = by_event_seconds(args.basil)
    print(f"  compare --by-event over BASIL: {seconds:.1f} s wall, {cpu:.1f} s CPU, {count} events")
    report["by_event_s"] = seconds
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How well newscmp finds the facts of hand-labelled article clusters.

    python benchmarks/accuracy.py [--json] [--details] [--clusters DIR] [--basil PATH | --no-basil]

Each folder under `tests/fixtures/clusters/` holds a few `.txt` articles about one event and an
`expected.json` written by hand in the `newscmp/1` shape (facts and statuses only). For every
cluster this script runs newscmp's compare pipeline on the articles, matches the predicted facts to
the expected ones kind by kind, and prints precision, recall and F1 of the facts found and the
accuracy of the status on the matched facts, per kind and in total.

A predicted fact matches an expected one when the kind is the same, the set of sources that mention
it is the same, and the values agree on the kind's key fields (see `values_match`): either the two
consensus values, or every source's own value. Status accuracy is counted on matched facts only.

With the BASIL corpus (`/work/shared/corpus/basil`, or `--basil PATH`) it also reports how many of
each event's `main-entities` newscmp finds as participants and how often the event date it finds is
the publication day or the day before. Corpus text is only written to a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parent.parent
CLUSTERS = REPO / "tests" / "fixtures" / "clusters"
BASIL = Path("/work/shared/corpus/basil")
KINDS = ("date", "location", "venue", "duration", "participant", "follow_up", "quantity", "quote")

NAME_CUTOFF = 90  # rapidfuzz token_set_ratio for names, venues, speakers and units
QUOTE_CUTOFF = 80  # rapidfuzz token_set_ratio for the words of a quote

# Whole normalised strings that name the same thing.
ALIASES = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "the netherlands": "netherlands",
    "holland": "netherlands",
}

# Words of a quantity's unit that mean the same thing, and currency symbols.
UNIT_WORDS = {
    "dead": "killed",
    "deaths": "killed",
    "died": "killed",
    "fatalities": "killed",
    "lives": "killed",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "euro": "eur",
    "euros": "eur",
    "€": "eur",
    "dollar": "usd",
    "dollars": "usd",
    "$": "usd",
    "us$": "usd",
}

_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_CURRENCY = re.compile(r"us\$|[$€£¥]")


# --- normalising values ---------------------------------------------------------------------


def normalize_text(text: str | None) -> str:
    """Lower case, no accents, no punctuation, single spaces, common aliases folded."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _SPACES.sub(" ", _PUNCTUATION.sub(" ", plain.casefold().replace(".", ""))).strip()
    words = words.removeprefix("the ") if words.removeprefix("the ") in ALIASES else words
    return ALIASES.get(words, words)


def normalize_unit(unit: str | None) -> str:
    """A unit as comparable words: synonyms folded ("dead" = "killed"), plurals dropped."""
    if not unit:
        return ""
    spaced = _CURRENCY.sub(lambda match: f" {UNIT_WORDS[match.group()]} ", unit.casefold())
    words = [UNIT_WORDS.get(word, word) for word in normalize_text(spaced).split()]
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words)


def same_name(a: str | None, b: str | None) -> bool:
    left, right = normalize_text(a), normalize_text(b)
    return bool(left and right) and fuzz.token_set_ratio(left, right) >= NAME_CUTOFF


def same_place(a: str | None, b: str | None) -> bool:
    return bool(a and b) and normalize_text(a) == normalize_text(b)


def same_number(a: Any, b: Any) -> bool:
    return isinstance(a, int | float) and isinstance(b, int | float) and math.isclose(a, b)


def same_date(a: str | None, b: str | None) -> bool:
    """Equal ISO dates; a date without its year ("--03-05") matches any year."""
    if not a or not b:
        return False
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:]
    return a == b


def same_quote(a: str | None, b: str | None) -> bool:
    left, right = normalize_text(a), normalize_text(b)
    return bool(left and right) and fuzz.token_set_ratio(left, right) >= QUOTE_CUTOFF


# --- value matching per kind ----------------------------------------------------------------

Value = dict[str, Any]


def _location(e: Value, p: Value) -> bool:
    if e.get("place") or p.get("place"):
        country_ok = not (e.get("country") and p.get("country")) or same_place(
            e["country"], p["country"]
        )
        return same_place(e.get("place"), p.get("place")) and country_ok
    return same_place(e.get("country"), p.get("country"))


def _follow_up(e: Value, p: Value) -> bool:
    """The keys both give (place, date, weekday) agree, and they share at least one."""
    tests = {"place": same_place, "date": same_date, "weekday": same_place}
    shared = [key for key in tests if e.get(key) and p.get(key)]
    return bool(shared) and all(tests[key](e[key], p[key]) for key in shared)


def _quantity(e: Value, p: Value) -> bool:
    if not same_number(e.get("amount"), p.get("amount")):
        return False
    left, right = normalize_unit(e.get("unit")), normalize_unit(p.get("unit"))
    return not (left and right) or fuzz.token_set_ratio(left, right) >= NAME_CUTOFF


MATCHERS: dict[str, Callable[[Value, Value], bool]] = {
    "date": lambda e, p: same_date(e.get("date"), p.get("date")),
    "location": _location,
    "venue": lambda e, p: same_name(e.get("name"), p.get("name")),
    "duration": lambda e, p: same_number(e.get("hours"), p.get("hours")),
    "participant": lambda e, p: same_name(e.get("name"), p.get("name")),
    "follow_up": _follow_up,
    "quantity": _quantity,
    "quote": lambda e, p: (
        same_name(e.get("speaker"), p.get("speaker")) and same_quote(e.get("quote"), p.get("quote"))
    ),
}


def values_match(kind: str, expected: Value, predicted: Value) -> bool:
    """Whether two values of `kind` state the same fact, judged on the kind's key fields."""
    return MATCHERS[kind](expected, predicted)


def fact_sources(fact: dict[str, Any]) -> frozenset[str]:
    return frozenset(mention["source"] for mention in fact.get("mentions", ()))


def _mentions_match(kind: str, expected: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Every source's expected value is matched by one of that source's predicted values."""
    by_source: dict[str, list[Value]] = {}
    for mention in predicted.get("mentions", ()):
        by_source.setdefault(mention["source"], []).append(mention["value"])
    return all(
        any(values_match(kind, mention["value"], value) for value in by_source.get(source, ()))
        for mention in expected.get("mentions", ())
        for source in [mention["source"]]
    )


def facts_match(expected: dict[str, Any], predicted: dict[str, Any], strict: bool = True) -> bool:
    """Same kind, same sources (when `strict`), and same value on the kind's key fields."""
    kind = expected["kind"]
    if predicted["kind"] != kind:
        return False
    if strict and fact_sources(expected) != fact_sources(predicted):
        return False
    if values_match(kind, expected["value"], predicted["value"]):
        return True
    return strict and _mentions_match(kind, expected, predicted)


def match_facts(
    expected: list[dict[str, Any]], predicted: list[dict[str, Any]], strict: bool = True
) -> list[tuple[int, int]]:
    """A largest one-to-one matching of expected to predicted facts (augmenting paths)."""
    edges = [
        [j for j, fact in enumerate(predicted) if facts_match(exp, fact, strict)]
        for exp in expected
    ]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(expected)):
        assign(i, set())
    return sorted((i, j) for j, i in owner.items())


# --- scores ---------------------------------------------------------------------------------


def _ratio(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


@dataclass
class KindScore:
    """Counts for one kind; the rates are derived from them so scores can be summed."""

    expected: int = 0
    predicted: int = 0
    matched: int = 0
    status_correct: int = 0
    loose_matched: int = 0  # matched on kind and value alone, sources ignored

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted, 1.0 if self.expected == 0 else 0.0)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.expected, 1.0 if self.predicted == 0 else 0.0)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def status_accuracy(self) -> float | None:
        return self.status_correct / self.matched if self.matched else None

    @property
    def loose_recall(self) -> float:
        return _ratio(self.loose_matched, self.expected, 1.0 if self.predicted == 0 else 0.0)

    def add(self, other: KindScore) -> None:
        self.expected += other.expected
        self.predicted += other.predicted
        self.matched += other.matched
        self.status_correct += other.status_correct
        self.loose_matched += other.loose_matched

    def to_dict(self) -> dict[str, Any]:
        rates = ("precision", "recall", "f1", "status_accuracy", "loose_recall")
        figures = {name: getattr(self, name) for name in rates}
        return {
            "expected": self.expected,
            "predicted": self.predicted,
            "matched": self.matched,
            "status_correct": self.status_correct,
            "loose_matched": self.loose_matched,
            **{key: None if value is None else round(value, 4) for key, value in figures.items()},
        }


@dataclass
class Scores:
    """Per-kind counts for one cluster or many, plus the facts left unmatched on each side."""

    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_status: list[str] = field(default_factory=list)

    @property
    def total(self) -> KindScore:
        total = KindScore()
        for score in self.kinds.values():
            total.add(score)
        return total

    def add(self, other: Scores) -> None:
        for kind, score in other.kinds.items():
            self.kinds.setdefault(kind, KindScore()).add(score)
        self.missed += other.missed
        self.spurious += other.spurious
        self.wrong_status += other.wrong_status

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": {kind: score.to_dict() for kind, score in self.kinds.items()},
            "total": self.total.to_dict(),
        }


def _describe(fact: dict[str, Any]) -> str:
    sources = ",".join(sorted(fact_sources(fact)))
    return f"{fact['kind']} {fact.get('label', '')!r} [{sources}] {fact.get('status', '')}"


def score_kind(
    kind: str, expected: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> Scores:
    """Scores of one kind's facts; `expected` and `predicted` hold only facts of that kind."""
    scores = Scores(kinds={kind: KindScore(len(expected), len(predicted))})
    pairs = match_facts(expected, predicted)
    score = scores.kinds[kind]
    score.matched = len(pairs)
    score.loose_matched = len(match_facts(expected, predicted, strict=False))
    for i, j in pairs:
        if expected[i].get("status") == predicted[j].get("status"):
            score.status_correct += 1
        else:
            scores.wrong_status.append(
                f"{_describe(expected[i])} predicted {predicted[j].get('status')}"
            )
    matched_expected = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    scores.missed += [_describe(f) for i, f in enumerate(expected) if i not in matched_expected]
    scores.spurious += [_describe(f) for j, f in enumerate(predicted) if j not in matched_predicted]
    return scores


def score_cluster(expected: dict[str, Any], predicted: dict[str, Any]) -> Scores:
    """Compare a predicted `newscmp/1` document with the hand-written one for the same articles."""
    scores = Scores()
    for kind in KINDS:
        wanted = [fact for fact in expected.get("facts", ()) if fact["kind"] == kind]
        found = [fact for fact in predicted.get("facts", ()) if fact["kind"] == kind]
        scores.add(score_kind(kind, wanted, found))
    return scores


# --- running newscmp ------------------------------------------------------------------------


def run_newscmp(paths: list[str]) -> dict[str, Any]:
    """The `newscmp/1` document for `paths`, through the Python API, else through the CLI."""
    try:
        from newscmp.pipeline import compare_paths
        from newscmp.serialize import comparison_to_dict
    except ImportError:
        command = [sys.executable, "-m", "newscmp", "compare", "--json", *paths]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 3):
            raise RuntimeError(done.stderr.strip() or f"exit code {done.returncode}") from None
        result: dict[str, Any] = json.loads(done.stdout)
        return result
    return comparison_to_dict(compare_paths(paths))


def cluster_dirs(root: Path) -> list[Path]:
    return sorted(path.parent for path in root.glob("*/expected.json"))


def evaluate_clusters(root: Path) -> tuple[dict[str, Scores], dict[str, str]]:
    """Scores per cluster, and the error for each cluster newscmp could not compare."""
    results: dict[str, Scores] = {}
    errors: dict[str, str] = {}
    for folder in cluster_dirs(root):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        articles = [str(path) for path in sorted(folder.glob("*.txt"))]
        try:
            predicted = run_newscmp(articles)
        except Exception as exc:  # noqa: BLE001 - one broken cluster must not stop the report
            errors[folder.name] = f"{type(exc).__name__}: {exc}"
            predicted = {"facts": []}
        results[folder.name] = score_cluster(expected, predicted)
    return results, errors


# --- BASIL: real coverage without labels for facts ------------------------------------------


def basil_text(record: dict[str, Any]) -> str:
    """A record as a plain-text article: date header, headline, paragraphs."""
    paragraphs = [" ".join(sentences) for sentences in record.get("body-paragraphs", ())]
    header = f"date {record['date']}\n" if record.get("date") else ""
    return header + f"{record.get('title', '')}\n\n" + "\n\n".join(paragraphs) + "\n"


def _event_date(facts: list[dict[str, Any]]) -> str | None:
    """The event date newscmp settles on: the date fact most sources give."""
    dates = [fact for fact in facts if fact["kind"] == "date" and fact["value"].get("date")]
    best = max(dates, key=lambda fact: len(fact_sources(fact)), default=None)
    return best["value"]["date"] if best else None


def _day_gap(event: str, published: str) -> int | None:
    try:
        return (dt.date.fromisoformat(published) - dt.date.fromisoformat(event)).days
    except ValueError:
        return None


@dataclass
class BasilScore:
    events: int = 0
    failed: int = 0
    entities: int = 0
    entities_found: int = 0
    articles: int = 0
    dated: int = 0
    same_day: int = 0
    day_before: int = 0

    def to_dict(self) -> dict[str, Any]:
        figures = dict(self.__dict__)
        figures["entity_recall"] = round(_ratio(self.entities_found, self.entities, 0.0), 4)
        within = self.same_day + self.day_before
        figures["date_on_or_day_before"] = round(_ratio(within, self.articles, 0.0), 4)
        return figures


def score_basil_event(records: list[dict[str, Any]], facts: list[dict[str, Any]]) -> BasilScore:
    """Main entities found as participants, and event date against each publication day."""
    score = BasilScore(events=1, articles=len(records))
    names = [fact["value"].get("name") for fact in facts if fact["kind"] == "participant"]
    entities = sorted({name for record in records for name in record.get("main-entities", ())})
    score.entities = len(entities)
    score.entities_found = sum(any(same_name(e, name) for name in names) for e in entities)
    event = _event_date(facts)
    for record in records:
        gap = _day_gap(event, record.get("date", "")) if event else None
        score.dated += gap is not None
        score.same_day += gap == 0
        score.day_before += gap == 1
    return score


def evaluate_basil(root: Path) -> BasilScore:
    total = BasilScore()
    for event in sorted(path for path in root.iterdir() if path.is_dir()):
        records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(event.glob("*.json"))]
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for index, record in enumerate(records):
                path = Path(folder) / f"{record.get('source', 'article')}_{index}.txt"
                path.write_text(basil_text(record), encoding="utf-8")
                paths.append(str(path))
            try:
                facts = run_newscmp(paths)["facts"]
            except Exception:  # noqa: BLE001 - count the failure, keep going
                total.failed += 1
                facts = []
        found = score_basil_event(records, facts)
        for name, value in found.__dict__.items():
            setattr(total, name, getattr(total, name) + value)
    return total


# --- report ---------------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def format_table(scores: Scores) -> list[str]:
    lines = [
        f"{'kind':<12} {'exp':>4} {'pred':>4} {'match':>5} {'P%':>5} {'R%':>5} {'F1%':>5}"
        f" {'stat%':>5} {'looseR%':>7}"
    ]
    rows = [*scores.kinds.items(), ("total", scores.total)]
    for kind, s in rows:
        lines.append(
            f"{kind:<12} {s.expected:>4} {s.predicted:>4} {s.matched:>5} {_percent(s.precision)}"
            f" {_percent(s.recall)} {_percent(s.f1)} {_percent(s.status_accuracy)}"
            f" {_percent(s.loose_recall):>7}"
        )
    return lines


def format_report(
    per_cluster: dict[str, Scores], errors: dict[str, str], basil: BasilScore | None, details: bool
) -> str:
    overall = Scores()
    lines = []
    for name, scores in per_cluster.items():
        overall.add(scores)
        total = scores.total
        note = f"  ERROR {errors[name]}" if name in errors else ""
        lines.append(
            f"{name:<28} F1 {_percent(total.f1)}  status {_percent(total.status_accuracy)}{note}"
        )
        if details:
            lines += [f"    missed   {item}" for item in scores.missed]
            lines += [f"    spurious {item}" for item in scores.spurious]
            lines += [f"    status   {item}" for item in scores.wrong_status]
    lines += ["", *format_table(overall)]
    if basil is not None:
        b = basil.to_dict()
        lines += [
            "",
            f"BASIL: {b['events']} events ({b['failed']} failed), {b['articles']} articles",
            f"  main entities found as participants: {b['entities_found']}/{b['entities']}"
            f" ({_percent(b['entity_recall']).strip()}%)",
            f"  event date = publication day: {b['same_day']}, day before: {b['day_before']},"
            f" any date: {b['dated']} of {b['articles']}"
            f" ({_percent(b['date_on_or_day_before']).strip()}% on or day before)",
        ]
    return "\n".join(lines)


def report_dict(
    per_cluster: dict[str, Scores], errors: dict[str, str], basil: BasilScore | None
) -> dict[str, Any]:
    overall = Scores()
    for scores in per_cluster.values():
        overall.add(scores)
    return {
        "clusters": {name: scores.to_dict() for name, scores in per_cluster.items()},
        "errors": errors,
        **overall.to_dict(),
        "basil": None if basil is None else basil.to_dict(),
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list missed and spurious facts")
    parser.add_argument("--clusters", type=Path, default=CLUSTERS, help="labelled clusters folder")
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL corpus folder")
    parser.add_argument("--no-basil", action="store_true", help="skip the BASIL figures")
    parser.add_argument(
        "--real",
        type=Path,
        metavar="CORPUS",
        help="score the blind-labelled BASIL events instead (benchmarks/real_accuracy.py)",
    )
    known, rest = parser.parse_known_args(None if argv is None else list(argv))
    if known.real is not None:
        from real_accuracy import main as real_main

        return real_main([str(known.real), *rest])
    args = parser.parse_args(None if argv is None else list(argv))
    per_cluster, errors = evaluate_clusters(args.clusters)
    basil = None if args.no_basil or not args.basil.is_dir() else evaluate_basil(args.basil)
    if args.json:
        print(json.dumps(report_dict(per_cluster, errors, basil), indent=2))
    else:
        print(format_report(per_cluster, errors, basil, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())

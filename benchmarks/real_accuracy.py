"""How well newscmp reads real coverage: blind labels of 40 BASIL events, scored kind by kind.

    python benchmarks/real_accuracy.py CORPUS [--labels DIR] [--json] [--details]
    python benchmarks/accuracy.py --real CORPUS          (the same report)

CORPUS is the BASIL folder (`../shared/corpus/basil`: one folder per event, three JSON records
each). `benchmarks/real/events.json` names the 40 labelled events and their split (25 `dev`, 15
`test`, chosen by a fixed rule: see `benchmarks/real/GUIDE.md`); `benchmarks/real/labels/` holds
one label file per event, written blind from the articles alone by annotators following the guide.
Article text never enters the repository: the labels hold values, outlets and short quotes.

For each event newscmp compares the event's three articles; every fact it shows as a claim (a
fact with at least one mention whose `role` is not `context`) is matched to at most one label item
of its kind, and each label item to at most one fact (the first in newscmp's order: most sources
first). Then, per kind and per split:

- precision: matched facts / facts shown (a fact matching nothing, or a second fact matching an
  item already matched, counts as wrong: a person split over two rows is one right, one wrong);
- recall: matched label items / label items;
- status accuracy: over matched pairs, newscmp's status equals the label's.

How a fact matches an item of its kind: date — the same ISO date; location — the fact's place (or
country) is the labelled town, region or country; venue — token-set similarity >= 80 with a
labelled venue name; duration — hours within 10%; participant — the same name or alias (or a
near-identical one, similarity >= 88, or the labelled surname alone); quantity — the same amount
as one outlet's (a labelled item whose counted thing the fact's unit names wins a tie); follow-up
— the same date, else similar words; quote — the labelled opening words found inside the fact's
quote (partial similarity >= 90). The fact's consensus value is what is matched (for a quote, any
outlet's words of it). A real person the annotators did not list counts as wrong: the
guide asks for every named person.

Extra figures: persons split over several facts, quote speaker right, the same quote aligned into
one fact across outlets, and, over all 100 BASIL events, the false alarms (events whose Date or
Location row says conflict) and the share of `single` facts. With a second annotator's labels
(`benchmarks/real/labels_second/`), the agreement between annotators, scored by the same rules.
`--details` lists what was missed and what was wrong on `dev` events only: `test` is for reporting.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parent.parent
REAL = REPO / "benchmarks" / "real"
KINDS = ("date", "location", "venue", "duration", "participant", "follow_up", "quantity", "quote")
LABEL_KEYS = {
    "date": "date",
    "location": "location",
    "venue": "venue",
    "duration": "duration",
    "participant": "participants",
    "follow_up": "follow_ups",
    "quantity": "quantities",
    "quote": "quotes",
}

# Whole normalised names that mean the same place.
PLACE_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "u s": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "washington dc": "washington",
    "washington d c": "washington",
    "dc": "washington",
    "d c": "washington",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "president", "the"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

_NOT_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def plain(text: str | None) -> str:
    """Lower case, no accents, no punctuation, one space between words."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text).replace("’", "'"))
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", letters.casefold().replace("'", ""))).strip()


def place_key(text: str | None) -> str:
    words = plain(text).removeprefix("the ")
    return PLACE_ALIASES.get(words, words)


def name_key(text: str | None) -> str:
    """A name without honorifics and suffixes: "Mr. James R. Smith Jr." -> "james r smith"."""
    words = [word for word in plain(text).split() if word not in HONORIFICS | SUFFIXES]
    return " ".join(words)


# --- items: label entries and newscmp facts in one shape ------------------------------------


@dataclass
class Item:
    """One fact of one kind, from the labels or from newscmp: what identifies it, its status and
    the outlets that state it."""

    kind: str
    status: str | None
    outlets: frozenset[str]
    keys: list[Any] = field(default_factory=list)  # what matching compares, per kind
    speaker: str | None = None  # quotes only
    speaker_names: list[str] = field(default_factory=list)  # labels: the speaker and aliases
    thing: str = ""  # quantities: the counted thing and predicate; facts: the unit
    describe: str = ""


def label_items(label: dict[str, Any]) -> dict[str, list[Item]]:
    """A label file's items, by kind."""
    people = {plain(person["name"]): person for person in label.get("participants") or []}
    items: dict[str, list[Item]] = {kind: [] for kind in KINDS}
    for kind, key in LABEL_KEYS.items():
        entries = label.get(key)
        if entries is None:
            continue
        for entry in entries if isinstance(entries, list) else [entries]:
            if entry is None:
                continue
            by_outlet = entry.get("by_outlet") or {}
            item = Item(
                kind, entry.get("status"), frozenset(by_outlet), describe=_label_text(entry)
            )
            item.keys = _label_keys(kind, entry, by_outlet)
            if kind == "quote":
                item.speaker = entry.get("speaker")
                person = people.get(plain(item.speaker)) or {}
                item.speaker_names = [item.speaker or "", *(person.get("aliases") or [])]
            if kind == "quantity":
                item.thing = f"{entry.get('thing') or ''} {entry.get('predicate') or ''}"
            if kind in ("date", "location") and entry.get("value") is None:
                continue  # nothing stated: no item
            items[kind].append(item)
    return items


def _label_keys(kind: str, entry: dict[str, Any], by_outlet: dict[str, Any]) -> list[Any]:
    outlets = list(by_outlet.values())
    if kind == "date":
        return sorted({entry.get("value"), *(o.get("value") for o in outlets)} - {None})
    if kind == "location":
        values = [entry.get("value") or {}, *(o.get("value") or {} for o in outlets)]
        return sorted(
            {place_key(v.get(part)) for v in values for part in ("place", "region", "country")}
            - {""}
        )
    if kind == "venue":
        return [plain(entry.get("value")), *(plain(o.get("value")) for o in outlets)]
    if kind == "duration":
        values = [entry.get("value") or {}, *(o.get("value") or {} for o in outlets)]
        return [v.get("hours") for v in values if isinstance(v.get("hours"), int | float)]
    if kind == "participant":
        return [name_key(entry.get("name")), *(name_key(a) for a in entry.get("aliases") or [])]
    if kind == "quantity":
        return [o.get("amount") for o in outlets if isinstance(o.get("amount"), int | float)]
    if kind == "follow_up":
        return [o.get("date") for o in outlets if o.get("date")] + [
            plain(o.get("words")) for o in outlets
        ]
    if kind == "quote":
        return [plain(o.get("words")) for o in outlets if plain(o.get("words"))]
    return []


def _label_text(entry: dict[str, Any]) -> str:
    for key in ("name", "value", "what", "speaker"):
        if entry.get(key):
            value = entry[key]
            return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)
    words = [o.get("words") for o in (entry.get("by_outlet") or {}).values() if o.get("words")]
    return words[0] if words else "?"


def is_claim(mention: dict[str, Any]) -> bool:
    return "context" not in str(mention.get("role") or "claim")


def fact_items(document: dict[str, Any], outlet_of: dict[str, str]) -> dict[str, list[Item]]:
    """newscmp's facts shown as claims, by kind, in newscmp's order."""
    items: dict[str, list[Item]] = {kind: [] for kind in KINDS}
    for fact in document["facts"]:
        claims = [mention for mention in fact["mentions"] if is_claim(mention)]
        if not claims or fact["kind"] not in items:
            continue
        kind, value = fact["kind"], fact["value"]
        outlets = frozenset(outlet_of.get(m["source"], m["source"]) for m in claims)
        item = Item(kind, fact["status"], outlets, describe=f"{fact['label']} ({fact['status']})")
        # The fact's consensus value is what the table shows; a quote's variants are one quote.
        if kind == "date":
            item.keys = [value.get("date")]
        elif kind == "location":
            item.keys = [place_key(value.get("place") or value.get("country"))]
        elif kind == "venue":
            item.keys = [plain(value.get("name"))]
        elif kind == "duration":
            item.keys = [value.get("hours")]
        elif kind == "participant":
            item.keys = [name_key(value.get("name"))]
        elif kind == "quantity":
            item.keys = [value.get("amount")]
            item.thing = " ".join(str(value.get(k) or "") for k in ("unit", "predicate", "counted"))
        elif kind == "follow_up":
            item.keys = [value.get("date")] + [plain(m["text"]) for m in claims]
        elif kind == "quote":
            item.keys = [plain(m["value"].get("quote")) for m in claims if m["value"].get("quote")]
            item.speaker = value.get("speaker")
        items[kind].append(item)
    return items


# --- matching --------------------------------------------------------------------------------


def _close(a: Any, b: Any, tolerance: float) -> bool:
    return (
        isinstance(a, int | float)
        and isinstance(b, int | float)
        and (math.isclose(a, b, rel_tol=tolerance) or a == b)
    )


def _same_person(fact_names: list[str], label_names: list[str]) -> bool:
    names = [name for name in label_names if name]
    for fact_name in filter(None, fact_names):
        if fact_name in names:
            return True
        words = fact_name.split()
        for name in names:
            if fuzz.token_sort_ratio(fact_name, name) >= 88:
                return True
            parts = name.split()
            # a surname alone, or first and last name with a middle name or initial between
            if len(words) == 1 and len(parts) > 1 and words[0] == parts[-1]:
                return True
            if (
                len(words) >= 2
                and len(parts) >= 2
                and (words[0], words[-1])
                == (
                    parts[0],
                    parts[-1],
                )
            ):
                return True
    return False


def _same_quote(fact_texts: list[str], label_texts: list[str]) -> bool:
    for label in label_texts:
        if len(label.split()) < 2:
            continue
        for text in fact_texts:
            shorter, longer = sorted((label, text), key=len)
            if len(shorter.split()) >= 2 and fuzz.partial_ratio(shorter, longer) >= 90:
                return True
    return False


MATCHERS: dict[str, Callable[[Item, Item], bool]] = {
    "date": lambda fact, label: bool(set(fact.keys) & set(label.keys)),
    "location": lambda fact, label: bool(fact.keys and fact.keys[0] in label.keys),
    "venue": lambda fact, label: any(
        f and g and fuzz.token_set_ratio(f, g) >= 80 for f in fact.keys for g in label.keys
    ),
    "duration": lambda fact, label: any(_close(f, g, 0.1) for f in fact.keys for g in label.keys),
    "participant": lambda fact, label: _same_person(fact.keys, label.keys),
    "quantity": lambda fact, label: any(_close(f, g, 0.005) for f in fact.keys for g in label.keys),
    "follow_up": lambda fact, label: (
        bool({k for k in fact.keys if _is_date(k)} & {k for k in label.keys if _is_date(k)})
        or any(
            f and g and fuzz.partial_ratio(f, g) >= 80
            for f in fact.keys
            if not _is_date(f)
            for g in label.keys
            if not _is_date(g)
        )
    ),
    "quote": lambda fact, label: _same_quote(fact.keys, label.keys),
}


def _is_date(key: Any) -> bool:
    return isinstance(key, str) and bool(re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", key))


def _thing_score(fact: Item, label: Item) -> float:
    return fuzz.token_set_ratio(plain(fact.thing), plain(label.thing)) if fact.thing else 0.0


def match(facts: Sequence[Item], labels: Sequence[Item]) -> list[tuple[int, int | None, bool]]:
    """For each fact in order: (fact index, label index or None, True when that label item was
    already taken by an earlier fact, i.e. the fact duplicates it)."""
    taken: set[int] = set()
    result: list[tuple[int, int | None, bool]] = []
    for index, fact in enumerate(facts):
        candidates = [j for j, label in enumerate(labels) if MATCHERS[fact.kind](fact, label)]
        if fact.kind == "quantity":  # several counts can share an amount: the named thing first
            candidates.sort(key=lambda j: -_thing_score(fact, labels[j]))
        free = [j for j in candidates if j not in taken]
        if free:
            taken.add(free[0])
            result.append((index, free[0], False))
        else:
            result.append((index, candidates[0] if candidates else None, bool(candidates)))
    return result


# --- scores ------------------------------------------------------------------------------------


@dataclass
class Tally:
    shown: int = 0
    matched: int = 0
    labelled: int = 0
    found: int = 0
    status_right: int = 0

    def add(self, other: Tally) -> None:
        for name in ("shown", "matched", "labelled", "found", "status_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def precision(self) -> float | None:
        return self.matched / self.shown if self.shown else None

    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None

    def status(self) -> float | None:
        return self.status_right / self.matched if self.matched else None


@dataclass
class Extra:
    """Counts behind the people and quote figures."""

    persons_matched: int = 0
    persons_split: int = 0
    quotes_with_speaker: int = 0
    speaker_right: int = 0
    multi_outlet_quotes: int = 0
    quotes_aligned: int = 0

    def add(self, other: Extra) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class EventScore:
    tallies: dict[str, Tally]
    extra: Extra
    details: list[str]


def score_event(facts: dict[str, list[Item]], labels: dict[str, list[Item]]) -> EventScore:
    tallies: dict[str, Tally] = {}
    extra = Extra()
    details: list[str] = []
    for kind in KINDS:
        pairs = match(facts[kind], labels[kind])
        tally = Tally(shown=len(facts[kind]), labelled=len(labels[kind]))
        hits: dict[int, list[int]] = {}
        for index, label_index, duplicate in pairs:
            fact = facts[kind][index]
            if label_index is None:
                details.append(f"  wrong    {kind:<11} {fact.describe}")
                continue
            hits.setdefault(label_index, []).append(index)
            if duplicate:
                details.append(f"  split    {kind:<11} {fact.describe}")
                continue
            tally.matched += 1
            label = labels[kind][label_index]
            if fact.status == label.status:
                tally.status_right += 1
            else:
                details.append(f"  status   {kind:<11} {fact.describe}: label says {label.status}")
        tally.found = len(hits)
        for label_index, label in enumerate(labels[kind]):
            if label_index not in hits:
                details.append(f"  missed   {kind:<11} {label.describe} ({label.status})")
        if kind == "participant":
            extra.persons_matched += len(hits)
            extra.persons_split += sum(len(indexes) > 1 for indexes in hits.values())
        if kind == "quote":
            _score_quotes(facts[kind], labels[kind], hits, extra)
        tallies[kind] = tally
    return EventScore(tallies, extra, details)


def _score_quotes(
    facts: list[Item], labels: list[Item], hits: dict[int, list[int]], extra: Extra
) -> None:
    for label_index, label in enumerate(labels):
        matched = [facts[i] for i in hits.get(label_index, [])]
        if label.speaker and matched:
            extra.quotes_with_speaker += 1
            speaker = name_key(matched[0].speaker)
            names = [name_key(name) for name in label.speaker_names]
            if speaker and _same_person([speaker], names):
                extra.speaker_right += 1
        if len(label.outlets) >= 2:
            extra.multi_outlet_quotes += 1
            if any(label.outlets <= fact.outlets for fact in matched):
                extra.quotes_aligned += 1


# --- running newscmp ---------------------------------------------------------------------------


def compare_event(folder: Path) -> dict[str, Any]:
    """newscmp's JSON document for one event's articles, through the library."""
    from newscmp.pipeline import compare_paths
    from newscmp.serialize import comparison_to_dict

    return comparison_to_dict(compare_paths([str(folder)]))


def outlets_of(document: dict[str, Any], label: dict[str, Any]) -> dict[str, str]:
    """Source id -> outlet code (nyt, fox, hpo), from the article file each source was read from."""
    by_file = {name: outlet for outlet, name in label["articles"].items()}
    return {
        source["id"]: by_file.get(Path(source["path"]).name, source["id"])
        for source in document["sources"]
    }


def load_labels(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.json"))
    }


@dataclass
class SplitScore:
    events: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    extra: Extra = field(default_factory=Extra)

    def add(self, event: EventScore) -> None:
        self.events += 1
        for kind, tally in event.tallies.items():
            self.tallies[kind].add(tally)
        self.extra.add(event.extra)

    def total(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.add(tally)
        return total


def score_splits(
    corpus: Path, labels: dict[str, dict[str, Any]], splits: dict[str, list[str]]
) -> tuple[dict[str, SplitScore], list[str]]:
    scores = {name: SplitScore() for name in splits}
    details: list[str] = []
    for name, events in splits.items():
        for event in events:
            if event not in labels:
                continue
            document = compare_event(corpus / event)
            outlet_of = outlets_of(document, labels[event])
            result = score_event(fact_items(document, outlet_of), label_items(labels[event]))
            scores[name].add(result)
            if name == "dev" and result.details:
                details.append(f"{event}: {labels[event].get('main_event', '')}")
                details.extend(result.details)
    return scores, details


def agreement(first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]) -> SplitScore:
    """The second annotator's items scored against the first's, as if they were newscmp's facts."""
    score = SplitScore()
    for event, label in second.items():
        if event in first:
            score.add(score_event(label_items(label), label_items(first[event])))
    return score


# --- BASIL false alarms ------------------------------------------------------------------------


@dataclass
class FalseAlarms:
    events: int = 0
    date_conflict: int = 0
    location_conflict: int = 0
    with_location: int = 0
    facts: int = 0
    single: int = 0


def false_alarms(corpus: Path) -> FalseAlarms:
    alarms = FalseAlarms()
    for folder in sorted(path for path in corpus.iterdir() if path.is_dir()):
        document = compare_event(folder)
        alarms.events += 1
        shown = [f for f in document["facts"] if any(is_claim(m) for m in f["mentions"])]
        statuses = {kind: [f["status"] for f in shown if f["kind"] == kind] for kind in KINDS}
        alarms.date_conflict += "conflict" in statuses["date"]
        alarms.location_conflict += "conflict" in statuses["location"]
        alarms.with_location += bool(statuses["location"])
        alarms.facts += len(shown)
        alarms.single += sum(f["status"] == "single" for f in shown)
    return alarms


# --- report ------------------------------------------------------------------------------------


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def format_split(name: str, score: SplitScore) -> list[str]:
    lines = [
        f"{name} ({score.events} events)",
        f"  {'kind':<12} {'shown':>5} {'labels':>6} {'precision':>9} {'recall':>6} {'status':>6}",
    ]
    for kind in [*KINDS, "all"]:
        tally = score.total() if kind == "all" else score.tallies[kind]
        lines.append(
            f"  {kind:<12} {tally.shown:>5} {tally.labelled:>6} {_cell(tally.precision()):>9} "
            f"{_cell(tally.recall()):>6} {_cell(tally.status()):>6}"
        )
    extra = score.extra
    lines.append(
        f"  persons split over several facts: {extra.persons_split}/{extra.persons_matched} "
        f"({_cell(_share(extra.persons_split, extra.persons_matched))}); "
        f"quote speaker right: {extra.speaker_right}/{extra.quotes_with_speaker} "
        f"({_cell(_share(extra.speaker_right, extra.quotes_with_speaker))}); "
        f"same quote in several outlets aligned: {extra.quotes_aligned}/"
        f"{extra.multi_outlet_quotes} "
        f"({_cell(_share(extra.quotes_aligned, extra.multi_outlet_quotes))})"
    )
    return lines


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def split_dict(score: SplitScore) -> dict[str, Any]:
    kinds = {}
    for kind in [*KINDS, "all"]:
        tally = score.total() if kind == "all" else score.tallies[kind]
        kinds[kind] = {
            **vars(tally),
            "precision": tally.precision(),
            "recall": tally.recall(),
            "status_accuracy": tally.status(),
        }
    return {"events": score.events, "kinds": kinds, "extra": vars(score.extra)}


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the BASIL folder (../shared/corpus/basil)")
    parser.add_argument("--labels", type=Path, default=REAL / "labels")
    parser.add_argument("--second", type=Path, default=REAL / "labels_second")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list misses (dev events only)")
    parser.add_argument("--no-alarms", action="store_true", help="skip the 100-event false alarms")
    parser.add_argument(
        "--split",
        choices=("dev", "test", "both"),
        default="both",
        help="which split to score (dev while tuning: test is for reporting only)",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder; give the BASIL corpus folder", file=sys.stderr)
        return 1
    events = json.loads((REAL / "events.json").read_text(encoding="utf-8"))
    labels = load_labels(args.labels)
    names = ("dev", "test") if args.split == "both" else (args.split,)
    splits = {name: events[name] for name in names}
    scores, details = score_splits(args.corpus, labels, splits)
    second = load_labels(args.second) if args.second.is_dir() else {}
    agreed = agreement(labels, second) if second else None
    alarms = None if args.no_alarms else false_alarms(args.corpus)
    if args.json:
        report = {name: split_dict(score) for name, score in scores.items()}
        report["agreement"] = split_dict(agreed) if agreed else None
        report["false_alarms"] = vars(alarms) if alarms else None
        print(json.dumps(report, indent=2))
        return 0
    for name in sorted(scores, reverse=True):  # test first
        print("\n".join(format_split(name, scores[name])))
    if agreed:
        print("\n".join(format_split("annotator agreement (second vs first)", agreed)))
    if alarms:
        print(
            f"BASIL false alarms over {alarms.events} events: Date row says conflict in "
            f"{alarms.date_conflict} ({alarms.date_conflict / alarms.events:.0%}), Location row "
            f"in {alarms.location_conflict} of {alarms.with_location} "
            f"({_cell(_share(alarms.location_conflict, alarms.with_location))}); "
            f"single facts {alarms.single}/{alarms.facts} "
            f"({_cell(_share(alarms.single, alarms.facts))})"
        )
    if args.details:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())

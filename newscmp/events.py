"""Sorting a mixed pile of articles into events: the stories that several outlets cover.

Each article becomes a TF-IDF vector of its words and of the two-word name runs it writes with
capitals ("Maria Kessler", "Port Louis"), title words counted more and common words (ones it
never capitalises inside a sentence) less; the inverse document frequency comes from the pile
itself, smoothed so that two articles alone still share weight, and each article keeps its
heaviest terms. Two articles are as similar as the cosine of those vectors, scaled down as their
publication dates move apart (nothing past `window_days`). Only candidate pairs are scored:
those that share a rare term, and along each commoner heavy term an article and its next few
holders in date order, so the cost grows about linearly. Average-link clustering then merges
groups while the mean similarity of their scored pairs is high enough, both absolutely and
against the groups' own cohesion.

Nothing depends on the order of the articles: every tie is broken by a key made of the
article's own content, so a shuffled pile gives the same events with the same ids and labels.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from newscmp.model import Article

__all__ = ["Event", "GroupSettings", "group_articles"]


@dataclass(frozen=True, slots=True)
class GroupSettings:
    """How articles are grouped; the defaults were chosen as benchmarks/events.py tells."""

    # Least mean similarity (cosine, 0-1, after the time scaling) two groups need to merge,
    threshold: float = 0.18
    # and the least share of the more cohesive group's own mean inner similarity.
    relative: float = 0.3
    # Articles published at most this many days apart lose nothing for the time between them;
    full_days: int = 3
    # past it, similarity falls linearly to nothing at `window_days`.
    window_days: int = 21
    # Articles that share a keyword held by at most this many articles are all compared;
    max_postings: int = 40
    # through each of its this many heaviest keywords that is commoner,
    block_keywords: int = 5
    # an article only with this many next holders in date order (fixed numbers, so that the
    # cost grows linearly with the articles).
    neighbors: int = 3
    # Title words count this many times as often as body words.
    title_weight: int = 3
    # A word the article never writes with a capital inside a sentence (not a name) weighs
    # this much of what a name weighs: "police" and "shooting" say less than "Engqvist".
    common_word_weight: float = 0.5
    # Each article keeps only its this many heaviest terms (its keywords).
    keywords: int = 80
    # Documents imagined to hold none of the pile's terms, so that in a small pile a word all
    # articles share still weighs about as much as a word only one has.
    prior_documents: int = 100


@dataclass(frozen=True, slots=True)
class Event:
    """One story: its id ("e1" is the largest), a short label, and its articles in date order."""

    id: str
    label: str
    articles: tuple[Article, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct outlets (an article without one counts under its id), in first order."""
        return tuple(dict.fromkeys(article.outlet or article.id for article in self.articles))

    @property
    def first(self) -> str | None:
        """The earliest publication date, ISO, or None when no article has one."""
        dates = [article.published for article in self.articles if article.published]
        return min(dates) if dates else None

    @property
    def last(self) -> str | None:
        dates = [article.published for article in self.articles if article.published]
        return max(dates) if dates else None


# Function words and news boilerplate that say nothing about which story an article tells.
# fmt: off
_STOP = frozenset("""
a about above after again against ago all almost also although always am among an and another
any anyone are around as at away back be became because become been before being below between
both but by can cannot could did do does doing done down during each either else even ever every
few for from further get gets getting give given go goes going gone got had has have having he her
here hers herself him himself his how however i if in including into is it its itself just last
least less let like made make makes many may me might more most much must my myself near need
never new news next no nor not now of off often on once one only or other others our ours out over
own per put rather said same say says see seen she should since so some still such take than that
the their theirs them themselves then there these they thing things think this those though three
through thus to told too two under until up upon us use used very via want was way we well went
were what when where whether which while who whom whose why will with within without would year
years yet you your yours day days week weeks month months time times today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr according reported report
reports people first second three four five six seven eight nine ten percent read more story
statement added asked called including told comment comments
""".split())
# fmt: on
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "wal-mart" is one word
# Capitalised words in a row; a word may have a capital inside ("McMahon", "DeMint").
_NAME_RUN = re.compile(r"\b[A-Z][A-Za-z'’-]*[a-z](?:\s+[A-Z][A-Za-z'’-]*[a-z])+\b")
# A capitalised word inside a sentence: after a lower-case letter, a comma or a colon.
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;:] )[A-Z][^\W\d_]{2,}")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


_POSSESSIVE = re.compile(r"[’']s?$")
# Title words at least this long, of which this share capitalised, make a title in title case.
_TITLE_CASE_LENGTH, _TITLE_CASE_SHARE = 4, 0.6


def _words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in _STOP]


def _title_case(title: str) -> bool:
    """Whether the title capitalises its words ("Weiner Denies Sending Photo"): then its
    capitals say nothing about names."""
    long = [word for word in title.split() if len(word) >= _TITLE_CASE_LENGTH]
    return bool(long) and sum(word[0].isupper() for word in long) >= _TITLE_CASE_SHARE * len(long)


def _name_pairs(text: str) -> list[str]:
    """Two-word runs of capitalised words, lower-cased: "michael steele", "port louis"."""
    pairs: list[str] = []
    for run in _NAME_RUN.findall(text):
        names = [_POSSESSIVE.sub("", word.lower()) for word in run.split()]
        pairs.extend(
            f"{left} {right}"
            for left, right in zip(names, names[1:], strict=False)
            if left not in _STOP and right not in _STOP
        )
    return pairs


def article_terms(article: Article, title_weight: int = 3) -> Counter[str]:
    """The terms of one article with their counts: words, two-word name runs, title words."""
    text = article.text
    terms = Counter(_words(text))
    terms.update(_name_pairs(text))
    if article.title:
        title = Counter(_words(article.title))
        if not _title_case(article.title):
            title.update(_name_pairs(article.title))
        for term, count in title.items():
            terms[term] += count * title_weight
    return terms


def proper_names(article: Article) -> frozenset[str]:
    """The article's names, lower-cased: words it capitalises inside a sentence (or in the
    title after its first word), and its two-word name runs."""
    names = {word.lower() for word in _INNER_CAPITAL.findall(article.text)}
    names.update(_name_pairs(article.text))
    if article.title and not _title_case(article.title):
        names.update(word.lower() for word in _INNER_CAPITAL.findall(article.title))
        names.update(_name_pairs(article.title))
    return frozenset(names)


def _content_key(article: Article) -> str:
    """A key from the article's own content, for ties that must not depend on input order."""
    digest = hashlib.sha1(
        "\0".join((article.title or "", article.outlet or "", article.text)).encode("utf-8")
    ).hexdigest()
    return f"{article.published or '9999'}|{digest}|{article.id}"


def _day(published: str | None) -> int | None:
    match = _DATE.match(published or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).toordinal()
    except ValueError:
        return None


def _vectors(
    bags: Sequence[Counter[str]],
    proper: Sequence[frozenset[str]],
    settings: GroupSettings,
) -> tuple[list[dict[str, float]], dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear counts, idf smoothed) of each article's
    `keywords` heaviest terms (words not in `proper`, its names, weigh less), and each
    term's idf."""
    keywords, common = settings.keywords, settings.common_word_weight
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(bag.keys())
    total = len(bags) + settings.prior_documents
    idf = {term: math.log((total + 1) / (count + 1)) + 1.0 for term, count in frequency.items()}
    vectors = []
    for bag, names in zip(bags, proper, strict=True):
        # A stable sort: equal weights keep the article's own term order, whatever the pile.
        weighted = sorted(
            (
                (term, (1.0 + math.log(count)) * idf[term] * (1.0 if term in names else common))
                for term, count in bag.items()
            ),
            key=itemgetter(1),
            reverse=True,
        )[:keywords]
        norm = math.sqrt(sum(weight * weight for _, weight in weighted)) or 1.0
        vectors.append({term: weight / norm for term, weight in weighted})
    return vectors, idf


def _time_factor(first: int | None, second: int | None, settings: GroupSettings) -> float:
    if first is None or second is None:
        return 1.0
    apart = abs(first - second)
    if apart <= settings.full_days:
        return 1.0
    if apart >= settings.window_days:
        return 0.0
    return (settings.window_days - apart) / (settings.window_days - settings.full_days)


def candidate_pairs(vectors: Sequence[dict[str, float]], settings: GroupSettings) -> set[int]:
    """The pairs of articles worth scoring, each as `first * count + second` (first < second):
    every pair that shares a rare keyword (held by at most `max_postings` articles); and
    through each of an article's `block_keywords` heaviest keywords that is commoner, the
    article with its `neighbors` next holders in date order (articles are numbered in date
    order), so that a story many articles tell holds together while the cost stays linear."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term in vector:
            postings[term].append(index)
    count = len(vectors)
    pairs: set[int] = set()
    for holders in postings.values():
        if 1 < len(holders) <= settings.max_postings:
            for position, first in enumerate(holders):
                pairs.update(first * count + second for second in holders[position + 1 :])
    reach = settings.neighbors
    for first, vector in enumerate(vectors):
        for term in list(vector)[: settings.block_keywords]:  # heaviest first
            holders = postings[term]
            if len(holders) > settings.max_postings:
                position = bisect_left(holders, first)
                after = holders[position + 1 : position + 1 + reach]
                pairs.update(first * count + second for second in after)
    return pairs


def similarities(
    vectors: Sequence[dict[str, float]], days: Sequence[int | None], settings: GroupSettings
) -> dict[tuple[int, int], float]:
    """The cosine of the keyword vectors, time-scaled, of every candidate pair (none of the
    others is scored: they count as 0)."""
    count = len(vectors)
    keys = [frozenset(vector) for vector in vectors]
    result = {}
    for pair in sorted(candidate_pairs(vectors, settings)):
        first, second = divmod(pair, count)
        factor = _time_factor(days[first], days[second], settings)
        if factor <= 0.0:
            continue
        left, right = vectors[first], vectors[second]
        cosine = sum([left[term] * right[term] for term in keys[first] & keys[second]])
        if cosine > 0.0:
            result[first, second] = cosine * factor
    return result


class _Clusters:
    """Average-link clustering over sparse similarities.

    The mean similarity of two groups is the total of their scored pairs over the number of
    those pairs (pairs never scored do not count, so that a story a hundred outlets tell, whose
    pairs are only partly scored, holds). Two groups merge while that mean is at least
    `threshold` and at least `relative` times the cohesion (the same mean inside a group) of
    the more cohesive of the two, so that two tight stories that share a few words (one city,
    "police") stay two. Articles are numbered in content-key order, and ties merge the lowest
    numbers first.

    The queue is lazy: a merged group's mean with a third is a weighted average of the two
    means it replaces, never above both, so an entry is only re-scored when it comes up.
    """

    def __init__(self, count: int, settings: GroupSettings) -> None:
        self.threshold, self.relative = settings.threshold, settings.relative
        self.members: dict[int, list[int]] = {index: [index] for index in range(count)}
        # Between two groups, and inside one: (total similarity, pairs scored).
        self.links: dict[int, dict[int, tuple[float, int]]] = {i: {} for i in range(count)}
        self.inner: dict[int, tuple[float, int]] = dict.fromkeys(range(count), (0.0, 0))
        self.parent = list(range(count))  # a merged group points at the group it joined
        self.rejected: dict[int, list[int]] = {}  # pairs the relative bar held apart
        self.heap: list[tuple[float, int, int]] = []

    def run(self, scores: dict[tuple[int, int], float]) -> list[list[int]]:
        for (first, second), score in scores.items():
            self.links[first][second] = self.links[second][first] = (score, 1)
            if score >= self.threshold:
                self.heap.append((-score, first, second))
        heapq.heapify(self.heap)
        while self.heap:
            negative, first, second = heapq.heappop(self.heap)
            first, second = self._find(first), self._find(second)
            if first == second:
                continue
            mean = self._mean(first, second)
            if mean < -negative - 1e-12:  # lowered by a merge since: queue it as it is now
                self._queue(first, second)
            elif mean >= self.relative * max(self._cohesion(first), self._cohesion(second)):
                self._merge(first, second)
            else:
                self.rejected.setdefault(first, []).append(second)
                self.rejected.setdefault(second, []).append(first)
        return list(self.members.values())

    def _find(self, group: int) -> int:
        parent = self.parent
        while parent[group] != group:
            parent[group] = parent[parent[group]]
            group = parent[group]
        return group

    def _queue(self, first: int, second: int) -> None:
        mean = self._mean(first, second)
        if mean >= self.threshold:
            heapq.heappush(self.heap, (-mean, min(first, second), max(first, second)))

    def _mean(self, first: int, second: int) -> float:
        total, scored = self.links[first].get(second, (0.0, 0))
        return total / scored if scored else 0.0

    def _cohesion(self, group: int) -> float:
        total, scored = self.inner[group]
        return total / scored if scored else 0.0

    def _merge(self, keep: int, gone: int) -> None:
        """Fold group `gone` into `keep`, summing its links; what the relative bar held apart
        from either is queued again, as the merged group's cohesion differs."""
        between = self.links[keep].get(gone, (0.0, 0))
        kept_inner, gone_inner = self.inner[keep], self.inner.pop(gone)
        self.inner[keep] = (
            kept_inner[0] + gone_inner[0] + between[0],
            kept_inner[1] + gone_inner[1] + between[1],
        )
        self.members[keep].extend(self.members.pop(gone))
        self.parent[gone] = keep
        gone_links = self.links.pop(gone)
        kept = self.links[keep]
        kept.pop(gone, None)
        for other, (total, scored) in gone_links.items():
            if other == keep:
                continue
            before = kept.get(other, (0.0, 0))
            kept[other] = (before[0] + total, before[1] + scored)
            other_links = self.links[other]
            other_links.pop(gone, None)
            other_links[keep] = kept[other]
        held = self.rejected.pop(keep, []) + self.rejected.pop(gone, [])
        for other in sorted({self._find(other) for other in held} - {keep}):
            self._queue(keep, other)


def group_articles(
    articles: Iterable[Article], settings: GroupSettings | None = None
) -> tuple[Event, ...]:
    """The events in a pile of articles, largest first (then earliest, then by content); the
    same articles in any order give the same events, ids and labels."""
    settings = settings or GroupSettings()
    ordered = sorted(articles, key=_content_key)
    bags = [article_terms(article, settings.title_weight) for article in ordered]
    proper = [proper_names(article) for article in ordered]
    vectors, idf = _vectors(bags, proper, settings)
    days = [_day(article.published) for article in ordered]
    clusters = _Clusters(len(ordered), settings).run(similarities(vectors, days, settings))
    groups = [sorted(cluster) for cluster in clusters]
    groups.sort(key=lambda group: (-len(group), days_key(ordered, group), group[0]))
    return tuple(
        Event(
            f"e{number}",
            event_label([ordered[i] for i in group], [vectors[i] for i in group]),
            tuple(ordered[i] for i in group),
        )
        for number, group in enumerate(groups, 1)
    )


def days_key(ordered: Sequence[Article], group: Sequence[int]) -> str:
    """The group's earliest publication date, for ordering events of one size."""
    dates = [published for index in group if (published := ordered[index].published)]
    return min(dates) if dates else "9999"


# How many words a label gives.
LABEL_TERMS = 4


def event_label(articles: Sequence[Article], vectors: Sequence[dict[str, float]]) -> str:
    """The keywords the event's articles share most (at least half of them hold each; name
    runs before their own words), as the articles write them, then the date span."""
    held: Counter[str] = Counter()
    weight: defaultdict[str, float] = defaultdict(float)
    for vector in vectors:
        held.update(vector.keys())
        for term, value in vector.items():
            weight[term] += value
    needed = max(1, math.ceil(len(vectors) / 2))
    ranked = sorted(
        (term for term, count in held.items() if count >= needed),
        key=lambda term: (-weight[term], term),
    )
    chosen: list[str] = []
    for term in ranked:
        chosen = _with_term(chosen, term)
    words = ", ".join(_display(term, articles) for term in chosen)
    dates = sorted(article.published[:10] for article in articles if article.published)
    span = "" if not dates else dates[0] if dates[0] == dates[-1] else f"{dates[0]}…{dates[-1]}"
    return " · ".join(part for part in (words, span) if part) or "(no shared words)"


def _with_term(chosen: list[str], term: str) -> list[str]:
    """The label's terms with `term` taken in: a name run that goes on from a chosen one joins
    it ("governor selim" + "selim kaya"), and a run takes the place of its own chosen words; a
    word or run already given is skipped; a new term is added while fewer than LABEL_TERMS."""
    words = term.split()
    for index, other in enumerate(chosen):
        given = other.split()
        joined = _joined(given, words) if len(words) > 1 and len(given) > 1 else None
        if joined:
            rest = [item for item in chosen if item not in words]
            return [joined if item == other else item for item in rest]
        if set(words) <= set(given):
            return chosen
        if len(words) > 1 and set(given) <= set(words):
            rest = [item for item in chosen[index + 1 :] if item not in words]
            return [*chosen[:index], term, *rest]
    return [*chosen, term] if len(chosen) < LABEL_TERMS else chosen


def _joined(given: list[str], words: list[str]) -> str | None:
    """Two name runs as one when one goes on where the other ends: "governor selim" and "selim
    kaya", or "derya aksoy" and "mayor derya"; else None."""
    if given[-1] == words[0]:
        return " ".join([*given, *words[1:]])
    if words[-1] == given[0]:
        return " ".join([*words[:-1], *given])
    return None


def _display(term: str, articles: Sequence[Article]) -> str:
    """The term as the articles most often write it ("Maria Kessler", "Afghanistan")."""
    forms: Counter[str] = Counter()
    for article in articles:
        for text in (article.title or "", article.text[:_DISPLAY_CHARS]):
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer: look no further
                continue
            at = lowered.find(term)
            while at >= 0:
                end = at + len(term)
                if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                    forms[text[at:end]] += 1  # a whole word, not "cia" in "special"
                at = lowered.find(term, end)
    if not forms:  # a name run written with a possessive between ("Malmo's Moellevangen")
        return " ".join(word.capitalize() for word in term.split()) if " " in term else term
    return min(forms, key=lambda form: (-forms[form], form))


# How far into an article its terms' written forms are looked for.
_DISPLAY_CHARS = 3000

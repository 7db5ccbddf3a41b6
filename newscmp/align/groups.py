"""Which mentions are the same fact: blocking by a cheap key, then clustering inside a block
against a few representatives, so the work stays near-linear in the number of mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial

from rapidfuzz import fuzz, process

from newscmp.align.text import name_tokens, normalize, organisation_key, quote_key
from newscmp.model import (
    FollowUpValue,
    Mention,
    ParticipantValue,
    Qualifier,
    QuantityValue,
    QuoteValue,
    Value,
)
from newscmp.text.given_names import given_name, nickname_forms, same_given_name

# Similarity thresholds, rapidfuzz's 0-100 scale.
SAME_NAME = 90
SAME_QUOTE = 60
_SHARED_CONTENT = 2  # content words two paraphrases of one statement share at least

# A short quote that characterises something: adjectives joined by and/but ("frank and direct",
# "long and difficult", "tough but fair").
_CHARACTERISATION = re.compile(
    r"^(?:(?:very|so|too|quite|extremely) )?[\w'-]+"
    r"(?:,? (?:and|but|yet) (?:(?:very|so|too|quite|extremely) )?[\w'-]+){1,3}$"
)
# Words too common to make two quotes about the same thing.
_QUOTE_STOPWORDS = frozenset(
    "a an the and but or yet so to of in on at for with by from as is are was were be been "
    "it its this that these those we you they he she i our your their his her not no very "
    "about it's i'm we're that's there's what who".split()
)


def _cluster(
    items: Sequence[str],
    same: Callable[[str, str], bool],
    candidates: Callable[[str], Iterable[str]] | None = None,
) -> dict[str, int]:
    """Greedy clustering against each cluster's first member; items sorted for determinism.

    `candidates(item)`, when given, names the keys an item can only match a representative
    through (a representative sharing none of them cannot be the same); representatives are then
    looked up by key instead of tried one by one, with the same result.
    """
    representatives: list[str] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    assignment: dict[str, int] = {}
    for item in sorted(set(items), key=lambda text: (-len(text), text)):
        keys = list(candidates(item)) if candidates else []
        tried = (
            sorted({index for key in keys for index in by_key.get(key, ())})
            if candidates
            else range(len(representatives))
        )
        for index in tried:
            if same(item, representatives[index]):
                assignment[item] = index
                break
        else:
            assignment[item] = len(representatives)
            for key in keys:
                by_key[key].append(len(representatives))
            representatives.append(item)
    return assignment


# What may end a name after the surname, as `name_tokens` folds it ("Jr." -> "jr").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
SAME_SURNAME = 85  # near-identical surnames across sources ("Jonson"/"Johnson")
_FUZZY_SURNAME_LENGTH = 5  # shorter surnames are too often two names one letter apart


@lru_cache(maxsize=65536)
def _split_name(name: str) -> tuple[tuple[str, ...], str]:
    """A name's folded words but its suffix, and the suffix ("" when none)."""
    tokens = name_tokens(name)
    if len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        return tokens[:-1], tokens[-1]
    return tokens, ""


def _surname(name: str) -> str:
    words, _ = _split_name(name)
    return words[-1] if words else ""


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> tuple[str, ...]:
    """What two full names of one surname can be one person through: the first letter of the
    given name or of a formal name it is a nickname of ("Bob" and "Robert"), or of the middle
    name ("J. Christopher" and "Chris", "Wasserman Schultz" and "Debbie Wasserman Schultz")."""
    words, _ = _split_name(name)
    keys = {form[0] for form in nickname_forms(words[0])}
    if len(words) > 2:
        keys.add(words[1][0])
    return tuple(sorted(keys))


def _same_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The given names of two full names can be one person's: the same, a nickname, an initial
    ("Joe"/"Joseph", "J."/"John"), or the middle name the other goes by (see below); `_same_person`
    asks both ways round."""
    if same_given_name(a[0], b[0]):
        return True
    # The name used is the middle one: "J. Christopher Stevens"/"Chris Stevens", "Byron Todd
    # Jones"/"Todd Jones" (a full middle name, spelt in full by both).
    if len(a) > 2 and (same_given_name(a[1], b[0]) if len(a[0]) == 1 else a[1] == b[0]):
        return len(b) == 2
    return False


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names that both give a middle name or initial give the same one ("George W." is no
    "George H. W.")."""
    if len(a) < 3 or len(b) < 3 or len(a[0]) == 1 or len(b[0]) == 1:
        return True
    return a[1][0] == b[1][0]


def _tail_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "Wasserman Schultz" of "Debbie Wasserman Schultz": the shorter name is the longer's
    last words, and its first word is no given name."""
    return len(short) < len(long) and long[-len(short) :] == short and given_name(short[0]) is None


@lru_cache(maxsize=65536)
def _same_person(name: str, other: str, families: frozenset[str] = frozenset()) -> bool:
    """Whether two names of one surname name one person. A suffix on both must be the same
    ("Jr." is no "Sr."); a suffix on one only is the same person unless a source names the
    suffixed one beside another of that surname (`families`: father and son)."""
    (a, suffix), (b, other_suffix) = _split_name(name), _split_name(other)
    if not a or not b or a[-1] != b[-1]:
        return False
    if suffix != other_suffix and (suffix and other_suffix or a[-1] in families):
        return False
    if len(a) == 1 or len(b) == 1:
        return True  # a surname alone; callers only reach here when it is unambiguous
    if _same_given(a, b) or _same_given(b, a):
        return _middles_agree(a, b)
    if _tail_of(a, b) or _tail_of(b, a):
        return True
    return fuzz.ratio(" ".join(a), " ".join(b)) >= SAME_NAME


def group_names(
    names: Sequence[str],
    families: frozenset[str] = frozenset(),
    roles: dict[str, frozenset[str]] | None = None,
) -> dict[str, int]:
    """Cluster person names: full names by given name, middle initial and suffix, a lone
    surname with its only full name, then near-identical surnames across blocks when the given
    names and the roles agree (see `_same_person`, `_near_surnames`)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in set(names):
        by_surname[_surname(name)].append(name)
    result: dict[str, int] = {}
    for surname in sorted(by_surname):
        block = by_surname[surname]
        full = [name for name in block if len(_split_name(name)[0]) > 1]
        if len({_split_name(name)[1] for name in full} - {""}) > 1:
            block_families = families | {surname}  # a "Jr." and a "Sr.": "John Smith" is neither
        else:
            block_families = families
        assignment = _cluster(full, partial(_same_person, families=block_families), _name_keys)
        clusters = set(assignment.values())
        offset = len(set(result.values()))
        for name in block:
            if name in assignment:
                result[name] = offset + assignment[name]
            elif len(clusters) == 1:
                result[name] = offset
            else:  # a surname shared by several people (unless one role tells), or no full name
                result[name] = offset + _by_role(name, assignment, roles or {}, len(clusters))
    return _near_surnames(result, roles or {})


def _by_role(
    lone: str, assignment: dict[str, int], roles: dict[str, frozenset[str]], unknown: int
) -> int:
    """The one cluster of full names that shares a role with a lone surname ("President
    Vance" beside "Robert Vance", the president, and "Robert Vance Jr"), else `unknown`."""
    wanted = roles.get(lone)
    if not wanted:
        return unknown
    found = {index for name, index in assignment.items() if roles.get(name, frozenset()) & wanted}
    return found.pop() if len(found) == 1 else unknown


def _near_surnames(result: dict[str, int], roles: dict[str, frozenset[str]]) -> dict[str, int]:
    """Join the clusters of two full names whose surnames are near-identical ("Jonson" and
    "Johnson", "Tchaikovsky" and "Chaikovsky") when their given names are the same or a
    nickname, and neither states a role the other lacks. Surnames are compared only among
    names that share a given name's form, with rapidfuzz's `process.extract`."""
    by_given: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for name in result:
        words, _ = _split_name(name)
        if len(words) > 1 and len(words[-1]) >= _FUZZY_SURNAME_LENGTH:
            for form in nickname_forms(words[0]):
                by_given[form][words[-1]].append((words[0], name))
    joined = {index: index for index in set(result.values())}

    def root(index: int) -> int:
        while joined[index] != index:
            index = joined[index]
        return index

    for form in sorted(by_given):
        block = by_given[form]
        surnames = sorted(block)
        for surname in surnames if len(surnames) > 1 else ():
            near = process.extract(
                surname, surnames, scorer=fuzz.ratio, score_cutoff=SAME_SURNAME, limit=None
            )
            for other_surname, _, _ in near:
                if other_surname <= surname:
                    continue
                for given, name in block[surname]:
                    for other_given, other in block[other_surname]:
                        if not same_given_name(given, other_given):
                            continue
                        if roles.get(name) and roles.get(other) and not roles[name] & roles[other]:
                            continue  # two people with different roles
                        a, b = root(result[name]), root(result[other])
                        joined[max(a, b)] = min(a, b)
    return {name: root(index) for name, index in result.items()}


def group_people(mentions: list[Mention]) -> list[list[Mention]]:
    names = [_person_name(mention.value) for mention in mentions]
    return _split(mentions, group_names(names, _families(mentions), _roles(mentions)), names)


def _families(mentions: list[Mention]) -> frozenset[str]:
    """Surnames a source gives both to a suffixed name and to another person: "Robert Vance
    Jr" beside a "Vance" who is not him. A name with a suffix is then never joined to the same
    name without it."""
    by_source: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, name in {(mention.source, _person_name(mention.value)) for mention in mentions}:
        by_source[(source, _surname(name))].add(name)
    return frozenset(
        surname
        for (_, surname), names in by_source.items()
        if len(names) > 1 and any(_split_name(name)[1] for name in names)
    )


def _roles(mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """Each participant name's roles, folded, for `_near_surnames`."""
    roles: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        value = mention.value
        if isinstance(value, ParticipantValue) and value.name and value.role:
            roles[value.name].add(normalize(value.role))
    return {name: frozenset(found) for name, found in roles.items()}


def _person_name(value: Value) -> str:
    if isinstance(value, ParticipantValue):
        return value.name or ""
    return value.speaker or "" if isinstance(value, QuoteValue) else ""


def _split(
    mentions: list[Mention], assignment: dict[str, int], keys: list[str]
) -> list[list[Mention]]:
    groups: dict[int, list[Mention]] = defaultdict(list)
    for mention, key in zip(mentions, keys, strict=True):
        groups[assignment[key]].append(mention)
    return list(groups.values())


@lru_cache(maxsize=65536)
def _is_characterisation(quote: str) -> bool:
    return bool(_CHARACTERISATION.match(normalize(quote)))


def _stem(word: str) -> str:
    """A light stem, enough for paraphrase: "fits"/"fit", "perfectly"/"perfect"."""
    for suffix in ("ly", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def _content_words(quote: str) -> frozenset[str]:
    return frozenset(
        _stem(word) for word in normalize(quote).split() if word not in _QUOTE_STOPWORDS
    )


# A key every characterisation shares, so two of them are always tried against each other.
_CHARACTERISES = "\0characterisation"


def _quote_keys(quote: str) -> list[str]:
    """What a quote can match another through: a content word in common, or both being
    characterisations (see `_same_quote`)."""
    keys = sorted(_content_words(quote))
    return [*keys, _CHARACTERISES] if _is_characterisation(quote) else keys


def _same_quote(quote: str, other: str) -> bool:
    """Two quotes of one speaker say the same thing: both characterise (variants of one
    judgement), or they share content words and rapidfuzz finds them close."""
    if _is_characterisation(quote) and _is_characterisation(other):
        return True
    words, other_words = _content_words(quote), _content_words(other)
    shared = len(words & other_words)
    fewest = min(len(words), len(other_words))
    if not shared or shared < min(_SHARED_CONTENT, fewest) or 2 * shared < fewest:
        return False  # two statements of one speaker often share a word or two
    score = fuzz.token_set_ratio(" ".join(sorted(words)), " ".join(sorted(other_words)))
    return score >= SAME_QUOTE


SAME_EXCERPT = 90  # rapidfuzz partial_ratio of an excerpt inside a longer quote
_EXCERPT_WORDS = 4  # the fewest words an excerpt needs to be found inside another quote
_EXCERPT_KEYS = 2  # an excerpt is looked up by its longest words
_SHARED_RUN = 6  # words in a row two overlapping excerpts of one statement share


def group_quotes(mentions: list[Mention]) -> list[list[Mention]]:
    """One fact per quotation: first, per speaker, the quotes that say the same thing
    (`_same_quote`); then those groups joined across speakers when their words are the same or
    one is an excerpt of the other (`_same_words`): outlets that credit the same words to
    different speakers, or to none, still carry one quote."""
    groups: list[list[Mention]] = []
    for speaker_group in group_people(mentions):
        groups.extend(_speaker_quotes(speaker_group))
    return _join_same_words(groups)


def _speaker_quotes(mentions: list[Mention]) -> list[list[Mention]]:
    """One speaker's quotes, greedy against each group's first (longest) quote, looked up by
    `_quote_keys`: a quote joins the first group that says the same thing (`_same_quote`) and
    holds no other statement of its own source (`_clashes`)."""
    order = sorted(
        mentions, key=lambda m: (-len(quote_text(m.value)), quote_text(m.value), m.source)
    )
    groups: list[list[Mention]] = []
    representatives: list[str] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    for mention in order:
        text = quote_text(mention.value)
        keys = _quote_keys(text)
        for index in sorted({index for key in keys for index in by_key.get(key, ())}):
            if _same_quote(text, representatives[index]) and not _clashes(groups[index], mention):
                groups[index].append(mention)
                break
        else:
            for key in keys:
                by_key[key].append(len(groups))
            groups.append([mention])
            representatives.append(text)
    return groups


def _clashes(group: list[Mention], mention: Mention) -> bool:
    """Whether the group holds another statement of the mention's source: different words,
    neither inside the other. One outlet's two quotes are two facts, however alike."""
    key = quote_key(quote_text(mention.value))
    return any(
        member.source == mention.source
        and not _same_words(quote_key(quote_text(member.value)), key)
        for member in group
    )


def _shingles(text: str) -> set[str]:
    """The runs of `_SHARED_RUN` words of a folded quote: two outlets quoting overlapping
    excerpts of one statement share one."""
    words = text.split()
    return {" ".join(words[n : n + _SHARED_RUN]) for n in range(len(words) - _SHARED_RUN + 1)}


def _same_words(excerpt: str, quote: str) -> bool:
    """Whether two folded quotes are the same words, the shorter inside the longer, or two
    excerpts of one statement that overlap by `_SHARED_RUN` words or more."""
    if excerpt == quote:
        return True
    short, long = sorted((excerpt, quote), key=len)
    if len(short.split()) < _EXCERPT_WORDS:
        return False
    if fuzz.partial_ratio(short, long, score_cutoff=SAME_EXCERPT) >= SAME_EXCERPT:
        return True
    return not _shingles(short).isdisjoint(_shingles(long))


def _join_same_words(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Join quote groups that hold `_same_words`; each quote is tried only against the quotes
    holding its own longest words or a run of its words, so the work stays near-linear."""
    texts = sorted(
        {
            (quote_key(quote_text(mention.value)), index)
            for index, group in enumerate(groups)
            for mention in group
        }
    )
    postings: dict[str, set[int]] = defaultdict(set)
    runs: dict[str, set[int]] = defaultdict(set)
    for number, (text, _) in enumerate(texts):
        for word in set(text.split()):
            postings[word].add(number)
        for run in _shingles(text):
            runs[run].add(number)
    parent = list(range(len(groups)))
    members = [list(group) for group in groups]  # each root's mentions, for `_clashes`

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    for text, index in texts:
        words = sorted(set(text.split()), key=lambda word: (-len(word), word))[:_EXCERPT_KEYS]
        if not words:
            continue
        found = set.intersection(*(postings[word] for word in words))
        found.update(number for run in _shingles(text) for number in runs[run])
        for number in sorted(found):
            other_text, other = texts[number]
            a, b = root(index), root(other)
            if (
                a != b
                and _same_words(text, other_text)
                and not _groups_clash(members[a], members[b])
            ):
                parent[max(a, b)] = min(a, b)
                members[min(a, b)] += members[max(a, b)]
    joined: dict[int, list[Mention]] = defaultdict(list)
    for index, group in enumerate(groups):
        joined[root(index)].extend(group)
    return [joined[index] for index in sorted(joined)]


def _groups_clash(group: list[Mention], other: list[Mention]) -> bool:
    sources = {mention.source for mention in group}
    return any(mention.source in sources and _clashes(group, mention) for mention in other)


def quote_text(value: Value) -> str:
    return value.quote or "" if isinstance(value, QuoteValue) else ""


def group_quantities(mentions: list[Mention]) -> list[list[Mention]]:
    from newscmp.text.units import canonical_unit

    blocks: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        value = mention.value
        unit = value.unit if isinstance(value, QuantityValue) else None
        blocks[canonical_unit(unit or "")].append(mention)
    groups: list[list[Mention]] = []
    for unit in sorted(blocks):
        groups.extend(_split_by_amount(blocks[unit]))
    return groups


def _amount(mention: Mention) -> float:
    value = mention.value
    return value.amount or 0.0 if isinstance(value, QuantityValue) else 0.0


def _near(amount: float, other: float) -> bool:
    low, high = sorted((abs(amount), abs(other)))
    return high <= 1.5 * low


def _same_count(mention: Mention, other: Mention) -> bool:
    """Within one source: two exact amounts that differ are two counts (118,402 and 107,390
    votes); a hedged amount near another ("at least 30" beside "34") is the same count."""
    value, other_value = mention.value, other.value
    assert isinstance(value, QuantityValue) and isinstance(other_value, QuantityValue)
    if value.qualifier is Qualifier.EXACT and other_value.qualifier is Qualifier.EXACT:
        return value.amount == other_value.amount
    return _near(_amount(mention), _amount(other))


def _split_by_amount(block: list[Mention]) -> list[list[Mention]]:
    """One fact per counted thing, unless a source counts it more than once with other amounts."""
    per_source: dict[str, list[Mention]] = defaultdict(list)
    for mention in block:
        counts = per_source[mention.source]
        if not any(_same_count(mention, seen) for seen in counts):
            counts.append(mention)
    most = max(per_source.values(), key=lambda counts: (len(counts), sorted(map(_amount, counts))))
    anchors = sorted(_amount(mention) for mention in most)
    if len(anchors) == 1:
        return [block]
    groups: dict[float, list[Mention]] = defaultdict(list)
    for mention in block:
        amount = _amount(mention)
        groups[min(anchors, key=lambda anchor: (abs(anchor - amount), anchor))].append(mention)
    return [groups[anchor] for anchor in sorted(groups)]


@lru_cache(maxsize=65536)
def _follow_up_keys(value: Value) -> tuple[str, str, str]:
    assert isinstance(value, FollowUpValue)
    return (normalize(value.place), organisation_key(value.with_), value.date or "")


def _same_follow_up(value: Value, other: Value) -> bool:
    """Two announced events are one when they name the same place; when one names no place,
    when they share the organisation or the date."""
    place, organisation, date = _follow_up_keys(value)
    other_place, other_organisation, other_date = _follow_up_keys(other)
    if place and other_place:
        return place == other_place
    shared_organisation = bool(organisation) and organisation == other_organisation
    return shared_organisation or (bool(date) and date == other_date)


def group_follow_ups(mentions: list[Mention]) -> list[list[Mention]]:
    """Greedy against representatives, those that name a place first, so the result does not
    depend on the order of the sources.

    Each mention joins the first group whose first member `_same_follow_up` accepts, found by
    lookup: while mentions naming a place come, every group was started by one, so only the
    group of the same place can match; after them, the first group sharing the organisation or
    the date does.
    """
    ordered = sorted(mentions, key=lambda m: (not _follow_up_keys(m.value)[0], m.text, m.source))
    groups: list[list[Mention]] = []
    by_place: dict[str, int] = {}
    by_organisation: dict[str, int] = {}
    by_date: dict[str, int] = {}
    for mention in ordered:
        place, organisation, date = _follow_up_keys(mention.value)
        if place:
            found = by_place.get(place)
        else:
            matches = [by_organisation.get(organisation), by_date.get(date)]
            found = min((index for index in matches if index is not None), default=None)
        if found is not None:
            groups[found].append(mention)
            continue
        index = len(groups)
        groups.append([mention])
        if place:
            by_place.setdefault(place, index)
        if organisation:
            by_organisation.setdefault(organisation, index)
        if date:
            by_date.setdefault(date, index)
    return groups


def one_group(mentions: list[Mention]) -> list[list[Mention]]:
    return [mentions] if mentions else []

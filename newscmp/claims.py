"""Claim or context: whether a mention states something about the main event of its article.

Every date, place, venue, length, count and follow-up mention is decided once, from its own
sentence and line on the article's `Doc`:

- where it sits: a `dateline` ("SPRINGFIELD, Ill. (AP) —"), a `publication` line ("Published
  Monday"), a photo `caption`, a `byline` or a `correction` note is reporting furniture;
- what it counts (quantities): an `age` ("a 6-year-old"), an `identifier` ("Channel 4",
  "a 12-gauge", "911"), a `population` ("a town of 5,000"), a `hypothetical` ("could have
  been ten", "needs 60 votes"), a `vague` size with no number ("millions of voters");
- what it is attached to: a `later_step` of the story ("the trial is set for May 4", "will
  meet in Oslo", a funeral or a hearing), an `earlier_step` ("last year", "since 2009",
  "earlier this month"), an `other_event` ("the same rifle used in", "a similar attack",
  "a year after"), or, for a place, a person's `origin` ("a native of Ohio", "R-Texas") or a
  place the story only passes through (`elsewhere`: the hospital the injured were taken to);
- a follow-up dated before the article was published is a `past_event`.

Anything else is a `claim`. Only claims make a fact's status (see `align`); context is shown,
never a conflict. The comparison's main event (`newscmp.main_event`) may still turn a step of
the story back into a claim when that step is the event itself (a hearing story's hearing).
The cue words are data: `newscmp/data/context_cues.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources

from newscmp.model import FollowUpValue, Kind, Mention, QuantityValue, Role
from newscmp.text.doc import Doc
from newscmp.text.places import is_dateline

# The kinds decided here; participants and quotes are always claims.
DECIDED = frozenset(
    {Kind.DATE, Kind.LOCATION, Kind.VENUE, Kind.DURATION, Kind.QUANTITY, Kind.FOLLOW_UP}
)
# Reasons that come from the story's steps: the main event may be such a step itself.
STEP_REASONS = frozenset({"later_step", "earlier_step"})
# How far before a mention its `before` cues are looked for, in characters of its sentence.
BEFORE = 60
# How far before a count a "could", "if" or "needs" makes it hypothetical.
HYPOTHETICAL = 40
# A line with more words than this is story text, not a byline or a publication line.
SHORT_LINE = 14
# A photo caption is a paragraph of its own, rarely longer than this many words.
CAPTION_LINE = 60


def _table() -> dict[str, list[str]]:
    text = resources.files("newscmp.data").joinpath("context_cues.json").read_text("utf-8")
    return {key: value for key, value in json.loads(text).items() if not key.startswith("_")}


def _compile(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    patterns = {
        name: re.compile("|".join(f"(?:{cue})" for cue in cues)) for name, cues in table.items()
    }
    for name in ("step_words", "court_words"):
        words = "|".join(re.escape(word) for word in table[name])
        patterns[name] = re.compile(rf"\b(?:{words})\b")
    return patterns


_TABLE = _table()
CUES = _compile(_TABLE)
# Steps of a story ("trial", "funeral"): words, not patterns.
STEP_WORDS: frozenset[str] = frozenset(_TABLE["step_words"])
COURT_WORDS: frozenset[str] = frozenset(_TABLE["court_words"])
_CORRECTION = re.compile(r"^\s*(?:correction|clarification)\b|\ban earlier version of this\b")
_CLAUSE_END = re.compile(r"[,;:]")
# Words one of which every caption cue holds: a line with none of them is no caption.
_CAPTION_KEYS = ("photo", "pictur", "getty", "image", "here")
_YEAR = re.compile(r"\b(?:in|of|since|from) ((?:19|20)\d\d)\b")
_DATE_DATELINE = re.compile(r"^[A-Z][A-Z.' -]{1,40}(?:,\s[A-Z][\w.]{1,14})?,\s$")


def decide(doc: Doc, mention: Mention) -> tuple[Role, str | None]:
    """The role of one mention and, for context, why; an extractor's own context stays one."""
    if mention.kind not in DECIDED:
        return mention.role, mention.reason
    reason = _position(doc, mention) or _by_kind(doc, mention)
    # A date the date extractor chose already weighed its words, but one announced for later
    # ("the trial is set for May 4") is a later step even when the article names no other.
    if reason is None and mention.kind is Kind.DATE and mention.is_claim:
        reason = _announced(doc, mention)
    elif reason is None and mention.kind is not Kind.FOLLOW_UP:
        # A follow-up is announced for later by its own words: whether it is past is read
        # from its date ("past_event"), not from cues of the sentence around it.
        reason = _attachment(doc, mention)
    if reason is None:
        return mention.role, mention.reason
    return Role.CONTEXT, reason


def decide_roles(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` with each one's role and reason decided (the same objects when unchanged)."""
    result = []
    for mention in mentions:
        role, reason = decide(doc, mention)
        if role is not mention.role or reason != mention.reason:
            mention = replace(mention, role=role, reason=reason)
        result.append(mention)
    return result


def _position(doc: Doc, mention: Mention) -> str | None:
    """Reporting furniture: the line the mention stands on, not its meaning."""
    start, end = mention.span.start, mention.span.end
    bounds = doc.line(start, end)
    if bounds not in doc.line_notes:
        doc.line_notes[bounds] = _line_note(doc.text[bounds[0] : bounds[1]])
    note = doc.line_notes[bounds]
    if note in ("correction", "caption", "byline"):
        return note
    if mention.kind is Kind.DATE:
        if note == "publication":
            return note
        if _DATE_DATELINE.match(doc.text[bounds[0] : start]):
            return "dateline"
    elif mention.kind in (Kind.LOCATION, Kind.VENUE) and is_dateline(doc.text, start, end):
        return "dateline"
    return None


def _line_note(line: str) -> str | None:
    """What kind of reporting furniture a whole line is, if any: "correction", "caption",
    "byline", or "publication" (which only dates care about)."""
    lowered = line.lower()
    if _CORRECTION.search(lowered):
        return "correction"
    words = len(line.split())
    caption = any(key in lowered for key in _CAPTION_KEYS)
    if caption and words <= CAPTION_LINE and CUES["caption_line"].search(lowered):
        return "caption"
    if words <= SHORT_LINE and CUES["byline_line"].search(lowered):
        return "byline"
    if words <= SHORT_LINE and CUES["publication_line"].search(lowered):
        return "publication"
    return None


def _sentence(doc: Doc, mention: Mention) -> tuple[str, int, int] | None:
    """The mention's sentence lower-cased, where the mention starts in it, and its index."""
    index = doc.sentence_index(mention.span.start)
    if index is None:
        return None
    return doc.lowered(index), mention.span.start - doc.sentences[index].start, index


def _by_kind(doc: Doc, mention: Mention) -> str | None:
    """What only some kinds can be: a count that is an age or a name, a follow-up past."""
    if isinstance(mention.value, FollowUpValue):
        published = doc.article.published
        date = mention.value.date
        if published and date and not date.startswith("-") and date < published[:10]:
            return "past_event"
        return None
    if not isinstance(mention.value, QuantityValue):
        return None
    return _count_reason(doc, mention)


def _count_reason(doc: Doc, mention: Mention) -> str | None:
    if isinstance(mention.value, QuantityValue) and mention.value.amount is None:
        return "vague"  # "millions of Americans" says how big, not how many
    text = doc.text
    start, end = mention.span.start, mention.span.end
    before = text[max(0, start - 25) : start].lower()
    after = text[end : end + 20].lower()
    if CUES["identifier_text"].search(mention.text.strip().lower()):
        return "identifier"
    if CUES["age_after"].search(after) or CUES["age_before"].search(before) and _bare(mention):
        return "age"
    if CUES["identifier_before"].search(before) or CUES["identifier_after"].search(after):
        return "identifier"
    found = _sentence(doc, mention)
    if found is None:
        return None
    sentence, offset, _ = found
    # The population phrase holds the count itself: "a town of 4,500 people", "a population
    # of 250,000", "250,000 inhabitants" (not the "3 killed" of the same sentence).
    end = offset + len(mention.text)
    around = sentence[max(0, offset - HYPOTHETICAL) : end + HYPOTHETICAL // 2]
    if CUES["population_near"].search(around):
        return "population"
    # Terms in office measure a career, not the event: "served three terms in the Senate",
    # "a two-term governor", "the second of her three terms".
    if _holds(CUES["tenure_near"], sentence, offset, end):
        return "tenure"
    if CUES["hypothetical_before"].search(sentence, max(0, offset - HYPOTHETICAL), offset):
        return "hypothetical"
    return None


def _holds(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    """Whether a phrase of `pattern` takes in the count at sentence[start:end] itself."""
    window = max(0, start - HYPOTHETICAL)
    for found in pattern.finditer(sentence, window, end + 30):
        if found.start() < end and found.end() > start:
            return True
    return False


def _bare(mention: Mention) -> bool:
    """Whether a count is a number with no counted noun of its own ("34" after "aged")."""
    return isinstance(mention.value, QuantityValue) and not (mention.value.unit or "").strip()


def _attachment(doc: Doc, mention: Mention) -> str | None:
    """What the sentence attaches the mention to: a later or earlier step, another event."""
    found = _sentence(doc, mention)
    if found is None:
        return None
    sentence, offset, _ = found
    before = sentence[max(0, offset - BEFORE) : offset]
    end = offset + len(mention.text)
    after = _CLAUSE_END.split(sentence[end : end + BEFORE], maxsplit=1)[0]
    if mention.kind in (Kind.LOCATION, Kind.VENUE):
        if CUES["origin_before"].search(before):
            return "origin"
        # "were taken to Mercy Hospital", "a student at X": the cue leads to the place
        if CUES["elsewhere_before"].search(before[-HYPOTHETICAL:]):
            return "elsewhere"
    # Another event's cue before the mention, or after it in its own clause ("12 died in a
    # similar attack"); "hit Chile on Tuesday, a year after ..." leaves Chile to this event.
    clause_end = end + len(after)
    if any(
        low < offset or end <= low and high <= clause_end
        for low, high in _matches(doc, "other_event_sentence", found)
    ):
        return "other_event"
    # A count or a length after "will" is usually the event's own terms ("will pay 42 euros a
    # share"); a date, place or venue after it, or after a step's word, is a later step's.
    later = CUES["later_step_before"].search(before) or CUES["step_words"].search(before)
    if later and mention.kind in (Kind.DATE, Kind.LOCATION, Kind.VENUE):
        return "later_step"
    if CUES["earlier_before"].search(before) or CUES["earlier_after"].search(after):
        return "earlier_step"
    if _other_year(doc, before) or _other_year(doc, after):
        return "earlier_step"
    return None


def _announced(doc: Doc, mention: Mention) -> str | None:
    found = _sentence(doc, mention)
    if found is None:
        return None
    sentence, offset, _ = found
    later = CUES["later_step_before"].search(sentence, max(0, offset - BEFORE), offset)
    return "later_step" if later else None


def _matches(doc: Doc, name: str, found: tuple[str, int, int]) -> tuple[tuple[int, int], ...]:
    """Where the cue `name` matches in the mention's sentence, searched once per sentence."""
    sentence, _, index = found
    key = (name, index)
    spans = doc.sentence_matches.get(key)
    if spans is None:
        spans = tuple(m.span() for m in CUES[name].finditer(sentence))
        doc.sentence_matches[key] = spans
    return spans


def _other_year(doc: Doc, before: str) -> bool:
    """Whether the words before a mention date it to a year other than the article's."""
    published = doc.article.published
    found = _YEAR.search(before)
    return bool(found and published and found.group(1) != published[:4])


def step_is_event(doc: Doc, mention: Mention, label: str) -> bool:
    """Whether a step-of-the-story mention is about the main event after all: the event's word
    (a hearing story's "hearing") stands in the mention's sentence, or, for a court story
    (a verdict, a trial), any court word does; never what is announced for later."""
    if mention.reason not in STEP_REASONS or mention.kind is Kind.DATE:
        return False  # a date's step is settled against the event's day instead
    found = _sentence(doc, mention)
    if found is None:
        return False
    if CUES["later_step_before"].search(found[0][max(0, found[1] - BEFORE) : found[1]]):
        return False  # announced for later ("will be held in"): a later step whatever it is
    if label in COURT_WORDS:
        return CUES["court_words"].search(found[0]) is not None
    return label in STEP_WORDS and re.search(rf"\b{re.escape(label)}\b", found[0]) is not None

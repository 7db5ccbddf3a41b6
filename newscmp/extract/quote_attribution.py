"""Who said a quotation: the attribution cues around it and the speaker they name (the quote
extractor, `extract.quote`, finds the quotations and keeps or drops them).

The speaker comes from an attribution cue (`ATTRIBUTION_CUES`: said, told, added, warned, called,
according to...) outside any quote: right after the quote (`," said X`, `," X said`,
`," he insisted`), else before it in the same sentence (`X said the talks were "..."`), else later
in the sentence (`Claiming to be "satisfied" ..., X warned`). With no cue around it, a quote takes
the person who spoke in the previous sentence (a quote paragraph after `X said ...`), or the
organisation when that sentence is a quote of theirs (`"...," the NRA said. "..."`). A person is
given by the full name `find_people` found; "he"/"she" is the nearest person named before it in
its own sentence, else the subject (the person named first) of the sentence before (a quote of
several sentences counts as one), of that sex and no object ("an offer to X", "X's record"),
else the last speaker a few sentences back, else the person the article names most so far;
"the judge" is the last person with that role. A participle cue ("X said, citing ..., adding")
speaks with the subject of the earlier cue. Anything else is the
words of the noun phrase ("the Peruvian consulate in Madrid tweeted" gives "Peruvian
consulate", "Peru saying it will make ..." gives "Peru"), when one is capitalised.
A subject followed by a relative clause speaks through it ("X, which ..., said"); a cue earlier
in the sentence is tried when the last one names nobody ("X told that ... according to the first
information "..."). "The player" or "the minister" with no one of that role is the person named
last, in the same or the previous sentence; "the Ecuadorian leader" the one person of that
country.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newscmp.model import Article
from newscmp.text.given_names import given_name
from newscmp.text.name_tokens import TITLE_WORDS, country_name
from newscmp.text.names import PersonRef, find_people
from newscmp.text.sentences import Sentence, split_sentences

CONTEXT = 300  # characters read on each side of a quote, within its sentences
SPEAKER_GAP = 80  # longest speaker phrase between a quote and the cue after it

# Words that attribute quoted words to someone, as regex fragments.
ATTRIBUTION_CUES: tuple[str, ...] = (
    r"said", r"says", r"say", r"saying", r"told", r"tells", r"telling", r"added", r"adds",
    r"adding", r"insisted", r"insists", r"insisting", r"warned", r"warns", r"stressed",
    r"stresses", r"stressing", r"noted", r"noting", r"wrote", r"writes", r"tweeted",
    r"declared", r"declares", r"explained", r"explains", r"argued", r"argues", r"asked",
    r"replied", r"replies", r"responded", r"recalled", r"acknowledged", r"admitted",
    r"conceded", r"urged", r"vowed", r"promised", r"predicted", r"suggested", r"stated",
    r"remarked", r"quipped", r"joked", r"cautioned", r"complained", r"announced",
    r"stating", r"states", r"writing", r"calling(?!\s(?:for|on|off|up|in)\b)", r"arguing",
    r"warning", r"asking", r"explaining",
    r"pointed\sout", r"called(?!\s(?:for|on|off|up|in)\b)", r"considered", r"considers",
    r"described", r"describes", r"describing", r"termed", r"dubbed", r"branded",
    r"expressed", r"affirmed", r"affirms", r"assured", r"guaranteed", r"underlined",
    r"emphasi[sz]ed", r"reiterated", r"repeated", r"claimed", r"claims", r"accused", r"accuses",
    r"praised", r"praises", r"critici[sz]ed", r"denounced", r"hailed", r"lamented", r"informed",
    r"[Aa]ccording\sto", r"in\san?\s(?:\w{1,20}\s)?(?:tweet|statement|interview)",
)  # fmt: skip
# Cues whose speaker comes after them ("according to the ministry").
SPEAKER_AFTER = re.compile(r"[Aa]ccording")
PRONOUNS = ("he", "she")
# Words that end a speaker's noun phrase: prepositions, verbs of being, function words.
_PHRASE_BREAK_WORDS = """in at from of for on to with by about over under into near after before
    during since is are was were be been being has have had do does did will would could should
    can may might must not and or but that which who whom whose what when where while as if than
    then so it they we i you he she him her them us me this these those there here its their our
    also nevertheless however again later too still even only just already now said says told"""
PHRASE_BREAKS = frozenset(_PHRASE_BREAK_WORDS.split())
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
_ADVERBS = frozenset(["also", "nevertheless", "however", "again", "later", "too", "then", "still"])
_PLACE_WORDS = frozenset(["in", "at", "from", "of", "for", "the"])
_LONGEST_ACRONYM = 6
# Capitalised words, with the small words organisations' names hold between them.
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:\s(?:(?:of|for|and|on|the|in|to)\s){0,2}[A-Z][a-z]+){1,7}"
)
_RELATIVE = re.compile(r"\s*(?:which|who|whose)\b")
_PRONOUN_SEX = {"he": "m", "she": "f"}
_PRONOUN_REACH = 3  # sentences back a "he"/"she" may point to the last speaker
_PROTAGONIST_REFS = 3  # references that make a person the one "he"/"she" points to
_OTHER_SEX = {"m": "f", "f": "m"}
_PREPOSITIONS = frozenset(
    "to with for of against by from about at on toward towards over under into after before "
    "between among including".split()
)
_POSSESSIVES = frozenset({"’s", "'s"})


def _by_first_letter(cues: tuple[str, ...]) -> str:
    """The alternation of `cues` with the cues of one first letter grouped behind it
    ("s(?:aid|ays|...)|t(?:old|...)"): a scan tries one letter, not every cue, at each word.
    Cues of two first letters never match at the same place, so only the order of the cues
    within a letter counts, and it is kept. A cue starts with a letter or a class of letters
    ("[Aa]ccording"), which stands for each of its letters."""
    groups: dict[str, list[str]] = {}
    for cue in cues:
        lead = _LEAD.match(cue)
        if lead is None:
            raise ValueError(f"an attribution cue must start with a letter: {cue!r}")
        for letter in lead.group(1) or lead.group(2):
            groups.setdefault(letter, []).append(cue[lead.end() :])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_LEAD = re.compile(r"\[([A-Za-z]+)\]|([A-Za-z])")
_CUE = re.compile(r"(?<![\w-])(?:" + _by_first_letter(ATTRIBUTION_CUES) + r")(?![\w-])")
_PRONOUN = re.compile(r"\b(?:" + "|".join(PRONOUNS) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w’'.-]{0,40}")
_CLAUSE_BREAK = re.compile(r"[,;:—–()\n]|\b(?:and|but|while|whereas|because|although|with)\s")
_CONJUNCTION = re.compile(r"\b(?:and|but|while|whereas|because|although|which|who|that)\b")


# A quotation as `extract.quote` finds it; the rules here read its marks.
@dataclass(frozen=True, slots=True)
class _Quote:
    open: int  # the opening mark
    close: int  # the closing mark
    start: int  # the quoted words
    end: int


class _Attribution:
    """The sentences, people and quotes of one article, and the speaker rules over them."""

    def __init__(self, article: Article, quotes: list[_Quote]) -> None:
        self.text = article.text
        self.sentences = split_sentences(article)
        self.starts = [sentence.start for sentence in self.sentences]
        self.regions = [(quote.open, quote.close) for quote in quotes]
        self.region_starts = [quote.open for quote in quotes]
        self.people = [ref for ref in find_people(article) if not self.quoted(ref.span.start)]
        self.person_ends = [ref.span.end for ref in self.people]
        self.person_starts = [ref.span.start for ref in self.people]
        self.names = frozenset(ref.name for ref in self.people)
        self.last_speaker: tuple[int, str] | None = None  # sentence index and name

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self.region_starts, position) - 1
        return index >= 0 and self.regions[index][0] <= position <= self.regions[index][1]

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def sentence(self, position: int) -> Sentence:
        return self.sentences[self.sentence_index(position)]

    def cues(self, lo: int, hi: int) -> list[re.Match[str]]:
        return [cue for cue in _CUE.finditer(self.text, lo, hi) if not self.quoted(cue.start())]

    def people_in(self, lo: int, hi: int) -> list[PersonRef]:
        first = bisect.bisect_left(self.person_starts, lo)  # people are in text order
        last = bisect.bisect_right(self.person_starts, hi, first)
        return [ref for ref in self.people[first:last] if ref.span.end <= hi]

    def pronoun(self, position: int) -> str | None:
        """The person "he"/"she" at `position` stands for: the nearest one named before it in
        the same or the previous sentence, else the person quoted in one of those sentences
        ("he said. '...,' he added.")."""
        sentence = self.sentence_index(position)
        own = sentence
        while own > 0 and self.quoted(self.sentences[own].start):
            own -= 1  # a quote of several sentences before "he said" counts as one
        floor = self.sentences[max(0, own - 1)].start
        sex = _PRONOUN_SEX.get(self.text[position : position + 3].strip().lower())
        index = bisect.bisect_right(self.person_ends, position) - 1
        found: list[PersonRef] = []
        while index >= 0 and self.people[index].span.start >= floor:
            ref = self.people[index]
            index -= 1
            if sex is not None and _sex_of(ref.name) == _OTHER_SEX[sex]:
                continue  # "she" is no "John"
            if self.is_object(ref):
                continue  # "a job offer to Speaker Ann Lee": not who "he" is
            found.append(ref)
        own_start = self.sentences[own].start
        in_own = [ref for ref in found if ref.span.start >= own_start]
        if in_own and own == sentence:
            return in_own[0].name  # the nearest in the pronoun's own sentence
        if in_own or found:
            # after a quote of several sentences, or from the sentence before: its subject,
            # the person it names first ("Mr. X, meeting Y, said whether Z ... '...,' he said")
            return (in_own or found)[-1].name
        last = self.last_speaker
        recent = last is not None and last[0] >= sentence - _PRONOUN_REACH
        if last is not None and recent and (sex is None or _sex_of(last[1]) != _OTHER_SEX[sex]):
            return last[1]
        return self.protagonist(position, sex)

    def protagonist(self, position: int, sex: str | None) -> str | None:
        """The person the article is about so far: named most often before `position`, at
        least `_PROTAGONIST_REFS` times and more often than anyone else ("he said" paragraphs
        after the person was last named)."""
        counts: dict[str, int] = {}
        for ref in self.people[: bisect.bisect_right(self.person_ends, position)]:
            if sex is None or _sex_of(ref.name) != _OTHER_SEX[sex]:
                counts[ref.name] = counts.get(ref.name, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < _PROTAGONIST_REFS or ranked[1:2] == ranked[:1]:
            return None
        return max(counts, key=counts.__getitem__)

    def is_object(self, ref: PersonRef) -> bool:
        """Whether a person is named right after a preposition ("to", "with" ...) or as an
        owner ("Y's record"): not the subject of the clause."""
        before = self.text[max(0, ref.span.start - 12) : ref.span.start].split()
        if self.text[ref.span.end : ref.span.end + 2] in _POSSESSIVES:
            return True  # "Y's record"
        return bool(before) and before[-1].lower() in _PREPOSITIONS

    def by_role(self, phrase: str, position: int) -> str | None:
        """The last person named before `position` whose role has the phrase's noun ("the
        minister": "Minister of Health"), else, for a noun that is a title ("the player"), the
        nearest person named in the same or the previous sentence."""
        noun = phrase.split()[-1].lower()
        earlier = self.people[: bisect.bisect_right(self.person_ends, position)]
        for ref in reversed(earlier):
            if ref.role and noun in ref.role.lower().split():
                return ref.name
        floor = self.sentences[max(0, self.sentence_index(position) - 1)].start
        if noun in TITLE_WORDS and earlier and earlier[-1].span.start >= floor:
            return earlier[-1].name
        return None

    def by_country(self, phrase: str) -> str | None:
        """ "Ecuadorian leader": the one person of that country with a title, else None."""
        words = phrase.split()
        country = country_name(words[0])
        if country is None or not all(word.lower() in TITLE_WORDS for word in words[1:]):
            return None
        names = {ref.name for ref in self.people if ref.affiliation == country}
        return names.pop() if len(names) == 1 else None

    def phrase(self, lo: int, hi: int, *, whole: bool) -> str | None:
        """The speaker a phrase names: a person, "he", "the judge", or a capitalised noun
        phrase ("the Peruvian consulate in Madrid" gives its first two words).
        `whole`: the phrase must be nothing but the speaker (it ends at the cue)."""
        people = self.people_in(lo, hi)
        if people:
            return people[-1 if whole else 0].name
        words = list(_WORD.finditer(self.text, lo, hi))
        while whole and words and _is_adverb(words[-1].group()):
            words.pop()  # "he nevertheless warned", "Then he cautioned"
        subject = words[-1 if whole else 0] if words else None
        if subject is not None and _PRONOUN.fullmatch(subject.group()):
            return self.pronoun(subject.start())
        noun = _noun_phrase([word.group() for word in words], whole=whole)
        if noun is not None and len(noun.split()) > 1:
            noun = self.by_country(noun) or noun
        if noun is not None and noun[0].isupper() and noun.split()[-1] in TITLE_WORDS:
            noun = self.by_role(noun, lo) or noun  # "White House spokesman": the spokesman named
        if noun is not None and noun.isupper() and noun.isalpha():
            noun = self.acronym(noun) or noun  # "the ACLU said": the name the article spells out
        if noun is None or noun[0].isupper():
            return noun
        return self.by_role(noun, lo)

    def acronym(self, letters: str) -> str | None:
        """The name an acronym stands for in this article: the first run of capitalised words
        whose initials it is ("the American Civil Liberties Union (ACLU)")."""
        if len(letters) < 2 or len(letters) > _LONGEST_ACRONYM:
            return None
        for match in _CAPITALISED_RUN.finditer(self.text):
            words = match.group().split()
            capitals = [index for index, word in enumerate(words) if word[0].isupper()]
            initials = "".join(words[index][0] for index in capitals)
            if initials.endswith(letters):  # "The American Civil Liberties Union"
                return " ".join(words[capitals[-len(letters)] :])
        return None


def _sex_of(name: str) -> str | None:
    """The sex a person's given name goes with ("m", "f"), None when unknown or either."""
    found = given_name(name.split(" ", 1)[0])
    return found if found in ("m", "f") else None


def _is_adverb(word: str) -> bool:
    low = word.lower()
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4)


def _noun_phrase(words: list[str], *, whole: bool) -> str | None:
    """The noun phrase that opens `words`; with `whole`, only a place ("in Madrid") and adverbs
    may follow it."""
    index = 1 if words and words[0].lower() in DETERMINERS else 0
    phrase: list[str] = []
    while index < len(words) and words[index].lower() not in PHRASE_BREAKS and len(phrase) < 6:
        phrase.append(words[index])
        index += 1
    for word in words[index:] if whole else ():
        low = word.lower()
        if not (low in _PLACE_WORDS or word[0].isupper() or _is_adverb(word)):
            return None  # a verb or an object: the clause is more than a speaker
    while phrase and _is_adverb(phrase[-1]):
        phrase.pop()
    return " ".join(phrase) if phrase else None


def _clause_before(attribution: _Attribution, lo: int, cue: int) -> int:
    """Where the clause that ends at a cue begins (after a comma, "and", "but" ...)."""
    start = lo
    for match in _CLAUSE_BREAK.finditer(attribution.text, lo, cue):
        if not attribution.quoted(match.start()):
            start = match.end()
    return start


def _before_cue(attribution: _Attribution, lo: int, cue: re.Match[str]) -> str | None:
    """The speaker of a cue read backwards: the clause that ends at it, else the last person
    named in `[lo, cue)` ("X echoed the review, saying ..., adding that ...")."""
    if SPEAKER_AFTER.match(cue.group()):
        end = attribution.sentence(cue.end()).end
        brk = _CLAUSE_BREAK.search(attribution.text, cue.end(), end)
        return attribution.phrase(cue.end(), brk.start() if brk else end, whole=False)
    clause = _clause_before(attribution, lo, cue.start())
    speaker = attribution.phrase(clause, cue.start(), whole=True)
    if speaker is None and not attribution.text[clause : cue.start()].strip():
        # "X, which replaced its management, said": the subject before the relative clause
        relative = _clause_before(attribution, lo, clause - 1)
        if relative > lo and _RELATIVE.match(attribution.text, relative):
            people = attribution.people_in(lo, relative)
            subject = _clause_before(attribution, lo, relative - 1)
            phrase = attribution.phrase(subject, relative - 1, whole=True)
            speaker = people[0].name if people else phrase  # "Ann Lee, R-Texas, who ..."
    if speaker is None and cue.group().endswith("ing"):
        # "X said, citing Y's record, adding ...": the participle's subject is the earlier cue's
        earlier = [c for c in attribution.cues(lo, clause) if not c.group().endswith("ing")]
        if earlier:
            return _before_cue(attribution, lo, earlier[-1])
    if speaker is None:  # the last person named before the cue, as a subject, not an object
        people = [p for p in attribution.people_in(lo, cue.start()) if not attribution.is_object(p)]
        speaker = people[-1].name if people else None
    return speaker


def _after_quote(attribution: _Attribution, quote: _Quote, cue: re.Match[str]) -> str | None:
    """The speaker of a cue right after a quote: `," X said`, `," he insisted`, `," said X`."""
    text = attribution.text
    gap = text[quote.close + 1 : cue.start()]
    if _CONJUNCTION.search(gap) or any(char in gap for char in ".;!?\n"):
        return None
    if gap.strip(" ,\u00a0") and not SPEAKER_AFTER.match(cue.group()):
        return attribution.phrase(quote.close + 1, cue.start(), whole=True)
    sentence_end = attribution.sentence(cue.end()).end
    clause = _CLAUSE_BREAK.search(text, cue.end(), sentence_end)
    return attribution.phrase(cue.end(), clause.start() if clause else sentence_end, whole=False)


def _speaker(attribution: _Attribution, quote: _Quote, previous: str | None) -> str | None:
    """Who said a quote (see the module's doc); `previous` is who spoke in the sentence before."""
    first, last = attribution.sentence(quote.open), attribution.sentence(quote.close)
    lo = max(first.start, quote.open - CONTEXT)
    hi = min(max(last.end, quote.close + 1), quote.close + CONTEXT)
    after = attribution.cues(quote.close + 1, hi)
    before = attribution.cues(lo, quote.open)
    speaker = None
    if after and after[0].start() - quote.close <= SPEAKER_GAP:
        speaker = _after_quote(attribution, quote, after[0])
    for cue in reversed(before):
        if speaker is not None:
            break
        speaker = _before_cue(attribution, lo, cue)
    if speaker is None and after:
        speaker = _before_cue(attribution, quote.close + 1, after[0])
    if not before and not after:
        speaker = previous
    return speaker


def _previous_speaker(
    attribution: _Attribution, quote: _Quote, spoken: dict[int, str | None]
) -> str | None:
    """The person who spoke in the sentence before the quote's: through a quote of theirs or an
    attribution cue ("She said that ..."); None for anyone but a named person, unless the
    sentence before is a quote of a named organisation's ('"...," Acme said. "..."')."""
    index = attribution.sentence_index(quote.open) - 1
    if index < 0:
        return None
    if index in spoken:
        speaker = spoken[index]
        if speaker is not None and speaker[0].isupper():
            return speaker  # a quote of the organisation's own: "...," the NRA said. "..."
    else:
        sentence = attribution.sentences[index]
        cues = attribution.cues(sentence.start, sentence.end)
        speaker = _before_cue(attribution, sentence.start, cues[0]) if cues else None
    return speaker if speaker in attribution.names else None

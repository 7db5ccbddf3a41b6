"""The tables of the follow-up extractor (`extract.follow_up`): the words that announce a later
event, the days counted from another, and the words of what a follow-up may be about."""

from __future__ import annotations

# Words that announce a later event; what they announce follows them. Regex fragments.
ANNOUNCEMENT_CUES: tuple[str, ...] = (
    r"(?:will|would|is\sto|are\sto)\sbe\sfollowed\sby",
    r"(?:is|are|’s|'s)\s(?:now\s)?(?:scheduled|due|set|slated|expected|planned|poised)\s(?:for|to|on)",
    r"(?:will|would|shall)\s(?:then\s|again\s|also\s)?(?:hold|meet|resume|continue|begin|start|"
    r"take\splace|reconvene|convene|move\sto|shift\sto|travel\sto|head\sto|visit|host|face|play|"
    r"return\sto|be\sheld|hear|rule|vote|decide|parade|celebrate|gather|march|stage|call|sign|"
    r"announce|deliver|open|assume\s(?:the\s)?(?:office|functions|post|duties|mandate)|"
    r"take\soffice|be\ssworn\sin|be\sinaugurated)",
    r"(?:has|have)\s(?:already\s)?(?:announced|called|planned|scheduled)\s(?:another|a\snew|"
    r"a\sfurther|a\ssecond|new|fresh|further)",
    r"(?:shifts?|moves?|heads?)\s(?:now\s)?to", r"talks\s(?:continue|resume)",
    r"(?:plans?|intends?|hopes?)\sto\s(?:hold|meet|visit|host|resume)",
    r"a\srematch", r"the\s(?:second|return)\sleg", r"the\snext\sround",
)  # fmt: skip
# Future times that name no day; they announce the event of their whole clause.
TIME_CUES: tuple[str, ...] = (
    r"next\s(?:week|month|year|weekend)", r"later\sthis\s(?:week|month|year)", r"this\sweekend",
    r"in\sthe\s(?:coming|next)\s(?:days|weeks|months)",
    r"next\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
)  # fmt: skip
# Days counted from the follow-up named before ("a day later") or, for "tomorrow", the article.
RELATIVE_DAYS: dict[str, int] = {
    "a day later": 1, "one day later": 1, "the next day": 1, "the following day": 1,
    "the day after": 1, "two days later": 2, "a week later": 7,
}  # fmt: skip
FROM_ARTICLE_DAYS: dict[str, int] = {"the day after tomorrow": 2, "tomorrow": 1}
# Event words besides `extract.event`'s that a follow-up may be about.
FOLLOW_UP_NOUNS: tuple[str, ...] = (
    "sentencing", "leg", "rematch", "round", "consultations", "hearing", "talks", "session",
    "search", "operation", "arguments", "deliberations", "runoff", "polls", "inauguration",
    "vigil", "memorial", "parade", "trophy", "celebration", "celebrations", "march", "stoppage",
    "swearing-in", "sworn in", "office", "functions", "deliveries", "delivery", "shareholders",
)  # fmt: skip
# A day and month without a year up to this many days before the article are a past day; further
# back, an announced event's day is next year's.
PAST_DAYS = 31
# Words that join the capitalised words of an organisation's name.
NAME_CONNECTORS = frozenset(["of", "for", "and", "the", "on", "in", "de", "&"])
# Words (lower case) of which every match of an announcement or time cue holds at least one: a
# sentence whose words hold none is not searched for a cue. One of each cue's words is enough
# (tests/test_follow_up_cues.py expands every cue to check it).
CUE_WORDS: frozenset[str] = frozenset(
    {"followed", "scheduled", "due", "set", "slated", "expected", "planned", "poised", "will",
     "would", "shall", "announced", "called", "shift", "shifts", "move", "moves", "head", "heads",
     "talks", "plan", "plans", "intend", "intends", "hope", "hopes", "rematch", "leg",
     "next", "later", "weekend", "coming"}
)  # fmt: skip

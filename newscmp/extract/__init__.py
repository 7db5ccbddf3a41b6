"""The registry of extractors: one plain function per fact kind, `Article -> list[Mention]`.

Adding a kind is adding a module under `newscmp/extract/` and a line to `EXTRACTORS`.
"""

from __future__ import annotations

from collections.abc import Callable

from newscmp.claims import decide_roles
from newscmp.extract.date import extract_date_mentions
from newscmp.extract.duration import extract_durations
from newscmp.extract.follow_up import extract_follow_ups
from newscmp.extract.location import extract_locations
from newscmp.extract.participant import extract_participants
from newscmp.extract.quantity import extract_quantities
from newscmp.extract.quote import extract_quotes
from newscmp.extract.venue import extract_venues
from newscmp.model import Article, Kind, Mention
from newscmp.text.doc import Doc

Extractor = Callable[[Article], list[Mention]]

EXTRACTORS: dict[Kind, Extractor] = {
    Kind.DATE: extract_date_mentions,
    Kind.LOCATION: extract_locations,
    Kind.VENUE: extract_venues,
    Kind.DURATION: extract_durations,
    Kind.PARTICIPANT: extract_participants,
    Kind.FOLLOW_UP: extract_follow_ups,
    Kind.QUANTITY: extract_quantities,
    Kind.QUOTE: extract_quotes,
}


def extract(article: Article, kinds: tuple[Kind, ...] | None = None) -> list[Mention]:
    """Every mention the registered extractors find in `article`, in kind order then text order,
    each one a claim about the main event or context (`newscmp.claims`)."""
    mentions: list[Mention] = []
    for kind, extractor in EXTRACTORS.items():
        if kinds is None or kind in kinds:
            found = extractor(article)
            mentions.extend(
                sorted(found, key=lambda mention: (mention.span.start, mention.span.end))
            )
    return decide_roles(Doc(article), mentions)

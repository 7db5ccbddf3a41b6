"""The `participant` extractor: every reference to a named person, as a Mention.

All the work is in `newscmp.text.names.find_people`; this module only turns each `PersonRef`
into a Mention whose value is the person's full name, role and affiliation in this article.
"""

from __future__ import annotations

from newscmp.model import Article, Kind, Mention, ParticipantValue
from newscmp.text.names import find_people


def extract_participants(article: Article) -> list[Mention]:
    """One Mention per reference to a person ("Deputy Foreign Minister Jane Doe",
    "Ms Doe", "Doe said"), in text order."""
    return [
        Mention(
            kind=Kind.PARTICIPANT,
            source=article.id,
            text=ref.text,
            span=ref.span,
            value=ParticipantValue(ref.name, ref.role, ref.affiliation),
        )
        for ref in find_people(article)
    ]

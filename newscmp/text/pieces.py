"""Regex pieces and character sets that several modules build patterns from: one copy each.

A space between the words of a phrase is a space, a no-break space (U+00A0) or a narrow no-break
space (U+202F, normal in French typography: "8\u202fheures", "100\u202f000 soldats"), the same
before a number as after it.
"""

from __future__ import annotations

SPACE_CHARS = " \u00a0\u202f"
SPACE = f"[{SPACE_CHARS}]"
# A word as the extractors read a noun or a unit: a letter, then letters, digits, ' ’ and -.
WORD = r"[A-Za-z][\w'’-]*"

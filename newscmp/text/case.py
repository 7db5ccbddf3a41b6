"""Folding words the way case-insensitive regexes match them, for looking them up in tables."""

from __future__ import annotations

# Letters a case-insensitive pattern matches with an ASCII letter though `str.lower()` does not
# turn them into it: the dotted capital and dotless i ("İ", "ı") and the long s ("ſ"). A
# shortcut that compares lower-cased text with plain words must not be trusted on text that
# holds one.
ODD_CASE_LETTERS = "İıſ"


def fold(text: str) -> str:
    """`text` case-folded for a table lookup after an `(?i)` match. Such a match also accepts
    letters that `str.casefold` does not turn into ASCII: the dotted capital "İ" (it folds to
    "i" and a combining dot, which is dropped here) and the dotless "ı" (made "i"); "ſ" and the
    Kelvin sign already fold to "s" and "k"."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")

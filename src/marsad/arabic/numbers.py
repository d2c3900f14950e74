"""Arabic-Indic and Persian digits to ASCII digits."""

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

_DIGITS = str.maketrans(ARABIC_INDIC + PERSIAN, "0123456789" * 2)


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic (U+0660..) and Persian (U+06F0..) digits with 0-9; length-preserving."""
    return text.translate(_DIGITS)

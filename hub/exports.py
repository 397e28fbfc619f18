"""What every CSV download shares."""

# Spreadsheet programs run cells that start with these as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as a CSV cell that a spreadsheet shows as text, never runs: text that
    starts like a formula gets a leading apostrophe. Numbers pass unchanged (a negative
    number is a number, not a formula)."""
    if not isinstance(value, str):
        return value
    return f"'{value}" if value[:1] in FORMULA_STARTS else value

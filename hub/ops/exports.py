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


class SafeCsvExportMixin:
    """For Wagtail's spreadsheet exports (ReportView, IndexView): every CSV cell goes
    through ``safe_cell``, so text people typed (a search, a request, a course title)
    cannot run as a formula. Wagtail already writes XLSX cells as text."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

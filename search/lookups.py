"""``field = ANY(%s)``: a long list of ids as one array parameter (PostgreSQL).

``pk__in`` with 2,000 ids makes Django prepare, and PostgreSQL plan, 2,000 separate
parameters; the search filters its ranked candidates (search/service.py) by id in one.
"""

from django.db.models import Lookup


class AnyOf(Lookup):
    lookup_name = "any_of"
    # The right-hand side is a whole list: not prepared as one value of the field.
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]

    def get_db_prep_lookup(self, value, connection):
        field = self.lhs.output_field
        return "%s", [[field.get_db_prep_value(item, connection) for item in value]]

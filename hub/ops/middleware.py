from csp.middleware import CSPMiddleware, PolicyParts

# Wagtail's admin still relies on inline scripts and styles in places; the hub's own
# pages do not, so only the admin gets them.
ADMIN_RELAXATIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}


class HubCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/"):
            parts.update = {**ADMIN_RELAXATIONS, **(parts.update or {})}
        return parts

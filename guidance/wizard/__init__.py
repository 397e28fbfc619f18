""" "Is training the answer?" (/guidance/wizard/): the question tree L&D keep in the
admin (models.py, admin.py), a walk through it (walk.py), and what each screen shows
(screen.py), served by a route of ``guidance.pages.GuidanceIndexPage``."""

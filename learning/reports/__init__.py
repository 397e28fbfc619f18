"""L&D's figures: reports under the admin's "Reports" menu and the moderators' panel
on the admin home. How each figure is counted is in docs/reports.md."""

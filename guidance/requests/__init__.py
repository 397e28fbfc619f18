"""Learning requests (/requests/): an employee describes a knowledge gap, colleagues vote
and comment, an expert claims it, L&D moderators triage it until a course or guidance
page answers it. docs/learning-requests.md describes the whole feature."""

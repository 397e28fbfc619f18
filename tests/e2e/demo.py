"""The demo users the tests sign in as: the real ones from ``seed_demo``."""

from hub.demo.users import DEMO_USERS

PASSWORD = "e2e-demo-password"
USERNAMES = [user.username for user in DEMO_USERS]


def first_name(username):
    return next(user.first_name for user in DEMO_USERS if user.username == username)

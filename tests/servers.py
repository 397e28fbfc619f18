"""Real servers the tests start on 127.0.0.1 and stop again: Redis (Debian's
redis-server), SMTP (aiosmtpd) and S3 (moto in server mode), and databases of their own
on the machine's PostgreSQL. The OpenID provider is in tests/oidc_provider/."""

import os
import socket
import subprocess
import sys
import time

import boto3
import psycopg2
import redis
from aiosmtpd.controller import Controller
from psycopg2 import sql

REDIS_SERVER = "/usr/bin/redis-server"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of its own, keeping nothing on disk; ``stop`` and ``start`` again
    play an outage on the same port."""

    def __init__(self):
        if not os.access(REDIS_SERVER, os.X_OK):
            raise RuntimeError(f"{REDIS_SERVER} is needed (Debian package redis-server)")
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                if client.ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Inbox:
    """aiosmtpd's handler: keeps what it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


class MailServer:
    """An SMTP server (aiosmtpd); ``stop`` and ``start`` again play an outage."""

    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self):
        return [(envelope.rcpt_tos, envelope.content.decode()) for envelope in self.inbox.messages]

    def wait_for(self, count, seconds=30):
        deadline = time.monotonic() + seconds
        while len(self.inbox.messages) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.received


class S3Server:
    """An S3-compatible server: moto in server mode (``moto_server``), with one bucket."""

    bucket = "learning-hub-test"
    access_key, secret_key = "test-access-key", "test-secret-key"

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
        )

    def start(self):
        moto_server = os.path.join(os.path.dirname(sys.executable), "moto_server")
        self.process = subprocess.Popen(
            [moto_server, "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("moto_server did not start")
        self.client().create_bucket(Bucket=self.bucket)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


# -- PostgreSQL: the machine's server, a throw-away database of the test's own ------------------
POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


def postgres_url(database):
    return f"postgres://{POSTGRES['user']}@{POSTGRES['host']}:{POSTGRES['port']}/{database}"


def recreate_databases(*databases, create=True):
    """Drop ``databases`` (with their connections) and, unless ``create`` is false, make
    them again, empty."""
    connection = psycopg2.connect(dbname="postgres", **POSTGRES)
    connection.autocommit = True  # CREATE and DROP DATABASE refuse a transaction
    try:
        with connection.cursor() as cursor:
            for database in databases:
                cursor.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
                )
                if create:
                    cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    finally:
        connection.close()


def cut_connections(database):
    """End every connection to ``database``, as a restart of the server would; how many."""
    connection = psycopg2.connect(dbname="postgres", **POSTGRES)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [database]
            )
            return sum(1 for (cut,) in cursor.fetchall() if cut)
    finally:
        connection.close()

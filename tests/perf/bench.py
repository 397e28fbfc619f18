"""Page-serving benchmark: a signed-in employee loading the hub under gunicorn.

Builds a page tree on PostgreSQL (database ``hub_bench``, kept between runs so only
missing pages are generated), serves it with gunicorn and production settings
(tests/perf/settings.py),
signs in as the demo ``employee`` and loads four URLs at 1 and at 4 concurrent users:

- the bare Django view (tiny response, full middleware stack: the floor),
- a plain Wagtail page (an InfoPage with one paragraph, right under the home page),
- the home page,
- a generated content page deep in the tree (``/generated/generated-00NNNN/``).

Prints a table and writes it as JSON to tests/perf/results/. Exits non-zero when any
request fails or the server does not start; gunicorn is always stopped. See README.md.

    make bench
    make bench BENCH_ARGS="--pages 100000"
    .venv/bin/python tests/perf/bench.py --help
"""

import argparse
import contextlib
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
PERF_DIR = Path(__file__).resolve().parent
RESULTS_DIR = PERF_DIR / "results"
HOST = "127.0.0.1"
DB_HOST, DB_PORT, DB_USER = "127.0.0.1", 5432, "postgres"
# A throw-away password for the demo users of the throw-away benchmark database.
PASSWORD = "bench-only-password-4f7c"
USERNAME = "employee"
SETTINGS_MODULE = "tests.perf.settings"
# Settings the hub reads from the environment that would point the benchmark at
# shared services (a developer's search index, cache or mail server): never inherited.
ISOLATED_ENV = (
    "DATABASE_URL",
    "REDIS_URL",
    "SEARCH_BACKEND",
    "SEARCH_URL",
    "ELASTICSEARCH_URL",
    "ELASTICSEARCH_INDEX",
    "EMAIL_URL",
)


class BenchError(Exception):
    """Setup failed (database, seeding, server start, sign-in): nothing was measured."""


# --- Command line -------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Benchmark the hub's pages under gunicorn on PostgreSQL.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--pages", type=int, default=10_000, help="generated pages in the tree")
    parser.add_argument("--fresh", action="store_true", help="drop and rebuild the benchmark database")
    parser.add_argument(
        "--database", default="hub_bench", help="PostgreSQL database to use (name starts with hub_bench)"
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--requests", type=int, default=300, help="measured requests per scenario")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured requests before each scenario")
    parser.add_argument(
        "--rounds", type=int, default=3, help="split each scenario's requests into rounds, interleaved"
    )
    parser.add_argument(
        "--concurrency", default="1,4", help="comma-separated numbers of concurrent signed-in users"
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated scenario keys to run: "
        "bare, plain, home, content, search_page, search, search_none, autocomplete",
    )
    parser.add_argument("--time-cap", type=float, default=60.0, help="seconds per scenario at most")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request at most")
    args = parser.parse_args(argv)
    try:
        args.concurrency = sorted({int(part) for part in args.concurrency.split(",") if part.strip()})
    except ValueError:
        parser.error("--concurrency takes numbers, e.g. 1,4")
    if not args.concurrency or min(args.concurrency) < 1 or max(args.concurrency) > 64:
        parser.error("--concurrency values must be between 1 and 64")
    args.only = {part.strip() for part in args.only.split(",") if part.strip()}
    unknown = args.only - {key for key, *_ in scenarios(1)}
    if unknown:
        parser.error(f"--only: unknown scenario(s) {', '.join(sorted(unknown))}")
    if args.pages < 1:
        parser.error("--pages must be at least 1 (the content page is one of them)")
    if not 1 <= args.workers <= 32:
        parser.error("--workers must be between 1 and 32")
    if args.requests < 1 or args.warmup < 0 or args.rounds < 1:
        parser.error("--requests and --rounds must be at least 1, --warmup at least 0")
    # --fresh drops the database: only ever one that is recognisably the benchmark's.
    if not re.fullmatch(r"hub_bench[a-z0-9_]{0,50}", args.database):
        parser.error("--database must start with hub_bench (lower-case letters, digits, underscores)")
    return args


# --- Database and seeding ----------------------------------------------------------------------


def ensure_database(name, fresh):
    """Create the benchmark database if missing (dropping it first with --fresh).
    Returns True when it was created."""
    import psycopg2
    from psycopg2 import sql

    try:
        connection = psycopg2.connect(host=DB_HOST, port=DB_PORT, user=DB_USER, dbname="postgres")
    except psycopg2.OperationalError as error:
        raise BenchError(f"cannot reach PostgreSQL at {DB_HOST}:{DB_PORT} as {DB_USER}: {error}") from error
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            exists = cursor.fetchone() is not None
            if exists and fresh:
                print(f"Dropping database {name} (--fresh)")
                cursor.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
                exists = False
            if not exists:
                print(f"Creating database {name}")
                cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        connection.close()
    return not exists


def analyze_database(name):
    """VACUUM ANALYZE (and CHECKPOINT) the benchmark database; returns the seconds it took.

    VACUUM, not just ANALYZE: it also merges the GIN indexes' pending lists, which
    autovacuum does on a production server (it is off on some machines here). A search
    must otherwise scan thousands of pending entries: 2.9 ms instead of 0.2 ms for a
    term that matches nothing, in PostgreSQL's own full-text floor as much as in the hub."""
    import psycopg2

    started = time.perf_counter()
    connection = psycopg2.connect(host=DB_HOST, port=DB_PORT, user=DB_USER, dbname=name)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
            # Write out what seeding left in memory now, not while measuring.
            cursor.execute("CHECKPOINT")
    finally:
        connection.close()
    elapsed = time.perf_counter() - started
    print(f"Vacuum, analyze and checkpoint: {elapsed:.1f} s")
    return elapsed


def bench_env(database, static_root):
    env = {key: value for key, value in os.environ.items() if key not in ISOLATED_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=f"postgres://{DB_USER}@{DB_HOST}:{DB_PORT}/{database}",
        BENCH_STATIC_ROOT=str(static_root),
        PYTHONUNBUFFERED="1",
        LOG_LEVEL=os.environ.get("BENCH_LOG_LEVEL", "WARNING"),
    )
    # The secret only signs this run's sessions; base settings insist on one.
    env.setdefault("SECRET_KEY", "bench-only-insecure-key-never-use-in-production")
    env.pop("ALLOWED_HOSTS", None)
    return env


def run_step(label, command, env, capture=False):
    """Run a setup command from the project root; returns (seconds, stdout)."""
    shown = [os.path.relpath(part, ROOT) if isinstance(part, Path) else str(part) for part in command[1:]]
    print(f"{label}: {' '.join(shown)}", flush=True)
    started = time.perf_counter()
    completed = subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE if capture else None,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        if capture:
            print(completed.stdout, end="")
        raise BenchError(f"{label} failed with exit code {completed.returncode} (output above)")
    return elapsed, completed.stdout


def build_tree(args, env):
    """Collect static files, migrate, seed, analyze. Returns facts for the report."""
    python = sys.executable
    created = ensure_database(args.database, args.fresh)
    timings = {}
    # collectstatic first: hub/urls.py calls static() at import time, which needs the
    # manifest, and every other management command imports the URLconf in its checks.
    timings["collectstatic_s"], _ = run_step(
        "Static files", [python, "manage.py", "collectstatic", "--noinput", "-v", "0"], env
    )
    timings["migrate_s"], _ = run_step(
        "Migrate", [python, "manage.py", "migrate", "--noinput", "-v", "0"], env
    )
    # seed_demo runs every time: it is idempotent, only generates the pages that are
    # missing, and keeps the demo content in step with the code (new apps' seeders).
    command = [python, "manage.py", "seed_demo", "--force", "--password", PASSWORD, "--pages", args.pages]
    timings["seed_s"], out = run_step("Seed", command, env, capture=True)
    print(out, end="")
    added = re.search(r"Generated pages: (\d+) added", out)
    added = int(added.group(1)) if added else 0
    _, out = run_step("Inspect", [python, PERF_DIR / "prepare.py", PASSWORD], env, capture=True)
    state = json.loads(out.strip().splitlines()[-1])
    if not state["employee_ok"] or state["generated_pages"] < args.pages:
        raise BenchError(f"seed_demo did not produce what the benchmark needs: {state}")
    if not added:
        print(f"Reused the {state['generated_pages']} generated pages in {args.database} (--fresh rebuilds)")
    # Fresh statistics, as autovacuum would eventually give a production database.
    # Without them PostgreSQL plans the bulk-inserted tree as if it had a few rows.
    timings["analyze_s"] = analyze_database(args.database)
    if state["generated_pages"] > args.pages:
        print(
            f"Note: the tree has {state['generated_pages']} generated pages, more than --pages "
            f"{args.pages}; use --fresh for exactly {args.pages}."
        )
    return {**state, "database_created": created, "pages_added": added, **timings}


def count_queries(env, paths):
    """SQL queries per URL, from tests/perf/queries.py (test client, no server)."""
    _, out = run_step("Count queries", [sys.executable, PERF_DIR / "queries.py", *paths], env, capture=True)
    return json.loads(out.strip().splitlines()[-1])


# --- The server ------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn in its own process group, so stopping it stops every worker."""

    def __init__(self, env, workers, log_path):
        self.env = env
        self.workers = workers
        self.log_path = log_path
        self.port = free_port()
        self.process = None
        self.log_file = None

    def start(self, timeout=60.0):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "hub.wsgi:application",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            "sync",
            "--timeout",
            "60",
            "--graceful-timeout",
            "10",
            "--no-control-socket",
            "--log-level",
            "warning",
            "--chdir",
            str(ROOT),
        ]
        print(f"Starting gunicorn: {self.workers} sync workers on http://{HOST}:{self.port}/", flush=True)
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        last_problem = "no answer yet"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(
                    f"gunicorn exited with code {self.process.returncode} while starting\n{self.log_tail()}"
                )
            try:
                connection = http.client.HTTPConnection(HOST, self.port, timeout=5)
                connection.request("GET", "/healthz")
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status == 200:
                    return
                last_problem = f"/healthz answered {response.status}"
            except OSError as error:
                last_problem = str(error)
            time.sleep(0.2)
        raise BenchError(
            f"gunicorn did not answer within {timeout:.0f} s ({last_problem})\n{self.log_tail()}"
        )

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        """SIGTERM to the group (graceful), SIGKILL after a grace period; always waits."""
        if self.process is None:
            return
        group = self.process.pid  # start_new_session: the group id is the master's pid
        try:
            if self.process.poll() is None:
                self._signal_group(group, signal.SIGTERM)
                try:
                    self.process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    print("gunicorn did not stop in 20 s; killing it", file=sys.stderr)
            # Workers orphaned by a crashed master would still be in the group.
            self._signal_group(group, signal.SIGKILL)
            self.process.wait(timeout=10)
        finally:
            if self.log_file:
                self.log_file.close()

    @staticmethod
    def _signal_group(group, signum):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signum)

    def log_tail(self, lines=30):
        if self.log_file:
            self.log_file.flush()
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- last lines of {self.log_path} ---\n{tail}" if tail else f"({self.log_path} is empty)"


def processes():
    """``(pid, name, process group, CPU ticks used: user + system)`` of every process,
    from /proc (Linux only)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                text = stat.read()
        except OSError:
            continue  # gone already
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        yield int(entry.name), name, int(fields[2]), int(fields[11]) + int(fields[12])


def group_cpu_seconds(group):
    """CPU seconds the processes of ``group`` (gunicorn and its workers) have used so
    far, or None without /proc. Per request, it is what the server spends on a page,
    apart from the time the request waited for a CPU: steadier than latency on a
    machine whose load drifts."""
    if not os.path.isdir("/proc"):
        return None
    ticks = sum(ticks for _pid, _name, found, ticks in processes() if found == group)
    return ticks / os.sysconf("SC_CLK_TCK")


class CpuWatch(threading.Thread):
    """Samples /proc every second while measuring and adds up the CPU time of other
    processes: neither this script, nor its gunicorn, nor PostgreSQL. A test suite
    running next to the benchmark shows up here, and makes the absolute numbers (not
    so much the ratios) unreliable. Linux only; elsewhere it reports nothing."""

    def __init__(self, own_group):
        super().__init__(daemon=True)
        self.own_group = own_group
        self.stopped = threading.Event()
        self.baseline = {}
        self.latest = {}
        self.busiest = Counter()
        self.started = self.finished = 0.0

    def sample(self):
        seen = {}
        for pid, name, group, ticks in processes():
            if pid == os.getpid() or group == self.own_group or name.startswith("postgres"):
                continue
            seen[pid] = (name, ticks)
        return seen

    def run(self):
        self.started = time.monotonic()
        self.baseline = {pid: ticks for pid, (_, ticks) in self.sample().items()}
        while not self.stopped.wait(1.0):
            for pid, (name, ticks) in self.sample().items():
                self.latest[pid] = (name, ticks)
        self.finished = time.monotonic()

    def stop(self):
        """Returns (CPU seconds of other processes, their share of the machine, the
        busiest of them), or None where /proc is not available."""
        self.stopped.set()
        self.join()
        if not self.baseline:
            return None
        per_tick = 1 / os.sysconf("SC_CLK_TCK")
        for pid, (_name, ticks) in self.latest.items():
            self.busiest[pid] = (ticks - self.baseline.get(pid, 0)) * per_tick
        total = sum(self.busiest.values())
        capacity = (self.finished - self.started) * (os.cpu_count() or 1)
        top = [
            f"{self.describe(pid)}: {seconds:.0f} s"
            for pid, seconds in self.busiest.most_common(3)
            if seconds >= 1
        ]
        return round(total, 1), round(total / capacity, 3) if capacity else 0.0, top

    def describe(self, pid):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                words = cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            words = ""
        return f"pid {pid} {(words or self.latest[pid][0])[:70]}"


# --- The client ------------------------------------------------------------------------------


class Browser:
    """One signed-in user: an HTTP/1.1 connection (keep-alive when the server allows it;
    gunicorn's sync workers close after each response, so it reconnects) and cookies."""

    def __init__(self, port, timeout):
        self.port = port
        self.timeout = timeout
        self.connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers, body bytes). Retries once when a reused connection
        was closed by the server before answering, as browsers do."""
        all_headers = {
            "User-Agent": "hub-bench/1",
            "Accept": "text/html,*/*;q=0.8",
            "Accept-Language": "en",
            **(headers or {}),
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        for attempt in (1, 2):
            reused = self.connection.sock is not None
            try:
                self.connection.request(method, path, body=body, headers=all_headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                if attempt == 2 or not reused:
                    raise
            except Exception:
                self.connection.close()
                raise
        if response.will_close:
            self.connection.close()
        for header in response.msg.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return response.status, response.msg, content

    def sign_in(self, username, password):
        status, _, content = self.request("GET", "/accounts/login/")
        if status != 200:
            raise BenchError(f"GET /accounts/login/ answered {status}")
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        token = match.group(1).decode() if match else self.cookies.get("csrftoken")
        if not token:
            raise BenchError("the sign-in page set no CSRF token")
        form = urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": token, "next": "/"}
        )
        origin = f"http://{HOST}:{self.port}"
        status, headers, content = self.request(
            "POST",
            "/accounts/login/",
            body=form.encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": origin,
                "Referer": f"{origin}/accounts/login/",
            },
        )
        if status != 302 or "sessionid" not in self.cookies:
            hint = " (wrong password? try --fresh)" if status == 200 else ""
            raise BenchError(f"signing in as {username!r} answered {status}{hint}")

    def close(self):
        self.connection.close()


# --- Measuring -------------------------------------------------------------------------------


def timed_get(browser, path, marker):
    """One request: (milliseconds, outcome) where outcome is the status code, or a short
    reason when the request failed or the page is not the one asked for."""
    started = time.perf_counter()
    try:
        status, _, content = browser.request("GET", path)
    except Exception as error:  # any failure is counted, never lost with its thread
        return (time.perf_counter() - started) * 1000, f"{type(error).__name__}: {error}"
    elapsed = (time.perf_counter() - started) * 1000
    if status == 200 and marker not in content:
        return elapsed, "200 without the expected content"
    return elapsed, status


def run_load(browsers, path, marker, total, concurrency, time_cap):
    """``total`` GETs of ``path`` shared by ``concurrency`` users, each on its own thread
    and session, back to back (closed loop). Stops early at ``time_cap`` seconds."""
    lock = threading.Lock()
    issued = 0
    samples = []
    go = threading.Barrier(concurrency + 1)
    deadline = [0.0]

    def user(browser):
        nonlocal issued
        go.wait()
        mine = []
        while True:
            with lock:
                if issued >= total or time.perf_counter() > deadline[0]:
                    break
                issued += 1
            mine.append(timed_get(browser, path, marker))
        with lock:
            samples.extend(mine)

    threads = [
        threading.Thread(target=user, args=(browser,), daemon=True) for browser in browsers[:concurrency]
    ]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    deadline[0] = started + time_cap
    go.wait()
    for thread in threads:
        thread.join()
    return samples, time.perf_counter() - started


def percentile(values, fraction):
    """Linear interpolation between closest ranks (what numpy calls 'linear')."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(samples, wall_seconds, requested):
    if not samples:
        raise BenchError("no request finished within the time cap; raise --time-cap")
    latencies = [ms for ms, _ in samples]
    outcomes = Counter(str(outcome) for _, outcome in samples)
    errors = sum(count for outcome, count in outcomes.items() if outcome != "200")
    return {
        "requests": len(samples),
        "requested": requested,
        "capped": len(samples) < requested,
        "seconds": round(wall_seconds, 3),
        "throughput_rps": round(len(samples) / wall_seconds, 1) if wall_seconds else 0.0,
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "mean_ms": round(statistics.fmean(latencies), 2),
        "min_ms": round(min(latencies), 2),
        "max_ms": round(max(latencies), 2),
        "errors": errors,
        "outcomes": dict(outcomes),
        "latencies_ms": [round(ms, 3) for ms in latencies],
    }


# --- Reporting -------------------------------------------------------------------------------


def ratio(value, base):
    return round(value / base, 2) if base else None


def add_ratios(results):
    """Home and content page p50/p95 relative to the bare view and the plain page."""
    by_key = {(row["scenario"], row["concurrency"]): row for row in results}
    for row in results:
        if row["scenario"] not in ("home", "content"):
            continue
        for base in ("bare", "plain"):
            reference = by_key.get((base, row["concurrency"]))
            if reference:
                row[f"vs_{base}"] = {
                    "p50": ratio(row["p50_ms"], reference["p50_ms"]),
                    "p95": ratio(row["p95_ms"], reference["p95_ms"]),
                }


def format_table(results, queries):
    header = (
        f"{'scenario':<28} {'users':>5} {'reqs':>5} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'CPU ms':>6} {'errors':>6} {'SQL':>4} {'vs bare p50/p95':>16} {'vs plain p50/p95':>17}"
    )
    lines = [header, "-" * len(header)]
    for row in results:
        cells = []
        for base in ("bare", "plain"):
            found = row.get(f"vs_{base}")
            cells.append(f"{found['p50']:.1f}x / {found['p95']:.1f}x" if found else "-")
        sql = queries.get(row["path"], {}).get("warm", "?")
        requests = f"{row['requests']}{'*' if row['capped'] else ''}"
        lines.append(
            f"{row['label']:<28} {row['concurrency']:>5} {requests:>5} {row['throughput_rps']:>7.1f} "
            f"{row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f} {row['server_cpu_ms']:>6.1f} "
            f"{row['errors']:>6} {sql:>4} "
            f"{cells[0]:>16} {cells[1]:>17}"
        )
    if any(row["capped"] for row in results):
        lines.append("* stopped at the time cap (--time-cap) before all requests were made")
    return "\n".join(lines)


def git_revision():
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{head}{'+dirty' if dirty else ''}"


# --- Main ------------------------------------------------------------------------------------


def scenarios(pages):
    number = max(1, pages // 2)
    return [
        ("bare", "bare Django view", "/bench-bare/", b"bare ok"),
        ("plain", "plain Wagtail page", "/bench-plain/", b"Bench plain page"),
        # The greeting on the home page carries the signed-in user's first name.
        ("home", "home page", "/", b"Eva"),
        (
            "content",
            f"content page ({number})",
            f"/generated/generated-{number:06d}/",
            f"Generated page {number}".encode(),
        ),
        # The search page before anything is typed: the hub's page chrome (header, menus,
        # footer) with no search, the floor under a search that finds nothing.
        ("search_page", "search page, no query", "/search/", b"What are you looking for?"),
        # hub/demo/bulk.py puts "cohortNN" on 1 page in 50 (2 %); nothing has "zqxjvw".
        ("search", "search, 2 % match", f"/search/?q={SEARCH_TERM}", b"results for"),
        ("search_none", "search, no match", f"/search/?q={NO_MATCH_TERM}", b"Nothing found"),
        # Titles are "Generated page N": this prefix matches 11 of them (4321, 43210-43219).
        (
            "autocomplete",
            "autocomplete",
            "/search/autocomplete/?q=generated+page+4321",
            b"Generated page 4321",
        ),
    ]


SEARCH_TERM = "cohort07"
NO_MATCH_TERM = "zqxjvw"
FLOOR_SQL = """
    SELECT object_id, ts_rank(title || body, query) AS rank
    FROM wagtailsearch_indexentry, to_tsquery('simple', %s) AS query
    WHERE (title || body) @@ query ORDER BY rank DESC LIMIT 20
"""
FLOOR_COUNT_SQL = (
    "SELECT count(*) FROM wagtailsearch_indexentry WHERE (title || body) @@ to_tsquery('simple', %s)"
)


def raw_fts_floor(database, term, total, concurrency):
    """The floor for a search: PostgreSQL's own full-text query (count plus the top 20
    by rank) on the same index table, without Django, Wagtail or HTTP."""
    import psycopg2

    connections = [
        psycopg2.connect(host=DB_HOST, port=DB_PORT, user=DB_USER, dbname=database)
        for _ in range(concurrency)
    ]
    samples, lock = [], threading.Lock()

    def user(connection, count):
        with connection.cursor() as cursor:
            for _ in range(count):
                started = time.perf_counter()
                cursor.execute(FLOOR_COUNT_SQL, [term])
                cursor.fetchall()
                cursor.execute(FLOOR_SQL, [term])
                cursor.fetchall()
                with lock:
                    samples.append((time.perf_counter() - started) * 1000)

    try:
        threads = [
            threading.Thread(target=user, args=(connection, total // concurrency))
            for connection in connections
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for connection in connections:
            connection.close()
    return {"p50_ms": round(percentile(samples, 0.5), 1), "p95_ms": round(percentile(samples, 0.95), 1)}


def search_floor_report(args, results):
    """Search p95 next to the raw full-text query's p95 at the same concurrency."""
    lines = ["", "Search against the raw PostgreSQL full-text query (the floor), same data:"]
    floors = {}
    for key, term in (("search", SEARCH_TERM), ("search_none", NO_MATCH_TERM)):
        for row in results:
            if row["scenario"] != key:
                continue
            floor = raw_fts_floor(args.database, term, min(args.requests, 200), row["concurrency"])
            floors[f"{key}x{row['concurrency']}"] = floor
            lines.append(
                f"  {row['label']:<22} users={row['concurrency']}  hub p95 {row['p95_ms']:.1f} ms, "
                f"raw FTS p95 {floor['p95_ms']:.1f} ms (p50 {floor['p50_ms']:.1f}), "
                f"ratio {ratio(row['p95_ms'], floor['p95_ms'])}x"
            )
    return "\n".join(lines), floors


def measure(args, server, browsers, plan, concurrency):
    """All scenarios at one concurrency. Each scenario's requests are split over
    ``--rounds`` rounds, and every round runs the scenarios in a rotated order, so a
    slow patch of the machine (another process, a checkpoint) lands on all of them
    alike instead of skewing the ratios between them."""
    if args.warmup:
        for _key, _label, path, marker in plan:
            run_load(browsers, path, marker, args.warmup, concurrency, args.time_cap)
    rounds = min(args.rounds, args.requests)
    collected = {key: {"samples": [], "wall": 0.0, "cpu": 0.0} for key, *_ in plan}
    for number in range(rounds):
        share = args.requests * (number + 1) // rounds - args.requests * number // rounds
        shift = number % len(plan)
        for key, _label, path, marker in plan[shift:] + plan[:shift]:
            spent = collected[key]
            time_left = args.time_cap - spent["wall"]
            if time_left <= 0:
                continue
            cpu_before = group_cpu_seconds(server.process.pid)
            samples, wall = run_load(browsers, path, marker, share, concurrency, time_left)
            spent["samples"] += samples
            spent["wall"] += wall
            if cpu_before is not None:
                spent["cpu"] += group_cpu_seconds(server.process.pid) - cpu_before
            if not server.alive():
                raise BenchError(f"gunicorn died during the run\n{server.log_tail()}")
    rows = []
    for key, label, path, _marker in plan:
        row = {"scenario": key, "label": label, "path": path, "concurrency": concurrency}
        row.update(summarise(collected[key]["samples"], collected[key]["wall"], args.requests))
        # gunicorn's CPU (all workers) per request: clock ticks of 10 ms, so a figure
        # over a few hundred requests.
        row["server_cpu_ms"] = round(collected[key]["cpu"] * 1000 / row["requests"], 2)
        rows.append(row)
        print(
            f"  {label:<28} users={concurrency:<3} {row['requests']:>4} req "
            f"{row['throughput_rps']:>7.1f} req/s  p50 {row['p50_ms']:.1f} ms  "
            f"p95 {row['p95_ms']:.1f} ms  server CPU {row['server_cpu_ms']:.1f} ms/req  "
            f"errors {row['errors']}",
            flush=True,
        )
    return rows


def benchmark(args, server, plan):
    """Sign in, warm every worker up, then run each scenario at each concurrency."""
    users = max(args.concurrency)
    browsers = []
    try:
        for _ in range(users):
            browser = Browser(server.port, args.timeout)
            browsers.append(browser)
            browser.sign_in(USERNAME, PASSWORD)
        print(f"Signed in {users} user(s) as {USERNAME!r}")

        # Every worker compiles templates and fills its caches on its first requests:
        # keep that out of the numbers, and make sure each URL really answers.
        warm_users = max(users, args.workers)
        while len(browsers) < warm_users:
            browser = Browser(server.port, args.timeout)
            browsers.append(browser)
            browser.sign_in(USERNAME, PASSWORD)
        for _key, _label, path, marker in plan:
            samples, _ = run_load(browsers, path, marker, 5 * warm_users, warm_users, args.time_cap)
            failures = Counter(str(outcome) for _, outcome in samples if outcome != 200)
            if failures:
                raise BenchError(f"warm-up of {path} failed: {dict(failures)}\n{server.log_tail()}")

        results = []
        for concurrency in args.concurrency:
            results += measure(args, server, browsers, plan, concurrency)
        return results
    finally:
        for browser in browsers:
            browser.close()


def main(argv=None):
    args = parse_args(argv)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    static_root = Path(tempfile.mkdtemp(prefix="hub-bench-static-"))
    env = bench_env(args.database, static_root)
    plan = [row for row in scenarios(args.pages) if not args.only or row[0] in args.only]
    server = None
    started = time.perf_counter()
    try:
        tree = build_tree(args, env)
        queries = count_queries(env, [path for _, _, path, _ in plan])
        bad = {path: found["status"] for path, found in queries.items() if found["status"] != 200}
        if bad:
            raise BenchError(f"pages do not answer 200 in the test client: {bad}")
        server = Server(env, args.workers, RESULTS_DIR / f"gunicorn-{stamp}.log")
        server.start()
        watch = CpuWatch(own_group=server.process.pid) if os.path.isdir("/proc") else None
        if watch:
            watch.start()
        results = benchmark(args, server, plan)
        other_cpu = watch.stop() if watch else None
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(static_root, ignore_errors=True)

    add_ratios(results)
    floor_text, floors = search_floor_report(args, results)
    log_text = server.log_path.read_text(errors="replace")
    server_problems = log_text.count("Traceback") + log_text.count("[CRITICAL]")
    report = {
        "when": stamp,
        "git": git_revision(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        # CPU used by unrelated processes while measuring: [seconds, share of the machine, top 3].
        "other_cpu": other_cpu,
        "settings": SETTINGS_MODULE,
        "database": args.database,
        "pages_requested": args.pages,
        "tree": tree,
        "server": {
            "workers": args.workers,
            "worker_class": "sync",
            "port": server.port,
            "log": str(server.log_path.relative_to(ROOT)),
            "log_problems": server_problems,
        },
        "load": {
            "requests": args.requests,
            "warmup": args.warmup,
            "rounds": args.rounds,
            "concurrency": args.concurrency,
            "time_cap_s": args.time_cap,
            "timeout_s": args.timeout,
        },
        "queries": queries,
        "results": results,
        "search_floor": floors,
        "total_s": round(time.perf_counter() - started, 1),
    }
    out = RESULTS_DIR / f"bench-{stamp}-{tree['generated_pages']}p.json"
    out.write_text(json.dumps(report, indent=2) + "\n")

    if tree["pages_added"]:
        seeding = f"seed_demo generated {tree['pages_added']} in {tree['seed_s']:.1f} s"
    else:
        seeding = f"reused; seed_demo {tree['seed_s']:.1f} s"
    print()
    print(
        f"Tree: {tree['total_pages']} pages ({tree['generated_pages']} generated; {seeding}); "
        f"gunicorn {args.workers} sync workers; {os.cpu_count()} CPUs; git {report['git']}"
    )
    print(format_table(results, queries))
    print(floor_text)
    print(f"\nResults: {out.relative_to(ROOT)}  (server log: {server.log_path.relative_to(ROOT)})")

    errors = sum(row["errors"] for row in results)
    if other_cpu and other_cpu[1] >= 0.05:
        print(
            f"\nWarning: other processes used {other_cpu[1]:.0%} of the machine's CPU while measuring "
            f"({', '.join(other_cpu[2]) or 'many small ones'}); absolute numbers are pessimistic, "
            "the ratios less affected. Rerun on a quiet machine to compare with other runs."
        )
    if server_problems:
        print(f"\nWarning: the server log has {server_problems} traceback(s) or critical message(s).")
    if errors:
        failed = {
            f"{row['label']} x{row['concurrency']}": row["outcomes"] for row in results if row["errors"]
        }
        print(f"\nFAILED: {errors} request(s) did not answer 200: {failed}", file=sys.stderr)
        print(server.log_tail(), file=sys.stderr)
        return 1
    return 0


def _stop_on_sigterm(signum, frame):
    print(f"\nStopped by signal {signum}; stopping gunicorn.", file=sys.stderr)
    raise SystemExit(128 + signum)  # runs the finally blocks, which stop gunicorn


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    signal.signal(signal.SIGHUP, _stop_on_sigterm)
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"\nFAILED: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("\nInterrupted; gunicorn stopped.", file=sys.stderr)
        sys.exit(130)

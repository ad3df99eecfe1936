#!/usr/bin/env python3
"""The console's speed at scale (issue 17): seeds cases over the API, signs in through the console's form login
and times page GETs over HTTP with the session cookie, then holds 20 live board streams (SSE) open and times how
long a new dispute takes to reach each of them. Prints per page p50/p95 per run and the median of the runs.

    python3 bench/console-pages.py --base http://localhost:18282 --cases 10000 --runs 3 --requests 100

Standard library only. The service must run (bench/console-pages.sh starts the packaged jar on a fresh folder).
"""
import argparse
import base64
import http.client
import http.cookiejar
import json
import random
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

GRIDS = [f"SH-{c}-G{n:02d}" for c in ("GY", "JH", "FL") for n in range(1, 9)]
QUEUE_UNIT = "SH-FL-MEDIATION"


def basic(account):
    return "Basic " + base64.b64encode(f"{account}:{account}".encode()).decode()


def api(base, method, path, body=None, account="intake"):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", basic(account))
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.loads(answer.read() or b"{}")


def seed(base, count, assign_every):
    """Registers `count` disputes in the Saihan grids; every `assign_every`-th is assigned to the queue's unit."""
    done = [0]
    lock = threading.Lock()

    def one(i):
        grid = GRIDS[i % len(GRIDS)] if i % assign_every else "SH-FL-G0" + str(1 + i % 8)
        created = api(base, "POST", "/api/disputes", {
            "source": "APPLICATION", "category": random.choice(["PROPERTY", "NEIGHBOUR", "FAMILY"]),
            "subject": f"Seeded case {i}", "content": "Seeded for the console benchmark", "gridCode": grid,
            "parties": [{"name": "王芳", "phone": "13800001111", "role": "APPLICANT"},
                        {"name": "富力物业", "role": "RESPONDENT"}]})
        if i % assign_every == 0:
            api(base, "POST", f"/api/disputes/{created['caseId']}/assignment", {"unit": QUEUE_UNIT}, "supervisor")
        with lock:
            done[0] += 1
            if done[0] % 1000 == 0:
                print(f"  seeded {done[0]}", flush=True)
        return created["caseId"]

    started = time.time()
    with ThreadPoolExecutor(16) as pool:
        ids = list(pool.map(one, range(count)))
    print(f"seeded {count} cases in {time.time() - started:.0f} s", flush=True)
    return ids


def wait_for_views(base, count):
    while True:
        total = api(base, "GET", "/api/cases?size=1", account="supervisor").get("total", 0)
        if total >= count:
            return
        time.sleep(2)


class Session:
    """A signed-in console session: form login with the CSRF token, then the session cookie."""

    def __init__(self, base, account):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        page = self.opener.open(base + "/ui/login", timeout=60).read().decode()
        token = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"',
                                                                              page)
        form = urllib.parse.urlencode({"username": account, "password": account, "_csrf": token.group(1)}).encode()
        self.opener.open(base + "/ui/login", data=form, timeout=60).read()
        home = self.opener.open(base + "/ui", timeout=60)
        if "/ui/login" in home.geturl():
            raise SystemExit(f"sign-in as {account} failed")

    def cookie(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.cookies)

    def get(self, path):
        started = time.perf_counter()
        with self.opener.open(self.base + path, timeout=60) as answer:
            body = answer.read()
            status = answer.status
        elapsed = (time.perf_counter() - started) * 1000
        if status != 200:
            raise SystemExit(f"{path}: {status}")
        return elapsed, len(body)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]


def time_pages(sessions, pages, requests, runs):
    results = {}
    for name, (account, path) in pages.items():
        session = sessions[account]
        try:
            session.get(path)
        except urllib.error.HTTPError as refused:
            # an older build, compared with a newer one, may not serve a page yet
            print(f"{name:12} {path[:60]:60} answered {refused.code}: not timed", flush=True)
            continue
        for _ in range(9):
            session.get(path)
        per_run = []
        size = 0
        for _ in range(runs):
            times = []
            for _ in range(requests):
                elapsed, size = session.get(path)
                times.append(elapsed)
            per_run.append((statistics.median(times), percentile(times, 95)))
        results[name] = (per_run, size)
        print(f"{name:12} {path[:60]:60} p95 per run {[round(p95) for _, p95 in per_run]} ms, "
              f"median p50 {statistics.median(p50 for p50, _ in per_run):.0f} ms, "
              f"median p95 {statistics.median(p95 for _, p95 in per_run):.0f} ms, {size / 1024:.0f} KiB", flush=True)
    return results


def live_boards(base, session, streams, rounds):
    """Opens `streams` SSE connections to the board; per round, registers a dispute and times each stream's event."""
    host = urllib.parse.urlparse(base)
    connections = []
    for _ in range(streams):
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        connection.request("GET", "/ui/boards/SH/live", headers={"Cookie": session.cookie(),
                                                                "Accept": "text/event-stream"})
        response = connection.getresponse()
        if response.status != 200:
            raise SystemExit(f"board stream: {response.status}")
        connections.append(response)
    arrivals = [[] for _ in range(streams)]
    sent = [None]
    stop = threading.Event()

    def listen(index, response):
        while not stop.is_set():
            try:
                line = response.readline()
            except OSError:
                return
            if not line:
                return
            if line.startswith(b"event:") and b"board" in line and sent[0] is not None:
                arrivals[index].append(time.perf_counter() - sent[0])

    threads = [threading.Thread(target=listen, args=(i, r), daemon=True) for i, r in enumerate(connections)]
    for thread in threads:
        thread.start()
    time.sleep(3)  # the initial boards
    latencies = []
    for round_number in range(rounds):
        for arrival in arrivals:
            arrival.clear()
        sent[0] = time.perf_counter()
        api(base, "POST", "/api/disputes", {
            "source": "APPLICATION", "category": "PROPERTY", "subject": f"Live {round_number}",
            "content": "Live board check", "gridCode": "SH-FL-G03",
            "parties": [{"name": "王芳", "role": "APPLICANT"}, {"name": "富力物业", "role": "RESPONDENT"}]})
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline and not all(arrivals):
            time.sleep(0.02)
        firsts = [a[0] * 1000 for a in arrivals if a]
        print(f"live round {round_number + 1}: {len(firsts)}/{streams} streams updated, "
              f"median {statistics.median(firsts) if firsts else float('nan'):.0f} ms, "
              f"max {max(firsts) if firsts else float('nan'):.0f} ms after the command was sent", flush=True)
        latencies.append((len(firsts), statistics.median(firsts) if firsts else None, max(firsts) if firsts else None))
        time.sleep(1)
    stop.set()
    return latencies


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:18282")
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--assign-every", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--skip-seed", action="store_true")
    args = parser.parse_args()
    random.seed(17)
    if not args.skip_seed:
        ids = seed(args.base, args.cases, args.assign_every)
        wait_for_views(args.base, args.cases)
    else:
        ids = [item["caseId"] for item in api(args.base, "GET", "/api/cases?size=20", account="supervisor")["items"]]
    sessions = {account: Session(args.base, account) for account in ("supervisor", "intake", "auditor")}
    case = ids[len(ids) // 2]
    queued = api(args.base, "GET", f"/api/queues/{QUEUE_UNIT}", account="supervisor")
    pages = {
        "board": ("supervisor", "/ui/boards/SH"),
        "case list": ("supervisor", "/ui/cases"),
        "filtered": ("supervisor", "/ui/cases?node=SH-FL&status=ASSIGNED"),
        "case": ("auditor", f"/ui/cases/{case}"),
        "queue": ("supervisor", f"/ui/queues/{QUEUE_UNIT}"),
        # a row's forms, loaded when the officer opens it
        "queue row": ("supervisor", f"/ui/queues/{QUEUE_UNIT}/cases/{queued[0]['caseId']}/actions"),
        "high-risk": ("supervisor", "/ui/high-risk"),
        "intake": ("intake", "/ui/intake"),
    }
    time_pages(sessions, pages, args.requests, args.runs)
    live_boards(args.base, sessions["supervisor"], args.streams, args.runs)


if __name__ == "__main__":
    sys.exit(main())

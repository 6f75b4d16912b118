#!/usr/bin/env python3
"""Load test of `dpia serve` (issue 17; docs/benchmarks.md). Bounded: stops by itself.

Makes a sample register (`dpia sample` + `dpia record`), serves it on a free loopback port, and for
DURATION seconds runs READERS keep-alive connections that read the actions board (the first pages, all
measures, open and overdue ones) and WRITERS processes that update random measures through the web
form, each signed in as its own user. The readers are wrk's (Debian package `wrk`, installed by
Scripts/setup-system.sh; Scripts/serve_load_board.lua): a load generator in C measures the server, where
twenty Python interpreters on two cores measured mostly their own turns on the processor. Then it checks:
  - no lost update: the events the register gained equal the updates the server answered with 303;
  - no 5xx answer;
and prints the board's latency (p50, p95, p99, max) and the throughput, and the writers' latency.

Usage: serve_load.py DPIA [--activities 10000] [--readers 20] [--writers 4] [--duration 30] [--keep DIR]
                        [--write-interval SECONDS]
Exit code 0 when no update was lost and there was no 5xx; 1 otherwise. The p99 is reported, not judged.
"""

import argparse
import http.client
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import multiprocessing
import time
import urllib.parse

PASSWORD = "een lang genoeg wachtwoord voor de last"


def run(command, stdin_text=None, timeout=1800):
    result = subprocess.run(command, input=stdin_text, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command[:3])} ended with {result.returncode}: {result.stderr.strip()[:800]}")
    return result.stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Client:
    """One signed-in user on one keep-alive connection."""

    def __init__(self, port, name):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = ""
        self.csrf = ""
        self.request("GET", "/login")
        status, _ = self.request("POST", "/login", {"name": name, "password": PASSWORD, "csrf": self.csrf})
        if status != 303:
            raise SystemExit(f"signing in as {name} answered {status}")

    def request(self, method, path, fields=None):
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
        except (http.client.HTTPException, OSError):
            # A closed keep-alive connection: once more on a new one.
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for value in response.headers.get_all("Set-Cookie") or []:
            if value.startswith("dpia_session="):
                self.cookie = value.split(";", 1)[0]
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', text)
        if token:
            self.csrf = token.group(1)
        return response.status, text


class Session(Client):
    """A client on a session signed in by the main process."""

    def __init__(self, port, cookie, csrf=""):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = cookie
        self.csrf = csrf


def write(port, cookie, csrf, measures, seed, begin, stop, interval, results):
    client, chooser = Session(port, cookie, csrf), random.Random(seed)
    statuses, updates, latencies = {}, 0, []
    while time.time() < begin:
        time.sleep(0.01)
    while time.time() < stop:
        began = time.perf_counter()
        activity, measure = chooser.choice(measures)
        path = f"/activities/{urllib.parse.quote(activity, safe='@')}/measures/{urllib.parse.quote(measure, safe='')}"
        status, _ = client.request("POST", path, {
            "csrf": csrf, "status": chooser.choice(["planned", "in-progress", "done"]),
            "evidence": f"https://intranet.example/bewijs/{chooser.randrange(10**6)}", "note": "last"})
        latencies.append(time.perf_counter() - began)
        statuses[status] = statuses.get(status, 0) + 1
        updates += status == 303
        if interval:
            time.sleep(max(0.0, interval - (time.perf_counter() - began)))
    results.put((latencies, statuses, updates))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dpia")
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--write-interval", type=float, default=0,
                        help="seconds from one update of a writer to its next (0: as fast as the server answers)")
    parser.add_argument("--keep", help="make the register in this folder and keep it (reused when it exists)")
    arguments = parser.parse_args()
    dpia = os.path.abspath(arguments.dpia)
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is missing: install the Debian package wrk (Scripts/setup-system.sh does)")
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "serve_load_board.lua")
    folder = arguments.keep or tempfile.mkdtemp(prefix="dpia-load-")
    os.makedirs(folder, exist_ok=True)
    database = os.path.join(folder, "register.sqlite")
    server = None
    try:
        if not os.path.exists(database):
            started = time.time()
            run([dpia, "sample", "--activities", str(arguments.activities), "--out", os.path.join(folder, "specs")])
            run([dpia, "record", os.path.join(folder, "specs"), "--db", database, "--date", "2025-01-10"])
            users = [("officer", "privacy-officer")] + [(f"reader{n}", "viewer") for n in range(arguments.readers)] \
                + [(f"writer{n}", "privacy-officer") for n in range(arguments.writers)]
            for name, role in users:
                run([dpia, "users", "add", name, "--role", role, "--db", database], PASSWORD + "\n")
            print(f"register of {arguments.activities} activities made in {time.time() - started:.0f} s", flush=True)
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            measures = db.execute("""
                SELECT r.activity_id, m.id FROM measure m JOIN recording r ON r.version_id = m.version_id
                WHERE r.id IN (SELECT MAX(id) FROM recording GROUP BY activity_id)""").fetchall()
            events_before = db.execute("SELECT COUNT(*) FROM measure_event").fetchone()[0]
        port = free_port()
        server = subprocess.Popen([dpia, "serve", "--db", database, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        deadline = time.time() + 60
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/login")
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    sys.exit("dpia serve did not start")
                time.sleep(0.2)
        # wrk sends one cookie per thread: the readers' connections share two reader sessions, one a thread.
        readers = [Client(port, f"reader{n}") for n in range(min(2, arguments.readers))]
        writers = [Client(port, f"writer{n}") for n in range(arguments.writers)]
        # Warm up: the first board read loads every measure; the writers take their form token from it.
        started = time.time()
        readers[0].request("GET", "/actions")
        first = time.time() - started
        for writer in writers:
            writer.request("GET", "/actions")

        # The writers are processes of their own, each on its own keep-alive connection; wrk runs the readers
        # (one keep-alive connection per reader, in two wrk processes of one thread each).
        for client in readers + writers:
            client.connection.close()
        results = multiprocessing.Queue()
        stop = time.time() + 3 + arguments.duration
        begin = stop - arguments.duration
        workers = [multiprocessing.Process(target=write, args=(port, client.cookie, client.csrf, measures, 1000 + n, begin, stop, arguments.write_interval, results))
                   for n, client in enumerate(writers)]
        for worker in workers:
            worker.start()
        time.sleep(max(0, begin - time.time()))
        board = []
        for reader, connections in zip(readers, [arguments.readers - arguments.readers // 2, arguments.readers // 2]):
            if connections:
                board.append(subprocess.Popen(
                    [wrk, "-t1", f"-c{connections}", f"-d{arguments.duration:.0f}s", "--timeout", "30s",
                     "-s", script, f"http://127.0.0.1:{port}", "--", reader.cookie],
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        reads = [process.communicate(timeout=arguments.duration + 120)[0] for process in board]
        latencies, statuses, updates = [], {}, 0
        for _ in workers:
            their_latencies, their_statuses, their_updates = results.get(timeout=arguments.duration + 120)
            latencies += their_latencies
            updates += their_updates
            for status, count in their_statuses.items():
                statuses[status] = statuses.get(status, 0) + count
        for worker in workers:
            worker.join(timeout=30)
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            events_after = db.execute("SELECT COUNT(*) FROM measure_event").fetchone()[0]
        gained = events_after - events_before
        count, worst, socket_errors, percentiles = 0, 0.0, 0, []
        for output in reads:
            line = next((line for line in output.splitlines() if line.startswith("board ")), None)
            if line is None:
                sys.exit(f"wrk gave no result: {output.strip()[:800]}")
            fields = line.split()
            count += int(fields[1])
            percentiles.append([float(value) for value in fields[2:5]])
            worst = max(worst, float(fields[5]))
            socket_errors += int(fields[7])
            for pair in fields[8].split(",") if len(fields) > 8 else []:
                status, number = pair.split("=")
                statuses[int(status)] = statuses.get(int(status), 0) + int(number)
        # Each wrk thread measured half of the readers: the higher of the two percentiles is reported.
        p50, p95, p99 = (max(values) for values in zip(*percentiles))
        errors = sum(number for status, number in statuses.items() if status >= 500) + socket_errors
        pace = f"one update each {arguments.write_interval:g} s" if arguments.write_interval else "without pause"
        print(f"activities {arguments.activities}, measures {len(measures)}, {arguments.readers} readers, "
              f"{arguments.writers} writers ({pace}), {arguments.duration:.0f} s")
        print(f"first board read (loads every measure): {first * 1000:.0f} ms")
        print(f"board reads: {count} ({count / arguments.duration:.0f}/s); "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, max {worst:.1f} ms")
        print(f"updates: {len(latencies)}; p50 {percentile(latencies, .5) * 1000:.1f} ms, "
              f"p99 {percentile(latencies, .99) * 1000:.1f} ms")
        print(f"updates answered 303: {updates}; events the register gained: {gained}; "
              f"answers by status: {dict(sorted(statuses.items()))}; connection errors: {socket_errors}")
        lost = updates != gained
        print(f"load test: {'FAILED' if lost or errors else 'passed'} "
              f"({'updates lost or extra: ' + str(updates - gained) if lost else 'no lost update'}, {errors} answers 5xx)")
        return 1 if lost or errors else 0
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if not arguments.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

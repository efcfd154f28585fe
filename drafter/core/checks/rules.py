"""Rule files: a form to avoid, the form to prefer, and why (sensitive language, house style).

A rule file is YAML (docs/check-rules.md)::

    rules:
      - avoid: [cop, cops]         # one form or a list: whole words or phrases
        prefer: police officer      # one form or a list, best first; may be absent
        reason: House style in official statements.
        match_case: false           # true: only exactly this capitalisation is wrong
        fix: true                   # optional: may one click apply the preferred form?

Drafter ships one file per kind (``resources/checks/inclusive.yaml``,
``resources/checks/style.yaml``); the administrator's own file adds to it,
and where both have a form, the administrator's rule is the one used.

:func:`parse_rules` reads a file and names every entry that does not read
(with its number and line) without losing the others. :func:`find_rule_hits`
finds every form in a statement's prose with one compiled pattern, built
once per set of rules. Forms are matched as written: no plurals or other
endings are made up, so a rule file lists each form it means.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import yaml

from drafter.core.checks.findings import Finding, Severity

if TYPE_CHECKING:
    from drafter.core.checks.draft import Draft

_log = logging.getLogger(__name__)

#: The kinds of rules Drafter ships a file for.
RULE_KINDS = ("inclusive", "style")

#: A rule file larger than this is refused (the bundled ones are a few kilobytes).
MAX_RULE_FILE_BYTES = 1_000_000
MAX_FORM_CHARACTERS = 200

_KEYS = ("avoid", "prefer", "reason", "match_case", "fix")
_TRUE = frozenset({"true", "yes", "on"})
_FALSE = frozenset({"false", "no", "off"})


@dataclass(frozen=True)
class Rule:
    forms: tuple[str, ...]  # the words or phrases to avoid, as written in the rule file
    preferred: str  # what to write instead ("" when the rule only warns)
    reason: str
    match_case: bool = False  # True: only this exact capitalisation is wrong
    alternatives: tuple[str, ...] = ()  # further preferred forms, after ``preferred``
    fix: bool | None = None  # may one click apply it? None: the check decides

    @property
    def preferred_forms(self) -> tuple[str, ...]:
        """Every preferred form, best first (empty when the rule only warns)."""
        return (self.preferred, *self.alternatives) if self.preferred else ()


class RuleHit(NamedTuple):
    """One form of a rule found in the prose: ``prose[start:end] == text``."""

    rule: Rule
    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------
# Reading rule files


def parse_rules(text: str, source: str) -> tuple[list[Rule], list[str]]:
    """The rules in ``text`` that read, and one message for each entry (or file) that does not.

    ``source`` names the file in the messages ("the style rules",
    "inclusive.yaml"). Values are read as the administrator wrote them:
    ``avoid: no`` is the word "no", not YAML's false.
    """
    if len(text) > MAX_RULE_FILE_BYTES or len(text.encode("utf-8", "replace")) > MAX_RULE_FILE_BYTES:
        return [], [f"{source}: the file is larger than 1 MB. A rule file is a list of words and phrases; "
                    "check that this is the right file."]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        return [], [_yaml_problem(error, source)]
    except RecursionError:  # brackets nested thousands deep: no rule file looks like that
        return [], [f"{source}: the file does not read (it is nested too deeply to be a rule file)."]
    if root is None:
        return [], []
    entries = _rule_entries(root, source)
    if isinstance(entries, str):
        return [], [entries]
    rules: list[Rule] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, node in enumerate(entries, start=1):
        where = f"{source}, rule {number} (line {node.start_mark.line + 1})"
        rule, entry_problems = _read_entry(node, where)
        problems += entry_problems
        if rule is None:
            continue
        for form in rule.forms:
            key = _key(form, rule.match_case)
            if seen.get(key, number) != number:
                problems.append(f"{where}: “{form}” is also in rule {seen[key]}; this rule is the one used.")
            seen[key] = number
        rules.append(rule)
    return rules, problems


def _yaml_problem(error: yaml.YAMLError, source: str) -> str:
    if isinstance(error, yaml.reader.ReaderError):
        return f"{source}: the file does not read: it is not a text file."
    mark = getattr(error, "problem_mark", None)
    where = f" (line {mark.line + 1})" if mark is not None else ""
    problem = str(getattr(error, "problem", None) or "it is not YAML")
    if "'\\t'" in problem:
        hint = "Indent with spaces, not tabs."
    else:
        hint = "A value that holds “: ” or “ #”, or begins with a quote mark, needs quotes around it."
    return f"{source}{where}: the file does not read ({problem}). {hint}"


def _rule_entries(root: yaml.Node, source: str) -> list[yaml.Node] | str:
    """The nodes of the ``rules:`` list, or a message saying why there is none."""
    layout = f"{source}: this is not a rule file: it should begin with “rules:” and list the rules under it."
    if isinstance(root, yaml.SequenceNode):  # a bare list of rules: forgiven
        return list(root.value)
    if not isinstance(root, yaml.MappingNode):
        return layout
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "rules":
            if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
                return []
            if not isinstance(value, yaml.SequenceNode):
                return f"{source} (line {value.start_mark.line + 1}): “rules:” should be followed by a list."
            return list(value.value)
    return layout


def _read_entry(node: yaml.Node, where: str) -> tuple[Rule | None, list[str]]:
    if not isinstance(node, yaml.MappingNode):
        return None, [f"{where}: a rule needs at least “avoid:” (the words to avoid); "
                      "start each rule with “- avoid:”."]
    values: dict[str, yaml.Node] = {}
    problems: list[str] = []
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else ""
        if name in _KEYS:
            values[name] = value
        else:
            problems.append(f"{where}: “{name}” is not a rule key (the keys are {', '.join(_KEYS)}); "
                            "check its spelling.")
    if "avoid" not in values:
        return None, [*problems, f"{where}: the rule has no “avoid:” (the words to avoid)."]
    try:
        forms = _strings(values["avoid"], "avoid")
        preferred = _strings(values["prefer"], "prefer") if "prefer" in values else ()
        reasons = _strings(values["reason"], "reason", single=True) if "reason" in values else ()
        match_case = _flag(values.get("match_case"), "match_case")
        fix = _flag(values.get("fix"), "fix")
    except ValueError as error:
        return None, [*problems, f"{where}: {error}"]
    if not forms:
        return None, [*problems, f"{where}: “avoid:” is empty; give the word or phrase to avoid."]
    for form in forms:
        if len(form) > MAX_FORM_CHARACTERS:
            return None, [*problems, f"{where}: “{form[:40]}…” is too long for a form to avoid "
                                     f"(at most {MAX_FORM_CHARACTERS} characters)."]
        if not re.search(r"\w", form):
            return None, [*problems, f"{where}: “{form}” has no letters or digits to look for."]
    rule = Rule(
        forms=tuple({_key(form, bool(match_case)): form for form in reversed(forms)}.values())[::-1],
        preferred=preferred[0] if preferred else "",
        reason=reasons[0] if reasons else "",
        match_case=bool(match_case),
        alternatives=preferred[1:],
        fix=fix,
    )
    return rule, problems


def _strings(node: yaml.Node, key: str, *, single: bool = False) -> tuple[str, ...]:
    """The text of a scalar, or of each scalar of a list, as written (blank ones dropped)."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" and not node.style:
            return ()
        items = [node]
    elif isinstance(node, yaml.SequenceNode) and not single:
        items = list(node.value)
    else:
        shape = "a sentence" if single else "a word or phrase, or a list of them in [ ]"
        raise ValueError(f"“{key}:” should be {shape}.")
    found: list[str] = []
    for item in items:
        if not isinstance(item, yaml.ScalarNode):
            raise ValueError(f"“{key}:” should list words or phrases, not lists or keys.")
        value = " ".join(str(item.value).split())
        if value:
            found.append(value)
    return tuple(found)


def _flag(node: yaml.Node | None, key: str) -> bool | None:
    if node is None:
        return None
    value = str(node.value).strip().lower() if isinstance(node, yaml.ScalarNode) else ""
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"“{key}:” should be true or false.")


@lru_cache(maxsize=len(RULE_KINDS))
def bundled_rules(kind: str) -> tuple[Rule, ...]:
    """The rules Drafter ships for ``kind`` ("inclusive" or "style")."""
    if kind not in RULE_KINDS:
        raise ValueError(f"There are no {kind!r} rules: the kinds are {', '.join(RULE_KINDS)}.")
    from drafter.paths import damaged_resource_message, resource

    parts = ("checks", f"{kind}.yaml")
    what = f"{'sensitive-language' if kind == 'inclusive' else 'house-style'} rule file"
    try:
        text = resource(*parts).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        why = "is missing" if isinstance(error, FileNotFoundError) else "cannot be read as text"
        _log.warning("%s Its check runs with the organisation's own rules only.",
                     damaged_resource_message(what, parts, why))
        return ()
    # The bundled files are tested to read without a problem; were one to
    # break, the rules that still read are better than none.
    rules, problems = parse_rules(text, f"{kind}.yaml")
    if problems:
        _log.warning("%s %s", damaged_resource_message(
            what, parts, f"is damaged ({len(problems)} problem(s), the first: {problems[0]})"),
            f"Until then {len(rules)} of its rules are used.")
    return tuple(rules)


# ---------------------------------------------------------------------------
# Finding the forms


def _key(form: str, match_case: bool) -> str:
    """How a form (or the text it matched) is looked up: spaces and apostrophes made even."""
    key = " ".join(form.replace("’", "'").split())
    return key if match_case else key.lower()


class _Trie:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Trie] = {}
        self.end = False

    def add(self, tokens: Iterable[str]) -> None:
        node = self
        for token in tokens:
            node = node.children.setdefault(token, _Trie())
        node.end = True

    def pattern(self) -> str:
        branches = [_TOKEN_PATTERNS.get(token, re.escape(token)) + child.pattern()
                    for token, child in sorted(self.children.items())]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy: a longer form is tried before this one ends, so "cops" wins over "cop".
        return f"(?:{body})?" if self.end else body


_TOKEN_PATTERNS = {" ": r"\s+", "'": "['’]"}


class RuleMatcher:
    """Every form of a set of rules, compiled into one pattern.

    The forms go into a trie, so the pattern tries each letter once at each
    place rather than every form in turn: 200 rules cost about what 20 do.
    A form matches as a whole word or phrase (not inside "cop-out" or
    "copper"), across line breaks, with straight or curly apostrophes.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._exact: dict[str, Rule] = {}
        self._folded: dict[str, Rule] = {}
        exact, folded = _Trie(), _Trie()
        for rule in rules:  # a later rule with the same form wins: the administrator's, over the bundled
            for form in rule.forms:
                key = _key(form, rule.match_case)
                if rule.match_case:
                    self._exact[key] = rule
                    exact.add(key)
                else:
                    self._folded[key] = rule
                    folded.add(key)
        alternatives = [f"(?-i:{exact.pattern()})"] if self._exact else []
        if self._folded:
            alternatives.append(folded.pattern())
        self._pattern = (
            re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)
            if alternatives else None
        )

    def hits(self, prose: str) -> list[RuleHit]:
        if self._pattern is None:
            return []
        found: list[RuleHit] = []
        for match in self._pattern.finditer(prose):
            text = match.group(0)
            key = _key(text, True)
            rule = self._exact.get(key) or self._folded.get(key.lower())
            if rule is not None:
                found.append(RuleHit(rule, match.start(), match.end(), text))
        return found


@lru_cache(maxsize=16)
def rule_matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    """The compiled matcher for ``rules`` (built once per set of rules)."""
    return RuleMatcher(rules)


def find_rule_hits(prose: str, rules: Iterable[Rule]) -> list[RuleHit]:
    """Every form of ``rules`` in ``prose``, in order: (rule, start, end, text found)."""
    return rule_matcher(tuple(rules)).hits(prose)


def in_case_of(found: str, preferred: str, rule: Rule) -> str:
    """``preferred`` written with the capitals of ``found`` where that makes sense.

    "Cop" at the start of a sentence gives "Police officer"; "COPS" in a
    headline gives "POLICE OFFICERS". Found exactly as the rule writes it
    ("cop", "EHPD", "Eskimo"), the capitals are the form's own, not the
    sentence's, so the preferred form stays as written; so it does for a
    match-case rule, whose preferred form is the capitalisation wanted.
    """
    if rule.match_case or not preferred or any(_key(found, True) == _key(form, True) for form in rule.forms):
        return preferred
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return preferred.upper()
    if found[:1].isupper():
        return preferred[:1].upper() + preferred[1:]
    return preferred


def rule_findings(
    draft: Draft, check: str, rules: tuple[Rule, ...], *, fix_by_default: bool, default_reason: str
) -> Iterator[Finding]:
    """A warning for every form of ``rules`` in the draft's prose (what both rule checks report).

    A rule with exactly one preferred form gives it as the fix when the rule
    says ``fix: true``, or says nothing and ``fix_by_default`` is set.
    """
    for hit in find_rule_hits(draft.prose, rules):
        rule = hit.rule
        line_start = draft.text.rfind("\n", 0, hit.start) + 1
        line = draft.text[line_start:draft.text.find("\n", hit.start) % (len(draft.text) + 1)]
        if not rule.match_case and _inside_a_name(draft.prose, hit.start, hit.end, line):
            continue  # "the National Association for the Advancement of Colored People"
        suggestions = tuple(dict.fromkeys(in_case_of(hit.text, form, rule) for form in rule.preferred_forms))
        wanted = rule.fix if rule.fix is not None else fix_by_default
        fix = suggestions[0] if wanted and len(rule.preferred_forms) == 1 else None
        message = rule_message(hit.text, rule, suggestions, default_reason)
        yield draft.finding(check, hit.start, hit.end, message, severity=Severity.WARNING,
                            suggestions=suggestions, fix=fix)


_CAPITALISED = re.compile(r"[A-Z][a-z][\w’'&.-]*|[A-Z]")  # "Advancement", "J." (not "COPS": a headline)
_NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "del", "&"})
_SENTENCE_END = (".", "!", "?", ":", "—", "–", "#", "*", "\n")


def _inside_a_name(prose: str, start: int, end: int, line: str) -> bool:
    """Whether ``prose[start:end]`` stands in a run of capitalised words (two besides a sentence's
    first): the proper
    name of an organisation, a programme or a prize, which a rule must not rewrite. A capital that
    only starts a sentence, and words in capitals (a headline), are not evidence of a name."""
    if not _CAPITALISED.match(prose, start) or line.lstrip().startswith("#"):
        return False  # a headline is in title case anyway
    line_start = prose.rfind("\n", 0, start) + 1  # a name does not run over a line break
    before_text = prose[max(line_start, start - 80):start]
    at_sentence_start = not before_text.strip() or before_text.rstrip().endswith(_SENTENCE_END)
    words = prose[start:end].split()
    run = sum(1 for word in words[1 if at_sentence_start else 0:] if _CAPITALISED.fullmatch(word))
    for word in [] if at_sentence_start else reversed(before_text.split()):
        if not (_CAPITALISED.fullmatch(word) or word in _NAME_LINKS):
            break
        run += bool(_CAPITALISED.fullmatch(word))
    for word in prose[end:end + 80].split():
        stripped = word.rstrip(".,;:!?)”\"'")
        if not (_CAPITALISED.fullmatch(stripped) or stripped in _NAME_LINKS):
            break
        run += bool(_CAPITALISED.fullmatch(stripped))
        if stripped != word:
            break
    return run >= 2


def is_english(language: str) -> bool:
    """True for "en" and its regional forms ("en-US"): the bundled rule files are English."""
    return language.lower().replace("_", "-").split("-")[0] == "en"


def rule_message(found: str, rule: Rule, suggestions: Sequence[str], default_reason: str) -> str:
    """“found”: reason, then the preferred forms: the message both rule checks give."""
    reason = rule.reason or default_reason
    if reason and reason[-1] not in ".!?":
        reason += "."
    shown = " ".join(found.split())
    if not suggestions:
        return f"“{shown}”: {reason}"
    quoted = [f"“{form}”" for form in suggestions]
    preferred = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"“{shown}”: {reason} Prefer {preferred}."

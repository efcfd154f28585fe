"""Names written two ways, and one person given two titles, within one statement.

:func:`check_names` ("names") finds a name spelt two ways: "Burnside Avenue"
and "Burnsides Avenue", "Officer Daniel Price" and "Officer Daniel Pryce",
"Elena Ruiz" and "Elena Ruis". It compares the capitalised words of the
prose: two that differ by one letter (two, for words of eight letters or
more), that begin with the same letter, and that are not both ordinary
words ("Main" and "Man"; a word and its plural may both be, as "Burnside"
and "Burnsides" are) are one name written two ways when

- one of them is in the organisation's dictionary (``draft.known_names``):
  that is the reference, and the other is reported, however often it is
  written (an ordinary word only where the two share a neighbour, as
  below); a word one letter from a known name is reported even when the
  known name is not in the statement ("Ruis" for "Ruiz"), unless the word
  is itself an ordinary word or a known name; or
- they share a neighbour: both are followed by the same capitalised word
  ("Burnside Avenue", "Burnsides Avenue") or preceded by the same title or
  first name ("Elena Ruiz", "Elena Ruis"). The rarer form is reported (on a
  tie, the one the dictionaries do not know, else the later one), with the
  other as the fix.

Left alone: two names with nothing in common around them ("Chief Bell" and
"Bella Martinez" are two people) or followed by different names ("Officer
Mark Lee" and "Officer Marc Diaz"), possessives ("Price's" is "Price"),
plurals ("the Prices' home": a form that only adds an "s" is reported only
where a capitalised word follows it, as in "Burnsides Avenue"), words in
capitals (EHPD, FEMA), titles ("Officer", "Officers"), and words seen only
at the start of a sentence or in a heading, where any word has a capital
(unless the spelling dictionaries do not know them).

:func:`check_titles` ("titles") finds one surname given different titles:
"Mayor Ruiz" and later "Ms. Ruiz", "Chief Bell" and later "Officer Bell".
Each later mention whose title differs from the first is reported, the fix
being the first title. Abbreviations are the same title ("Lt." is
"Lieutenant", "Council Member" is "Councilmember"). Left alone: a first
name between title and surname ("Mayor Elena Ruiz", then "Mayor Ruiz"), a
surname with no title ("Ruiz"), two people with one surname but different
first names ("Officer Daniel Price", "Mr. Tom Price"), plurals
("Officers"), and sign-offs and quote attributions: a title and name alone
on their line, or after a dash at the end of one ("— Chief Marcus Bell").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import Span

NAMES_CHECK = "names"
TITLES_CHECK = "titles"

_Judge = Callable[[str], bool]

# -- titles

# Each title as written, and the title it is: abbreviations and spellings of one title agree.
_TITLE_FORMS = {
    "Mayor": "mayor", "Chief": "chief", "Deputy Chief": "deputy chief", "Officer": "officer",
    "Sergeant": "sergeant", "Sgt": "sergeant", "Lieutenant": "lieutenant", "Lt": "lieutenant",
    "Captain": "captain", "Capt": "captain", "Detective": "detective", "Det": "detective",
    "Councilmember": "council member", "Council Member": "council member",
    "Councilwoman": "councilwoman", "Councilman": "councilman", "Commissioner": "commissioner",
    "Governor": "governor", "Gov": "governor", "Senator": "senator", "Sen": "senator",
    "Representative": "representative", "Rep": "representative", "Judge": "judge",
    "Dr": "doctor", "Mr": "mr", "Mrs": "mrs", "Ms": "ms", "Miss": "miss",
    # Spanish, where titles are written in lowercase within a sentence
    "Alcalde": "alcalde", "Alcaldesa": "alcaldesa", "Sr": "sr", "Sra": "sra", "Srta": "srta",
    "Dra": "doctora",
}  # fmt: skip
_ABBREVIATED = frozenset({"Sgt", "Lt", "Capt", "Det", "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms",
                          "Sr", "Sra", "Srta", "Dra"})
_LOWERCASE_TOO = frozenset({"Alcalde", "Alcaldesa"})


def _title_pattern(title: str) -> str:
    written = re.escape(title).replace(r"\ ", r"[ \t\u00a0]+")
    if title in _LOWERCASE_TOO:
        written = f"[{title[0]}{title[0].lower()}]{written[1:]}"
    # "Mr." or "Mr", never "Mrs" for "Mr" nor "Officers" for "Officer"
    return rf"{written}(?:\.|(?![^\W\d_]))" if title in _ABBREVIATED else rf"{written}(?![^\W\d_])"


_SPACE = r"[ \t\u00a0]+"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_TITLED = re.compile(
    r"(?<![\w.])(?P<title>"
    + "|".join(_title_pattern(title) for title in sorted(_TITLE_FORMS, key=len, reverse=True))
    + rf"){_SPACE}(?P<names>{_NAME_WORD}(?:{_SPACE}(?:[A-Z]\.|{_NAME_WORD})){{0,3}})"
)
_TOKEN = re.compile(rf"[A-Z]\.|{_NAME_WORD}")
_POSSESSIVE = re.compile(r"['’]s$")

# Capitalised words that end a name rather than continue it ("Mayor Ruiz On Tuesday" in a heading).
_NOT_NAMES_LIST = (
    "A An And As At After Before By For From I In Is It Of On Or The To Was With Says Said "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December"
)
_NOT_NAMES = frozenset(_NOT_NAMES_LIST.split())


@dataclass
class _Person:
    surname: str
    given: str | None
    title: str  # the first title, as written
    title_key: str


def check_titles(draft: Draft) -> Iterator[Finding]:
    prose = draft.prose
    people: dict[str, list[_Person]] = {}
    for match in _TITLED.finditer(prose):
        title = re.sub(r"\s+", " ", match.group("title"))
        key = _TITLE_FORMS.get(title.rstrip("."), _TITLE_FORMS.get(title.rstrip(".").capitalize(), ""))
        names = _name_words(match.group("names"), match.start("names"))
        if not names or not key:
            continue
        surname_span = names[-1]
        surname = surname_span.text
        if _signs_off(prose, match.start(), surname_span.end):
            continue
        given = names[0].text if len(names) > 1 and not names[0].text.endswith(".") else None
        person = _same_person(people.setdefault(surname, []), given)
        if person is None:
            people[surname].append(_Person(surname, given, title, key))
            continue
        if person.given is None:
            person.given = given
        if person.title_key == key:
            continue
        if _FAMILY.search(_sentence_around(prose, match.start())):
            continue  # "his wife, Sarah … Mrs. Price": another person of the same family
        here = draft.text[match.start():surname_span.end]
        other = _cased_like(person.title, title) + draft.text[match.end("title"):surname_span.end]
        # A suggestion, not a one-click fix: the same surname may be someone else.
        yield draft.finding(
            TITLES_CHECK, match.start(), surname_span.end,
            f"“{here}” here, “{person.title} {surname}” earlier: use one title for one person "
            "(if they are the same person).", severity=Severity.WARNING, suggestions=[other])


_FAMILY = re.compile(
    r"\b(?:wife|husband|widow|widower|spouse|partner|son|daughter|mother|father|brother|sister|family|"
    r"parents|children|esposa|esposo|hijo|hija|madre|padre|familia)\b", re.IGNORECASE)


def _sentence_around(prose: str, offset: int) -> str:
    """The sentence (roughly: between full stops or line breaks) around ``offset``, and the one before."""
    start = max(prose.rfind(".", 0, max(0, prose.rfind(".", 0, offset) - 1)), prose.rfind("\n\n", 0, offset))
    end = prose.find(".", offset)
    return prose[max(0, start):end if end != -1 else len(prose)]


def _name_words(names: str, offset: int) -> list[Span]:
    """The words of a name after a title, up to the surname (its possessive "’s" left off)."""
    words: list[Span] = []
    for token in _TOKEN.finditer(names):
        text = token.group(0)
        if text in _NOT_NAMES or (len(text) == 1 and not text.endswith(".")):
            break
        possessive = _POSSESSIVE.search(text)
        if possessive:
            words.append(Span(offset + token.start(), offset + token.start() + possessive.start(),
                              text[:possessive.start()]))
            break
        words.append(Span(offset + token.start(), offset + token.end(), text))
    while words and words[-1].text.endswith("."):  # an initial is no surname
        words.pop()
    return words


def _signs_off(prose: str, start: int, end: int) -> bool:
    """Whether the mention is a sign-off or attribution: alone on its line, or after a closing dash."""
    line_start = prose.rfind("\n", 0, start) + 1
    line_end = prose.find("\n", end)
    before = prose[line_start:start].strip()
    after = prose[end:line_end if line_end >= 0 else len(prose)].strip()
    return (not before or before.endswith(("—", "–", "-"))) and (not after or after.startswith(","))


def _same_person(people: list[_Person], given: str | None) -> _Person | None:
    """The person already met that a mention names, or None for someone new (or when unsure)."""
    if given is not None:
        for person in people:
            if person.given == given:
                return person
        unnamed = [person for person in people if person.given is None]
        return unnamed[0] if len(unnamed) == 1 else None
    return people[0] if len(people) == 1 else None


def _cased_like(title: str, written: str) -> str:
    """``title`` with its first letter cased as the title it replaces, when neither is an abbreviation
    (Spanish writes "la alcaldesa Ruiz" mid-sentence, "Alcaldesa Ruiz" at the start)."""
    if title.endswith(".") or written.endswith(".") or title[:1].isupper() == written[:1].isupper():
        return title
    return title[:1].upper() + title[1:] if written[:1].isupper() else title[:1].lower() + title[1:]


# -- names written two ways

_NOT_CANDIDATES = frozenset(word for title in _TITLE_FORMS for word in title.split()) | _NOT_NAMES
_SENTENCE_LEAD = re.compile(r"[^\w]*")
_JOIN_BEFORE = re.compile(r"\.?[ \t\u00a0]+")  # "Elena Ruiz", "Mr. Ruiz"
_JOIN_AFTER = re.compile(r"[ \t\u00a0]+")


@dataclass
class _Form:
    """One way a capitalised word is written, and where."""

    text: str
    places: list[int] = field(default_factory=list)  # indexes into draft.words
    mid_sentence: bool = False  # seen with its capital where a capital proves a name


def check_names(draft: Draft) -> Iterator[Finding]:
    words = draft.words
    forms = _capitalised_forms(draft)
    if not forms:
        return
    spelling = draft.spelling
    known = draft.known_names

    def ordinary(word: str) -> bool:
        return word not in known and spelling is not None and spelling.is_correct(word)

    def name_like(form: _Form) -> bool:
        return form.mid_sentence or (spelling is not None and not spelling.is_correct(form.text))

    candidates = {text: form for text, form in forms.items() if name_like(form)}
    index = _Neighbours.of(candidates)
    for text, form in sorted(candidates.items(), key=lambda item: item[1].places[0]):
        if text in known:
            continue
        reference = _reference(draft, form, candidates, index, ordinary)
        if reference is not None:
            yield from _report(draft, form, reference, words)


def _capitalised_forms(draft: Draft) -> dict[str, _Form]:
    """Every capitalised word of four letters or more (not in capitals), by form, possessive left off."""
    words = draft.words
    leads = _sentence_leads(draft)
    headings = [(block.start, block.end) for block in draft.blocks if block.kind == "heading"]
    heading_starts = [start for start, _ in headings]
    forms: dict[str, _Form] = {}
    for index, word in enumerate(words):
        text = word.text
        if not text[0].isupper():
            continue
        if "'" in text or "’" in text:
            text = _stem(text)
        if len(text) < 4 or text.isupper() or text in _NOT_CANDIDATES:
            continue
        form = forms.get(text)
        if form is None:
            form = forms[text] = _Form(text)
        form.places.append(index)
        if not form.mid_sentence and word.start not in leads:
            heading = bisect.bisect_right(heading_starts, word.start) - 1
            form.mid_sentence = heading < 0 or word.start >= headings[heading][1]
    return forms


def _sentence_leads(draft: Draft) -> set[int]:
    """Where each sentence's first word starts (after any opening quote or bracket)."""
    prose = draft.prose
    leads = set()
    for sentence in draft.sentences:
        lead = _SENTENCE_LEAD.match(prose, sentence.start)
        leads.add(lead.end() if lead else sentence.start)
    return leads


def _stem(word: str) -> str:
    possessive = _POSSESSIVE.search(word)
    return word[:possessive.start()] if possessive else word


def _reference(draft: Draft, form: _Form, forms: dict[str, _Form], index: _Neighbours,
               ordinary: _Judge) -> str | None:
    """The spelling ``form`` should have been written in, or None when it is fine as it is."""
    text = form.text
    known = draft.known_names
    close = index.near(text)
    # A known name in the statement is the reference; an ordinary word needs a shared neighbour too.
    known_close = [other for other in close if other in known
                   and (not ordinary(text) or _share_neighbour(draft, form, forms[other], plural=False))]
    if not ordinary(text):
        # The organisation's spelling of the name, in the statement or not.
        known_close += [name for name in _near_known(text, known) if name not in known_close]
    known_close = [name for name in known_close if not _plural_of(text, name)
                   or _followed_by_capital(draft, form)]
    if len(known_close) == 1:
        return known_close[0]
    if known_close:
        return None  # close to two known names: no telling which
    for other_text in close:
        other = forms[other_text]
        plural = _plural_of(text, other_text) or _plural_of(other_text, text)
        # "Main" and "Man" are two words; "Parks Department" and "Park Department" one name.
        if other_text in known or (not plural and ordinary(text) and ordinary(other_text)):
            continue
        if not _share_neighbour(draft, form, other, plural=plural):
            continue
        if _wins(other, form, ordinary):
            return other_text
    return None


def _wins(reference: _Form, form: _Form, ordinary: _Judge) -> bool:
    """Whether ``reference`` is the spelling to keep over ``form``: the more frequent, on a tie the
    one the dictionaries know, else the one written first."""
    if len(reference.places) != len(form.places):
        return len(reference.places) > len(form.places)
    if ordinary(reference.text) != ordinary(form.text):
        return ordinary(reference.text)
    return reference.places[0] < form.places[0]


def _plural_of(word: str, other: str) -> bool:
    return word == other + "s" or word == other + "es"


def _share_neighbour(draft: Draft, form: _Form, other: _Form, *, plural: bool) -> bool:
    """Whether the two forms are ever preceded by the same title or first name, or followed by the
    same capitalised word (for a plural, only the word after counts: "Burnsides Avenue")."""
    after = {_neighbour(draft, place, 1) for place in form.places} - {None}
    other_after = {_neighbour(draft, place, 1) for place in other.places} - {None}
    if after & other_after:
        return True
    if plural or (after and other_after):  # "Officer Mark Lee", "Officer Marc Diaz": two people
        return False
    before = {_neighbour(draft, place, -1) for place in form.places} - {None}
    return bool(before & {_neighbour(draft, place, -1) for place in other.places})


def _neighbour(draft: Draft, place: int, step: int) -> str | None:
    """The capitalised word right before (step -1) or after (step 1) a word, on the same line."""
    words = draft.words
    other = place + step
    if not 0 <= other < len(words) or not words[other].text[:1].isupper():
        return None
    first, second = (words[other], words[place]) if step < 0 else (words[place], words[other])
    gap = draft.prose[first.end:second.start]
    join = _JOIN_BEFORE if step < 0 else _JOIN_AFTER
    return _stem(words[other].text) if join.fullmatch(gap) else None


def _followed_by_capital(draft: Draft, form: _Form) -> bool:
    return any(_neighbour(draft, place, 1) for place in form.places)


def _report(draft: Draft, form: _Form, reference: str, words: list[Span]) -> Iterator[Finding]:
    known = reference in draft.known_names
    plural = _plural_of(form.text, reference)
    for place in form.places:
        if plural and _neighbour(draft, place, 1) is None:
            continue  # "the Prices" here is a family, not a misspelling
        word = words[place]
        end = word.start + len(form.text)
        if known:
            message = (f"“{form.text}” is close to “{reference}”, as the organisation's dictionary "
                       f"spells it: check the name.")
        else:
            message = (f"“{form.text}” here, “{reference}” elsewhere in the statement: "
                       f"one name written two ways? Use one spelling.")
        yield draft.finding(NAMES_CHECK, word.start, end, message, severity=Severity.WARNING,
                            fix=reference)


# -- words one or two letters apart, found through their deletions (no comparison of every pair)


def _limit(word: str, other: str) -> int:
    return 2 if min(len(word), len(other)) >= 8 else 1


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    for _ in range(depth):
        found |= {variant[:i] + variant[i + 1:] for variant in found for i in range(len(variant))}
    return found


@dataclass(frozen=True)
class _Neighbours:
    """The statement's forms, each filed under itself and every word it gives with one letter (two,
    if it is long) taken out: two forms a letter or two apart share one of these."""

    variants: dict[str, set[str]]
    by_variant: dict[str, list[str]]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Neighbours:
        variants = {word: _deletions(word, 2 if len(word) >= 8 else 1) for word in words}
        by_variant: dict[str, list[str]] = {}
        for word, found in variants.items():
            for variant in found:
                by_variant.setdefault(variant, []).append(word)
        return cls(variants, by_variant)

    def near(self, word: str) -> list[str]:
        """The forms one or two letters from ``word`` (one of the forms), nearest first."""
        candidates: set[str] = set()
        for variant in self.variants[word]:
            candidates.update(self.by_variant[variant])
        candidates.discard(word)
        measured = [(_distance(word, other), other) for other in candidates
                    if other[:1] == word[:1] and abs(len(word) - len(other)) <= _limit(word, other)]
        return [other for distance, other in sorted(measured) if distance <= _limit(word, other)]


def _near_known(word: str, known: frozenset[str]) -> list[str]:
    """The known names one letter from ``word``."""
    index = _known_index(known)
    candidates: set[str] = set()
    for variant in _deletions(word, 1):
        candidates.update(index.get(variant, ()))
    return sorted(name for name in candidates
                  if name != word and name[:1] == word[:1] and _distance(word, name) == 1)


@lru_cache(maxsize=4)  # the organisation's names change seldom: one index for many runs
def _known_index(known: frozenset[str]) -> Mapping[str, Sequence[str]]:
    index: dict[str, list[str]] = {}
    for name in known:
        if len(name) >= 4 and name[:1].isupper() and not name.isupper():
            for variant in _deletions(name, 1):
                index.setdefault(variant, []).append(name)
    return index


def _distance(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``: letters added, dropped, changed or two swapped."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]



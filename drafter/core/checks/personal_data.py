"""Personal data: what a reviewer must confirm before a statement goes out.

Finds telephone numbers, e-mail addresses, street addresses, dates of birth,
case and incident numbers, and the names of people described as arrested,
suspected, juvenile or victims. Each finding asks for confirmation: it stays
until someone confirms it with a reason, and it is remembered by the words
found (``Finding.key``), so every span is reported exactly as written. There
is no fix: only the drafter knows whether the data is meant to go out.

Precision matters more than recall: a statement full of false warnings
teaches people to confirm without reading. So the check deliberately leaves
alone:

- everything in the organisation's profile, which is public by definition
  (phone numbers are compared by their digits, so "+1 555 010 0199" is the
  profile's "(555) 010-0199"), e-mail addresses at the organisation's own
  domain (that of ``media.email`` or ``org.website``), toll-free numbers, and
  a number given for an office or a line ("the Parks Department at
  555-0142", "the tip line, 555-0123"): those belong to organisations;
- years, dates, times, money, ZIP codes, "911", "311" and "988", and
  seven-digit ranges ("500-1000", "between 250-1200");
- "the 300 block of Burnside Avenue" (the way police avoid a precise
  address), the address of a named venue ("Riverton Community Center,
  45 Oak Street") and a year before a street ("in 2019 Main Street was…");
- "born and raised in …": a date of birth needs a full date after its label;
- a case number needs a label and a number that looks like a record's
  ("report 2025-1234", "Case No. 123"), not a year ("the annual report 2025");
- names given with an official's title ("Mayor", "Chief", "Councilmember"…):
  they are speakers, not subjects. A name with a rank ("Officer", "Sgt.") is
  flagged only when something happened to that officer ("was injured", "died
  of his wounds"): officers arrest people and help victims as their job;
- a word for a person ("the victim", "a suspect", an age) counts only beside
  the name ("The victim, Jane Doe,"; "John Smith is a suspect"); a word for
  what happened ("arrested", "was injured") counts up to eight words away,
  in the same sentence. An age counts only under 18;
- places: a run of capitalised words with a place or organisation word
  ("East Harbor", "Town Hall", "Police Department"), one that follows "in",
  "at", "near" or "from", or one that is in the profile. A single capitalised
  word is never a name unless a title comes before it ("Mr. Smith");
- title-case headings, where every word carries a capital.

Telephone numbers and e-mail addresses are looked for in the statement's text
(the prose blanks link targets, and a "mailto:" link publishes its address),
but not in code or HTML comments, which are never published; everything else
is looked for in the prose.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.templates.placeholders import code_ranges

CHECK = "personal-data"

_CONFIRM = "Confirm it with a reason, or take it out."
_MESSAGES = {
    "phone": "“{text}” is a telephone number that is not the organisation's: is it meant to be published? "
             + _CONFIRM,
    "email": "“{text}” is a private e-mail address, not the organisation's: is it meant to be published? "
             + _CONFIRM,
    "address": "“{text}” is a street address: a home address leads people to someone's door. Police "
               "statements say “the 300 block of …” instead. Confirm it with a reason, or give the block.",
    "birth": "“{text}” gives a date of birth: with a name, it identifies the person and helps identity "
             "thieves. Confirm it with a reason, or give the age instead.",
    "case": "“{text}” is a case number: with it anyone can ask for the record and the names in it. "
            + _CONFIRM,
    "name": "“{text}” is named as {what}: police media guidance names arrested people, suspects, "
            "juveniles and victims only in exceptional cases. Confirm with the reason, or take the name out.",
}  # fmt: skip
_NAMED_AS = {
    "arrest": "arrested or charged",
    "suspect": "a suspect",
    "juvenile": "a juvenile",
    "victim": "a victim",
}


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Several patterns below begin with a look-ahead for their first character: it lets the regular
# expression engine skip quickly to where a match can start, which keeps the check fast.

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")

# --- Telephone numbers ----------------------------------------------------------------------------

#: One pattern, most specific first: US numbers (a ten-digit one keeps one kind of separator; spaces
#: only after "+1"), international ones ("+44 20 7946 0958") and seven-digit local ones, only with a
#: hyphen (the exchange cannot start with 0 or 1).
_PHONE = re.compile(
    r"(?=[+(\d])(?:"
    r"(?:\+1[ .\-]?|1[ .\-])?\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}"
    r"|(?:\+1[ .\-]?|1-)?\d{3}-\d{3}-\d{4}"
    r"|(?:\+1[ .\-]?|1\.)?\d{3}\.\d{3}\.\d{4}"
    r"|\+1[ .\-]?\d{3} \d{3} \d{4}"
    r"|(?P<international>\+[2-9]\d{0,2}(?:[ .\-]?(?:\(0\)[ ]?)?\d{1,5}){2,6})"
    r"|(?P<exchange>[2-9]\d{2})-(?P<line>\d{4})"
    r")(?![\w\-]|[.,]\d)"
)
_NOT_BEFORE_PHONE = "$#£€@/.+-"
_TOLL_FREE = re.compile(r"1?8(?:00|33|44|55|66|77|88)\d{7}")
# Words before "500-1000" that make it a range or an amount, not a number to call.
_RANGE_WORDS = _word_set("between from about approximately around some nearly over under roughly of")
# An office or a line named just before the number: "the Parks Department at 555-0142", "the tip
# line, 555-0123". Such a number belongs to an organisation, not a person.
_OFFICE_BEFORE = re.compile(
    r"\b(?:Department|Dept\.|Division|Bureau|Office|Offices|Center|Centre|Hall|Library|Services|"
    r"Unit|Agency|Authority|Stoppers|[Hh]otline|[Hh]elpline|[Ll]ine|[Dd]esk|[Ss]witchboard|[Nn]umber)"
    r"[ \t]*(?:,|:|\bat\b|\bon\b|\(|—|–|-)?[ \t]*$"
)

# --- E-mail addresses -----------------------------------------------------------------------------

# Government addresses are public offices, not private people ("parks@maine.gov").
_PUBLIC_DOMAINS = (".gov", ".mil", ".us", ".gov.uk", ".gc.ca", ".gob.mx")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_EMAIL_LOCAL_CHARACTERS = frozenset("._%+-")

# --- Street addresses -----------------------------------------------------------------------------

_STREET_TYPES = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "road": "road", "rd": "road",
    "boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "dr": "drive", "lane": "lane",
    "ln": "lane", "court": "court", "ct": "court", "place": "place", "pl": "place", "way": "way",
    "terrace": "terrace", "ter": "terrace", "circle": "circle", "cir": "circle", "parkway": "parkway",
    "pkwy": "parkway", "highway": "highway", "hwy": "highway", "trail": "trail", "square": "square",
    "sq": "square", "alley": "alley", "row": "row", "pike": "pike",
}  # fmt: skip
_STREET_TYPE = (r"Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|Way|Terrace|Circle|Parkway|Highway|"
                r"Trail|Square|Alley|Row|Pike|(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Ter|Cir|Pkwy|Hwy|Sq)\.?")
#: A house number, a street name of one to three capitalised words, and a street type.
_ADDRESS = re.compile(
    r"(?=\d)(?P<number>\d{1,5}(?:-\d{1,5})?[A-Z]?)[ \t]+"
    r"(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?"
    r"(?:(?:[A-Z][\w'’\-]*\.?|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    rf"(?:{_STREET_TYPE})(?![\w'’])"
)
_NOT_BEFORE_ADDRESS = "$#£€.,/-"
_YEAR_WORDS = _word_set("in since by until till from of during before after around circa")
# A venue named just before the number: "Riverton Community Center, 45 Oak Street".
_VENUE_BEFORE = re.compile(
    r"\b(?:Hall|Center|Centre|Library|School|Academy|College|University|Church|Temple|Mosque|Synagogue|"
    r"Park|Station|Building|Office|Offices|Courthouse|Hospital|Clinic|Hotel|Museum|Theater|Theatre|Arena|"
    r"Stadium|Gym|Club|Chamber|Plaza|Auditorium|Pavilion|Complex|Headquarters|Market|Mall)"
    r"[ \t]*(?:,|\bat\b|\(|—|–|-)?[ \t]*$"
)

# --- Dates of birth (matched in lower case) -------------------------------------------------------

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)")
_DATE = (rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+\d{{4}}"
         r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2})")
_BIRTH_DATE = re.compile(
    r"(?=[bdD])(?:born(?:[ \t]+on)?|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)"
    r"(?:[ \t]*[:\-–][ \t]*|[ \t]+(?:is|was|of)[ \t]+|[ \t]+)" + _DATE)

# --- Case and incident numbers (matched in lower case) --------------------------------------------

_CASE_NUMBER = re.compile(
    r"(?=[cidrw])(?:case|incident|report|complaint|docket|cad|citation|warrant)"
    r"(?P<marker>[ \t]+(?:number|no\.|num\.|#)|[ \t]*#)?[ \t]*:?[ \t]*"
    r"(?P<number>(?:[a-z]{1,4}-?)?\d[\da-z]*(?:[-/][\da-z]+)*)(?![\w\-])"
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?|\d{4}-\d{2}-\d{2}")

# --- Named people ---------------------------------------------------------------------------------

#: What makes a name sensitive, matched in lower case. Each group is one kind of word;
#: ``_KEYWORD_GROUPS`` says what it says of a person and how far from a name it may stand.
_KEYWORDS = re.compile(
    r"(?=[a-dfijkmprstvw,])(?:\b(?:(?P<arrest>arrest(?:ed|s)?|charged[ \t]+with"
    r"|(?:was|were|been|is|are)[ \t]+charged|indicted|detained|apprehended|in[ \t]+custody|booked[ \t]+into)"
    r"|(?P<suspected>suspected)"
    r"|(?P<suspect>suspects?|persons?[ \t]+of[ \t]+interest)"
    r"|(?P<juvenile>juveniles?|(?:a|the)[ \t]+minor(?=[ \t]*(?:[,.;:)]|$|who\b|was\b|is\b|and\b|in\b|at\b|"
    r"from\b|with\b))|minors|teen(?:ager)?s?|age[sd]?[ \t]+(?P<age>\d{1,2}))"
    r"|(?P<victim>injured|injuries|wounded|wounds|killed|(?:was|were|been|being|fatally)[ \t]+"
    r"(?:shot|stabbed)|stabbed|murdered|slain|assaulted)"
    r"|(?P<victim_noun>victims?|survivors?|(?:the[ \t]+)?deceased))\b"
    r"|(?<=[^\W\d_]), (?P<comma_age>\d{1,2}),)"
    r"|(?<![\w.\-])(?P<years>\d{1,2})[\- ]years?[\- ]old\b",
    re.MULTILINE)
#: The words one of the keywords holds: only a sentence with one of them (or ", 15,") is looked at.
_KEYWORD_WORDS = _word_set(
    "arrest arrested arrests charged indicted detained apprehended custody booked suspected suspect "
    "suspects interest juvenile juveniles minor minors teen teens teenager teenagers age aged ages "
    "year-old years-old year years old injured injuries wounded wounds killed shot stabbed murdered slain "
    "assaulted victim victims survivor survivors deceased")
_COMMA_AGE = re.compile(r", \d{1,2},")
# A word for what happened ("arrested", "was injured") is about a name up to eight words away; a
# word for a person ("the victim", "a suspect", "15") only when it stands beside the name ("The
# victim, Jane Doe,", "John Smith is a suspect"): further off, it is usually someone else.
_NEAR, _FAR = 3, 8
_KEYWORD_GROUPS = {  # group: (what it says of a person, how many words away it may stand)
    "arrest": ("arrest", _FAR), "suspected": ("suspect", _FAR), "suspect": ("suspect", _NEAR),
    "juvenile": ("juvenile", _NEAR), "victim": ("victim", _FAR), "victim_noun": ("victim", _NEAR),
    "comma_age": ("juvenile", _NEAR),
}
_ADULT_AGE = 18

#: A capitalised word (checked again for its capital) or a particle of a name ("de la Cruz").
_TOKEN = re.compile(
    r"\b(?:(?:de|da|del|della|di|van|von|der|den|la|le|du|bin|ibn|al)\b|[^\W\d_a-z][\w’'\-]*\.?)")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_OFFICIAL_TITLES = _word_set(
    "mayor chief councilmember councilman councilwoman councillor councilor commissioner governor gov "
    "senator sen representative rep congressman congresswoman superintendent director manager president "
    "secretary judge justice sheriff clerk administrator treasurer alderman alderwoman chair chairman "
    "chairwoman chairperson speaker attorney prosecutor spokesperson spokesman spokeswoman principal "
    "minister ambassador hon honorable")
_RANK_TITLES = _word_set(
    "officer officers sergeant sgt detective det deputy lieutenant lt captain capt corporal cpl trooper "
    "firefighter firefighters patrolman patrolwoman agent inspector insp commander cmdr major paramedic "
    "constable")
_COURTESY_TITLES = _word_set("mr mrs ms mx miss dr rev father pastor rabbi imam sister brother")
_TITLE_ABBREVIATIONS = _word_set("mr mrs ms mx dr rev sgt det lt capt cpl insp cmdr gov sen rep hon st jr sr")
_PARTICLES = _word_set("de da del della di van von der den la le du bin ibn al")
#: Capitalised words that begin sentences or name times, never people.
_STOP_WORDS = _word_set(
    "the a an on in at of to for by from with this that these those yesterday today tonight tomorrow last "
    "next earlier later when after before while during since if but and or nor so yet our we they he she "
    "it his her their my its your you there here both two three four five several many some all every each "
    "no neither either please thank thanks dear according statement update breaking however also "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december one another other such who what where which why how "
    "former late acting interim") | _KEYWORD_WORDS
#: Words that make a run of capitals a place or an organisation.
_PLACE_WORDS = _word_set(
    "police department dept office hall court county city town township village borough street avenue "
    "road boulevard drive lane park school academy college university hospital center centre church "
    "library station harbor harbour heights beach hills valley lake river bridge mall plaza square store "
    "market bank company inc corp llc services service council board commission committee unit division "
    "bureau agency authority fire prison jail institute foundation association club team restaurant cafe "
    "hotel apartments highway route interstate airport mountain falls springs creek north south east west "
    "new saint fort mount port state states united republic community government federal national "
    "memorial")
_PLACE_PREPOSITIONS = _word_set(
    "in at near from into across throughout outside inside toward towards along within")


@dataclass(frozen=True)
class _Keyword:
    start: int
    end: int
    kind: str  # "arrest", "suspect", "juvenile" or "victim"
    reach: int  # how many words from a name it may stand and still be about it
    event: bool  # says what happened to someone (the only kind that is about an officer)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int  # without a trailing full stop or possessive
    word: str  # the token's letters, as written
    dotted: bool  # followed by a full stop that belongs to it ("Mr.", "J.")
    closes: bool  # nothing after it can be part of the same name (a full stop, a possessive)


def check(draft: Draft) -> Iterator[Finding]:
    """Every piece of personal data in the statement, in reading order."""
    profile = _Profile(draft.profile)
    # Contact details the organisation publishes: its profile, and what the template's fields hold
    # (an information line, an event's address). Names are judged against the profile alone.
    contacts = _Profile({**draft.profile, **{f"field.{i}": v for i, v in enumerate(draft.field_values)}})
    published = _published_text(draft.text)
    lowered = _lower(draft.prose)
    found: list[tuple[str, int, int, str]] = []  # kind, start, end, what a name is named as
    found += [("case", s, e, "") for s, e in _case_numbers(lowered)]
    found += [("birth", s, e, "") for s, e in _birth_dates(lowered)]
    emails = list(_emails(published))
    found += [("email", s, e, "") for s, e, at in emails if not contacts.owns_email(published[s:e], at)]
    # Digits inside a case number, a date of birth or any e-mail address are not a phone number.
    taken = [(s, e) for _, s, e, _ in found] + [(s, e) for s, e, _ in emails]
    found += [("phone", s, e, "") for s, e in _phones(published, contacts) if not _overlaps(s, e, taken)]
    found += [("address", s, e, "") for s, e in _addresses(draft.prose, contacts)]
    found += [("name", s, e, what) for s, e, what in _named_people(draft, lowered, profile)]
    found.sort(key=lambda item: (item[1], item[2]))
    for kind, start, end, what in found:
        message = _MESSAGES[kind].format(text=draft.text[start:end], what=_NAMED_AS.get(what, ""))
        yield draft.finding(CHECK, start, end, message, severity=Severity.WARNING, confirmation=True,
                            kind=what or kind)


class _Profile:
    """What the organisation publishes itself: its values, phone digits and e-mail domains."""

    def __init__(self, values: Mapping[str, str]) -> None:
        texts = [v.strip() for v in values.values() if isinstance(v, str) and v.strip()]
        self.folded = "\n".join(v.casefold() for v in texts)
        self.addresses = "\n".join(_normal_address(v) for v in texts)
        self.phone_digits = [d for d in (_digits(v) for v in texts) if len(d) >= 7]
        self.domains = {d for d in (_domain(values.get(k, "")) for k in ("media.email", "org.website")) if d}

    def has_phone(self, digits: str) -> bool:
        return any(digits.endswith(own) or own.endswith(digits) for own in self.phone_digits)

    def has_words(self, words: str) -> bool:
        """True when ``words`` appear, as whole words, in one of the profile's values."""
        pattern = r"(?<!\w)" + re.escape(words.casefold()) + r"(?!\w)"
        return re.search(pattern, self.folded) is not None

    def owns_email(self, address: str, domain: str) -> bool:
        domain = domain.casefold()
        own_domain = any(domain == own or domain.endswith("." + own) for own in self.domains)
        return own_domain or domain.endswith(_PUBLIC_DOMAINS) or self.has_words(address)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _domain(value: str) -> str:
    """The organisation's domain from an e-mail address or a web address ("" when none)."""
    value = value.strip().casefold()
    if "@" in value:
        return value.rpartition("@")[2]
    value = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", value).split("/")[0].split(":")[0]
    return value.removeprefix("www.")


def _published_text(text: str) -> str:
    """The text with code and HTML comments blanked out (same offsets): what is published as written."""
    if "`" not in text and "~~~" not in text and "<!--" not in text:
        return text
    pieces: list[str] = []
    offset = 0
    hidden = sorted([*code_ranges(text), *(m.span() for m in _COMMENT.finditer(text))])
    for start, end in hidden:
        if end <= offset:
            continue
        start = max(start, offset)
        pieces.append(text[offset:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        offset = end
    pieces.append(text[offset:])
    return "".join(pieces)


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter (the same offsets)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # "İ" lowers to two letters


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match.group(1).casefold() if match else ""


def _standalone(pattern: re.Pattern[str], text: str, not_before: str) -> Iterator[re.Match[str]]:
    """Matches that do not follow a letter, a digit or one of ``not_before`` ("x555-0199", "$500-1000")."""
    position = 0
    while match := pattern.search(text, position):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before == "_" or before in not_before:
            position = match.start() + 1  # a match may still start further in
            continue
        yield match
        position = match.end()


# --- Finders: each yields (start, end) offsets of the statement ----------------------------------


def _phones(text: str, profile: _Profile) -> Iterator[tuple[int, int]]:
    for match in _standalone(_PHONE, text, _NOT_BEFORE_PHONE):
        start, end = match.span()
        if match.group("exchange"):
            exchange, line = int(match.group("exchange")), int(match.group("line"))
            if (exchange % 10 == 0 and line % 10 == 0) or _word_before(text, start) in _RANGE_WORDS:
                continue  # "500-1000", "between 250-1200": a range, not a number to call
        digits = _digits(match.group(0))
        if match.group("international") and not 8 <= len(digits) <= 15:
            continue
        if profile.has_phone(digits) or _TOLL_FREE.fullmatch(digits):
            continue
        if _OFFICE_BEFORE.search(text, max(0, start - 40), start):
            continue
        yield start, end


def _emails(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, domain) of every e-mail address: found by its "@", which is rare and quick to find."""
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _EMAIL_LOCAL_CHARACTERS):
            start -= 1
        while start < at and text[start] in ".-":  # an address does not start with a dot or a hyphen
            start += 1
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if domain and start < at:
            yield start, domain.end(), domain.group(0)
        at = text.find("@", at + 1)


def _normal_address(text: str) -> str:
    """An address to compare: lower case, no full stops, street types spelt out ("St." is "street")."""
    words = re.sub(r"[.,]", " ", text.casefold()).split()
    return " ".join(_STREET_TYPES.get(word, word) for word in words)


def _addresses(prose: str, profile: _Profile) -> Iterator[tuple[int, int]]:
    for match in _standalone(_ADDRESS, prose, _NOT_BEFORE_ADDRESS):
        start, end = match.span()
        number = match.group("number")
        if len(number) == 4 and number[:2] in ("19", "20") and _word_before(prose, start) in _YEAR_WORDS:
            continue  # "in 2019 Main Street was repaved"
        if _VENUE_BEFORE.search(prose, max(0, start - 40), start):
            continue  # the address of a named, public venue
        own = re.escape(_normal_address(match.group(0)))
        if re.search(r"(?<!\w)" + own + r"(?!\w)", profile.addresses):
            continue
        yield start, end


def _birth_dates(lowered: str) -> Iterator[tuple[int, int]]:
    return (match.span() for match in _standalone(_BIRTH_DATE, lowered, ""))


def _case_numbers(lowered: str) -> Iterator[tuple[int, int]]:
    for match in _standalone(_CASE_NUMBER, lowered, ""):
        number, marker = match.group("number"), match.group("marker")
        digits = len(_digits(number))
        if digits < 3 or (not marker and _YEAR_RANGE.fullmatch(number)):
            continue  # "report 2025", "report 2024-25": a year, not a record
        if not marker and "-" not in number and digits < 5:
            continue  # a bare label needs a number that looks like a record's
        yield match.start(), match.end("number")


# --- Named people --------------------------------------------------------------------------------


def _named_people(draft: Draft, lowered: str, profile: _Profile) -> Iterator[tuple[int, int, str]]:
    """(start, end, what the person is named as) for each sensitive name, the name's own span.

    ``lowered`` is the prose in lower case.
    """
    prose = draft.prose
    sentences = draft.sentences
    sentence_starts = [sentence.start for sentence in sentences]
    word_starts = [word.start for word in draft.words]
    # Only sentences with a keyword's word in them are read closely: most have none.
    hits = [w.start for w in draft.words if w.text.lower() in _KEYWORD_WORDS]
    hits += [m.start() for m in _COMMA_AGE.finditer(prose)]
    wanted = sorted({bisect.bisect_right(sentence_starts, hit) - 1 for hit in hits} - {-1})
    headings = {block.start for block in draft.blocks if block.kind == "heading"}
    for sentence in (sentences[i] for i in wanted):
        matches = _KEYWORDS.finditer(lowered, sentence.start, sentence.end)
        keywords = [keyword for match in matches if (keyword := _keyword(match))]
        if not keywords or (sentence.start in headings and _title_case(sentence.text)):
            continue
        tokens = _tokens(sentence.text, sentence.start)
        for start, end, officer in _name_candidates(tokens, prose, profile):
            if any(k.start < end and start < k.end for k in keywords):
                continue
            kind = _nearest_keyword(start, end, keywords, word_starts, officer)
            if kind:
                yield start, end, kind


def _keyword(match: re.Match[str]) -> _Keyword | None:
    """The keyword matched, placed in the statement; None for an adult's age, which says nothing."""
    group = match.lastgroup or ""
    for age in ("age", "years", "comma_age"):
        if match.group(age) is not None:
            if int(match.group(age)) >= _ADULT_AGE:
                return None
            group = "comma_age" if age == "comma_age" else "juvenile"
    kind, reach = _KEYWORD_GROUPS[group]
    return _Keyword(match.start(), match.end(), kind, reach, group == "victim")


def _tokens(text: str, offset: int) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        dotted = word.endswith(".")
        word = word.rstrip(".")
        closes = dotted
        if word[-2:] in ("'s", "’s"):
            word, closes = word[:-2], True
        word = word.rstrip("'’-")
        if dotted and (word.casefold() in _TITLE_ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            closes = False  # "Mr." and "J." belong to the name that follows
        start = match.start() + offset
        tokens.append(_Token(start, start + len(word), word, dotted, closes))
    return tokens


def _title_case(text: str) -> bool:
    """True for "Suspect Arrested in Burnside Avenue Shooting": every longer word has a capital."""
    long_words = _LONG_WORD.findall(text)
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def _capitalised(word: str) -> bool:
    """"Smith", "O'Brien", "J": a capital, then lower case (all capitals is an acronym, not a name)."""
    return word[0].isupper() and (len(word) == 1 or any(c.islower() for c in word[1:]))


def _runs(tokens: list[_Token], prose: str) -> Iterator[list[_Token]]:
    """Runs of capitalised words with only spaces between them (and "de", "van" inside)."""
    run: list[_Token] = []
    for i, token in enumerate(tokens):
        joined = bool(run) and not run[-1].closes and _only_space(prose, run[-1], token)
        if _capitalised(token.word):
            if run and not joined:
                yield run
                run = []
            run.append(token)
        elif token.word in _PARTICLES and run and joined and _name_follows(tokens, i + 1):
            run.append(token)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _name_follows(tokens: list[_Token], i: int) -> bool:
    """True when a capitalised word comes after the particles from ``tokens[i]`` on ("de la Cruz")."""
    while i < len(tokens) and tokens[i].word in _PARTICLES:
        i += 1
    return i < len(tokens) and _capitalised(tokens[i].word)


def _only_space(prose: str, before: _Token, after: _Token) -> bool:
    return not prose[before.end + before.dotted:after.start].strip()


def _name_candidates(tokens: list[_Token], prose: str, profile: _Profile) -> Iterator[tuple[int, int, bool]]:
    """(start, end, only as a victim) for each run of capitals that looks like a person's name."""
    for run in _runs(tokens, prose):
        for titles, words in _segments(run):
            names = _trimmed(words)
            folded_titles = {t.word.casefold() for t in titles}
            if folded_titles & _OFFICIAL_TITLES or not names:
                continue  # a mayor or a chief speaks; they are not the subject
            if any(n.word.casefold() in _PLACE_WORDS for n in names):
                continue
            if not titles and _word_before(prose, names[0].start) in _PLACE_PREPOSITIONS:
                continue  # "in East Harbor"
            if len(names) >= 2:
                start = names[0].start
            elif titles:
                start = titles[-1].start  # "Mr. Smith", "Officer Price"
            else:
                continue
            if profile.has_words(" ".join(n.word for n in names)):
                continue
            yield start, names[-1].end, bool(folded_titles & _RANK_TITLES)


def _segments(run: list[_Token]) -> Iterator[tuple[list[_Token], list[_Token]]]:
    """A run cut at stop words and keywords into (titles, name words)."""
    titles: list[_Token] = []
    names: list[_Token] = []
    for token in run:
        folded = token.word.casefold()
        is_title = folded in _OFFICIAL_TITLES or folded in _RANK_TITLES or folded in _COURTESY_TITLES
        if folded in _STOP_WORDS or (is_title and names):
            if titles or names:
                yield titles, names
            titles, names = [], []
        if is_title:
            titles.append(token)
        elif folded in _STOP_WORDS:
            continue
        elif names or token.word not in _PARTICLES:
            names.append(token)
    if titles or names:
        yield titles, names


def _trimmed(names: list[_Token]) -> list[_Token]:
    """The name words without particles at the end ("Cruz de" is "Cruz")."""
    while names and names[-1].word in _PARTICLES:
        names = names[:-1]
    return names


def _nearest_keyword(start: int, end: int, keywords: list[_Keyword], word_starts: list[int],
                     officer: bool) -> str:
    """What the nearest keyword within reach says of the name ("" when none is near)."""
    first = bisect.bisect_right(word_starts, start) - 1
    last = bisect.bisect_right(word_starts, end - 1) - 1
    best, best_gap = "", _FAR + 1
    for keyword in keywords:
        if officer and not keyword.event:
            continue  # an officer who arrests a suspect or helps a victim is doing the job
        k_first = bisect.bisect_right(word_starts, keyword.start) - 1
        k_last = bisect.bisect_right(word_starts, keyword.end - 1) - 1
        gap = k_first - last - 1 if k_first > last else first - k_last - 1 if k_last < first else 0
        if gap <= keyword.reach and gap < best_gap:
            best, best_gap = keyword.kind, gap
    return best

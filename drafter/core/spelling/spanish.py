"""Regular Spanish inflections of the words in a headword list.

pyspellchecker's Spanish list holds headwords ("vecino", "agradecer",
"ciudad") but few of their forms ("vecinos", "agradece", "ciudades"). A
Spanish word is accepted when it is a regular form of a known word:

* plurals and feminines: "vecinos", "ciudades", "canciones" (from
  "canción"), "luces" (from "luz"), "juntas" (from "junto");
* adverbs in "-mente": "rápidamente";
* the regular conjugations of a known "-ar", "-er" or "-ir" verb, with the
  usual spelling changes ("busqué", "llegué", "agradezco", "protejo",
  "incluyen") and stem changes ("quieren", "pueden", "piden");
* infinitives, gerunds and imperatives with pronouns attached
  ("comunicarlo", "dándoles", "infórmese").

Irregular forms ("hemos", "fueron", "tuvo") are in ``forms-es.txt``.
This is acceptance only, never generation: the suggestion index keeps the
headwords.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

_ACCENTED = str.maketrans("áéíóú", "aeiou")
_ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}

# Endings after the verb's stem, by conjugation.
_AR = (
    "o", "as", "a", "amos", "áis", "an", "é", "aste", "ó", "asteis", "aron", "aba", "abas",
    "ábamos", "abais", "aban", "e", "es", "emos", "éis", "en", "ara", "aras", "áramos", "arais",
    "aran", "ase", "ases", "ásemos", "aseis", "asen", "ando", "ado", "ada", "ados", "adas", "ad",
    "ar",
)
_ER = (
    "o", "es", "e", "emos", "éis", "en", "í", "iste", "ió", "imos", "isteis", "ieron", "ía", "ías",
    "íamos", "íais", "ían", "a", "as", "amos", "áis", "an", "iera", "ieras", "iéramos", "ierais",
    "ieran", "iese", "ieses", "iésemos", "ieseis", "iesen", "iendo", "ido", "ida", "idos", "idas",
    "ed", "er",
)
_IR = (
    "o", "es", "e", "imos", "ís", "en", "í", "iste", "ió", "isteis", "ieron", "ía", "ías", "íamos",
    "íais", "ían", "a", "as", "amos", "áis", "an", "iera", "ieras", "iéramos", "ierais", "ieran",
    "iese", "ieses", "iésemos", "ieseis", "iesen", "iendo", "ido", "ida", "idos", "idas", "id",
    "ir",
)
# Endings after the whole infinitive: future and conditional.
_FUTURE = (
    "é", "ás", "á", "emos", "éis", "án", "ía", "ías", "íamos", "íais", "ían",
)
_PRONOUNS = (
    "selos", "selas", "sela", "selo", "les", "los", "las", "nos", "se", "le", "lo", "la", "me",
    "te", "os",
)

_ENDINGS: list[tuple[str, str]] = sorted(
    {
        (ending, infinitive)
        for infinitive, endings in (("ar", _AR), ("er", _ER), ("ir", _IR))
        for ending in endings
    },
    key=lambda pair: (-len(pair[0]), pair),
)


def _plain(text: str) -> str:
    return text.translate(_ACCENTED)


def _accent_last_vowel(stem: str) -> str:
    for at in range(len(stem) - 1, -1, -1):
        if stem[at] in _ACCENT:
            return stem[:at] + _ACCENT[stem[at]] + stem[at + 1 :]
    return stem


def _stems(stem: str, infinitive: str, ending: str) -> list[str]:
    """The verb stems that could have given ``stem`` before ``ending``."""
    found = [stem]
    front = ending[:1] in ("e", "é")
    if front and stem.endswith("qu"):
        found.append(stem[:-2] + "c")  # busqué <- buscar
    elif front and stem.endswith("gu"):
        found.append(stem[:-1])  # llegué <- llegar
    elif front and stem.endswith("c") and infinitive == "ar":
        found.append(stem[:-1] + "z")  # organicé <- organizar
    if stem.endswith("zc"):
        found.append(stem[:-2] + "c")  # agradezco <- agradecer
    if stem.endswith("j") and infinitive != "ar":
        found.append(stem[:-1] + "g")  # protejo <- proteger
    if stem.endswith("z") and infinitive != "ar":
        found.append(stem[:-1] + "c")  # venzo <- vencer
    if stem.endswith("y"):
        found.append(stem[:-1])  # incluyen <- incluir, leyendo <- leer
    if stem.endswith("g") and infinitive != "ar" and ending[:1] in ("o", "a"):
        found.append(stem[:-1])  # mantengo, mantenga <- mantener; salga <- salir
    for changed, plain in (("ie", "e"), ("ue", "o"), ("i", "e"), ("u", "o")):
        at = stem.rfind(changed)
        if at > 0:
            found.append(stem[:at] + plain + stem[at + len(changed) :])
    return found


def is_verb_form(word: str, known: Callable[[str], bool]) -> bool:
    for ending in _FUTURE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            if base[-2:] in ("ar", "er", "ir") and known(base):
                return True
    for ending, infinitive in _ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 1:
            continue
        stem = word[: -len(ending)]
        for candidate in _stems(stem, infinitive, ending):
            if known(candidate + infinitive) or known(_plain(candidate) + infinitive):
                return True
    return False


def _takes_pronouns(base: str, known: Callable[[str], bool], verb_forms: Collection[str]) -> bool:
    if base in verb_forms:
        return True
    if base[-2:] in ("ar", "er", "ir") and known(base):
        return True
    return is_verb_form(base, known)


def _with_pronouns(word: str, known: Callable[[str], bool], verb_forms: Collection[str]) -> bool:
    for first in _PRONOUNS:
        if not word.endswith(first) or len(word) < len(first) + 2:
            continue
        rest = _plain(word[: -len(first)])
        if _takes_pronouns(rest, known, verb_forms):
            return True
        for second in _PRONOUNS:
            if (
                rest.endswith(second)
                and len(rest) >= len(second) + 2
                and _takes_pronouns(rest[: -len(second)], known, verb_forms)
            ):
                return True
    return False


def is_regular_form(word: str, known: Callable[[str], bool], verb_forms: Collection[str] = ()) -> bool:
    """Whether lowercase ``word`` is a regular form of a word that ``known`` accepts.

    ``verb_forms`` are irregular verb forms that may take pronouns ("diga" in "dígalo").
    """
    if len(word) < 3:
        return False
    if word.endswith("s"):
        stem = word[:-1]
        if known(stem) or (stem.endswith("a") and known(stem[:-1] + "o")):
            return True
        if word.endswith("es"):
            stem = word[:-2]
            if known(stem) or known(_accent_last_vowel(stem)) or known(_plain(stem)):
                return True
            if stem.endswith("c") and known(stem[:-1] + "z"):
                return True  # luces <- luz
    if word.endswith("a") and known(word[:-1] + "o"):
        return True
    if word.endswith("mente") and len(word) > 7:
        stem = word[:-5]
        if known(stem) or (stem.endswith("a") and known(stem[:-1] + "o")):
            return True
    return is_verb_form(word, known) or _with_pronouns(word, known, verb_forms)

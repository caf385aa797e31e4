"""Sentences of a paragraph: where they split, and the bounded pieces a very long one is read in."""

from __future__ import annotations

from dyadscope import recache as re

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|"
    r"nr|ca|fx|bl\.a|dvs|mv|f\.eks|e\.g|i\.e|etc|vs|v|U\.S|U\.K)|(?<!\d)\d{1,2})$"
)


# A short answer after a question, holding only a figure: "About two in five.", "Roughly 60 per cent.", "Omkring
# halvdelen."
_ANSWER = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent|procent)?|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|en|to|tre|fire|fem)\s+(?:in|out\s+of|af|ud\s+af)\s+\w+|(?:a|one|two|three|en|et|to|tre)[\s-]+"
    r"(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|tredjedel|tredjedele|fjerdedel|femtedel)|"
    r"half|halvdelen|most|all\s+of\s+them|none|"
    r"(?:hver|every)\s+(?:anden|tredje|fjerde|femte|tiende|second|third|fourth|fifth|tenth))"  # "Under hver femte."
    r"(?:\s+(?:times|engagements|clashes|battles|attacks|events|gange|kampe|"
    r"angreb|sammenstød)"
    # "Omtrent hver tredje gang regeringshæren var i kamp.": the times as a clause of their own, no new sides' figure
    r"|\s+(?:gang|time)\s+[^.!?\d]{1,60})?[.!]",
    re.I,
)


# A speaker's answer that speaks of the question's topic as "det"/"that": "VÆRT: Hvor meget kæmpede IS mod regimet?
# ANALYTIKER: I 2014 var det omkring hver tredje kamp ...", "HOST: How often did ISIS fight the regime? GUEST: In
# 2014 that was about a third": the question names the sides the answer's figure is about ("it" may be a side)
_ANSWER_ABOUT_IT = re.compile(
    r"(?-i:[A-ZÆØÅ][A-ZÆØÅ-]+):\s+[^.!?]{0,30}?\b(?:var\s+det|det\s+var|er\s+det|det\s+er|that\s+was|that\s+is|"
    r"that['’]s)\b",
    re.I,
)


# A question whether something ever happened ("Did IS and the PKK ever fight each other?", "Har IS nogensinde kæmpet
# mod PKK?") and an answer that denies it outright ("A: Not once, ...", "Never.", "Svar: Aldrig."): one sentence, so
# the denial is an absence between the question's sides (kinds/absence.py)
_EVER = re.compile(r"\b(?:ever|nogensinde)\b", re.I)
_DENIED = re.compile(
    r"(?:(?:A|S|Svar|Answer)\s*:\s*)?(?:No[,.]?\s+)?(?:never|not\s+(?:once|a\s+single\s+time|at\s+all)|"
    r"aldrig|nej,?\s+aldrig|ikke\s+(?:én|en|et|ét)\s+(?:eneste\s+)?gang|slet\s+ikke|overhovedet\s+ikke)\b",
    re.I,
)


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence offsets: split after . ! ? (and a footnote mark) before a capital, digit or quote."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”’)\]]*(?:\[\d+\])?\s+(?=[\"“‘(\[]?[A-ZÆØÅ0-9])", text):
        if m.group(0)[0] == "." and _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.group(0)[0] == "?" and (_ANSWER.match(text, m.end()) or _ANSWER_ABOUT_IT.match(text, m.end())):
            continue  # "What share ... were against IS? Roughly four in five.": the answer is the question's figure
        if m.group(0)[0] == "?" and _EVER.search(text, start, m.start()) and _DENIED.match(text, m.end()):
            continue  # "Did IS and the PKK ever fight? Not once.": the answer denies what the question asks
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(offset + s, offset + e) for s, e in spans if text[s:e].strip()]


# Only bounded work per sentence: a longer run of text without a sentence end is cut into pieces of this size.
MAX_SENTENCE = 1_000


def pieces(sentence: str, offset: int) -> list[tuple[str, int]]:
    """The sentence in pieces of at most MAX_SENTENCE characters, cut at a space or comma, with their offsets."""
    if len(sentence) <= MAX_SENTENCE:
        return [(sentence, offset)]
    out, start = [], 0
    while start < len(sentence):
        end = min(len(sentence), start + MAX_SENTENCE)
        if end < len(sentence):
            cut = max(sentence.rfind(" ", start, end), sentence.rfind(",", start, end))
            end = cut + 1 if cut > start else end
        out.append((sentence[start:end], offset + start))
        start = end
    return out

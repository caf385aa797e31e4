"""One definition of the verbs of fighting, English and Danish, as tagged spans the claim kinds share.

- FIGHT: a verb that puts two sides in one event ("fought", "clashed", "struck", "kæmpede", "stødte", "ramte"): a
  count of "times" needs one (kinds/not_events.py) and a "never" is an absence only with one (kinds/absence.py);
- DID_NOT_FIGHT: "did not fight", "kæmpede ikke mod": an absence in plain words, or a bound turned round
  (kinds/absence.py);
- FIGHT_OBJECT: the verbs whose next side is the other side of the event (roles.py's counterpart marker): the
  English ones but the means ("bombed", "shelled", "struck", "hit": what bombers did is a means, verify.py), and of
  the Danish only those that take their object directly ("bekæmpede", "angreb", "ramte").
  "kæmpede" and "stødte" take "mod" / "med" (markers of their own), and a Danish finite verb comes before its
  subject ("I 2016 kæmpede IS mod SDF"), so it cannot mark the side after it.
Participles and infinitives that name the other side too ("fighting rebels", "to attack civilians", "angribe")
are markers only (roles.py): "fighting" is also a noun.
"""

from __future__ import annotations

from dyadscope import recache as re

FIGHT_SIDES = r"fought|fight|clashed|clash|battled|attacked|attack|engaged|engage|c[oa]me\s+to\s+blows|exchanged\s+fire"
FIGHT_MEANS = r"struck|hit|bombed|shelled"  # a means' object is its target (verify.py reads a bombing count as a means)
FIGHT_EN = rf"{FIGHT_SIDES}|{FIGHT_MEANS}"
FIGHT_DA_OBJECT = r"bekæmpede|angreb|ramte"
FIGHT_DA_PAST = rf"kæmpede|stødte|bombede|{FIGHT_DA_OBJECT}"
FIGHT = rf"{FIGHT_EN}|kæmpet|bekæmpet|udkæmpet|stødt\s+sammen|{FIGHT_DA_PAST}"  # "har aldrig stødt sammen"
FIGHT_OBJECT = rf"{FIGHT_SIDES}|{FIGHT_DA_OBJECT}"
FIGHT_VERB = re.compile(rf"\b(?:{FIGHT})\b", re.I)
DID_NOT_FIGHT = re.compile(
    rf"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:once\s+)?(?:{FIGHT_EN}|strike|bomb|shell|battle|exchange\s+fire)\b|"
    rf"\b(?:{FIGHT_DA_PAST})\s+(?:[\w-]+\s+){{0,3}}?ikke\b(?!\s+(?:kun|blot|bare|længere|mere))|"
    # "har undgået at kæmpe direkte mod hinanden", "avoided fighting each other": an absence in other words
    r"\b(?:undgået|undgik|undgår)\s+at\s+(?:kæmpe|støde\s+sammen|bekæmpe|angribe)\b|"
    r"\b(?:avoided|avoid|avoids)\s+(?:direct\s+)?(?:fighting|clashing|clashes|combat|confrontation)\b|"
    # "var ikke i kamp med SDF", "deltog ikke i kampe i Daraa", "var ikke involveret i sammenstød": no fight verb
    r"\b(?:var|er|deltog)\s+(?:[\w-]+\s+){0,2}?ikke\s+(?:i\s+kamp|i\s+kampe|i\s+(?:nogen\s+)?sammenstød|"
    r"involveret\s+i\s+(?:nogen\s+)?(?:kampe|kamp|sammenstød))\b",
    re.I,
)

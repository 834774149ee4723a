"""Two mentions of one event in a sentence: which are the same event, and what the kept one inherits.

«وأجرى الرئيس الفرنسي اتصالا هاتفيا مع المستشارة الألمانية، وبحث الجانبان خلال الاتصال …» mentions one CONSULT
twice (the noun «اتصالا هاتفيا», the verb «بحث»). One event is kept per type and parties (the reading with the
most parties, then a verb trigger, then the most confident); what only the merged-away mention carried is not
lost:

- **mode and CAMEO code**: the kept mention's mode, else the other's; for CONSULT a mode written in a trigger's
  lexicon row (phone, visit, multilateral) wins over one inferred from the parties and place, and the merged
  event is refined again from the merged parties and place (a phone call stays phone). A CAMEO code that refines
  the kept one wins (041 over 040, 195 over 190, 1831 over 183; not 1823 over 181).
- **place**: taken from the other mention when the kept one has none.
- **date**: the more precise date wins when it falls inside the kept one's (a day inside its month; over the
  publication-date fallback, any date up to publication, or a later one only if the kept event is future:
  «بحث مع نظيره … للمفاوضات التي تنعقد الشهر المقبل» does not date the talks next month).
- **flags**: mentions that differ in negation, hypothetical or future reading are different events and are both
  kept («اختتم … محادثات … مما قد يمهد الطريق للقاء مزمع»: the talks that happened are not the meeting that may
  follow). A future read only from a purpose («لبحث»، «لعقد اللقاء») still merges with a mention without flags, as
  before, and the kept mention's flags stand (on ant_dev the purpose is as often the planned event itself as
  the aim of an actual one, so neither reading is forced on the other); nor does it pass on its mode, code,
  place or date.
- parties: a merged-away mention's parties are, by construction, among the kept one's (by country, else entity,
  else text): none is lost, though its surface form may be («موسكو» kept over «لافروف» of the same country).

Across sentences (:func:`drop_back_references`): a definite noun trigger («الحظر»، «ذلك الحظر»، «الهجوم») of the
type of an event coded in an earlier sentence, naming no party that event lacks and no other place, refers back to
it («رفعت محكمة إيطالية حظرا …» then «وفُرض ذلك الحظر على بيرلسكوني في عام 2013»): it is not a new event and is not
emitted. A mention merged in its sentence with a verb or an indefinite mention of its type is no back-reference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from marsad.document import Event, EventArg
from marsad.events import lexicon, modes
from marsad.events.ontology import plover_types
from marsad.text.normalize import normalize
from marsad.text.tokens import strip_conjunction

_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3, "published": 4}


BACK_REFERENCE_CHARS = 800  # how far back (sentence starts, in characters) a definite noun may refer


@dataclass(frozen=True)
class Reading:
    """What the stage knew of a mention beyond its Event: a finite verb trigger, its lexicon row's own mode and
    CAMEO code (before refinement), whether its only future reading is a purpose («لبحث»), whether it is a
    definite noun (with the article or after a demonstrative: a possible back-reference to an earlier event) and
    whether it is an imperfect verb."""

    verb: bool = False
    mode: str | None = None
    cameo: str | None = None
    purpose: bool = False
    definite: bool = False
    present: bool = False  # an imperfect verb («يهدد»، «تطالب»): told as now, whatever date the sentence names
    date_apart: bool = False  # punctuation between the date's evidence and the trigger
    instrument: bool = False  # a noun with ب or after a cause word («بنيران»، «في قصف»، «جراء غارات»)
    coordinated: bool = False  # with a glued «و»: «وقتل المدنيين واستهداف البحرية» tells two acts
    told: bool = True  # a verb, or a noun with an actor, place, date, pronoun or an anchor word (not a bare keyword)
    reference: bool = False  # a noun after «بعد»، «عقب»: the time another event is told from (background)
    shared: bool = False  # a coordinated verb that took the subject of the clause before it (its second act)
    agent_verb: bool = False  # a noun whose actor is the subject of its light verb («هجمات شنتها طالبان»)


def party_key(args: list[EventArg]) -> frozenset:
    # by country first: «لافروف» and «موسكو» in one sentence are the same Russian party
    return frozenset(a.country or a.entity_id or a.text for a in args)


def dedupe(events: list[Event], readings: dict[int, Reading]) -> list[Event]:
    """One event per (type, actors, recipients, flags) in a sentence; an event with no parties merges into one
    that has them. ``readings`` maps ``id(event)`` to its :class:`Reading` (a missing one reads as a noun
    with no lexicon mode). The kept event takes what only the merged ones carried (:func:`absorb`)."""
    kept: list[Event] = []

    def reading(e: Event) -> Reading:
        return readings.get(id(e), Reading())

    # the verb is the predicate: among duplicates, keep the verb's trigger (and the best confidence); a verb that
    # only shares the subject of the one before it («اعتصم المتظاهرون … وهتفوا») tells the same act second
    def rank(e: Event) -> tuple:
        parties = sum(1 for a in e.actor + e.recipient if a.country or a.entity_id)
        return (-parties, reading(e).shared, not reading(e).verb, -(e.confidence or 0))

    events = _join_object_nouns(_join_instruments(_join_agent_phrases(events, readings), readings), readings)
    _killed_in_clashes(events, readings)
    for ev in sorted(events, key=rank):
        for k in kept:
            if same_event(k, ev, reading(k), reading(ev)):
                readings[id(k)] = absorb(k, ev, reading(k), reading(ev))
                break
        else:
            kept.append(ev)
    kept.sort(key=lambda e: e.trigger.start if e.trigger else 0)
    return kept


def _acting_partners(events: list[Event], v: Event) -> list[Event]:
    """The other events of ``v``'s type in ``events`` that have an actor and a trigger and ``v``'s flags."""
    flags = (v.negated, v.future, v.hypothetical)
    return [
        n
        for n in events
        if n is not v
        and n.event == v.event
        and n.actor
        and n.trigger is not None
        and (n.negated, n.future, n.hypothetical) == flags
    ]


def _join_agent_phrases(events: list[Event], readings: dict[int, Reading]) -> list[Event]:
    """«قتل فلسطيني بنيران إسرائيلية»، «في قصف إسرائيلي»: a verb that has only the one who suffered it (a passive)
    and, after it, an instrument or cause noun of its type (``Reading.instrument``) with the one who acted are one
    event (so are a noun and such a noun whose light verb names who acts: «قتل المدنيين في الغارات التي يشنها
    التحالف»): the verb takes the noun's actor and the noun is merged into it (flags must agree; the noun's own targets,
    «في قصف … على محافظة درعا», give way to the verb's, the ones who suffered it)."""
    out = list(events)
    for v in events:
        rv = readings.get(id(v), Reading())
        if v.actor or not v.recipient or v.trigger is None or v not in out:
            continue
        for n in _acting_partners(out, v):
            rn = readings.get(id(n), Reading())
            if n.trigger.start < v.trigger.end or not rn.instrument:
                continue
            if not rv.verb and not rn.agent_verb:
                continue  # a noun joins only an attack whose light verb names who acts: «مقتل … في غارة شنتها»
            if party_key(n.actor) & party_key(v.recipient) and not rn.agent_verb:
                # «قتل فيها ألفا جندي أمريكي في معارك»: the battle's genitive is the dead, not an actor (the subject
                # of a light verb is: «قتل 30 جنديا أفغانيا في هجمات شنتها طالبان»)
                continue
            v.actor = list(n.actor)
            readings[id(v)] = absorb(v, n, rv, rn)
            out.remove(n)
            break
    return out


INSTRUMENT_CHARS = 3  # at most this many characters between an attack and the instrument phrase right after it


def _join_instruments(events: list[Event], readings: dict[int, Reading]) -> list[Event]:
    """«نفّذت قوات الأسد هجوماً بغاز السارين على خان شيخون»: an instrument phrase of its type (``Reading.instrument``)
    right after an event that has an actor, with no actor of its own, is how that event was done: one event, the
    instrument's targets added to it (flags must agree)."""
    out = list(events)
    phrases = [v for v in events if not v.actor and v.trigger is not None and readings.get(id(v), Reading()).instrument]
    for v in phrases:
        attack = next(
            (n for n in _acting_partners(out, v) if 0 <= v.trigger.start - n.trigger.end <= INSTRUMENT_CHARS), None
        )
        if attack is not None and v in out:
            added = [r for r in v.recipient if party_key([r]) - party_key(attack.recipient)]
            attack.recipient = attack.recipient + added
            rv = readings.get(id(v), Reading())
            readings[id(attack)] = absorb(attack, v, readings.get(id(attack), Reading()), rv)
            out.remove(v)
    return out


CLASH_CHARS = 40  # at most this many characters between a killing and the clashes it happened in


def _killed_in_clashes(events: list[Event], readings: dict[int, Reading]) -> None:
    """«وقتل ثلاثة مسلحين في اشتباكات مع الجيش العراقي»: a killing told with no actor, its victims named, right
    before the clashes it happened in (an instrument noun of ``clash_nouns`` with the other side as recipient and
    no actor of its own): the other side killed them, and those killed fought it."""
    clash = lexicon.modifiers()["clash_nouns"]
    for k in events:
        if k.event != "ASSAULT" or k.actor or not k.recipient or k.trigger is None:
            continue
        for c in events:
            rc = readings.get(id(c), Reading())
            if c is k or c.event != "ASSAULT" or c.actor or not c.recipient or c.trigger is None or not rc.instrument:
                continue
            if not 0 <= c.trigger.start - k.trigger.end <= CLASH_CHARS:
                continue
            if lexicon.noun_core(strip_conjunction(normalize(c.trigger.text))) not in clash:
                continue
            if party_key(c.recipient) & party_key(k.recipient):
                continue
            k.actor, c.actor = list(c.recipient), list(k.recipient)
            break


OBJECT_NOUN_CHARS = 30  # at most this many characters between a verb trigger and a noun trigger that is its object


def _join_object_nouns(events: list[Event], readings: dict[int, Reading]) -> list[Event]:
    """«وفرضت واشنطن قبلها عقوبات على وزيرين تركيين»: a verb trigger with its actor and no recipient, and right
    after it a noun trigger of its type with a recipient and no actor (the verb's object: «فرضت … عقوبات»، «شنت
    … هجوماً على»), are one event: the verb takes the noun's recipient and the noun is merged into it."""
    out = list(events)
    for v in events:
        rv = readings.get(id(v), Reading())
        if not rv.verb or not v.actor or v.recipient or v.trigger is None or v not in out:
            continue
        for n in out:
            if n is v or n.event != v.event or n.actor or not n.recipient or n.trigger is None:
                continue
            gap = n.trigger.start - v.trigger.end
            rn = readings.get(id(n), Reading())
            if not 0 <= gap <= OBJECT_NOUN_CHARS or rn.verb or rn.coordinated:
                continue
            if (n.negated, n.future, n.hypothetical) != (v.negated, v.future, v.hypothetical):
                continue
            if party_key(n.recipient) & party_key(v.actor):
                continue
            v.recipient = list(n.recipient)
            readings[id(v)] = absorb(v, n, rv, rn)
            out.remove(n)
            break
    return out


def same_event(k: Event, ev: Event, rk: Reading, rev: Reading) -> bool:
    """Whether ``ev`` is another mention of the kept event ``k``: same type, its parties among k's, and the same
    negated / hypothetical / future reading (a purpose-only future may meet an actual mention)."""
    if k.event != ev.event:
        return False
    if not (party_key(ev.actor) <= party_key(k.actor) and party_key(ev.recipient) <= party_key(k.recipient)):
        return False
    if k.negated != ev.negated or k.hypothetical != ev.hypothetical:
        return False
    if k.future != ev.future:
        future = rk if k.future else rev
        return future.purpose
    return True


def absorb(k: Event, ev: Event, rk: Reading, rev: Reading) -> Reading:
    """Fold the merged-away mention ``ev`` into the kept ``k`` (in place); returns k's reading after the merge."""
    k.confidence = max(k.confidence or 0, ev.confidence or 0)
    if (k.negated, k.hypothetical, k.future) != (ev.negated, ev.hypothetical, ev.future):
        # a purpose («لعقد اللقاء») met an actual mention: its code, place and date may be the planned event's,
        # so nothing but the confidence is taken from it
        return replace(
            rk,
            definite=rk.definite and rev.definite,
            told=rk.told or rev.told,
            reference=rk.reference and rev.reference,
        )
    listed = plover_types().get(k.event, ())
    merged = Reading(
        verb=rk.verb,
        mode=next((m for m in (rk.mode, rev.mode) if m in listed), None),
        cameo=_more_specific(rk.cameo, rev.cameo),
        purpose=rk.purpose,  # the kept flags stand
        definite=rk.definite and rev.definite,  # with a verb or an indefinite mention the sentence tells the event
        told=rk.told or rev.told,
        reference=rk.reference and rev.reference,  # another mention of it tells the event itself
    )
    if k.location is None and ev.location is not None:
        k.location = ev.location
    if _more_precise(ev, k):
        k.date, k.date_precision, k.date_source = ev.date, ev.date_precision, ev.date_source
    if k.event == "CONSULT":
        # again from the merged parties and place; a lexicon mode (phone) stays
        mode, cameo = modes.refine_consult(merged.mode, merged.cameo, k.actor, k.recipient, k.location)
    else:
        mode = k.mode or ev.mode  # the kept mention's own mode (lexicon or weapon words) first
        cameo = _more_specific(k.cameo, ev.cameo)
    if mode is not None and mode not in listed:
        mode = None
    k.mode, k.cameo = mode, cameo
    return merged


def drop_back_references(events: list[Event], definite: set[int]) -> list[Event]:
    """``events`` (in document order) without the definite noun mentions (ids in ``definite``) that refer back to an
    event coded in an earlier sentence (:func:`antecedent`)."""
    out: list[Event] = []
    seen: list[Event] = []  # dropped mentions too: a chain of back-references keeps each link near the last
    for ev in events:
        back = id(ev) in definite and antecedent(ev, seen) is not None
        seen.append(ev)
        if not back:
            out.append(ev)
    return out


def antecedent(ev: Event, earlier: list[Event]) -> Event | None:
    """The latest event of ``earlier`` that the definite mention ``ev`` can refer back to: same type, coded in an
    earlier sentence, and ``ev`` brings no named party (country, else entity) it lacks, nor another place, nor a
    year other than the one that event is explicitly dated in."""
    if ev.sentence is None:
        return None
    parties = _named(ev)
    for k in reversed(earlier):
        if k.event != ev.event or k.sentence is None or k.sentence[0] >= ev.sentence[0]:
            continue
        if ev.sentence[0] - k.sentence[0] > BACK_REFERENCE_CHARS:
            break  # too far back: a new mention more likely tells another event of the type
        if not _same_kind(k.cameo, ev.cameo):
            continue  # «الاعتقال» (173) is no back-reference to a deportation (174)
        if not parties <= _named(k):
            continue
        if ev.location is not None and k.location is not None and ev.location.name != k.location.name:
            continue  # «المظاهرات» in another city is another protest
        if _dated(k) and ev.date and k.date and ev.date[:4] != k.date[:4]:
            continue  # «العقوبات الأميركية في حينه على كوبا» (1996) are not the sanctions of this year
        return k
    return None


def _dated(ev: Event) -> bool:
    """Whether the event has a date of its own (not the publication-date fallback)."""
    return bool(ev.date) and ev.date_precision not in (None, "published")


def _named(ev: Event) -> set[str]:
    """The named parties of an event, actor and recipient alike (a noun's genitive may be either)."""
    return {a.country or a.entity_id or "" for a in ev.actor + ev.recipient if a.country or a.entity_id}


def _specificity(code: str | None) -> int:
    if not code:
        return -1
    if len(code) > 3:
        return 2
    return 0 if code.endswith("0") else 1


def _stem(code: str) -> str:
    """A CAMEO code as the prefix of the codes that refine it: 040 -> 04 (its generic code), 183 -> 183."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _more_specific(a: str | None, b: str | None) -> str | None:
    """``b`` when it refines ``a`` (040 -> 041, 183 -> 1831), else ``a`` (``b`` when ``a`` is None)."""
    if a is None:
        return b
    if b is None:
        return a
    return b if b.startswith(_stem(a)) and _specificity(b) > _specificity(a) else a


def _same_kind(a: str | None, b: str | None) -> bool:
    """Whether one CAMEO code refines the other (or either is unknown): 190 and 195 yes, 193 and 195 no."""
    return a is None or b is None or a.startswith(_stem(b)) or b.startswith(_stem(a))


def _more_precise(ev: Event, k: Event) -> bool:
    """Whether ``ev``'s date is more precise than ``k``'s and consistent with it (inside k's week/month/year)."""
    if not ev.date or ev.date_precision not in _PRECISION or ev.date_precision == "published":
        return False
    if not k.date or k.date_precision not in _PRECISION:
        return True
    if _PRECISION[ev.date_precision] >= _PRECISION[k.date_precision]:
        return False
    if k.date_precision == "published":
        # a date after publication («التي تنعقد الشهر المقبل») is a planned event's, not this reported one's
        return k.future or ev.date[:10] <= k.date[:10]
    if k.date_precision == "year":
        return ev.date[:4] == k.date[:4]
    if k.date_precision == "month":
        return ev.date[:7] == k.date[:7]
    try:
        delta = (dt.date.fromisoformat(ev.date[:10]) - dt.date.fromisoformat(k.date[:10])).days
    except ValueError:
        return False
    return 0 <= delta < 7

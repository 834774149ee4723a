"""Events: PLOVER/CAMEO coding of the sentences of ``article.body``.

For each sentence: trigger matches from the Arabic lexicon (:mod:`marsad.events.triggers`), arguments from
word order (:mod:`marsad.events.arguments`), auxiliary modes (:mod:`marsad.events.modes`), the place
(«في X» near the trigger, through ``marsad.geo.lookup``), the date (``marsad.events.dates``), and, for
PROTEST/ASSAULT, the actual-event filter (``marsad.events.filter``): its score (the probability that the
sentence reports an actual event, not a past one, a threat or a condemnation) is folded into the event's
``confidence``; candidates scoring below ``settings.min_filter_score`` (default 0.0: none dropped; see
``docs/readme/50-events.md``) are dropped. Headlines are not coded: ``article.title`` is outside ``body``,
so it has no offsets.
Every optional collaborator (entities, actor coder, gazetteer, dates, filter) is imported defensively:
the stage codes what it can with what is installed.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from marsad.document import Document, Entity, Event, EventArg, Place, Sentence, Token, Trigger
from marsad.entities.ner import word_ranks
from marsad.events import arguments, dates, home_country, lexicon, merge, modes, triggers
from marsad.events.ontology import cameo_to_plover, plover_types
from marsad.text import clitic_split
from marsad.text.normalize import normalize
from marsad.text.tokens import CLOSE_QUOTES, COMMAS, OPEN_QUOTES, PHRASE_PUNCTUATION, strip_conjunction

FILTER_TYPES = ("PROTEST", "ASSAULT")
FILTER_THRESHOLD = 0.5  # the filter's own trained decision threshold (its score is calibrated so 0.5 = that cut)
# Default cut 0.0 (keep every candidate, score in confidence): measured in docs/readme/50-events.md, a hard cut at
# 0.5 drops most real PROTEST/ASSAULT events of our ant_dev gold; callers wanting the strict behaviour set 0.5.
DEFAULT_MIN_FILTER_SCORE = 0.0
FILTER_WEIGHT = 0.5  # share of the filter score in a PROTEST/ASSAULT event's confidence (the rest: the rules)
MIN_CONFIDENCE = 0.4
ANSWER_WINDOW = 4  # «ترفض "جمهورييت" هذه الاتهامات»: words from a word of rejecting or accepting to what it answers
MAX_SENTENCE_TOKENS = 150  # longer "sentences" (run-on text) are coded in windows of this many tokens
LOCATION_WINDOW = 8  # words after (or before) the trigger searched for «في X»
OPERATION_WINDOW = 12  # words after a trigger searched for «في عملية نفذها X» (_operation_agent)
PHYSICAL_CUE_WINDOW = 8  # words either side of an attack word searched for wounds or weapons (_verbal_attack)


@dataclass
class Settings:
    """Run-time options of the stage (set once per process by the CLI or the caller)."""

    use_filter: bool = True  # score PROTEST/ASSAULT candidates with marsad.events.filter
    min_filter_score: float = DEFAULT_MIN_FILTER_SCORE  # drop candidates the filter scores below this
    dictionaries: list[str] = field(default_factory=list)  # UniversalPetrarch dictionary folders


def _env_min_filter_score() -> float:
    """``MARSAD_EVENT_MIN_FILTER_SCORE`` (a number in [0, 1]), else the default; a bad value is said, not fatal."""
    import os
    import warnings

    raw = os.environ.get("MARSAD_EVENT_MIN_FILTER_SCORE", "").strip()
    if not raw:
        return DEFAULT_MIN_FILTER_SCORE
    try:
        return _check_score(float(raw))
    except ValueError:
        warnings.warn(
            f"MARSAD_EVENT_MIN_FILTER_SCORE={raw!r} is not a number in [0, 1]; using the default", stacklevel=2
        )
        return DEFAULT_MIN_FILTER_SCORE


def _check_score(value: float) -> float:
    """``value`` when it is a number in [0, 1]; else ValueError (why: a cut of 5 would silently drop everything)."""
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"min_filter_score must be in [0, 1], got {value}")
    return value


settings = Settings(
    use_filter=__import__("os").environ.get("MARSAD_EVENT_FILTER", "1") != "0",
    min_filter_score=_env_min_filter_score(),
)


def configure(
    dictionaries: list[str] | None = None, use_filter: bool | None = None, min_filter_score: float | None = None
) -> None:
    """Set the stage options: extra UniversalPetrarch dictionaries (``--dictionaries``), whether the filter
    scores PROTEST/ASSAULT candidates, and the filter score below which they are dropped (0.5 = the filter's
    trained threshold, the strict behaviour; 0.0 = keep all, the default). Raises ValueError outside [0, 1]."""
    import os

    if dictionaries is not None:
        from pathlib import Path

        from marsad.events.petrarch_dict import check_dictionary_dir

        for d in dictionaries:
            check_dictionary_dir(Path(d))  # a wrong path is said now, not as a warning on every article
        settings.dictionaries = [str(d) for d in dictionaries]
        lexicon.set_dictionaries(settings.dictionaries)
        # worker processes (spawned) read the environment, not this module's state
        os.environ["MARSAD_DICTIONARIES"] = os.pathsep.join(settings.dictionaries)
    if use_filter is not None:
        settings.use_filter = use_filter
        os.environ["MARSAD_EVENT_FILTER"] = "1" if use_filter else "0"
    if min_filter_score is not None:
        settings.min_filter_score = _check_score(min_filter_score)
        os.environ["MARSAD_EVENT_MIN_FILTER_SCORE"] = repr(settings.min_filter_score)  # for worker processes


def run(doc: Document) -> Document:
    """Add ``doc.events``: one Event per coded trigger, with arguments, modes, flags, date and place."""
    body = doc.article.body
    if not body:
        return doc
    if not doc.sentences or not doc.tokens:
        from marsad import text

        doc = text.run(doc)
    lex = lexicon.current()
    doc.events = []  # filled sentence by sentence: later sentences read the earlier events (الطرفان، pronouns)
    pending: list[tuple[Event, str, float]] = []  # PROTEST/ASSAULT candidates awaiting the filter, scored in one batch
    definite: set[int] = set()  # ids of events whose trigger is a definite noun (possible back-references)
    for sent in doc.sentences:
        for part in _parts(doc, sent):
            tokens = doc.tokens[part.token_start : part.token_end]
            if tokens:
                doc.events.extend(code_sentence(doc, part, tokens, lex, _last_pair(doc.events), pending, definite))
    if pending:
        doc.events = _apply_filter(doc.events, pending)
    if definite:
        # after the filter: a back-reference needs an antecedent that is still there
        doc.events = merge.drop_back_references(doc.events, definite)
    return doc


def _parts(doc: Document, sent: Sentence) -> list[Sentence]:
    """The sentence, or for a run-on text with no sentence ends, windows of MAX_SENTENCE_TOKENS tokens
    (so a pathological input costs linear, not quadratic, time)."""
    n = sent.token_end - sent.token_start
    if n <= MAX_SENTENCE_TOKENS:
        return [sent]
    out = []
    for a in range(sent.token_start, sent.token_end, MAX_SENTENCE_TOKENS):
        b = min(a + MAX_SENTENCE_TOKENS, sent.token_end)
        out.append(Sentence(doc.tokens[a].start, doc.tokens[b - 1].end, a, b))
    return out


def _last_pair(events: list[Event]) -> tuple[EventArg, EventArg] | None:
    """The parties of the latest event with one coded actor and one coded recipient of another country: what
    «الطرفان»، «الجانبين» refer to in the following sentences."""
    for ev in reversed(events[-6:]):
        if len(ev.actor) == 1 and len(ev.recipient) == 1:
            a, r = ev.actor[0], ev.recipient[0]
            if a.country and r.country and a.country != r.country:
                return a, r
    return None


def code_sentence(
    doc: Document,
    sent: Sentence,
    tokens: list[Token],
    lex: lexicon.Lexicon,
    pair: tuple[EventArg, EventArg] | None = None,
    pending: list[tuple[Event, str, float]] | None = None,
    definite: set[int] | None = None,
) -> list[Event]:
    """The events of one sentence (deduplicated by :func:`marsad.events.merge.dedupe`: one event per type, party
    pair and negated/future/hypothetical reading, keeping what each mention adds). PROTEST/ASSAULT events
    are scored by the actual-event filter: here, unless the caller passes ``pending``, a list the events and
    their sentence texts are appended to so that it can score a whole document in one batch
    (:func:`_apply_filter`). ``definite``, when given, receives the ids of the returned events whose trigger is a
    definite noun with no verb or indefinite mention merged into it (back-reference candidates for
    :func:`marsad.events.merge.drop_back_references`)."""
    found = _outside_names(doc, sent, tokens, triggers.find(tokens, lex))
    verbs_at = {m.last: m.row.plover for m in found if m.row.kind == "verb"}
    matches = [
        m
        for m in found
        if not (
            _attacker_after_verb(tokens, m, verbs_at)
            or _handled_device(tokens, m)
            or _intransitive_with_object(m)
            or _falling(tokens, m)
            or _gathering_for_else(tokens, m)
            or _road_cut_by_fighters(tokens, m)
            or _present_state(m)
            or _disaster_death(tokens, m)
            or _counted_noun(tokens, m)
            or _adjective_homograph(tokens, m)
            or _written_ta_marbuta(tokens, m)
            or _aim_of_a_measure(tokens, m)
            or _declines_comment(tokens, m)
            or _adjectival_participle(tokens, m)
            or _participle_subject(tokens, m)
            or _posed_threat(tokens, m)
            or _bare_state(tokens, m)
            or _time_of_day(tokens, m)
            or _model_name(tokens, m)
            or _in_play(tokens, m)
        )
    ]
    listed = _crime_list(tokens, matches)
    matches = [m for k, m in enumerate(matches) if k not in listed]
    if not matches:
        return []
    own_batch = pending is None
    if pending is None:
        pending = []
    sentence_text = doc.article.body[sent.start : sent.end]
    trigger_tokens = {k for m in matches for k in range(m.first, m.last + 1)}
    ms = arguments.mentions(doc, sent, tokens, trigger_tokens, pair)
    mod = lexicon.modifiers()
    out: list[Event] = []
    readings: dict[int, merge.Reading] = {}  # what the merge of two mentions needs beyond the Event
    skip = _content_of_other(tokens, matches)
    flag_of: dict[int, modes.Flags] = {}  # the flags of each match coded so far, by index
    prev_actor = _previous_actor(doc, sent)
    doc_country: tuple[str | None] | None = None  # the article's country, looked up once when needed
    actors_of: dict[int, list[EventArg]] = {}  # the actors found for each match (by index)
    recipients_of: dict[int, list[EventArg]] = {}  # … and the recipients
    subject_of: dict[int, list[EventArg]] = {}  # those that are the subject of the match's clause
    for idx, match in enumerate(matches):
        row = match.row
        plover = row.plover
        if plover not in plover_types() or idx in skip:
            continue
        lo = matches[idx - 1].last + 1 if idx else 0
        # a complementizer (أن، إن …) starts a new clause: the reporting verb's subject is not this actor
        for k in range(match.first - 1, lo - 1, -1):
            if strip_conjunction(tokens[k].norm) in mod["complementizers"]:
                lo = k + 1
                break
        hi = matches[idx + 1].first if idx + 1 < len(matches) else len(tokens)
        speaker = _speaker(doc, tokens, ms, match)
        carried = False
        reported = _reported_clause_subject(tokens, ms, match) if speaker is not None else None
        if reported is not None:
            # «وأضاف ترمب أن النظام الإيراني يشعل الصراعات، ويدعم المنظمات الإرهابية»: the coordinated verb shares
            # the reported clause's subject, not the speaker's; so does a noun of clause_subject_noun_types
            # («قال المسؤول إن نتنياهو نقل الرسالة في محادثات مع بوتين»)
            speaker, carried = reported, True
        if speaker is None:
            # «تجاهل الوزير التركي …، وأشاد بـ…»: a coordinated verb right after a comma (or opening its clause)
            # shares the subject of its sentence's first verb; else, after a sentence about X, a verb opening its
            # clause with no subject continues the previous actor
            # («وطالب بيان أمهات المختطفين»: an indefinite source right after the verb is its own subject)
            opens = _opens_clause(tokens, match, lo) and not _source_follows(tokens, match)
            after_comma = match.first > 0 and tokens[match.first - 1].text in COMMAS
            # («وجه ترامب تحذيرا لشركات غوغل … متهما إياهم»: a circumstantial participle needs no comma)
            participle = (
                row.kind == "verb" and match.form.tense is None and arguments.circumstantial(tokens[match.first].norm)
            )
            earlier = _earlier_subject(tokens, ms, match) if opens or after_comma or participle else None
            if earlier is not None or (opens and prev_actor is not None):
                speaker, carried = earlier or prev_actor, True
        # «غارات جوية استهدفت ميليشيا الحوثي»: a verb right after an indefinite noun trigger of its type describes
        # it (not «لغارات اتهمت دمشق إسرائيل بتنفيذها», a clause with its own subject and type)
        before = matches[idx - 1] if idx else None
        described = (
            before is not None
            and before.row.kind == "noun"
            and before.row.plover == plover
            and (
                before.last == match.first - 1
                or _lam_genitive_between(tokens, ms, before.last, match.first)
                # («حملات اعتقال واختطاف واسعة استهدفت»: or one adjective of the noun)
                or (before.last == match.first - 2 and _indefinite_adjective(tokens, ms, match.first - 1))
                # («شهدت "تفجيرات غامضة"، استهدفت قواعد»: or past quotation marks and a comma, the verb with no «و»)
                or ("و" not in match.proclitics and _adjective_past_marks(tokens, ms, before.last, match.first))
            )
            and row.kind == "verb"
            and arguments.indefinite(tokens[before.last])
        ) or (
            # «في الغارات الإسرائيلية التي استهدفت قطاع غزة»: so does a verb after a relative pronoun whose
            # antecedent is a definite noun of its type (and its adjective)
            before is not None
            and before.row.kind == "noun"
            and before.row.plover == plover
            and row.kind == "verb"
            and _relative_of_noun(tokens, ms, before.last, match)
        )
        args = arguments.assign(match, tokens, ms, speaker, (lo, hi), described)
        obliged = _obliged_subject(tokens, ms, match)
        if obliged is not None and args.actor_source in ("speaker", "reported", "none"):
            # «وأضافت: على روسيا أن تتعاون مع التحقيقات»: who must do it is the subject, not the speaker
            args.actor, args.actor_source = [obliged], "obliged"
        if _attack_adjective_after(tokens, match):
            # «هجوم مسلح»، «الهجوم المسلح»: armed, the attack's adjective, is no party to it
            start = tokens[match.last + 1].start
            args.actor = [a for a in args.actor if a.start != start]
            args.recipient = [a for a in args.recipient if a.start != start]
        if (
            row.kind == "noun"
            and before is not None
            and before.row.kind == "verb"
            and before.row.plover == plover
            and before.last == match.first - 1
            and args.actor_source in ("speaker", "none")
            and actors_of.get(idx - 1)
        ):
            # «وأن السعودية فرضت حصاراً»: the noun is the object of the verb of its type right before it, which
            # names who does it, not the speaker of the sentence
            args.actor, args.actor_source = list(actors_of[idx - 1]), "described"
        elif described and not args.actor and idx - 1 in actors_of:
            # the noun's actor does what the clause tells of it (the coalition's raids targeted), so the two
            # mentions merge into one event
            args.actor, args.actor_source = list(actors_of[idx - 1]), "described"
        elif args.actor_source == "uncoded":
            pass  # «وطالبت وكالات الإغاثة الأممية دمشق»: the clause has its own subject, which no code names
        elif (
            args.actor_source == "svo"
            and recipients_of.get(idx - 1)
            and all(any(a.start == r.start for r in recipients_of[idx - 1]) for a in args.actor)
            and (shared := _shares_subject(tokens, matches, idx, subject_of))
        ):
            # «زار بومبيو بيونغيانغ الأسبوع الماضي واجتمع مع كيم»: the object of the verb before is no subject of
            # the verb joined to it, which shares that verb's subject
            args.actor, args.actor_source = list(shared), "coordinated"
        elif not args.actor and not args.passive and (main := _main_clause_subject(tokens, ms, match)) is not None:
            # «وكان بهجلي أثار مفاجأة عندما دعا إلى …»: a subordinate clause with no subject of its own
            args.actor, args.actor_source = [main], "subordinate"
        elif not args.actor and not args.passive and (shared := _shares_subject(tokens, matches, idx, subject_of)):
            # «إن قوة من الشرطة قامت بمداهمة الجامع … واعتدت على المصلين»: a verb joined by «و» to the event
            # before it, with no subject of its own, has that event's subject (not the genitive or adjective of
            # a noun: «أعربت روسيا عن قلقها إزاء الغارات الإسرائيلية، ودعت» is Russia's call)
            args.actor, args.actor_source = list(shared), "coordinated"
        elif not args.actor and (why := _circumstantial_subject(tokens, ms, matches, idx, subject_of)) is not None:
            # «التظاهرات التي ينظمها الفلسطينيون احتجاجا على القرار»: who acts protests (مفعول لأجله)
            args.actor, args.actor_source = list(why), "circumstantial"
        elif (
            not args.actor and not args.passive and (subject := _purpose_subject(tokens, ms, matches, idx)) is not None
        ):
            # «ووصل ترمب إلى هلسنكي لعقد قمة»: the noun of a light verbal noun is done by the clause's subject
            args.actor, args.actor_source = [subject], "purpose"
        elif not args.actor and (forced := _object_control_subject(tokens, ms, match)) is not None:
            # «ما دفع الجيش العراقي بقصف مواقع»: who is pushed or forced to do it does it
            args.actor, args.actor_source = [forced], "object-control"
        elif not args.actor and row.kind == "noun" and (owner := _pronoun_owner(tokens, ms, match)) is not None:
            # «أنهى المبعوث الأممي، مارتن غريفيث، زيارته الأولى إلى صنعاء»: the pronoun on the noun is the
            # sentence's subject
            args.actor, args.actor_source = [owner], "possessor"
        elif not args.actor and (caused := _result_of(tokens, matches, idx, actors_of)) is not None:
            # «قصفت الميليشيات منازل المواطنين، ما أدى إلى مقتل المواطن …»: the result has the cause's actor
            args.actor, args.actor_source = list(caused), "result"
        elif not args.actor and row.kind == "noun" and (owner := _involved_party(tokens, ms, match)) is not None:
            # «أدلة على تورط نظام الأسد في الهجوم الكيمياوي»، «ضلوع إيران في الهجمات»: who is involved in it did it
            args.actor, args.actor_source = [owner], "involved"
        elif not args.actor and row.kind == "noun" and (owner := _intent_owner(tokens, ms, match)) is not None:
            # «قرار السلفادور قطع العلاقات مع تايوان»، «إعلان طالبان وقفاً لإطلاق النار»: who decides or announces
            # it does it
            args.actor, args.actor_source = [owner], "intent"
        elif not args.actor and not args.passive and (held := _resumed_by_subjectless(tokens, ms, match)) is not None:
            # «شكر … بومبيو، المملكة …، خلال مكالمة هاتفية أجراها، الإثنين، مع الأمير»: who makes the call is
            # the sentence's subject
            args.actor, args.actor_source = [held], "resumed"
        elif not args.actor and plover in mod["operation_types"] and (op := _operation_agent(tokens, ms, match)):
            # «وقتل ثلاثة جنود في عملية نفذها مسلحون من حركة الشباب»: who carried out the operation did it
            args.actor, args.actor_source = [op], "operation"
        elif not args.actor and not args.passive and (topic := _topic_subject(tokens, ms, match)) is not None:
            # «أما بريطانيا، فقد طردت 23 دبلوماسيا روسيا»: the topic is the subject of the clause «ف» opens
            args.actor, args.actor_source = [topic], "topic"
        elif not args.actor and (agent := _type_agent(tokens, ms, match, args.recipient)) is not None:
            # «واشتبك متظاهرون فلسطينيون مع الجيش الإسرائيلي اثناء مسيرة»: the protesters named in the sentence
            # are who protests
            args.actor, args.actor_source = [agent], "type-agent"
        if args.actor and arguments.second_person(tokens, match):
            # «وتابعت قائلة: "… ورفضتم الاعتراف بحدود العام 1967"»: you, whom the sentence does not name
            args.actor, args.actor_source = [], "second-person"
        if carried and args.actor_source != "speaker":
            carried = False
        if plover == "PROTEST" and row.mode == "obstruct" and args.passive and row.kind == "verb":
            continue  # «مُنع المحتجون من الوصول»: the protesters were stopped, they block nothing
        if plover in mod["match_types"] and _sports_match(tokens, args.actor + args.recipient):
            continue  # «فيلتقي برشلونة الإسباني مع تشلسي»: teams meet on the pitch
        if not args.recipient and _considers(tokens, match):
            continue  # «روسيا سوف تبحث قرارات طرد مماثلة»: one party looks into something, it meets no one
        if row.kind == "verb" and _contrast_pronoun_subject(tokens, match):
            # «ولكنها لم تتهم إسرائيل مباشرة باغتياله»: the pronoun on «لكن» is the subject, what follows the verb
            # is its object
            end = tokens[match.last].end
            after = [a for a in args.actor if a.start is not None and a.start >= end]
            args.actor = [a for a in args.actor if a not in after]
            args.recipient = after + [a for a in args.recipient if a not in after]
        if row.kind == "noun" and _directed_at_pronoun(tokens, match):
            # «اعتبرت دمشق أن الاتهامات الموجهة لها …»: those the charges are directed at are the party named
            # before them, who is accused, not accusing
            first = tokens[match.first].start
            accused = [a for a in args.actor if a.start is not None and a.start < first]
            args.actor = [a for a in args.actor if a not in accused]
            args.recipient = accused + [a for a in args.recipient if a not in accused]
        if row.kind == "noun" and not _possessed(tokens, match) and _answered(tokens, match):
            # «رافضا كل الاتهامات»، «قبول ترامب للدعوة»، «ترفض "جمهورييت" هذه الاتهامات»: who rejects or accepts it
            # (named before the noun) did not make it; a party after the noun («الاتهامات التركية») or its pronoun
            # («يقبل استقالته») still did
            first = tokens[match.first].start
            args.actor = [a for a in args.actor if a.start is None or a.start > first]
        unlikely = lexicon.modifiers()["unlikely_actor_sectors"].get(plover, ())
        if unlikely:  # «استخدمت الشرطة الهراوات لتفريق محتجين تجمعوا»: the police disperse, they do not protest
            args.actor = [a for a in args.actor if a.sector not in unlikely]
        if arguments.dual_verb(tokens, match) and len(merge.party_key(args.actor + args.recipient)) < 2:
            # «واتفقا»، «ناقشا»: a dual reciprocal verb's two parties, named before it in its sentence
            found = arguments.dual_verb_parties(ms, match)
            if found is not None:
                a, b = found
                keep = [r for r in args.recipient if r.country not in (a.country, b.country)]
                args.actor, args.recipient, args.actor_source = [a], [b, *keep], "dual"
        purpose = _purpose(tokens, match)
        fl = modes.flags(match, tokens, _flag_limit(tokens, lo, matches[idx - 1].last + 1 if idx else 0))
        if obliged is not None:
            fl.hypothetical = True  # an obligation asserts no event
        verb_flags = _object_of_verb_flags(tokens, matches, idx, flag_of)
        if verb_flags is not None:  # «لن يتم فرض عقوبات»: the noun is the object of the negated verb
            fl.negated |= verb_flags.negated
            fl.future |= verb_flags.future
            fl.hypothetical |= verb_flags.hypothetical
        flag_of[idx] = fl
        trig = Trigger(
            doc.article.body[tokens[match.first].start : tokens[match.last].end],
            tokens[match.first].start,
            tokens[match.last].end,
        )
        location = _location(doc, tokens, ms, match, lo, hi)
        if any(not a.country for a in args.actor):
            # «تظاهر مئات الأشخاص في أثينا»: an unnamed group takes the country where it acts, a home body
            # (الشرطة، المتظاهرون) the one country of its sentence or article
            if doc_country is None:
                doc_country = (home_country.document_country(doc),)
            # the sentence's country: from its mentions that are no actor of this event, not in a prepositional
            # phrase (nor joined by و to one: «بين غزة وإسرائيل»), not marked foreign («دعاة سلام أجانب») and no
            # news medium that reports it («حسبما قالت وكالة رويترز»: a journalist person still counts)
            named = [
                m.arg.country
                for m in _ungoverned(tokens, ms)
                if m.arg not in args.actor
                and not home_country.foreign(m.arg)
                and not (m.arg.sector == "JRN" and not m.person)
            ]
            home = home_country.sentence_country(named, args.recipient)
            places = {m.arg.start for m in ms if m.is_place}
            if home is None and not any(r.country == doc_country[0] and r.start not in places for r in args.recipient):
                home = doc_country[0]  # not when a recipient is of that country: «قصف الجيش مواقع حماس»
            args.actor = home_country.fill(
                args.actor,
                None if row.mode == "visit" else location,  # a visit's place is where the visitor went
                home,
                args.actor_source == "speaker",
                _following_words(doc, args.actor),
                doc_country[0],
                {c for c in named if c},
            )
        actors_of[idx] = args.actor
        recipients_of[idx] = args.recipient
        if args.actor_source in _CLAUSE_SUBJECT:
            subject_of[idx] = args.actor
        mode, cameo = row.mode, row.cameo
        lex_mode, lex_cameo = mode, cameo
        if plover == "CONSULT":
            mode, cameo = modes.refine_consult(mode, cameo, args.actor, args.recipient, location)
        elif plover == "ASSAULT":
            if mode == "destroy" and _abstract_object(tokens, match):
                continue  # «هذه الجماعة دمرت حياتنا»، «تدميراً لجهود السلام»: a way of speaking, no attack
            mode = modes.refine_assault(mode, tokens, match, lo, hi)
            # (who is involved in an attack took part in it: «تورط نظام الأسد في الهجوم» is no criticism)
            involved = args.actor_source == "involved"
            if mode is None and not involved and _verbal_attack(doc, tokens, match, args.actor, args.recipient):
                plover, mode, cameo = "ACCUSE", "disapprove", "111"  # criticise or denounce
                lex_mode, lex_cameo = mode, cameo
        elif plover == "ACCUSE" and (_court_convicts(row, args.actor) or _conviction_noun(tokens, match)):
            plover, mode, cameo = "SANCTION", "convict", "116"  # «أدانت محكمة أمريكية ضابطا سابقا»
            lex_mode, lex_cameo = mode, cameo
            courts = [a for a in args.recipient if a.sector in mod["court_sectors"]]
            if courts and not args.actor:
                # «أدانتها محكمة»: the verb written like «إدانتها», its subject after it is the court that convicts
                args.actor = courts
                args.recipient = [a for a in args.recipient if a not in courts]
            elif _conviction_noun(tokens, match) and args.actor_source != "speaker":
                # «نبيل رجب المسجون لإدانته بـ"بث أخبار كاذبة"»: who the pronoun names was convicted (the
                # recipient), and the «ل» says why he is held, no purpose (a speaker stays: a judge tells of it)
                convicted = [a for a in args.actor if a.sector not in mod["court_sectors"]]
                args.actor = [a for a in args.actor if a not in convicted]
                # («بعد إدانته بمساعدة جماعة مسلحة»: who is named in the charge after it is no one convicted)
                charge = match.last + 1 < len(tokens) and tokens[match.last + 1].norm[:1] == "ب"
                end = tokens[match.last].end
                kept = [a for a in args.recipient if not (charge and a.start is not None and a.start > end)]
                args.recipient = convicted + [a for a in kept if a not in convicted]
                purpose = False
        if mode is not None and mode not in plover_types()[plover]:
            mode = None  # a CAMEO-table mode PLOVER 2.0 does not list (e.g. "ease") is not printed
        conf = row.conf + (0.1 if any(a.country for a in args.actor) and not carried else 0.0)
        conf += 0.05 if args.recipient else 0.0
        conf = min(conf, 0.99)
        # the floor holds for the rules' score: a low filter score alone (cut 0.0) drops nothing
        if conf < MIN_CONFIDENCE:
            continue
        conf = round(min(conf, 0.99), 3)
        ev = Event(
            event=plover,
            mode=mode,
            cameo=cameo,
            actor=args.actor,
            recipient=args.recipient,
            location=location,
            negated=fl.negated,
            future=fl.future or purpose,  # «لبحث»، «لدعم»: a purpose, not (yet) an event
            hypothetical=fl.hypothetical,
            historical=fl.historical,
            trigger=trig,
            sentence=(sent.start, sent.end),
            confidence=conf,
        )
        date_apart = _date(doc, sent, ev, nominal=not (row.kind == "verb" and match.form.tense == "past"))
        out.append(ev)
        if plover in FILTER_TYPES and settings.use_filter:
            pending.append((ev, sentence_text, conf))
        readings[id(ev)] = merge.Reading(
            verb=row.kind == "verb" and match.form.tense is not None,
            mode=lex_mode,
            cameo=lex_cameo,
            purpose=purpose and not fl.future,
            definite=_definite_noun(tokens, match),
            present=row.kind == "verb" and match.form.tense == "present",
            date_apart=date_apart,
            instrument=_instrument_phrase(tokens, match),
            coordinated="و" in match.proclitics,
            shared=args.actor_source == "coordinated",
            agent_verb=row.kind == "noun" and args.actor_source == "light-verb",
            told=bool(row.kind == "verb" or ev.actor or ev.location or _possessed(tokens, match))
            or plover not in mod["told_types"]
            or fl.negated
            or fl.future
            or fl.hypothetical
            or fl.historical
            or purpose
            or ev.date_source not in (None, "published")
            or _anchored(tokens, plover)
            # a protest a named speaker reports is told, though the speaker does not protest
            or (args.actor_source == "reported" and plover in mod["speaker_tells_types"]),
            reference=plover in mod["told_types"] and row.kind == "noun" and _reference_time(tokens, match),
        )
    # an attack or protest noun with no actor, place, date or flag in a sentence that tells nothing of an
    # occurrence is a keyword («أحد أشكال التعذيب»، «أبلغت بهذا الهجوم») or names a known event by its target
    # («اغتيال بوتو»), not a report of one
    out = [ev for ev in merge.dedupe(out, readings) if readings[id(ev)].told]
    for ev in out:
        # «بعد الهجوم»، «بعد أيام على اغتيال»: the time another event is told from, background unless dated
        if readings[id(ev)].reference and ev.date_source in (None, "published") and not ev.future:
            ev.historical = True
    _historical_by_date(doc, out, readings)
    if definite is not None:
        definite.update(id(ev) for ev in out if readings[id(ev)].definite)
    if own_batch and pending:
        out = _apply_filter(out, pending)
    return out


_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _outside_names(
    doc: Document, sent: Sentence, tokens: list[Token], matches: list[triggers.Match]
) -> list[triggers.Match]:
    """The matches that are not words inside an organisation's or a work's name: «منظمة العفو الدولية» is no
    amnesty, «تحالف دعم الشرعية» no support (a name's first word may still be a trigger the tagger took in);
    nor a division word right before a place that is not a country («بمقاطعة مونتغومري», a county), nor that
    word with the article once the article has named such a division before («الشرطة في المقاطعة»); nor a
    march right before a country's name («مسيرة لبنان التنموية», the country's course)."""
    spans = [
        (e.start, e.end)
        for e in doc.entities
        if e.label in ("ORG", "MISC") and e.start < sent.end and e.end > sent.start
    ]
    homographs, courses = lexicon.modifiers()["place_homographs"], lexicon.modifiers()["course_homographs"]

    place_heads = arguments.place_heads()

    def keep(m: triggers.Match) -> bool:
        if any(a < tokens[m.first].start and tokens[m.last].end <= b for a, b in spans):
            return False
        after_head = m.first > 0 and strip_conjunction(tokens[m.first - 1].norm) in place_heads
        if m.row.kind == "verb" and not m.proclitics and after_head:
            return False  # «قرب مدينة تدمر»: a town's name after its head noun, not «destroys»
        if _quoted_name(tokens, m):
            return False
        if m.row.kind == "noun" and len(m.form.words) == 1 and m.form.words[0] in courses:
            return not (m.last + 1 < len(tokens) and tokens[m.last + 1].start in _countries(doc))
        if not (m.row.kind == "noun" and len(m.form.words) == 1 and m.form.words[0] in homographs):
            return True
        if m.last + 1 < len(tokens) and tokens[m.last + 1].start in _places(doc):
            return False
        if "ال" not in m.proclitics and _unknown_name_after(tokens, m.last + 1):
            return False  # «مقاطعة رامسي»، «مقاطعة "داشت-إي-أرتشي"»: a name the news vocabulary lacks, a county
        if m.first > 0 and _listed(tokens[m.first - 1].norm, lexicon.modifiers()["division_heads"]):
            return False  # «دائرة مأمور المقاطعة»، «حاكم مقاطعة»: an officer of the county
        return not ("ال" in m.proclitics and _division_before(doc, tokens[m.first].start, m.form.words[0]))

    return [m for m in matches if keep(m)]


def _unknown_name_after(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` (after an opening quote, if any) is an Arabic word without the article that the news
    vocabulary of the NER model lacks or ranks below ``division_name_rank``: a foreign name (a county, a town), not
    a boycotted thing («مقاطعة البضائع»، «مقاطعة قطر»، «مقاطعة علامات تجارية»)."""
    if k < len(tokens) and tokens[k].text in arguments.OPEN_QUOTES:
        k += 1
    if k >= len(tokens):
        return False
    word = strip_conjunction(tokens[k].norm)
    if word.startswith("ال") or not any("\u0621" <= ch <= "\u064a" for ch in word):
        return False
    rank = word_ranks().get(word)
    return rank is None or rank > lexicon.modifiers()["division_name_rank"]


def _quoted_name(tokens: list[Token], match: triggers.Match) -> bool:
    """A trigger that opens a quoted name right after a name head: «قناة "المسيرة"»، «عملية "عاصفة الحزم"»."""
    k = match.first - 1
    if k < 1 or tokens[k].text not in arguments.OPEN_QUOTES:
        return False
    return _listed(tokens[k - 1].norm, lexicon.modifiers()["name_heads_before_quotes"])


def _attacker_after_verb(tokens: list[Token], match: triggers.Match, verbs_at: dict[int, str]) -> bool:
    """«وفجر انتحاري نفسه»: a one-word indefinite noun trigger right after a verb trigger of its type that names a
    party (a role word: a suicide bomber) is the verb's subject, not a second event."""
    if match.row.kind != "noun" or match.first != match.last or verbs_at.get(match.first - 1) != match.row.plover:
        return False
    word = tokens[match.first]
    if not arguments.indefinite(word):
        return False
    actor = arguments.code_phrase(word.text)
    return actor is not None and bool(getattr(actor, "sector", None))


def _instrument_phrase(tokens: list[Token], match: triggers.Match) -> bool:
    """A noun trigger that says how or why something happened: with ب («بنيران»، «برصاص») or after a cause word
    («في قصف»، «جراء غارات»، «إثر هجوم»): what a passive verb before it suffered."""
    if match.row.kind == "noun" and match.proclitics.lstrip("وف")[:1] == "ب":
        return True
    mod = lexicon.modifiers()
    k = match.first - 1
    # («بسلسلة غارات»، «في موجة هجمات»: a count of them may stand between)
    if k > 0 and clitic_split(strip_conjunction(tokens[k].norm))[1] in mod["series_nouns"]:
        if strip_conjunction(tokens[k].norm)[:1] == "ب":
            return True
        k -= 1
    # after a cause word even a verb form is read as its noun («في قصف»: قصف is also 'shelled')
    return k >= 0 and strip_conjunction(tokens[k].norm) in mod["cause_words"]


def _disaster_death(tokens: list[Token], match: triggers.Match) -> bool:
    """A death or destruction word («مقتل»، «قتل»، «مصرع»، «دمر») near a natural disaster or an accident («جراء
    الزلزال»، «ضرب الإعصار … ما أسفر عن مقتل»، «إثر غرق قاربهم»، «في تدافع»): nobody attacked anyone."""
    mod = lexicon.modifiers()
    if match.row.plover != "ASSAULT" or match.row.cameo not in mod["disaster_cameos"]:
        return False
    lo, hi = max(0, match.first - mod["disaster_window"]), match.last + 1 + mod["disaster_window"]
    stems = [clitic_split(strip_conjunction(t.norm))[1] for t in tokens[lo:hi]]
    for k, w in enumerate(stems):
        if w in mod["disasters"]:
            return True
        if w in mod["disaster_heads"] and k + 1 < len(stems) and stems[k + 1] in mod["disaster_head_modifiers"]:
            return True  # «انهيار أرضي»، not «انهيار المحادثات»
    return False


def _listed(norm: str, words: frozenset[str]) -> bool:
    """Whether a normalised word is in a word list, read with or without a leading «و/ف»: a listed word whose own
    first letter is و or ف («فرحين»، «فككت»، «وكالة»، «واصفا») is read as written too."""
    return norm in words or strip_conjunction(norm) in words


def _crime_list(tokens: list[Token], matches: list[triggers.Match]) -> set[int]:
    """Indexes of the attack nouns (``crime_list_types``) of a coordinated list of two or more that a head of crimes
    named in general opens (``mention_heads``, ``crime_list_heads``: «جرائم الإبادة والتعذيب»، «حالات اغتصاب وتعذيب
    وقتل عمد»، «دوامة القتل والانفجارات»): what a report, a charge or a plea is about, not one attack. (A list
    with no such head is most often one attack told with its parts: «الغارة والقصف»، «طعن وقتل أحد أفراد الشرطة».)"""
    mod = lexicon.modifiers()
    heads = mod["mention_heads"] | mod["crime_list_heads"]
    types = mod["crime_list_types"]
    chains: list[list[int]] = []
    for k, m in enumerate(matches):
        prev = matches[k - 1] if k else None
        if m.row.plover not in types:
            continue
        gap = [t.text for t in tokens[prev.last + 1 : m.first]] if prev is not None else []
        joined = prev is not None and prev.row.plover in types and tokens[m.first].norm.startswith("و")
        if joined and gap in ([], ["،"], [","]) and chains and chains[-1][-1] == k - 1:
            chains[-1].append(k)
        else:
            chains.append([k])
    out: set[int] = set()
    for chain in chains:
        first = matches[chain[0]].first
        if len(chain) > 1 and first and _listed(tokens[first - 1].norm, heads):
            out.update(chain)
    return out


def _counted_noun(tokens: list[Token], match: triggers.Match) -> bool:
    """A verb form that is also a noun people are counted by (``counted_homographs``: «طالب» demanded / student)
    after a number or a count word, or after «هو/هي»: «360 طالباً»، «36 ألف طالب»، «وهو طالب جامعي»."""
    mod = lexicon.modifiers()
    if match.first == 0 or strip_conjunction(tokens[match.first].norm) not in mod["counted_homographs"]:
        return False
    prev = strip_conjunction(tokens[match.first - 1].norm)
    return prev.isdigit() or prev in mod["count_words"] or prev in mod["counted_homograph_subjects"]


def _adjective_homograph(tokens: list[Token], match: triggers.Match) -> bool:
    """A verb that is also an adjective (``adjective_homographs``: «قاطع» boycotted / categorical) right after a
    noun it qualifies: «بشكل قاطع»، «نفياً قاطعاً»، «رفضاً قاطعاً» (the refusal stays an event), «أدلة قاطعة»."""
    heads = lexicon.modifiers()["adjective_homographs"].get(normalize(match.row.lemma))
    if not heads or match.first == 0:
        return False
    return any(stem in heads for stem, _, _ in lexicon.analyses(tokens[match.first - 1].norm))


def _time_of_day(tokens: list[Token], match: triggers.Match) -> bool:
    """«فجر اليوم»، «فجر 16 يوليو»: a verb form that is also a time of day (``time_homographs``), written bare and
    followed by a date, is the time («استسلام هؤلاء الجنود فجر 16 يوليو»), not «blew up»."""
    norm = tokens[match.first].norm
    words = {norm, norm[1:] if norm[:1] == "و" else norm}  # (not strip_conjunction: «فجر» starts with ف)
    if match.first != match.last or not words & lexicon.modifiers()["time_homographs"]:
        return False
    after = [t.text for t in tokens[match.last + 1 : match.last + 3]]
    # (a number alone is no date: «فجر 3 انتحاريين أنفسهم» is the verb with its counted subject)
    return any(dates.is_date_phrase(" ".join(after[:n])) for n in (1, 2) if len(after) >= n)


def _model_name(tokens: list[Token], match: triggers.Match) -> bool:
    """«صواريخ زلزال وفجر-5»: a trigger word joined by a hyphen to a number is the name of a model (a rocket, a
    plane), no event."""
    after = tokens[match.last + 1 : match.last + 3]
    return len(after) == 2 and after[0].text in ("-", "ـ", "–") and after[1].text.isdigit()


def _in_play(tokens: list[Token], match: triggers.Match) -> bool:
    """«فسيطر عليها وتلاعب بالدفاع … قبل أن يسددها أرضية في الشباك»، «هددوا مرمى منافسهم … في الدقيقة الرابعة»: in a
    sentence that tells the play of a match (``play_cues``, or «الدقيقة» with a number or an ordinal after it),
    seizing, threatening and attacking (``play_types``) are moves on the pitch; police acting on a crowd are not
    (the ``crowd-control`` mode)."""
    mod = lexicon.modifiers()
    if match.row.plover not in mod["play_types"] or match.row.mode == "crowd-control":
        return False
    for k, tok in enumerate(tokens):
        word = strip_conjunction(tok.norm)
        if word in mod["play_cues"]:
            return True
        if word in mod["play_minute"] and k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.text.isdigit() or nxt.norm in mod["play_minute_ordinals"]:
                return True
    return False


def _written_ta_marbuta(tokens: list[Token], match: triggers.Match) -> bool:
    """A trigger read with the pronoun «ـه» whose last letter is written «ة»: «طلبة» is students, not «طلبه» his
    request; «قاطعة» categorical, not «قاطعه» boycotted him (normalisation writes both ه)."""
    if match.enclitic != "ه":
        return False
    return _DIACRITICS.sub("", tokens[match.last].text).endswith("ة")


def _bare_state(tokens: list[Token], match: triggers.Match) -> bool:
    """«في ظل حالة الطوارئ»، «وتسمح حالة الطوارئ للحكومة»: a noun naming a state (``state_nouns``) with no act that
    declares, imposes or extends it (``state_acts``) in the two words before it is the state, no event."""
    if match.row.kind != "noun" or match.form.words not in _state_forms():
        return False
    acts = lexicon.modifiers()["state_acts"]
    return not any(_listed(tokens[k].norm, acts) for k in range(max(0, match.first - 2), match.first))


@cache
def _state_forms() -> frozenset[tuple[str, ...]]:
    """``state_nouns`` as the lexicon indexes phrase forms (first word without its article)."""
    return frozenset((lexicon.noun_core(w.split()[0]), *w.split()[1:]) for w in lexicon.modifiers()["state_nouns"])


def _posed_threat(tokens: list[Token], match: triggers.Match) -> bool:
    """«كوريا الشمالية تشكل تهديداً حقيقياً»، «لا يمثل تهديدا لأحد»، «أكبر تهديد للعالم»: a threat noun right after a
    verb of being (``threat_copulas``; «أي» may stand between) names a danger, not a threat someone makes."""
    if match.row.plover != "THREATEN" or match.row.kind != "noun":
        return False
    mod = lexicon.modifiers()
    # (a quotation mark may open between them: «كونها تمثل "تهديدا جديا لصحة الإنسان"»)
    before = [t for t in tokens[max(0, match.first - 4) : match.first] if t.text not in arguments.OPEN_QUOTES]
    for t in reversed(before[-2:]):
        if _listed(t.norm, mod["threat_copulas"]):
            return True
        if strip_conjunction(t.norm) not in mod["any_words"]:
            return False
    return False


def _participle_subject(tokens: list[Token], match: triggers.Match) -> bool:
    """«ذكرت السلطات أن مهاجما قتل أحد المارة»: a participle in the accusative right after a bare «أن/إن» is the
    subject of the reported clause (an attacker), no act of its own."""
    if match.row.kind != "verb" or match.form.tense is not None or match.first == 0 or match.proclitics:
        return False
    prev = strip_conjunction(tokens[match.first - 1].norm)
    return prev in lexicon.modifiers()["bare_complementizers"] and arguments.circumstantial(tokens[match.first].norm)


def _adjectival_participle(tokens: list[Token], match: triggers.Match) -> bool:
    """«عين أسقفا متهما بالتستر»، «خطراً داهماً»: a participle in the indefinite accusative right after an indefinite
    accusative noun qualifies it (an adjective), it tells no act (after a comma or a verb it would: «، داعيا»)."""
    if match.row.kind != "verb" or match.form.tense is not None or match.first == 0:
        return False
    if not arguments.circumstantial(tokens[match.first].norm):
        return False
    prev = tokens[match.first - 1].norm
    mod = lexicon.modifiers()
    return (
        len(prev) >= 3
        and prev.endswith("ا")
        and not prev.startswith("ال")
        and prev not in mod["alif_adverbs"]
        and prev not in mod["resumptive_preps"]  # «اقترب منها مهددا»: a preposition with its pronoun
        and not arguments.circumstantial(prev)
    )


def _sports_match(tokens: list[Token], parties: list[EventArg]) -> bool:
    """A sentence about a sports match (``match_cues``: «المباراة»، «بنتيجة»، «لكرة القدم») whose event has no party
    with a sector: clubs and teams, not officials who meet at a match."""
    cues = lexicon.modifiers()["match_cues"]
    return not any(a.sector for a in parties) and any(strip_conjunction(t.norm) in cues for t in tokens)


def _considers(tokens: list[Token], match: triggers.Match) -> bool:
    """«بحث» (``consider_verbs``) with no other party is looking into something or weighing it («تبحث قرارات طرد»،
    «تبحث في مسألة التنظيم»), not a meeting, unless a meeting is the sentence's subject or setting
    (``meeting_words``: «وتبحث القمة»، «بحث المؤتمر»), a light verb makes it one («جرى بحث») or its subject is
    plural or dual."""
    mod = lexicon.modifiers()
    if match.row.kind != "verb" or normalize(match.row.lemma) not in mod["consider_verbs"]:
        return False
    before = strip_conjunction(tokens[match.first - 1].norm) if match.first else ""
    if before in mod["light_verbs"] or before in mod["passive_markers"]:
        return False
    after = tokens[match.last + 1].norm if match.last + 1 < len(tokens) else ""
    if tokens[match.last].norm.endswith(("ون", "ان", "وا")) and after != "في":
        return False  # «الزعماء الثلاثة سيبحثون ترتيبات»: several parties discuss it (not «يبحثون في», look into it)
    if len(after) > 4 and after.startswith("ال") and after.endswith(("ان", "ون")):
        return False  # «وبحث الوزيران الوضع»: a dual or plural subject after the verb
    return not _has_stem(tokens, mod["meeting_words"])


def _declines_comment(tokens: list[Token], match: triggers.Match) -> bool:
    """«ورفض متحدث باسم الشرطة التعليق»، «رفض الكشف عن هويته»: a refusal whose object, within
    ``comment_window`` words and no punctuation, is to comment or to disclose (``comment_words``) declines to
    comment (CAMEO 011, a public statement PLOVER does not code), it rejects no demand."""
    mod = lexicon.modifiers()
    if match.row.plover != "REJECT":
        return False
    for tok in tokens[match.last + 1 : match.last + 1 + mod["comment_window"]]:
        if tok.text in PHRASE_PUNCTUATION:
            return False
        if strip_conjunction(tok.norm) in mod["comment_words"]:
            return True
    return False


def _aim_of_a_measure(tokens: list[Token], match: triggers.Match) -> bool:
    """«العقوبات الجديدة تستهدف الأمين العام لحزب الله»، «مفاوضات قيل إنها تستهدف حل …»: a targeting verb
    (``aim_verbs``) whose subject, up to ``aim_window`` words before it, is a measure, a plan or talks
    (``measure_nouns``) aims at something, it attacks nothing."""
    mod = lexicon.modifiers()
    if match.row.kind != "verb" or normalize(match.row.lemma) not in mod["aim_verbs"]:
        return False
    return _has_stem(tokens[max(0, match.first - mod["aim_window"]) : match.first], mod["measure_nouns"])


def _intransitive_with_object(match: triggers.Match) -> bool:
    """An intransitive verb whose letters are also a transitive verb's (``object_homograph_lemmas``) with an
    object pronoun is that other verb: «الطبيب الذي كان يضربها» beats her (not on strike), «حققته» achieved it
    (no inquiry). Not for others: «استقالتهما» is their resignation, a noun with a possessive."""
    if match.row.kind != "verb" or match.row.frame != "intrans" or not match.enclitic:
        return False
    return normalize(match.row.lemma) in lexicon.modifiers()["object_homograph_lemmas"]


def _falling(tokens: list[Token], match: triggers.Match) -> bool:
    """«قبل أن تسقط مروحيته»، «قبل أن تسقط وتتحطم»: a present form of a transitive verb whose letters are also an
    intransitive one's (``intransitive_presents``: «تسقط» shoots down / falls), with no object after it, is the
    intransitive verb: the aircraft right after it is its subject, or nothing follows; it falls, no one downs it.
    (Not «التي تسقط فيها إسرائيل طائرة»: a pronoun with a preposition or a party comes next.)"""
    if match.row.kind != "verb" or match.form.tense != "present" or match.proclitics.lstrip("وف") == "س":
        return False
    word = strip_conjunction(tokens[match.first].norm)
    mod = lexicon.modifiers()
    heads = mod["intransitive_presents"].get(word[1:] if word[:1] in ("ي", "ت") else word)
    if heads is None:
        return False
    nxt = match.last + 1
    if nxt >= len(tokens) or not tokens[nxt].norm.isalpha():
        return True
    after = clitic_split(strip_conjunction(tokens[nxt].norm))[1]
    # its subject is the aircraft itself, or another verb follows with «و» («وتتحطم»)
    return after.startswith(tuple(heads)) or (tokens[nxt].norm[:1] == "و" and tokens[nxt].norm[1:2] in ("ت", "ي"))


def _gathering_for_else(tokens: list[Token], match: triggers.Match) -> bool:
    """A crowd verb («احتشد»، «تجمع»، «تدفق») whose purpose follows and is no protest: to watch a match, to
    celebrate, to pray, to welcome someone («احتشد 90 ألفا بالقرب من برج إيفل لمشاهدة المباراة»)."""
    mod = lexicon.modifiers()
    if match.row.kind != "verb" or match.row.plover != "PROTEST" or match.row.mode != "demo":
        return False
    for tok in tokens[match.last + 1 : match.last + 1 + mod["purpose_window"]]:
        if tok.norm in mod["clause_breaks"] or tok.text in PHRASE_PUNCTUATION:
            return False
        if _listed(tok.norm, mod["non_protest_purposes"]):
            return True
    return False


def _road_cut_by_fighters(tokens: list[Token], match: triggers.Match) -> bool:
    """«قطع الطريق» with no protester named in the sentence (``protester_stems``) is an army cutting a supply road
    («تمكنت قوات الجيش من قطع طرق الإمداد») or «قطع الطريق على» (forestalling): no protest."""
    if match.row.plover != "PROTEST" or match.row.mode != "obstruct":
        return False
    return not _names_protesters(tokens)


def _present_state(match: triggers.Match) -> bool:
    """A verb whose imperfect tells a state, not an act (``state_verbs``): «القطاع الذي تسيطر عليه حماس»، «الأراضي
    التي تحتلها إسرائيل» (the seizure or the occupation happened before, if at all); «ستسيطر» is still coded."""
    if match.row.kind != "verb" or match.form.tense != "present" or "س" in match.proclitics:
        return False
    return normalize(match.row.lemma) in lexicon.modifiers()["state_verbs"]


def _handled_device(tokens: list[Token], match: triggers.Match) -> bool:
    """A device noun («سيارة مفخخة»، «عبوة ناسفة») found, defused or seized, a few words after the verb that says
    so («فككت قوات الأمن سيارة مفخخة»، «عثرت على عبوة ناسفة»): no attack took place."""
    mod = lexicon.modifiers()
    if match.row.kind != "noun" or match.row.mode not in mod["device_modes"]:
        return False
    for k in range(match.first - 1, max(0, match.first - mod["device_window"]) - 1, -1):
        w = tokens[k].norm
        if _listed(w, mod["device_handling"]):
            return True
        if w in mod["clause_breaks"] or tokens[k].text in PHRASE_PUNCTUATION:
            return False
    return False


def _countries(doc: Document) -> set[int]:
    """Start offsets of the article's country names (a LOC with a country code)."""
    return {e.start for e in doc.entities if e.label == "LOC" and e.actor and e.actor.country}


def _places(doc: Document) -> set[int]:
    """Start offsets of the article's place names that are not countries (a country is a LOC with a code)."""
    return {e.start for e in doc.entities if e.label == "LOC" and not (e.actor and e.actor.country)}


def _division_before(doc: Document, offset: int, word: str) -> bool:
    """Whether a token before ``offset`` is ``word`` (with any proclitic) right before a place that is not a
    country: the article has named an administrative division «مقاطعة X» that a later «المقاطعة» refers to."""
    places = _places(doc)
    for i, tok in enumerate(doc.tokens[:-1]):
        if tok.start >= offset:
            break
        if tok.norm.endswith(word) and doc.tokens[i + 1].start in places:
            return True
    return False


def _definite_noun(tokens: list[Token], match: triggers.Match) -> bool:
    """A noun trigger with the article («الحظر»، «بالهجوم»، «للاتفاق») or after a demonstrative («ذلك الحظر»).
    The article is checked on the written word too: «إلقاء» normalises to «القاء» but has no article."""
    if match.row.kind != "noun":
        return False
    mod = lexicon.modifiers()
    if match.last + 1 < len(tokens) and tokens[match.last + 1].norm in mod["ordinals"]:
        return False  # «الغارة الأولى … الغارة الثانية»: counted events, each its own
    if match.first > 0:
        # «لعقد اللقاء»، «شن الهجوم»، «تنفيذ الهجوم»: a light verb and its noun are the clause's predicate, a verb
        prev = strip_conjunction(tokens[match.first - 1].norm)
        light = mod["light_verbs"] | mod["purpose_verbal_nouns"]
        if prev in light or (prev[:1] in ("ل", "ب") and (prev[1:] in light or prev[1:].lstrip("ا") in light)):
            return False
    inner = match.proclitics[1:] if match.proclitics[:1] in ("و", "ف") else match.proclitics
    if inner in mod["definite_proclitics"]:
        written = _DIACRITICS.sub("", tokens[match.first].text)
        if match.proclitics != inner:
            written = written[1:]
        if written.startswith(inner):
            return True
    return match.first > 0 and strip_conjunction(tokens[match.first - 1].norm) in mod["back_reference_demonstratives"]


def _reference_time(tokens: list[Token], match: triggers.Match) -> bool:
    """Whether the noun trigger is governed by a preposition of time (``reference_time_preps``: «بعد»، «عقب»، «إثر»),
    directly or through a span of time (``time_span_units``, up to ``reference_span_window`` words) and one of
    ``span_links`` («بعد ستة أيام على اغتيال»، «بعد يومين من مقتل»): the event is the time another one is told
    from, background to the sentence."""
    mod = lexicon.modifiers()
    k = match.first - 1
    if k < 0:
        return False
    if strip_conjunction(tokens[k].norm) in mod["reference_time_preps"]:
        return True
    if tokens[k].norm not in mod["span_links"]:
        return False
    span = [strip_conjunction(t.norm) for t in tokens[max(0, k - mod["reference_span_window"]) : k]]
    for j, w in enumerate(span):
        if w in mod["reference_time_preps"]:
            rest = span[j + 1 :]
            return bool(rest) and any(r in mod["time_span_units"] for r in rest)
    return False


def _abstract_object(tokens: list[Token], match: triggers.Match) -> bool:
    """The word right after a destroying trigger, past a quotation mark (its object, also with «ل», the article or a
    pronoun), is one of ``abstract_objects``: a life, efforts, chances, a cause are destroyed in a figure of speech."""
    marks = arguments.OPEN_QUOTES | arguments.CLOSE_QUOTES
    nxt = next((t for t in tokens[match.last + 1 : match.last + 3] if t.text not in marks), None)
    if nxt is None:
        return False
    # («فرص»: the analyses strip a conjunction themselves, «ف» included where it is one)
    return any(stem in lexicon.modifiers()["abstract_objects"] for stem, _, _ in lexicon.analyses(nxt.norm))


COUNT_WORDS = 4  # at most this many words of a count («أكثر من 30») between a verbal noun and its noun


def _count_word(norm: str, mod: dict) -> bool:
    """A number, a count word or the «من» of «أكثر من»."""
    return norm.isdigit() or norm in mod["count_words"] or norm == "من"


def _purpose_subject(
    tokens: list[Token], ms: list[arguments.Mention], matches: list[triggers.Match], idx: int
) -> EventArg | None:
    """The actor of a noun trigger right after a light verbal noun (``purpose_verbal_nouns``: «لعقد قمة»، «لإجراء
    محادثات»، «تنفيذ عملية»): a nisba word right before the verbal noun («تحضيرات إيرانية لشن هجوم»), else the
    first coded mention of the clause that no preposition governs («ووصل ترمب إلى هلسنكي لعقد قمة»); none when
    a request stands before it in the clause («دعا غوتيريس إلى إجراء تحقيق»: what is asked, not done)."""
    match = matches[idx]
    mod = lexicon.modifiers()
    if match.row.kind != "noun" or match.first < 2 or match.row.plover in mod["purpose_subject_skip_types"]:
        return None
    k = match.first - 1
    # («ترد إسرائيل بتنفيذ أكثر من 30 غارة جوية»: a count may stand between the verbal noun and its noun)
    while k > 1 and match.first - k <= COUNT_WORDS and _count_word(tokens[k].norm, mod):
        k -= 1
    word = strip_conjunction(tokens[k].norm)
    word = word[1:] if word[:1] in ("ل", "ب") and word[1:] in mod["purpose_verbal_nouns"] else word
    # («منذ بدء الاحتجاجات»: a start names a time, not who acts)
    if word not in mod["purpose_verbal_nouns"] or word in mod["time_verbal_nouns"]:
        return None
    before = [m for m in ms if m.last < k]
    last = before[-1] if before else None
    if last and last.last == k - 1 and last.arg.country and not last.arg.sector and not last.is_place:
        nisba = tokens[k - 1]
        if nisba.norm.endswith(("ي", "يه")):
            return EventArg(nisba.text, None, last.arg.country, None, nisba.start, nisba.end)
    start = 0
    for j in range(k - 1, -1, -1):
        t = tokens[j]
        if strip_conjunction(t.norm) in mod["complementizers"] or (
            t.norm in mod["clause_breaks"] and t.text not in COMMAS
        ):
            start = j + 1
            break
    if any(m2.row.plover == "REQUEST" and start <= m2.first < k for m2 in matches[:idx]):
        return None
    for m in before:
        if m.first < start or m.adjective or not (m.known or m.person):
            continue
        if arguments.governing_prep(tokens, m) is not None:
            continue
        return m.arg
    return None


OBJECT_CONTROL_WORDS = 6  # at most this many words between an object-control verb and the preposition


def _object_control_subject(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The object of a verb of pushing or forcing (``object_control_verbs``: «دفع»، «أجبر») before a verbal noun
    with «إلى»، «على»، «ل» or «ب» («ما دفع الجيش العراقي بقصف»، «دفعت عددا من المرشحين للانسحاب»): the one who
    does what the noun names; None when the verb has no such object."""
    mod = lexicon.modifiers()
    end = match.first - 1  # the last word before the preposition
    if match.proclitics.lstrip("وف")[:1] not in ("ل", "ب"):
        if end < 1 or tokens[end].norm not in mod["object_control_preps"]:
            return None
        end -= 1
    for k in range(end, max(-1, end - OBJECT_CONTROL_WORDS - 1), -1):
        if strip_conjunction(tokens[k].norm) in mod["object_control_verbs"]:
            break
        if tokens[k].norm in mod["clause_breaks"]:
            return None
    else:
        return None
    for m in ms:
        if m.first <= k or m.last > end or m.adjective:
            continue
        prep = arguments.governing_prep(tokens, m)
        # («عددا من المرشحين»: the counted ones)
        counted = prep == "من" and m.first > 1 and strip_conjunction(tokens[m.first - 2].norm) in mod["count_words"]
        return m.arg if prep is None or counted else None
    return None


def _result_of(
    tokens: list[Token], matches: list[triggers.Match], idx: int, actors_of: dict[int, list[EventArg]]
) -> list[EventArg] | None:
    """The actors of the first earlier event of the same type in the clause, when this match is a noun right
    after a verb of result («ما أدى إلى مقتل»، «أسفرت عن مقتل»، «أدت لمقتل»، «تسبب بمقتل»)."""
    match = matches[idx]
    if match.row.kind != "noun" or match.first == 0:
        return None
    mod = lexicon.modifiers()
    glued = match.proclitics.lstrip("وف")
    k = match.first - 1
    if not glued and strip_conjunction(tokens[k].norm) in mod["result_preps"]:
        k -= 1
        caused = _caused_by_subject(tokens, matches, idx, actors_of)
        if caused is not None:
            return caused
    elif glued and glued not in mod["result_preps"] and glued != "ل":
        return None  # («خلفت الغارة قتلى»: a verb of result takes its noun as object too)
    if k > 0 and tokens[k].text in COMMAS:
        # «والذي أدى، للأسف، إلى مقتل»: a short aside between commas
        k = next((j - 1 for j in range(k - 1, max(-1, k - 4), -1) if tokens[j].text in COMMAS), -1)
    if k < 0 or strip_conjunction(tokens[k].norm) not in mod["result_verbs"]:
        return None
    # the result is of the clause before it, told first: «شن انتحاريون اعتداءات … واستهدفت مركزي شرطة، ما أسفر
    # عن مقتل» is the attackers' (the first event of the clause, after any complementizer)
    start = max((t for t in range(k) if strip_conjunction(tokens[t].norm) in mod["complementizers"]), default=-1)
    for j in range(idx):
        if matches[j].first > start and matches[j].row.plover == match.row.plover and actors_of.get(j):
            return actors_of[j]
    return None


def _contrast_pronoun_subject(tokens: list[Token], match: triggers.Match) -> bool:
    """«لكنها لم تتهم»، «ولكنه رفض»: a verb right after «لكن» with a pronoun (``contrast_pronouns``), a negation
    particle between or not."""
    mod = lexicon.modifiers()
    k = match.first - 1
    if k >= 0 and tokens[k].norm in mod["negation_particles"]:
        k -= 1
    return k >= 0 and strip_conjunction(tokens[k].norm) in mod["contrast_pronouns"]


def _directed_at_pronoun(tokens: list[Token], match: triggers.Match) -> bool:
    """«الاتهامات الموجهة لها»، «الانتقادات الموجهة ضده»، «التهم الموجهة إليه»: a passive participle of directing
    (``directed_participles``) right after the noun, or after one adjective, and a preposition with a pronoun."""
    mod = lexicon.modifiers()
    for k in (match.last + 1, match.last + 2):
        if k + 1 < len(tokens) and strip_conjunction(tokens[k].norm) in mod["directed_participles"]:
            nxt = tokens[k + 1].norm
            preps = mod["directed_preps"]
            return any(nxt.startswith(p) and nxt[len(p) :] in arguments.OBJECT_PRONOUNS for p in preps)
    return False


def _possessed(tokens: list[Token], match: triggers.Match) -> bool:
    """A noun trigger with a possessive pronoun, glued or in a literal form of the lexicon («استقالته»)."""
    return bool(match.enclitic) or arguments.possessive_form(match)


def _answered(tokens: list[Token], match: triggers.Match) -> bool:
    """A noun trigger that is what a word of rejecting or accepting (``answer_words``: «رفض»، «رافضا»، «قبول») a
    few words before it answers: its genitive, a determiner or a quotation may sit between («قبول ترامب للدعوة»)."""
    mod = lexicon.modifiers()
    for k in range(match.first - 1, max(-1, match.first - 1 - ANSWER_WINDOW), -1):
        if arguments.is_break(tokens[k]) and tokens[k].text not in OPEN_QUOTES | CLOSE_QUOTES:
            return False
        if strip_conjunction(tokens[k].norm) in mod["answer_words"]:
            return True
    return False


def _caused_by_subject(
    tokens: list[Token], matches: list[triggers.Match], idx: int, actors_of: dict[int, list[EventArg]]
) -> list[EventArg] | None:
    """«أدت غارة جوية شنها التحالف العربي … إلى مقتل عشرات الحوثيين»: a verb of result right before an earlier event
    of the same type, its subject, with no clause break but a relative pronoun between that event and this noun
    after the preposition: the noun is what that event caused, done by its actors."""
    match = matches[idx]
    mod = lexicon.modifiers()
    verbs = mod["result_verbs"]
    for j in range(idx - 1, -1, -1):
        cause = matches[j]
        if cause.row.plover != match.row.plover:
            continue
        v = cause.first - 1
        if v < 0 or strip_conjunction(tokens[v].norm) not in verbs:
            return None
        # (a relative clause may describe the cause: «غارة جوية شنها التحالف العربي الذي تقوده السعودية»)
        between = tokens[cause.last + 1 : match.first]
        if any(arguments.is_break(t) and t.norm not in mod["relatives"] for t in between):
            return None
        return actors_of.get(j) or None
    return None


def _involved_party(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The genitive of an involvement noun (``involvement_nouns``: «تورط»، «ضلوع»، «دور») right before the noun
    trigger's preposition («في»، «عن»، or «ب», glued or not): «تورط نظام الأسد في الهجوم»، «تورط النظام الإيراني
    بدعم الميليشيا». A pronoun on the involvement noun («نفت موسكو ضلوعها في الهجوم») names no one here."""
    glued = match.proclitics.lstrip("وف")
    k = match.first - 1
    if glued not in ("", "ال", "ب", "بال") or k < 1:
        return None
    mod = lexicon.modifiers()
    if not glued.startswith("ب"):
        if tokens[k].norm not in mod["involvement_preps"]:
            return None
        k -= 1
    owner = next((m for m in ms if m.last == k and not (m.is_place and not m.arg.country)), None)
    if owner is None or owner.first < 1:
        return None

    def involvement(t: Token) -> bool:
        return clitic_split(strip_conjunction(t.norm))[1] in mod["involvement_nouns"]

    # (the mention's phrase may have taken the involvement noun in; a body's head may come first: «تورط نظام الأسد»)
    j = owner.first - 1
    if involvement(tokens[owner.first]) or involvement(tokens[j]):
        return owner.arg
    headed = j >= 1 and tokens[j].norm in mod["involvement_owner_heads"] and involvement(tokens[j - 1])
    return owner.arg if headed else None


def _intent_owner(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The genitive of a noun of deciding or announcing (``intent_heads``: «قرار»، «خطة»، «إعلان») right before
    the trigger, a linking word («القاضي») or the commas of an apposition between."""
    mod = lexicon.modifiers()
    k = match.first - 1
    if k >= 0 and strip_conjunction(tokens[k].norm) in mod["intent_links"]:
        k -= 1
    if k >= 0 and tokens[k].text in COMMAS:
        k -= 1
    owner = next((m for m in ms if m.last == k and (not m.is_place or m.arg.country)), None)
    if owner is None and k >= 0 and _owned_intent(tokens[k].norm):
        # «أبلغت روسيا السفير الهولندي، الجمعة، قرارها طرد دبلوماسيين»: the pronoun on the head is the sentence's
        # subject, a party that opens it or follows its first word (its verb)
        first = _opening_subject(tokens, ms, k, states=True)
        return first.arg if first is not None else None
    if owner is None:
        return None
    # the head before the mention, or inside it where a title phrase took it in («إثر قرار الرئيس الأمريكي …»)
    heads = tokens[max(0, owner.first - 1) : min(owner.last, owner.first + 2)]
    return owner.arg if _has_stem(heads, mod["intent_heads"]) else None


def _owned_intent(norm: str) -> bool:
    """«قرارها»، «خطته»: a noun of deciding or announcing (``intent_heads``) with a possessive pronoun."""
    heads = lexicon.modifiers()["intent_heads"]
    return any(stem in heads and enc in arguments.OBJECT_PRONOUNS for stem, _, enc in lexicon.analyses(norm))


def _type_agent(
    tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match, taken: list[EventArg]
) -> EventArg | None:
    """The mention nearest to the trigger, in its sentence, of a noun that names who does events of its type
    (``type_agent_nouns``: «المتظاهرون» for PROTEST), not already a recipient of it."""
    words = lexicon.modifiers()["type_agent_nouns"].get(match.row.plover)
    if not words:
        return None
    found = [
        m
        for m in ms
        if m.arg not in taken and any(strip_conjunction(t.norm) in words for t in tokens[m.first : m.last + 1])
    ]
    if not found:
        return None
    return min(found, key=lambda m: m.first - match.last if m.first > match.last else match.first - m.last).arg


def _indefinite_adjective(tokens: list[Token], ms: list[arguments.Mention], k: int) -> bool:
    """Token ``k`` is a word without the article, in no mention and no preposition, that ends like an adjective of a
    plural or feminine noun («واسعة»، «عنيفة»، «جديدة»)."""
    word = tokens[k].norm
    return (
        word.isalpha()
        and not word.startswith("ال")
        and word.endswith("ه")
        and not any(m.first <= k <= m.last for m in ms)
    )


def _attack_adjective_after(tokens: list[Token], match: triggers.Match) -> bool:
    """An ASSAULT noun followed by one of ``attack_adjectives`` («هجوم مسلح»)."""
    k = match.last + 1
    return (
        match.row.plover == "ASSAULT"
        and match.row.kind == "noun"
        and k < len(tokens)
        and strip_conjunction(tokens[k].norm) in lexicon.modifiers()["attack_adjectives"]
    )


def _adjective_past_marks(tokens: list[Token], ms: list[arguments.Mention], a: int, b: int) -> bool:
    """Between tokens ``a`` and ``b`` only quotation marks and commas (at least one of them), and at most one
    adjective of the noun at ``a`` («"تفجيرات غامضة"،»)."""
    marks = set(COMMAS) | set(OPEN_QUOTES) | set(CLOSE_QUOTES)
    words = [k for k in range(a + 1, b) if tokens[k].text not in marks]
    return b - a - 1 > len(words) and (not words or (len(words) == 1 and _indefinite_adjective(tokens, ms, words[0])))


def _lam_genitive_between(tokens: list[Token], ms: list[arguments.Mention], a: int, b: int) -> bool:
    """«غارات للتحالف، استهدفت»: between tokens ``a`` and ``b`` only the noun's party with «ل» glued to it, and a
    comma or none."""
    gap = range(a + 1, b)
    m = next((m for m in ms if m.first == a + 1), None)
    if m is None or (m.attached != "ل" and not tokens[m.first].norm.startswith("لل")):
        return False
    return all(m.first <= k <= m.last or tokens[k].text in COMMAS for k in gap) and b - m.last <= 2


def _pronoun_owner(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The subject of the sentence's first verb that a possessive pronoun on a noun trigger stands for: «ه» a
    person («أنهى المبعوث الأممي … زيارته»), «ها»، «هم»، «هما» a country, a body or a group; none after a
    complementizer."""
    word = tokens[match.first].text  # as written: «زيارة» (ة) has none, «زيارته» has one
    # («في ختام اجتماعاتهم»: «هم»/«هما» a group, like «ها»)
    enc = next((p for p in arguments.OBJECT_PRONOUNS if word.endswith(p)), "")
    if not enc or "ل" in match.proclitics or not _possessed(tokens, match):
        return None  # («لرفضها»: a reason, often someone else's)
    mod = lexicon.modifiers()
    # the pronoun suffers what an arrest, a sentence or a death does to it («اعتقاله»، «مصرعه»); of attacks only
    # the nouns whose genitive attacks («هجماتها»)
    stem = clitic_split(strip_conjunction(tokens[match.first].norm))[1][: -len(enc)]
    stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # «زيارته» -> «زياره»
    plover = match.row.plover
    if plover in mod["patient_possessor_types"] or stem in mod["patient_genitive_heads"]:
        return None
    if plover == "ASSAULT" and stem not in mod["agent_genitive_heads"]:
        return None
    if any(strip_conjunction(t.norm) in mod["complementizers"] for t in tokens[: match.first]):
        return None
    subject = next((m for m in ms if m.last < match.first), None)
    if subject is None or subject.arg.entity_id is None or not (subject.arg.country or subject.arg.sector):
        return None
    k = subject.first - 1
    if k > 0 and strip_conjunction(tokens[k - 1].norm) in mod["clause_openers"]:
        k -= 1
    if k != 0 or not tokens[subject.first - 1].norm.isalpha() or tokens[subject.first - 1].norm.startswith("ال"):
        return None  # the sentence opens with a verb and then this subject
    if (enc == "ه") != subject.person:
        return None
    return subject.arg


def _possessed(tokens: list[Token], match: triggers.Match) -> bool:
    """Whether the trigger carries a possessive pronoun, a party of the event («هجماتهم»، «اختطافها للأطفال»): its
    own enclitic, or a lexicon form that is the lemma with a pronoun glued to it."""
    if match.enclitic:
        return True
    lex = lexicon.current()
    for stem, _, enc in lexicon.analyses(tokens[match.first].norm):
        if enc in arguments.OBJECT_PRONOUNS:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # «زيارته» -> «زياره»
            if any(f.row is match.row for f in lex.lookup(stem)):
                return True
    return False


def _verbal_attack(
    doc: Document, tokens: list[Token], match: triggers.Match, actors: list[EventArg], recipients: list[EventArg]
) -> bool:
    """«هاجم ترامب شركة أمازون»، «شن عباس أعنف هجوم له على فتح»، «وهاجمت رايس حماس قائلة»: an attack word
    (``verbal_attack_words``, no weapon named) followed in its sentence by a saying participle
    (``verbal_attack_cues``), or whose actors are named persons, is a verbal attack: criticism, not violence. Not
    when an actor is of an armed sector, nor a target unless the saying participle follows («تكثيف نظام الأسد
    هجماته ضد فصائل المعارضة»), nor when wounds or weapons are told near it (``physical_attack_cues`` within
    ``PHYSICAL_CUE_WINDOW`` words: «هاجمه فهد … جروح»; a killing told in a later clause, «وهاجم نتنياهو الرئيس
    التركي بعد انتقاده … المواجهات التي قتل فيها … برصاص», is another event)."""
    mod = lexicon.modifiers()
    if not _has_stem(tokens[match.first : match.first + 1], mod["verbal_attack_words"]):
        return False
    armed = mod["armed_sectors"]
    if any(a.sector in armed for a in actors):
        return False
    if match.first and tokens[match.first - 1].text.isdigit():
        return False  # «700 هجوم»: attacks counted
    near = tokens[max(0, match.first - PHYSICAL_CUE_WINDOW) : match.last + 1 + PHYSICAL_CUE_WINDOW]
    if _has_stem(near, mod["physical_attack_cues"]):
        return False
    if any(_listed(t.norm, mod["verbal_attack_cues"]) for t in tokens[match.last + 1 :]):
        return True
    if any(r.sector in armed for r in recipients):
        return False
    people = {e.entity_id or e.id for e in doc.entities if e.label == "PER"}
    return bool(actors) and all(a.entity_id in people for a in actors)


def _court_convicts(row: lexicon.TriggerRow, actors: list[EventArg]) -> bool:
    """A condemning verb (``conviction_lemmas``: «أدان») whose actors are all courts (``court_sectors``) convicts."""
    mod = lexicon.modifiers()
    return (
        normalize(row.lemma) in mod["conviction_lemmas"]
        and bool(actors)
        and all(a.sector in mod["court_sectors"] for a in actors)
    )


def _conviction_noun(tokens: list[Token], match: triggers.Match) -> bool:
    """«بعد إدانته بمساعدة جماعة مسلحة»، «حكم على 27 متهما بالسجن بعد إدانتهم»: the noun «إدانة» with a pronoun,
    in a sentence of a trial (``conviction_cues``) and with no «ل» object after it (a condemnation of something:
    «إدانتها لحكم المحكمة»), is a conviction."""
    mod = lexicon.modifiers()
    if match.row.kind != "noun" or not any(
        stem in mod["conviction_nouns"] and enc for stem, _, enc in lexicon.analyses(tokens[match.first].norm)
    ):
        return False
    nxt = tokens[match.last + 1].norm if match.last + 1 < len(tokens) else ""
    if nxt[:1] == "ل" or strip_conjunction(nxt) in mod["conviction_adverbs"]:
        return False
    # «المسجون لإدانته بـ"بث أخبار كاذبة"»، «لإدانتها بالاحتيال»: a charge with a glued «ب» right after it
    charge = nxt == "ب" or (nxt[:1] == "ب" and len(nxt) > 3)  # («بـ» is a token of its own)
    return charge or _has_stem(tokens, mod["conviction_cues"])


def _anchored(tokens: list[Token], plover: str) -> bool:
    """Whether the sentence has a word that tells of an occurrence (modifiers ``told_anchors``: «وقع»، «أسفر»،
    «مقتل»، «أمس»، «تم» …), also with clitics (:func:`marsad.events.lexicon.analyses`); for a protest, protesters
    named."""
    mod = lexicon.modifiers()
    if _has_stem(tokens, mod["told_anchors"]):
        return True
    if any(_time_ago(tokens, k) for k, tok in enumerate(tokens) if strip_conjunction(tok.norm) in mod["told_ago"]):
        return True
    return plover == "PROTEST" and _names_protesters(tokens)


def _time_ago(tokens: list[Token], k: int) -> bool:
    """«قبل يومين»، «قبل 3 أسابيع»: «قبل» (``told_ago``) with a span of time after it (a number or a
    ``time_span_units`` word within two words) dates an occurrence; «قبل أن»، «من قبل» do not."""
    units = lexicon.modifiers()["time_span_units"]
    for tok in tokens[k + 1 : k + 3]:
        if tok.norm in units or tok.text.isdigit():
            return True
    return False


def _has_stem(tokens: list[Token], words: frozenset[str]) -> bool:
    """Whether a token, read with or without its clitics (:func:`marsad.events.lexicon.analyses`), is in ``words``."""
    return any(stem in words for tok in tokens for stem, _, _ in lexicon.analyses(tok.norm))


def _names_protesters(tokens: list[Token]) -> bool:
    stems = tuple(lexicon.modifiers()["protester_stems"])
    return any(clitic_split(strip_conjunction(t.norm))[1].startswith(stems) for t in tokens)


def _ungoverned(tokens: list[Token], ms: list[arguments.Mention]) -> list[arguments.Mention]:
    """The mentions no preposition governs, directly or through a mention they are joined to by و."""
    out = []
    governed = False
    prev = None
    for m in ms:
        joined = prev is not None and (
            (prev.last + 1 == m.first and tokens[m.first].norm.startswith("و"))
            or (prev.last + 2 == m.first and tokens[prev.last + 1].norm == "و")
        )
        governed = arguments._prep_before(tokens, m) is not None or (joined and governed)
        if not governed:
            out.append(m)
        prev = m
    return out


def _following_words(doc: Document, args: list[EventArg]) -> dict[int, str]:
    """The word after each argument (by its start offset): «مقاتلات التحالف» names whose fighters."""
    out = {}
    for a in args:
        if a.start is not None and a.end is not None:
            # a hashtag joins words with «_»: «مقاتلات #التحالف_العربي» is followed by التحالف
            rest = [w for w in re.split(r"[\s_#«»\"،,()]+", doc.article.body[a.end : a.end + 40]) if w]
            out[a.start] = rest[0] if rest else ""
    return out


def _apply_filter(events: list[Event], pending: list[tuple[Event, str, float]]) -> list[Event]:
    """Score the pending PROTEST/ASSAULT events' sentences with the actual-event filter, one batch per type
    (each distinct sentence once), fold the score into each event's confidence and drop those scoring below
    ``settings.min_filter_score``. Events no longer in ``events`` (deduplicated away) are not scored.

    Why after the whole document rather than per sentence: the filter's encoder and n-gram models are far
    cheaper on a batch. (With a cut above 0, a later sentence's «الطرفان» may have read a since-dropped event.)"""
    alive = {id(ev) for ev in events}
    by_type: dict[str, list[tuple[Event, str, float]]] = {}
    for ev, text, rules_conf in pending:
        if id(ev) in alive:
            by_type.setdefault(ev.event, []).append((ev, text, rules_conf))
    dropped: set[int] = set()
    for plover, items in by_type.items():
        texts = list(dict.fromkeys(text for _, text, _ in items))
        scores = dict(zip(texts, _filter_scores(texts, plover), strict=True))
        for ev, text, rules_conf in items:
            p = scores[text]
            if p is None:
                continue
            if p < settings.min_filter_score:
                dropped.add(id(ev))
                continue
            # the filter's doubt shows in the confidence, so exports/API users can threshold on it
            ev.confidence = round(min((1.0 - FILTER_WEIGHT) * rules_conf + FILTER_WEIGHT * p, 0.99), 3)
    return [ev for ev in events if id(ev) not in dropped] if dropped else events


def _obliged_subject(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """«على روسيا أن تتعاون»، «يجب على إيران أن تسحب»: the party after «على» right before «أن» and a verb trigger
    is who is obliged to do it."""
    k = match.first - 1
    if match.row.kind != "verb" or k < 2 or tokens[k].norm != "ان":
        return None
    m = next((m for m in ms if m.last == k - 1), None)
    if m is None or m.adjective or arguments.governing_prep(tokens, m) != normalize("على"):
        return None
    return m.arg


def _relative_of_noun(tokens: list[Token], ms: list[arguments.Mention], last: int, match: triggers.Match) -> bool:
    """The verb at ``match`` follows a relative pronoun that agrees with it, right after the noun trigger ending at
    ``last`` or after one adjective of it (a nisba mention or a definite word): «الغارات الإسرائيلية التي
    استهدفت»، «الهجوم الذي نفذ»."""
    rel = match.first - 1
    if rel <= last or strip_conjunction(tokens[rel].norm) not in lexicon.modifiers()["relatives"]:
        return False
    if match.enclitic or not arguments.agrees_with_relative(tokens[rel].norm, match):
        return False
    if rel == last + 1:
        return True
    adjective = next((m for m in ms if m.first == last + 1 and m.last == rel - 1), None)
    return rel == last + 2 and (adjective is not None or tokens[last + 1].norm.startswith("ال"))


def _previous_actor(doc: Document, sent: Sentence) -> EventArg | None:
    """The actor of the last event with an actor in the previous sentence when it is a named person or
    organisation (an entity with a code): the subject a pronoun-subject verb continues in the next sentence."""
    for ev in reversed(doc.events):
        if ev.sentence is None or ev.sentence[1] > sent.start:
            continue
        gap = doc.article.body[ev.sentence[1] : sent.start]
        if len(gap.strip()) > 0:
            return None  # only the sentence right before
        if not ev.actor:
            continue  # a mention with no actor («يحقق» in a passive clause) names no subject: look before it
        for a in ev.actor:
            if a.entity_id and a.country:
                return a
        return None
    return None


# actor sources that are the subject of a clause (a coordinated verb after it shares them)
_CLAUSE_SUBJECT = frozenset({"vso", "svo", "light-verb", "speaker", "dual", "described", "coordinated", "subordinate"})


def _opening_subject(
    tokens: list[Token], ms: list[arguments.Mention], before: int, states: bool = False
) -> arguments.Mention | None:
    """The party that opens the sentence or follows its first word (its verb), ending before token ``before``: no
    preposition governs it, and it is a coded party or a person, no place nor lone adjective (``states``: a place
    with a country may act, «أبلغت روسيا …»)."""
    m = next((m for m in ms if m.first <= 1), None)
    if m is None or m.last >= before or arguments.governing_prep(tokens, m) is not None:
        return None
    if states:
        return m if not m.is_place or m.arg.country else None
    return None if m.is_place or m.adjective or not (m.known or m.person) else m


def _main_clause_subject(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The subject of the main clause for a verb right after a subordinator («عندما»، «قبل أن»): a mention that
    opens the sentence or follows its first word (its verb, or «وكان»), no preposition governs and is no place;
    None past a complementizer or a clause break but a comma."""
    if match.row.kind != "verb" or match.form.tense is None or match.proclitics or match.first < 2:
        return None
    mod = lexicon.modifiers()
    k = match.first - 1
    if (
        tokens[k].norm in mod["bare_complementizers"]
        and strip_conjunction(tokens[k - 1].norm) in mod["subordinator_heads"]
    ):
        k -= 1
    elif tokens[k].norm not in mod["subordinators"]:
        return None
    if match.last + 1 < len(tokens):
        # «حين قتل رجل أحد المارة»، «بعد أن اتهمه دبلوماسي سابق»: a noun right after the verb is its own subject
        nxt = tokens[match.last + 1]
        own = (
            nxt.norm.isalpha()
            and nxt.norm not in mod["argument_preps"]
            and nxt.norm not in mod["weekdays"]
            and strip_conjunction(nxt.norm) not in mod["complementizers"]
            and nxt.norm[:1] not in ("ب", "ل")
        )
        if own:
            return None
    m = _opening_subject(tokens, ms, k)
    if m is None:
        return None
    # a plural verb does not take a singular person or a singular nisba noun («قتل انتحاري … حيث تجمعوا»)
    if tokens[match.first].norm.endswith("وا") and (m.person or tokens[m.last].norm.endswith("ي")):
        return None
    return m.arg if _one_clause(tokens[m.last + 1 : k]) else None


def _shares_subject(
    tokens: list[Token], matches: list[triggers.Match], idx: int, subject_of: dict[int, list[EventArg]]
) -> list[EventArg] | None:
    """The subject of the event a verb with a glued «و» shares: that of the nearest event before it with a subject,
    in the same clause (no complementizer and no clause break but a comma or a quoted phrase between the two
    triggers), with only noun triggers between them and a comma before the verb («وأدان المكتب "جريمة القتل …"،
    ودعا»: the killing is the object, the office calls)."""
    match = matches[idx]
    if idx == 0 or "و" not in match.proclitics or match.row.kind != "verb" or match.form.tense is None:
        return None
    after_comma = tokens[match.first - 1].text in COMMAS
    for j in range(idx - 1, -1, -1):
        if subject_of.get(j):
            return subject_of[j] if _one_clause(_unquoted(tokens[matches[j].last + 1 : match.first])) else None
        # past a noun trigger only after a comma («في قضية اغتصاب وقتل الطفلة»: a second verbal noun)
        if matches[j].row.kind != "noun" or not after_comma:
            return None
    return None


def _circumstantial_subject(
    tokens: list[Token],
    ms: list[arguments.Mention],
    matches: list[triggers.Match],
    idx: int,
    subject_of: dict[int, list[EventArg]],
) -> list[EventArg] | None:
    """The actor of a verbal noun in the indefinite accusative that says why the clause acts
    (``circumstantial_nouns``: «احتجاجا»، «رفضا»، «تضامنا»): the subject of the nearest event before it when that
    event is in its clause («التظاهرات التي ينظمها الفلسطينيون احتجاجا على»; none when it has none), else, with no
    event before it in its clause, of the verb that opens the clause (:func:`_earlier_subject`)."""
    match = matches[idx]
    mod = lexicon.modifiers()
    # (by its form: «تضامنا» is also a dual verb's)
    if strip_conjunction(tokens[match.first].norm) not in mod["circumstantial_nouns"]:
        return None
    if idx > 0:
        # (a relative clause in between is the one it belongs to: «التظاهرات التي ينظمها الفلسطينيون احتجاجا»)
        between = [t for t in tokens[matches[idx - 1].last + 1 : match.first] if t.norm not in mod["relatives"]]
        if _one_clause(_unquoted(between)):
            # the nearest event of the clause, or none («يبدأ ولي العهد زيارة …، وسط مظاهرات مزمعة احتجاجا»: the
            # demonstrators, not the visitor, protest)
            return subject_of.get(idx - 1) or None
    earlier = _earlier_subject(tokens, ms, match)
    return [earlier] if earlier is not None else None


def _unquoted(between: list[Token]) -> list[Token]:
    """The tokens without the marks of the quoted phrases they hold whole (an even number of «"», or «…» pairs)."""
    quotes = arguments.OPEN_QUOTES | arguments.CLOSE_QUOTES
    marks = [t.text for t in between if t.text in quotes]
    both = [m for m in marks if m in arguments.OPEN_QUOTES and m in arguments.CLOSE_QUOTES]  # «"»
    opening = sum(m in arguments.OPEN_QUOTES for m in marks) - len(both)
    closing = sum(m in arguments.CLOSE_QUOTES for m in marks) - len(both)
    if len(both) % 2 or opening != closing:
        return between
    return [t for t in between if t.text not in quotes]


def _one_clause(between: list[Token]) -> bool:
    """No complementizer and no clause break but a comma among these tokens."""
    mod = lexicon.modifiers()
    return not any(
        strip_conjunction(t.norm) in mod["complementizers"] or (t.norm in mod["clause_breaks"] and t.text not in COMMAS)
        for t in between
    )


def _operation_agent(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """Who carried the event out: the claimant of a claim of it later in its sentence («وقد تبناه تنظيم القاعدة»,
    ``claim_verbs`` with a pronoun for it), else the subject after the light verb (with an object pronoun) that takes
    back an operation noun (``operation_nouns``, no trigger of its own) within ``OPERATION_WINDOW`` words after the
    trigger, no clause break between: «قتل ثلاثة جنود في عملية نفذها مسلحون»، «تعرضت للهجوم … في عمليات نفذها قراصنة
    صوماليون»."""
    mod = lexicon.modifiers()
    # «تعرضت ثكنة … لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه «تنظيم القاعدة»»: who claims it later in the
    # sentence with a pronoun for it (``claim_verbs``) did it
    for k in range(match.last + 1, len(tokens) - 1):
        if arguments.light_verb_with_object(tokens[k], mod["claim_verbs"]):
            at = k + 2 if tokens[k + 1].text in arguments.OPEN_QUOTES else k + 1
            subj = next((m for m in ms if m.first in (k + 1, at) and not m.is_place), None)
            if subj is not None:
                return subj.arg
    hi = min(len(tokens) - 1, match.last + 1 + OPERATION_WINDOW)
    for k in range(match.last + 1, hi):
        # (nor past «أو»: «في عمليات انتحارية أو في عمليات نفذتها قوات التحالف» are other operations)
        if arguments.is_break(tokens[k]) or tokens[k].norm in mod["alternative_words"]:
            return None
        stem = clitic_split(strip_conjunction(tokens[k].norm))[1]
        if stem not in mod["operation_nouns"]:
            continue
        if not arguments.light_verb_with_object(tokens[k + 1]):
            return None
        subj = next((m for m in ms if m.first == k + 2 and not m.is_place), None)
        return subj.arg if subj is not None else None
    return None


def _resumed_by_subjectless(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """A noun trigger taken back by a light verb with an object pronoun that names no subject of its own
    («مكالمة هاتفية أجراها، الإثنين، مع الأمير محمد بن سلمان»): the verb's subject is the sentence's, a mention that
    opens it or follows its first word (its verb), no preposition governs and is no place, with no complementizer
    between it and the noun (a reported clause has a subject of its own)."""
    if match.row.kind != "noun":
        return None
    rel = arguments.resumptive_light_verb(tokens, match, len(tokens))
    mod = lexicon.modifiers()
    # (no preposition between: «لنزع أجزاء العبوة من وجهه» is a face, no light verb)
    if rel is None or any(strip_conjunction(t.norm) in mod["argument_preps"] for t in tokens[match.last + 1 : rel]):
        return None
    # (the verb's own subject follows, named or not: «اعتداءات ارتكبها قس»، «هجوم شنته طائرة بلا طيار»; only a
    # comma, a date or a preposition may come next)
    nxt = tokens[rel + 1] if rel + 1 < len(tokens) else None
    if nxt is not None and not (
        nxt.text in COMMAS
        or not nxt.norm.isalpha()
        or dates.is_date_phrase(nxt.text)
        or strip_conjunction(nxt.norm) in mod["argument_preps"]
    ):
        return None
    m = _opening_subject(tokens, ms, match.first)
    if m is None:
        return None
    if any(strip_conjunction(t.norm) in mod["complementizers"] for t in tokens[m.last + 1 : match.first]):
        return None
    # a masculine verb has no feminine noun for its subject («رفعت جمعية يمنية … دعوى …، بالتزامن مع زيارة يقوم
    # بها»: the visitor is someone else)
    verb = tokens[rel - 1] if tokens[rel].norm in mod["resumptive_preps"] else tokens[rel]
    head = strip_conjunction(tokens[m.first].norm)
    if not m.person and head.endswith(("ه", "ة")) and arguments.masculine_verb(verb.norm):
        return None
    return m.arg


def _topic_subject(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """«أما بريطانيا، فقد طردت 23 دبلوماسيا روسيا»، «وأما الحكومة، فاعتقلت …»: a mention right after a topic
    particle (``topic_particles``) and before a comma is the subject of the clause the «ف» after that comma opens,
    on the verb itself or on a resuming word (``topic_resumers``)."""
    mod = lexicon.modifiers()
    f = match.first
    if f > 0 and tokens[f - 1].norm in mod["topic_resumers"]:
        f -= 1
    elif not match.proclitics.startswith("ف"):
        return None
    if f < 2 or tokens[f - 1].text not in COMMAS:
        return None
    topic = next((m for m in ms if m.last == f - 2), None)
    if topic is None or topic.first < 1 or tokens[topic.first - 1].norm not in mod["topic_particles"]:
        return None
    return topic.arg


def _earlier_subject(tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The subject a coordinated verb («…، وأشاد») shares with the verb that opens an earlier clause of its
    sentence: a coded person or organisation right after the first word of the sentence or of a comma clause
    («ففي الشأن السوري، تجاهل الوزير التركي …»), with no complementizer between it and the trigger (in «قال
    الوزير إن الجيش … وقصف» the minister is not the one who shells)."""
    mod = lexicon.modifiers()
    coordinated = "و" in match.proclitics and match.form.tense == "past"
    # «وجه الأمير خالد بن سلمان رسالة …، مهاجما …»: a circumstantial participle shares it too, and so does a
    # verbal noun that says why («استقال …، احتجاجا على …»)
    why = strip_conjunction(tokens[match.first].norm) in mod["circumstantial_nouns"]
    if (
        not coordinated
        and not why
        and not (match.form.tense is None and arguments.circumstantial(tokens[match.first].norm))
    ):
        return None
    for m in reversed(ms):
        if m.last >= match.first:
            continue
        if any(strip_conjunction(t.norm) in mod["complementizers"] for t in tokens[m.last + 1 : match.first]):
            return None
        k = m.first - 1  # the verb's position
        # (after a connective such as «وقد»، «كما»: «وقد اتخذ قصر الإليزيه إجراء …، مهددا بطرده»)
        at = k - 1 if k > 0 and strip_conjunction(tokens[k - 1].norm) in mod["clause_openers"] else k
        opens = at == 0 or (at > 0 and tokens[at - 1].text in COMMAS)
        verb_like = k >= 0 and tokens[k].norm.isalpha() and not tokens[k].norm.startswith("ال")
        if opens and verb_like and not m.is_place and not m.adjective and m.arg.entity_id and m.arg.country:
            return m.arg
    return None


def _reported_clause_subject(
    tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match
) -> EventArg | None:
    """The subject of the reported clause a coordinated verb («و» + verb) or a noun of ``clause_subject_noun_types``
    stands in: the coded mention right after the last complementizer before it, followed by a word of its own (the
    clause's first verb), with no clause break between that subject and the trigger other than a comma («قال
    المسؤول إن نتنياهو نقل الرسالة في محادثات مع بوتين»: Netanyahu talks, not the speaker)."""
    mod = lexicon.modifiers()
    if match.row.kind == "noun":
        # («أن ميليشيات الحوثي تسيطر على الميناء، وتقوم بالاستيلاء على»: a noun right after a light verb joined by
        # «و» is that verb's act)
        prev = tokens[match.first - 1].norm if match.first > 0 else ""
        bare = strip_conjunction(prev)
        joined_light = prev[:1] == "و" and bare != prev and bare in mod["light_verbs"]
        if match.row.plover not in mod["clause_subject_noun_types"] and not joined_light:
            return None
    elif "و" not in match.proclitics or match.row.kind != "verb" or match.form.tense is None:
        return None
    k = next(
        (j for j in range(match.first - 1, -1, -1) if strip_conjunction(tokens[j].norm) in mod["complementizers"]),
        None,
    )
    if k is None:
        return None
    m = next((m for m in ms if m.first == k + 1), None)
    if m is None or m.adjective or m.is_place or not m.arg.country or m.last + 1 >= match.first:
        return None
    if match.row.kind == "noun" and not (m.arg.sector or m.person):
        return None  # «أشارت إلى أن وثائق بريطانية … بزيارة»: a noun's party is someone who can act
    if any(t.norm in mod["clause_breaks"] and t.text not in COMMAS for t in tokens[m.last + 1 : match.first]):
        return None
    return m.arg


def _opens_clause(tokens: list[Token], match: triggers.Match, lo: int) -> bool:
    """A verb at the start of its sentence or clause, optionally after و/ف or a connective word."""
    if match.form.tense is None or match.row.kind != "verb":
        return False
    before = [t for t in tokens[lo : match.first] if any(c.isalpha() for c in t.text)]
    openers = lexicon.modifiers()["clause_openers"]
    return len(before) <= 1 and (not before or strip_conjunction(before[0].norm) in openers)


def _source_follows(tokens: list[Token], match: triggers.Match) -> bool:
    """An indefinite word of ``reporting_sources`` right after the verb («بيان»، «مصادر»): the clause names its
    subject, though no code does; «البيان» refers back to a statement of the actor before."""
    if match.last + 1 >= len(tokens):
        return False
    word = strip_conjunction(tokens[match.last + 1].norm)
    return not word.startswith("ال") and word in lexicon.modifiers()["reporting_sources"]


def _purpose(tokens: list[Token], match: triggers.Match) -> bool:
    """A purpose, not (yet) an event: a noun with the purpose ل («لبحث»، «لاغتيال»), or a noun after a light verb
    with ل («لشن هجمات»، «لإجراء محادثات»). «للاحتجاج» (article لل) is left alone: protests are often told so."""
    mod = lexicon.modifiers()
    if match.row.kind == "noun" and match.proclitics.lstrip("وف") == "ل" and match.form.tense is None:
        # «تعرض لقصف»، «أدى لمقتل»، «وتعرضت وزارة المالية اليابانية لانتقادات»: a verb that takes its object with ل
        # (before the noun or before its subject, up to ``lam_object_window`` words, no punctuation between)
        for k in range(match.first - 1, max(-1, match.first - 1 - mod["lam_object_window"]), -1):
            if tokens[k].text in PHRASE_PUNCTUATION or tokens[k].norm in mod["clause_breaks"]:
                break
            # («تسجيل لمحادثة»، «التسجيل الصوتي المزعوم لمقتل»: a recording or pictures of the event, no purpose;
            # «بعد تبادل لإطلاق نار»، «في انتهاك لحظر»: the event itself as the noun's object; «أكدت تعرضها لتهديد»:
            # the verb's noun with a pronoun; read with «و/ف» and a pronoun only: «من أجل التصدي لهجوم» stays a purpose)
            heads = mod["verbs_with_lam_object"] | mod["record_heads"] | mod["lam_genitive_heads"]
            if any(stem in heads for stem, pro, _ in lexicon.analyses(tokens[k].norm) if not pro.strip("وف")):
                return False
        # «بالسجن 18 شهراً لقتله عبد الفتاح»: after a sentence, «ل» + the act with its pronoun is why, not what for
        if match.enclitic and _has_stem(tokens[: match.first], mod["conviction_cues"]):
            return False
        return True
    light = mod["light_verbs"] | mod["purpose_verbal_nouns"]
    for k in range(match.first - 1, max(-1, match.first - 3), -1):
        w = strip_conjunction(tokens[k].norm)
        if w[:1] == "ل" and (w[1:] in light or w[1:].lstrip("ا") in light):
            return True
    return False


def _content_of_other(tokens: list[Token], matches: list[triggers.Match]) -> set[int]:
    """Indexes of PROTEST/ASSAULT/COERCE triggers that are what another act is about, not events now:
    the object of a condemnation, threat or demand just before them («أدانت الاعتداء», «هدد بشن هجمات»),
    the complement of a head noun that makes them a topic («جريمة اغتيال»، «محاكمة»، «تفكيك عبوة»), or what
    a denial of involvement is about («نفت موسكو ضلوعها في الهجوم»)."""
    mod = lexicon.modifiers()
    heads = mod["mention_heads"]
    out: set[int] = set()
    for idx, m in enumerate(matches):
        if idx and _chosen_by(matches[idx - 1], m, tokens):
            out.add(idx)  # «رفعت الحكومة حالة الطوارئ»: the lifting, not a state of emergency declared
            continue
        if m.row.plover not in mod["content_types"]:
            continue
        prev = strip_conjunction(tokens[m.first - 1].norm) if m.first else ""
        prev2 = strip_conjunction(tokens[m.first - 2].norm) if m.first > 1 else ""
        prev3 = strip_conjunction(tokens[m.first - 3].norm) if m.first > 2 else ""
        fillers = mod["head_fillers"]
        if (
            (m.first > 0 and _listed(tokens[m.first - 1].norm, heads))
            or (prev in fillers and prev2 in heads)
            or (prev in fillers and prev2 in fillers and prev3 in heads)
            or modes.denied_part(m, tokens, matches[idx - 1].last + 1 if idx else 0)
        ):
            out.add(idx)
            continue
        for other in matches[:idx][::-1]:
            gap = tokens[other.last + 1 : m.first]
            if len(gap) > mod["content_window"] or any(t.norm in mod["clause_breaks"] for t in gap):
                break
            if other.row.plover in mod["speech_act_types"]:
                out.add(idx)
                break
        # «اتهمت … الحوثي بفرض قيود على …، واحتجاز موظفيها»: a noun joined by و in the list of what a
        # condemnation or accusation is about is content too, across the list's commas
        if idx not in out and m.row.kind == "noun" and "و" in m.proclitics:
            for other in matches[:idx][::-1]:
                gap = tokens[other.last + 1 : m.first]
                if len(gap) > _CONTENT_LIST_WORDS or any(
                    t.norm in mod["clause_breaks"] and t.text not in COMMAS for t in gap
                ):
                    break
                if other.row.plover in mod["speech_act_types"]:
                    out.add(idx)
                    break
    return out


CHOSEN_GAP = 3  # a verb and the object noun that chose its reading: at most a two-word subject between


def _chosen_by(verb: triggers.Match, noun: triggers.Match, tokens: list[Token]) -> bool:
    """Whether ``noun`` is the object that chose the reading of the verb trigger right before it (one word, its
    subject, may stand between): a verb row of another type that requires a context word the noun holds («رفع»
    read as lifting because «الطوارئ» follows; «علقت الإدارة الأمريكية مساعدات»: a subject of two words too)."""
    if verb.row.kind != "verb" or not verb.row.require or noun.row.kind != "noun" or verb.row.plover == noun.row.plover:
        return False
    if noun.first - verb.last > CHOSEN_GAP:
        return False
    words = [tokens[k].norm for k in range(noun.first, noun.last + 1)]
    return any(triggers.context_word(w, req) for w in words for req in verb.row.require if " " not in req)


_CONTENT_LIST_WORDS = 20  # how far after the speech act a coordinated noun of its content may come


def _object_of_verb_flags(
    tokens: list[Token], matches: list[triggers.Match], idx: int, flag_of: dict[int, modes.Flags]
) -> modes.Flags | None:
    """The flags of a verb trigger of the same type that a noun trigger is the object of: right before it, at most
    one word between («لن يتم فرض عقوبات»، «لم تشن إسرائيل غارات»)."""
    match = matches[idx]
    if not idx or match.row.kind != "noun" or idx - 1 not in flag_of:
        return None
    prev = matches[idx - 1]
    verb = prev.row.kind == "verb" or prev.form.tense is not None
    if not verb or prev.row.plover != match.row.plover or match.first - prev.last > 2:
        return None
    if any(t.norm in lexicon.modifiers()["clause_breaks"] for t in tokens[prev.last + 1 : match.first]):
        return None
    return flag_of[idx - 1]


def _flag_limit(tokens: list[Token], lo: int, prev: int) -> int:
    """Where negation/modality cues may start: the clause, or across «أن» after a modal or a word of intent
    («لا يمكن لأحد أن يطلب»: the negated modal scopes over the verb after أن; «ومن المقرر أن يلتقي»: future)."""
    modals = lexicon.modifiers()["modals"] | lexicon.modifiers()["future_intent"]
    if lo > prev and lo - 1 >= 0 and strip_conjunction(tokens[lo - 1].norm) in lexicon.modifiers()["complementizers"]:
        if any(strip_conjunction(t.norm) in modals for t in tokens[max(prev, lo - 4) : lo - 1]):
            return max(prev, lo - 5)
    return lo


def _speaker(doc: Document, tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match) -> EventArg | None:
    """The source of the reported speech the trigger sits in: the quote's speaker, else the subject of the
    nearest speech verb before it in the sentence (قال X إن …; X أكد أن …)."""
    start = tokens[match.first].start
    places = {e.entity_id for e in doc.entities if e.label == "LOC" and not (e.actor and e.actor.country)}
    for q in doc.quotes:
        if q.speaker_entity in places:
            continue  # a place named as speaker is a quotes-stage slip, not a source
        if q.start <= start < q.end and (q.speaker or q.actor):
            if not q.direct and q.speaker_start is not None and q.speaker_start >= q.end:
                # a source after the clause («…، وفق ما أفاد الدفاع المدني»، «… بحسب الوكالة») reports what
                # others did: it is not the speaker whose words the event is
                return None
            actor = q.actor
            return EventArg(
                q.speaker or "",
                q.speaker_entity,
                actor.country if actor else None,
                actor.sector if actor else None,
                q.speaker_start,
                q.speaker_end,
            )
    speech = lexicon.modifiers()["speech_verbs"]
    for k in range(match.first - 1, -1, -1):
        if strip_conjunction(tokens[k].norm) in speech:
            # a speaker is a person or organisation (or a coded country), never a bare place or a PP
            cands = [m for m in ms if not m.is_place and not m.adjective and arguments._prep_before(tokens, m) is None]
            after = [m for m in cands if k < m.first < match.first]
            if after:
                return after[0].arg
            before = [m for m in cands if m.last < k and m.first >= k - 6]
            if before:
                return before[-1].arg
            return None
    return None


@cache
def _optional(module: str, name: str):
    """A function from another stage's module when it exists, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _filter_scores(texts: list[str], plover: str) -> list[float | None]:
    """The actual-event filter's score of each sentence text (None where there is no model or it failed)."""
    fn = _optional("marsad.events.filter", "score_many")
    if fn is None:
        return [None] * len(texts)
    try:
        return list(fn(texts, plover))
    except Exception:  # the filter is an optional refinement; an error in it must not lose the article
        return [None] * len(texts)


def _location(
    doc: Document, tokens: list[Token], ms: list[arguments.Mention], match: triggers.Match, lo: int, hi: int
) -> Place | None:
    """The event place: «في X» (or بـX, قرب X …) after the trigger, else before it, in its clause.
    LOC entities with a resolved place are used first; otherwise ``marsad.geo.lookup`` on 1-3 words."""
    prep = lexicon.modifiers()["location_preps"]
    lookup = _optional("marsad.geo", "lookup")
    order = list(range(match.last + 1, min(hi, match.last + 1 + LOCATION_WINDOW)))
    order += list(range(match.first - 1, max(lo, match.first - LOCATION_WINDOW) - 1, -1))
    by_first = {m.first: m for m in ms}
    inside = {k for m in ms if not m.is_place for k in range(m.first, m.last + 1)}
    for k in order:
        if k in inside:
            continue  # «المركز الروسي للمصالحة في سوريا»: a place inside a name is not the event place
        norm = strip_conjunction(tokens[k].norm)
        attached = norm[:1] == "ب" and len(norm) > 3
        if norm not in prep and not attached:
            continue
        first = k if attached else k + 1
        if first >= len(tokens):
            continue
        for ent in doc.entities:
            at_word = tokens[first].start <= ent.start < tokens[first].end + 1
            if attached and ent.start == tokens[first].start:
                continue  # «بريطانيا»، «وباريس»: the ب is the name's first letter, no preposition
            if ent.place is not None and ent.label == "LOC" and at_word:
                return _entity_place(ent, ent.place)
        m = by_first.get(first)
        if m is not None and not m.is_place:
            continue  # «في وزارة الخارجية» is an organisation, not a place
        if lookup is None:
            continue
        if attached and _safe_lookup(lookup, doc.article.body[tokens[first].start : tokens[first].end]):
            continue  # «باريس»: a place whose name starts with ب, not «ب» + «اريس»
        for size in (3, 2, 1):
            j = first + size - 1
            if j >= len(tokens) or j >= hi + LOCATION_WINDOW:
                continue
            if not all(any(c.isalpha() for c in t.text) for t in tokens[first : j + 1]):
                continue
            name = doc.article.body[tokens[first].start : tokens[j].end]
            if attached and size >= 1:
                name = name[1:]  # بـX: the preposition is attached
            if size == 1 and _ambiguous_place_word(name):
                continue  # «في محيط مسجد»: a word that is also a town; the entities stage keeps it where it is one
            place = _safe_lookup(lookup, name)
            if place is not None:
                start = tokens[first].start + (1 if attached else 0)
                return Place(place.name or name, place.country, place.lat, place.lon, start, tokens[j].end)
    return _genitive_place(doc, tokens, match) or _witness_place(doc, tokens, match)


def _ambiguous_place_word(name: str) -> bool:
    """``marsad.geo.ambiguous_word`` when geo is available: a place name that is also an ordinary word."""
    check = _optional("marsad.geo", "ambiguous_word")
    return bool(check is not None and check(name))


def _entity_place(ent: Entity, place: Place) -> Place:
    """The event place a LOC entity gives (``place``: its resolved place), with the entity's offsets as evidence."""
    return Place(place.name, place.country, place.lat, place.lon, ent.start, ent.end)


def _witness_place(doc: Document, tokens: list[Token], match: triggers.Match) -> Place | None:
    """«إسبانيا تشهد إضرابا»، «شهدت مدينة البصرة احتجاجات»، «المنطقة التي تشهد مواجهات»: a noun trigger a few words
    after «شهد» happens in the place that is the verb's subject."""
    mod = lexicon.modifiers()
    if match.row.kind != "noun":
        return None
    verb = next(
        (
            k
            for k in range(match.first - 1, max(0, match.first - mod["witness_window"]) - 1, -1)
            if strip_conjunction(tokens[k].norm) in mod["witness_verbs"]
        ),
        None,
    )
    if verb is None:
        return None
    before = verb - 1
    if before >= 0 and strip_conjunction(tokens[before].norm) in mod["relatives"] | mod["witness_particles"]:
        before -= 1  # «المنطقة التي تشهد»، «وكانت إيران قد شهدت»
    places = [e for e in doc.entities if e.label == "LOC" and e.place is not None]
    subject = next((e for e in places if before >= 0 and tokens[before].start <= e.end - 1 < tokens[before].end), None)
    if subject is None:
        subject = next(
            (
                e
                for e in places
                if tokens[verb].end < e.start < tokens[match.first].start
                and e.start - tokens[verb].end < mod["witness_subject_chars"]
            ),
            None,
        )
    return None if subject is None or subject.place is None else _entity_place(subject, subject.place)


def _safe_lookup(lookup: Callable[[str], Place | None], name: str) -> Place | None:
    try:
        return lookup(name)
    except Exception:  # the gazetteer is optional; its failure leaves the place empty
        return None


def _genitive_place(doc: Document, tokens: list[Token], match: triggers.Match) -> Place | None:
    """«معركة الحديدة»، «احتجاجات ورقلة»: a place right after a battle or protest noun is where it happens."""
    heads = lexicon.modifiers()["place_genitive_heads"]
    if match.row.kind != "noun" or match.last + 1 >= len(tokens):
        return None
    if clitic_split(strip_conjunction(tokens[match.last].norm))[1] not in heads:
        return None  # «استهداف إسرائيل»، «مقاطعة الدوحة»: there the genitive acts or suffers
    nxt = tokens[match.last + 1]
    for ent in doc.entities:
        if ent.label == "LOC" and ent.place is not None and ent.start == nxt.start:
            return _entity_place(ent, ent.place)
    return None


def _date(doc: Document, sent: Sentence, ev: Event, nominal: bool) -> bool:
    """Event date from ``marsad.events.dates.resolve_event_date``, else the publication date (marked so).
    Returns whether punctuation separates the date's evidence from the trigger («… عام 1948 مع إقامة دولة
    إسرائيل، ولكسر الحصار»): such a date may well be another clause's, too weak to call the event historical."""
    fn = _optional("marsad.events.dates", "resolve_event_date")
    if fn is not None:
        try:
            trig = (ev.trigger.start, ev.trigger.end) if ev.trigger else None
            # body offsets; the future flag is not passed: it includes purposes («لبحث») and dates a saying's weekday
            # («قال … الاثنين إنه سيبحث») a week ahead
            d = fn(doc, (sent.start, sent.end), trig, nominal=nominal)
        except Exception:  # date resolution is best effort; fall back to the publication date
            d = None
        if d is not None and getattr(d, "date", None):
            ev.date = d.date
            ev.date_precision = getattr(d, "precision", None)
            ev.date_source = getattr(d, "source", None)
            start, end = getattr(d, "start", None), getattr(d, "end", None)
            if trig is None or start is None or end is None:
                return False
            gap = (end, trig[0]) if end <= trig[0] else (trig[1], start) if start >= trig[1] else (0, 0)
            return bool(PHRASE_PUNCTUATION & set(doc.article.body[gap[0] : gap[1]]))
    if doc.article.published:
        ev.date = doc.article.published[:10]
        ev.date_precision = "published"
        ev.date_source = "published"
    return False


def _historical_by_date(doc: Document, events: list[Event], readings: dict[int, merge.Reading]) -> None:
    """Mark events whose own date lies well before publication as historical (PLOVER's auxiliary mode): a past
    event retold as background, «هُجّروا منها عام 1948». Runs after merging, which may have given a date. An
    imperfect verb is told as now: in «ويهدد ترامب بالانسحاب من الاتفاق الموقع عام 2015» the year is the deal's;
    nor does a date beyond punctuation count (``Reading.date_apart``)."""
    days = lexicon.modifiers()["historical_days"]
    for ev in events:
        rd = readings[id(ev)]
        if not ev.historical and not ev.future and not rd.present and not rd.date_apart:
            ev.historical = dates.before_story(ev.date, ev.date_precision, doc.article.published, days)


def cameo_row(code: str):
    """The CAMEO -> PLOVER row for a code (re-exported for callers of the stage)."""
    return cameo_to_plover(code)

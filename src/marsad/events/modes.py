"""PLOVER auxiliary modes (negated, future, hypothetical, historical) and mode refinement from the sentence.

All cue words come from ``data/events/modifiers.json``; windows are counted in words around the trigger
and never cross the clause limits given by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import EventArg, Place, Token
from marsad.events.dates import is_date_phrase
from marsad.events.lexicon import analyses, modifiers
from marsad.events.triggers import Match
from marsad.text.tokens import CLOSE_QUOTES, COMMAS, OPEN_QUOTES, PHRASE_PUNCTUATION, strip_conjunction


@dataclass
class Flags:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False  # from cue words only; the stage adds the date rule (dates.before_story)
    cues: tuple[str, ...] = ()  # the words that set them, for debugging and tests


def flags(match: Match, tokens: list[Token], lo: int) -> Flags:
    """Negation, future and hypothetical readings of a trigger from the words before (and after) it.

    ``lo`` is the first token of the trigger's clause: cues before it belong to another clause.
    """
    mod = modifiers()
    out = Flags()
    cues: list[str] = []
    before = range(match.first - 1, max(lo, match.first - mod["negation_window"]) - 1, -1)
    for k in before:
        w = strip_conjunction(tokens[k].norm)
        if w not in mod["negation_particles"]:
            continue
        if tokens[k + 1].norm in mod["negation_idioms_next"]:
            break  # «لا تزال ترفض» 'still refuses', «لا سيما الحظر» 'especially the ban'
        if w in mod["negation_adjacent_only"] and k != match.first - 1:
            continue  # «المنظمات غير الحكومية التي تدعم»: «غير» negates the word after it only
        out.negated = True
        cues.append(tokens[k].text)
        if w == "لن":
            out.future = True
        break
    first = match.first
    if (
        not out.negated
        and first >= 2
        and tokens[first - 1].norm in mod["complementizers"]
        and strip_conjunction(tokens[first - 2].norm) in mod["negated_complementizer_heads"]
    ):
        out.negated = True  # «سقط صاروخ من دون أن ينفجر»: the clause after «دون أن» did not happen
        cues.append(tokens[first - 2].text)
    if match.row.kind == "noun" or match.form.tense != "present":
        # «تمنع نشر أسلحة»، «منعت الشرطة المسيرة»: what is prevented does not take place (a verb form right
        # after the prevent verb is read as its verbal noun)
        # («منع الأمن السوداني، اليوم الأحد، وقفة احتجاجية»: a date set off by commas does not count)
        counted = 0
        # (down to the last word of the trigger before, which may be the prevent verb itself: «حظرنا الاحتجاج»)
        for k in range(match.first - 1, max(0, lo - 1) - 1, -1):
            if tokens[k].text in COMMAS or is_date_phrase(tokens[k].text):
                continue
            counted += 1
            if counted > mod["prevent_window"]:
                break
            near = match.row.kind == "noun" or k == match.first - 1
            if near and strip_conjunction(tokens[k].norm) in mod["prevent_verbs"]:
                out.negated = True
                cues.append(tokens[k].text)
                break
    for k in range(match.first - 1, max(lo, match.first - _DENIAL_WINDOW) - 1, -1):
        if strip_conjunction(tokens[k].norm) in mod["negation_verbs"]:
            if not _denies_involvement(tokens[k + 1 : match.first], mod):
                out.negated = True
                cues.append(tokens[k].text)
            break
    # سـ on an imperfect verb, or سوف before it
    if match.form.tense == "present" and "س" in match.proclitics:
        out.future = True
        cues.append(tokens[match.first].text)
    for k in range(match.first - 1, max(lo, match.first - mod["future_window"]) - 1, -1):
        w = strip_conjunction(tokens[k].norm)
        if match.row.kind == "noun" and _future_light_verb(w, mod):
            out.future = True  # «كانا سينفذان اعتداءً»، «ستشن هجوماً»
            cues.append(tokens[k].text)
            break
        # «من أجل وقف إطلاق النار»، «تهدف إلى تشجيع محادثات سلام»: what an act is for, close before the noun
        purpose = (
            match.row.kind == "noun"
            and k >= match.first - mod["purpose_window"]
            and w in mod["purpose_heads"]
            and not any(t.text in PHRASE_PUNCTUATION and t.text not in QUOTES for t in tokens[k + 1 : match.first])
        )
        if w in mod["future_particles"] or w in mod["future_intent"] or purpose:
            out.future = True
            cues.append(tokens[k].text)
            break
        if k + 1 < len(tokens) and w == "من" and strip_conjunction(tokens[k + 1].norm) in mod["future_intent"]:
            out.future = True
            break
    for k in range(match.last + 1, min(len(tokens), match.last + 1 + mod["future_window"])):
        w = strip_conjunction(tokens[k].norm)
        near = k <= match.last + mod["future_participle_window"]
        # («وشيكة» keeps its «و»: a root letter, not the conjunction)
        participle = w in mod["future_participles_after"] or tokens[k].norm in mod["future_participles_after"]
        if w in mod["future_after"] or (near and match.row.kind == "noun" and participle):
            out.future = True
            cues.append(tokens[k].text)
            break
        if tokens[k].norm in mod["clause_breaks"]:
            break
    for k in range(match.first - 1, max(lo, match.first - mod["hypothetical_window"]) - 1, -1):
        w = strip_conjunction(tokens[k].norm)
        if w in mod["hypothetical"]:
            # «قد» + past tense is "already", not "may": the trigger itself, or a verb between («قد قضت بإطلاق
            # سراح»); only an imperfect after it («قد يؤدي», «قد تشن») is "may" (``may_prefixes``)
            if w == "قد" and (match.form.tense == "past" or _past_after(tokens, k, match, mod)):
                continue
            # «في حال/حالة» is "in case"; «550 حالة قتل» counts cases
            if w in mod["hypothetical_after_fi"] and (k == 0 or strip_conjunction(tokens[k - 1].norm) != "في"):
                continue
            out.hypothetical = True
            cues.append(tokens[k].text)
            break
    if not out.hypothetical and not out.negated and match.first > lo:
        w = strip_conjunction(tokens[match.first - 1].norm)
        if w in mod["any_words"]:
            out.hypothetical = True  # «أي اعتداء على إسرائيل سيستدعي رداً»: any attack, none yet
            cues.append(tokens[match.first - 1].text)
    if not out.hypothetical and _asked(match, tokens, mod):
        out.hypothetical = True  # «هل استخدمت الحكومة أسلحة كيميائية؟»: a question asserts no event
        cues.append("؟")
    cue = _historical_cue(match, tokens, mod) or _past_period(match, tokens, mod)
    if cue is not None and not out.future:
        out.historical = True
        cues.append(cue)
    out.cues = tuple(cues)
    return out


_DENIAL_WINDOW = 10  # words from a negation verb («نفت») to the trigger it negates


def denied_part(match: Match, tokens: list[Token], lo: int) -> bool:
    """«نفت موسكو ضلوعها في الهجوم»: a part in the event is denied, the event itself is not. The event is what
    the denial is about (like the content of an accusation), not an event of this sentence, nor a negated one."""
    mod = modifiers()
    for k in range(match.first - 1, max(lo, match.first - _DENIAL_WINDOW) - 1, -1):
        if strip_conjunction(tokens[k].norm) in mod["negation_verbs"]:
            return _denies_involvement(tokens[k + 1 : match.first], mod)
    return False


def _future_light_verb(w: str, mod: dict) -> bool:
    """A light verb with the future prefix سـ: «سينفذ»، «ستشن»، «سينفذان»، «سيعقدون»."""
    if not w.startswith("س") or len(w) < 4:
        return False
    rest = w[1:]
    return any(v in mod["light_verbs"] for v in (rest, rest[:-2], rest[:-1]) if v and v[:1] in "يتن")


FEMININE_PAST_MIN = 5  # letters of «تقدمت»


def _past_after(tokens: list[Token], k: int, match: Match, mod: dict) -> bool:
    """The word after «قد» at ``k`` is a verb in the past before a noun trigger: it does not start with an imperfect
    prefix («يـ»، «تـ»; not «نـ»: «قد نفذوا هجوماً»), or it is one of ``past_t_verbs`` («تم»، «تعرض»)."""
    if match.row.kind != "noun" or k + 1 >= match.first:
        return False
    nxt = strip_conjunction(tokens[k + 1].norm)
    # (a form-V/VI past with the feminine «ت», «قد تقدمت باستقالتها»: an imperfect ending in «ت» is a root's own
    # letter and mostly shorter, «قد تموت»)
    feminine_past = nxt[:1] == "ت" and nxt.endswith("ت") and len(nxt) >= FEMININE_PAST_MIN
    return nxt[:1] not in mod["may_prefixes"] or nxt in mod["past_t_verbs"] or feminine_past


def _denies_involvement(between: list[Token], mod: dict) -> bool:
    return any(stem in mod["involvement_nouns"] for t in between for stem, _, _ in analyses(t.norm))


def _asked(match: Match, tokens: list[Token], mod: dict) -> bool:
    """Whether the trigger is what a yes/no question asks about: «هل» a few words before it (no punctuation
    between) and a question mark after it before any full stop. Not a wh-question («كيف تم إلقاء القبض
    عليه؟», «ماذا قال ترامب في قمة هلسنكي؟»): those take the event as given."""
    for k in range(match.first - 1, max(0, match.first - mod["question_window"]) - 1, -1):
        w = tokens[k].norm
        if w in mod["question_particles"] or strip_conjunction(w) in mod["question_particles"]:
            break
        if tokens[k].text in PHRASE_PUNCTUATION:
            return False
    else:
        return False
    for t in tokens[match.last + 1 :]:
        if t.text in mod["question_marks"]:
            return True
        if t.text in mod["statement_ends"]:
            return False
    return False


QUOTES = OPEN_QUOTES | CLOSE_QUOTES


def _historical_cue(match: Match, tokens: list[Token], mod: dict) -> str | None:
    """A word before the trigger that retells a past event as background: «في الذكرى الأولى لاغتيال …», «منذ
    بدء الاحتجاجات» (a noun trigger), «سبق أن زار …» (سبق only with أن between: «سبق الاجتماعَ» is 'preceded the
    meeting'). The window may reach back over the أن that opens the trigger's clause (``lo`` is not a limit
    here), but punctuation or another clause break ends it («في الذكرى الأولى لمقتله، تظاهر …» is a protest now).
    A charge («المتهم بقتل»، «بتهم التورط في اغتيالات») names an earlier event too, and so does a noun with
    «سابق» after it (``past_adjectives_after``)."""
    between: list[str] = []
    for k in range(match.first - 1, max(0, match.first - mod["historical_window"]) - 1, -1):
        w = strip_conjunction(tokens[k].norm)
        if w in mod["clause_breaks"]:
            return None
        if (
            w in mod["historical_noun_cues"]
            and match.row.kind == "noun"
            and all(b in mod["historical_since_heads"] for b in between)
            and len(between) <= 1
        ):
            return tokens[k].text  # «منذ بدء الاحتجاجات»: what the sentence counts from is past
        if w in mod["historical_cues"]:
            if w in mod["historical_need_complementizer"] and not set(between) & mod["complementizers"]:
                return None
            return tokens[k].text
        charge = w in mod["charge_cues"] and match.row.kind == "noun" and match.row.plover != "ACCUSE"
        if charge and len(between) < mod["charge_window"]:
            return tokens[k].text  # «المتهم بقتل»: what a trial or an inquiry is about happened before
        between.append(w)
    # «وصف هجوما سابقا على قرية»، «بسبب إدانته سابقا»: a noun the next word calls earlier
    if match.row.kind == "noun" and match.last + 1 < len(tokens):
        nxt = tokens[match.last + 1]
        if strip_conjunction(nxt.norm) in mod["past_adjectives_after"]:
            return nxt.text
    return None


def _past_period(match: Match, tokens: list[Token], mod: dict) -> str | None:
    """A decade or a past century in the trigger's clause dates the event long before any story: «جرى تفجيره في
    الثمانينات»، «غارات القراصنة … في القرن الـ 17»، «رفض … في التسعينيات»، «قبل قرن». Not an age («في منتصف
    الخمسينات من عمره»), not the current century («نهاية القرن الحالي») nor a place («القرن الأفريقي»)."""
    before = range(match.first - 1, max(0, match.first - mod["historical_window"]) - 1, -1)
    after = range(match.last + 1, min(len(tokens), match.last + 1 + mod["past_period_window_after"]))
    for ks in (before, after):
        for k in ks:
            w = strip_conjunction(tokens[k].norm)
            if w in mod["clause_breaks"]:
                break
            nxt = [strip_conjunction(t.norm) for t in tokens[k + 1 : k + 3]]
            if _with_article(w, mod["decades"]) and not set(nxt) & mod["age_words"]:
                return tokens[k].text
            if _with_article(w, mod["century_words"]) and nxt and nxt[0] in mod["past_century_words"]:
                return tokens[k].text
            # «عمليات القتل الجماعية للأرمن … قبل قرن»، «قبل نحو عقدين»: decades or centuries ago
            near = ks is before or k <= match.last + mod["long_span_window_after"]
            if near and w in mod["told_ago"] and set(nxt) & mod["long_spans"]:
                return tokens[k].text
    return None


def _with_article(word: str, words: frozenset[str]) -> bool:
    """One of ``words`` (listed without the article), with or without the article or a glued «ب/ل» (read by
    :func:`marsad.events.lexicon.analyses`): «الثمانينات»، «تسعينيات»، «بالستينيات»، «القرن»."""
    return any(stem in words for stem, _, _ in analyses(word))


def refine_consult(
    mode: str | None, cameo: str | None, actor: list[EventArg], recipient: list[EventArg], location: Place | None
) -> tuple[str | None, str | None]:
    """CONSULT mode from the parties and the place: 3+ countries -> multilateral (not one visitor's tour); a
    meeting in one party's country -> visit (042); in a country of neither -> third-party (044), unless a visit
    names one party only. Phone calls stay phone."""
    if mode == "phone":
        return mode, cameo
    countries = {a.country for a in actor + recipient if a.country}
    # («يزور السعودية والأردن وإسرائيل»: one visitor's tour of three countries is visits, not one meeting of three)
    tour = mode == "visit" and len({a.country for a in actor if a.country}) <= 1
    if len(countries) >= 3 and not tour:
        return "multilateral", cameo or "040"
    if location is not None and location.country and countries:
        # («الزيارة في اسكتلندا» with only the visitor known: a visit abroad, not a meeting on neutral ground)
        if location.country not in countries and not (mode == "visit" and len(countries) == 1):
            return "third-party", "044"
        if len(countries) == 2 and mode is None:
            return "visit", "042"
    return mode, cameo


def refine_assault(mode: str | None, tokens: list[Token], match: Match, lo: int, hi: int) -> str | None:
    """An ASSAULT mode from weapon words near the trigger, the modes of ``assault_mode_cues`` tried in the order the
    data file gives them (suicide attack before drone before aerial ...)."""
    if mode is not None:
        return mode
    cues = modifiers()["assault_mode_cues"]
    window = [t.norm for t in tokens[max(lo, match.first - 3) : min(hi, match.last + 6)]]
    text = " " + " ".join(window) + " "
    for name, words in cues.items():
        for cue in words:
            if " " + cue in text or any(w.lstrip("وبل").startswith(cue) for w in window):
                return name
    return None

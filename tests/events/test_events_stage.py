"""The events stage on real-style Arabic news sentences: types, modes, arguments, flags, places, offsets."""

from __future__ import annotations

from helpers_events import code, countries, of_type

from marsad.document import Article, Document, Place
from marsad.eval.events import code_text


def _flags(body: str, plover: str) -> set[str]:
    """The auxiliary modes of the events of a type in ``body``, one string each: N(egated) F(uture) H(ypothetical)."""
    out = {"N" * e.negated + "F" * e.future + "H" * e.hypothetical for e in of_type(code(body, []), plover)}
    assert out, f"no {plover} event in {body}"
    return out


def _negated(body: str, plover: str) -> set[bool]:
    return {"N" in f for f in _flags(body, plover)}


LAVROV = ("وزير الخارجية الروسي سيرغي لافروف", "RUS", "GOV", "PER")
EGYPT = ("الرئيس المصري", "EGY", "GOV", "PER")
SUDAN = ("نظيره السوداني", "SDN", "GOV", "PER")


def test_consult_talks_with_counterpart_vso_and_place():
    body = (
        "أجرى وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو جولة محادثات في سوتشي أمس، "
        "ركزت على الوضع في سوريا."
    )
    doc = code(
        body,
        [
            ("وزير الخارجية الروسي سيرغي لافروف", "RUS", "GOV", "PER"),
            ("نظيره التركي مولود جاويش أوغلو", "TUR", "GOV", "PER"),
        ],
        places={},
    )
    [ev] = of_type(doc, "CONSULT")
    assert countries(ev.actor) == ["RUS"]
    assert countries(ev.recipient) == ["TUR"]
    assert body[ev.trigger.start : ev.trigger.end] == ev.trigger.text == "جولة محادثات"
    assert ev.sentence == (0, len(body))
    assert not (ev.negated or ev.future or ev.hypothetical)
    assert ev.date is not None


def test_consult_place_from_gazetteer_gives_visit_mode():
    from marsad.events import _optional

    body = "أجرى وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي جولة محادثات في سوتشي أمس."
    doc = code(body, [LAVROV, ("نظيره التركي", "TUR", "GOV", "PER")])
    [ev] = of_type(doc, "CONSULT")
    if _optional("marsad.geo", "lookup") is None:
        assert ev.location is None
        return
    assert ev.location is not None and ev.location.name == "سوتشي" and ev.location.country == "RUS"
    assert body[ev.location.start : ev.location.end] == "سوتشي"
    assert ev.mode == "visit" and ev.cameo == "042"


def test_phone_call_is_consult_phone_and_mentioned_once():
    body = "وأجرى الرئيس الفرنسي اتصالا هاتفيا مع المستشارة الألمانية، وبحث الجانبان خلال الاتصال الأزمة الليبية."
    doc = code(body, [("الرئيس الفرنسي", "FRA", "GOV", "PER"), ("المستشارة الألمانية", "DEU", "GOV", "PER")])
    consults = of_type(doc, "CONSULT")
    assert len(consults) == 1
    ev = consults[0]
    assert ev.mode == "phone" and ev.cameo == "041"
    assert countries(ev.actor) == ["FRA"] and countries(ev.recipient) == ["DEU"]


def test_between_x_and_y_gives_both_parties():
    doc = code("وجرت محادثات بين روسيا وتركيا.", [("روسيا", "RUS", None, "LOC"), ("تركيا", "TUR", None, "LOC")])
    [ev] = of_type(doc, "CONSULT")
    assert countries(ev.actor) == ["RUS"] and countries(ev.recipient) == ["TUR"]


def test_svo_subject_before_verb():
    doc = code("لكن بيونغ يانغ رفضت في اللحظة الأخيرة لائحة بأسماء صحافيين.", [("بيونغ يانغ", "PRK", "GOV", "LOC")])
    [ev] = of_type(doc, "REJECT")
    assert countries(ev.actor) == ["PRK"]


def test_relative_clause_object_is_recipient_not_actor():
    doc = code(
        "وندد الرئيس الفرنسي بالهجوم الذي استهدف قوات الأمن العراقية.",
        [("الرئيس الفرنسي", "FRA", "GOV", "PER"), ("قوات الأمن العراقية", "IRQ", "COP", "ORG")],
    )
    [accuse] = of_type(doc, "ACCUSE")
    assert countries(accuse.actor) == ["FRA"]
    for ev in of_type(doc, "ASSAULT"):
        assert "IRQ" not in countries(ev.actor)


def test_condemned_attack_is_not_coded_as_assault():
    doc = code("وأدانت الحكومة المصرية هذا الاعتداء.", [("الحكومة المصرية", "EGY", "GOV", "ORG")])
    assert [e.event for e in doc.events] == ["ACCUSE"]


def test_reported_speech_verb_is_not_an_event_but_its_content_is():
    doc = code(
        "وقال وزير الخارجية الأردني إن بلاده تدعم الحل السياسي.", [("وزير الخارجية الأردني", "JOR", "GOV", "PER")]
    )
    assert [e.event for e in doc.events] == ["SUPPORT"]
    assert doc.events[0].trigger.text == "تدعم"
    assert countries(doc.events[0].actor) == ["JOR"]  # the speaker, since بلاده is not coded


def test_negation_future_and_hypothetical_flags(monkeypatch):
    import marsad.events as events

    # the flags themselves: the actual-event filter (which drops a hypothetical attack) is off here
    monkeypatch.setattr(events.settings, "use_filter", False)
    neg = code(
        "لم يجتمع الرئيس المصري مع نظيره السوداني.",
        [EGYPT, SUDAN],
    )
    assert of_type(neg, "CONSULT")[0].negated
    fut = code(
        "وسيزور وزير الخارجية الأميركي القاهرة الأسبوع المقبل.", [("وزير الخارجية الأميركي", "USA", "GOV", "PER")]
    )
    ev = of_type(fut, "CONSULT")[0]
    assert ev.future and not ev.negated and ev.mode == "visit"
    # a word of intent before «أن» makes the verb after it future
    for body in ("ومن المقرر أن يلتقي المبعوثون مع رئيسة وزراء بنغلادش.", "ومن المتوقع أن يزور الرئيس المصري موسكو."):
        evs = of_type(code(body, []), "CONSULT")
        assert evs and all(e.future for e in evs)
    # «في حال» is "in case"; «حالة قتل» counts cases; a risk or a precaution is no event yet
    assert of_type(code("وفي حال هاجمت الميليشيات مواقع الجيش سيرد.", []), "ASSAULT")[0].hypothetical
    assert not of_type(code("عن مقتل وإصابة 1188 من المدنيين، بينهم 550 حالة قتل.", []), "ASSAULT")[0].hypothetical
    assert of_type(code("وأغلقت الشرطة الطرق تحسبا لأي هجمات.", []), "ASSAULT")[0].hypothetical
    assert of_type(code("وفر الزوجان إلى خارج البلاد خشية اعتقالهما.", []), "COERCE")[0].hypothetical
    hyp = code("وقال إن الجيش سيرد إذا هاجمت الميليشيات مواقعه.", [])
    assert all(e.hypothetical for e in of_type(hyp, "ASSAULT"))
    assert of_type(hyp, "ASSAULT")


def test_words_that_look_like_negation_but_are_not(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)

    # «ما» of a result or a frequency, «لا تزال» 'still', «غير» before another word: the event is asserted
    assert _negated("وانفجرت سيارة مفخخة في السوق، ما أسفر عن مقتل ثلاثة أشخاص.", "ASSAULT") == {False}
    assert _negated("وعادة ما يطلق الحوثيون صواريخ على الأراضي السعودية.", "ASSAULT") == {False}
    assert _negated("وقالت إن الشرطة لا تزال تحتجز الناشطين.", "COERCE") == {False}
    assert _negated("وأعلنت المنظمات غير الحكومية التي تدعم اللاجئين موقفها.", "SUPPORT") == {False}
    # denying a part in an attack does not deny the attack: the attack is what the denial is about, no event here
    assert not of_type(code("ونفت موسكو ضلوعها في الهجوم على السفارة.", []), "ASSAULT")
    assert of_type(code("ونفت موسكو الهجوم على السفارة.", []), "ASSAULT")[0].negated
    # real negation still counts
    assert _negated("ولم تعتقل السلطات أي مشتبه فيهم.", "COERCE") == {True}
    assert _negated("ونفت الحكومة قصف المدينة.", "ASSAULT") == {True}
    assert _negated("وقال إن الطائرات لم تقصف المدينة.", "ASSAULT") == {True}


def test_flags_from_fear_future_copulas_and_past_qad(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)

    # a feared uprising, an order not to shoot, a march that will be: not actual
    assert _flags("وتحاول الميليشيا قمعها بالقوة، وسط مخاوفها من انتفاضة شعبية ضدها.", "PROTEST") == {"H"}
    assert _flags("وقال رجل أمن إن لديهم أوامر بعدم إطلاق النار على المتظاهرين.", "ASSAULT") == {"N"}
    assert _flags("وستكون المسيرة على طول الحدود مع إسرائيل.", "PROTEST") == {"F"}
    # «قد» + a past verb is "already"; «تعرض لقصف» is "underwent shelling", no purpose
    assert _flags("وكانت المحكمة قد قضت، الجمعة، بإطلاق سراح القس.", "RETREAT") == {""}
    assert _flags("وكان الإقليم قد تعرض لقصف صاروخي الأربعاء.", "ASSAULT") == {""}
    assert _flags("وقال إن ذلك قد يؤدي إلى اندلاع مواجهات مسلحة.", "ASSAULT") == {"H"}


def test_hope_planned_meetings_and_the_flags_of_the_verb_a_noun_is_the_object_of(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)

    assert _flags("وقال: آمل أن يكون لقاء ناجحا.", "CONSULT") == {"H"}
    assert _flags("قبل أيام من قمة سنغافورة المرتقبة بين الرئيسين.", "CONSULT") == {"F"}
    assert _flags("وتأتي زيارة الوزير قبيل قمة مقررة بين الرئيسين.", "CONSULT") >= {""}  # the visit itself is actual
    assert _flags("وأعلن ترامب أنه لن يتم فرض عقوبات جديدة خلال المفاوضات.", "COERCE") == {"NF"}
    assert _flags("وهذه ليست المرة الأولى التي تعتقل فيها الشرطة الناشطة.", "COERCE") == {""}


def test_prevented_events_are_negated_and_an_announced_death_has_no_killer(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
    assert [e.negated for e in of_type(code("ومنعت الشرطة المسيرة في وسط العاصمة.", []), "PROTEST")] == [True]
    assert [e.negated for e in of_type(code("وألغت رئيسة الوزراء زيارتها إلى الهند.", []), "CONSULT")] == [True]
    # the verbal noun with a preposition: «قيام الأمن بمنع مظاهرات»، «لمنع التظاهرات»
    doc = code("وقامت قوات الأمن أمس بمنع مظاهرات سلمية للمعارضة في العاصمة.", [])
    assert [e.negated for e in of_type(doc, "PROTEST")] == [True]
    assert [e.negated for e in of_type(code("وهي اتفاقية تمنع نشر أسلحة دمار شامل في الفضاء.", []), "MOBILIZE")] == [
        True
    ]
    doc = code(
        "أعلنت السلطات الكندية، الجمعة، مقتل 4 أشخاص في حادث إطلاق نار.", [("السلطات الكندية", "CAN", "GOV", "ORG")]
    )
    assert all(not e.actor for e in of_type(doc, "ASSAULT"))
    assert not [e for e in code("ونشرت الميليشيات منصات إطلاق صواريخ في القرية.", []).events if e.event == "ASSAULT"]


def test_any_attack_is_hypothetical_and_publishing_is_no_deployment(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
    flags = [
        (e.negated, e.hypothetical) for e in of_type(code("وقال إن أي اعتداء على إسرائيل سيستدعي رداً.", []), "ASSAULT")
    ]
    assert flags == [(False, True)]
    assert [e.negated for e in of_type(code("ولم تقع أي هجمات في المدينة.", []), "ASSAULT")] == [True]
    assert not of_type(code("وبعد نشر تصريحات الشرطة، انتقد كثيرون هذه التصريحات.", []), "MOBILIZE")
    assert of_type(code("ونشرت السلطات قوات الأمن في الشوارع.", []), "MOBILIZE")


def test_future_light_verbs_past_verbs_in_nun_and_places_after_battle_nouns(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)

    assert _flags("وتم توقيف شقيقين كانا سينفذان اعتداءً بمادة سامة.", "ASSAULT") == {"F"}
    assert _flags("وكان المسلحون قد نفذوا هجوماً الاثنين على القرية.", "ASSAULT") == {""}
    # a form-V past with the feminine «ت» is no imperfect: she has handed in her resignation
    assert _flags("أعلنت الحكومة أن الوزيرة قد تقدمت باستقالتها الأحد.", "RETREAT") == {""}
    assert _flags("وقالت الوزارة إن الشرطة قد تنفذ حملة اعتقالات.", "COERCE") == {"H"}
    doc = code("وأسفر تصعيد القتال جنوب غربي سوريا عن مقتل عشرة.", [("جنوب غربي سوريا", "SYR", None, "LOC")])
    assert [e.actor for e in of_type(doc, "ASSAULT")] == [[]]
    # the place after a battle noun is where it is fought
    place = Place("الحديدة", "YEM", 14.8, 42.95)
    doc = code(
        "وقالت المجموعة إن معركة الحديدة تصل إلى نقطة اللاعودة.",
        [("الحديدة", "YEM", None, "LOC")],
        places={"الحديدة": place},
    )
    assert [e.location.name if e.location else None for e in of_type(doc, "ASSAULT")] == ["الحديدة"]


def test_a_place_name_that_starts_with_ba_is_no_event_place():
    # «اتهمت … بريطانيا»: the object, not «ب» + a place; «ببغداد» is in Baghdad
    places = {"بريطانيا": Place("بريطانيا", "GBR", 54.0, -2.0)}
    doc = code("واتهمت روسيا بريطانيا بحجب معلومات.", [("بريطانيا", "GBR", None, "LOC")], places=places)
    assert [e.location for e in of_type(doc, "ACCUSE")] == [None]


def test_a_noun_after_shahida_happens_in_the_place_that_witnessed_it():
    spain = {"إسبانيا": Place("إسبانيا", "ESP", 40.0, -4.0), "حلب": Place("حلب", "SYR", 36.2, 37.2)}
    doc = code("إسبانيا تشهد إضرابا نسويا غير مسبوق.", [("إسبانيا", "ESP", None, "LOC")], places=spain)
    assert [e.location.country for e in of_type(doc, "PROTEST")] == ["ESP"]
    doc = code("وفرض حظر تجول في المدينة وفي حلب التي تشهد مواجهات عنيفة.", [("حلب", "SYR", None, "LOC")], places=spain)
    assert [e.location.name for e in of_type(doc, "ASSAULT")] == ["حلب"]


def test_kama_opens_a_clause_that_is_no_content_of_the_act_before_it():
    body = "وقالت إنها تزوجت دون موافقة والدها كما حكمت المحكمة على زوجها بالسجن عامين."
    assert [e.trigger.text for e in of_type(code(body, []), "SANCTION")] == ["حكمت"]


def test_a_participle_after_an_indefinite_accusative_noun_qualifies_it():
    assert not of_type(code("وحاصر الجنود مبنى يعتقد أن شابا متهما بقتل الجندي يتحصن بداخله.", []), "ACCUSE")
    # after a comma, or a preposition with its pronoun, it tells the subject's act
    assert of_type(code("وقالت إن رجلا اقترب منها مهددا في مرأب للسيارات.", []), "THREATEN")


def test_a_road_cut_is_a_protest_only_with_protesters():
    assert not of_type(code("وتعمل وحدات الجيش على قطع طرق وخطوط إمداد الإرهابيين.", []), "PROTEST")
    # an alarm bell, a statement issued, an agency's name: no threat, seizure or state of emergency
    for body in (
        "وقال إن السجن جرس إنذار للسلطات.",
        "وقال الجيش في بيان صادر عنه إنه سيواصل العمل.",
        "تحطمت طائرة ركاب، وفق ما أعلنت إدارة الطوارئ الإيرانية.",
    ):
        assert not code(body, []).events, body
    assert of_type(code("وقام بعض المحتجين بقطع الطرق وإشعال الإطارات.", []), "PROTEST")


def test_control_in_the_imperfect_is_a_state(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
    assert not of_type(code("وأشار المتحدث في القطاع الذي تسيطر عليه حركة حماس إلى ذلك.", []), "COERCE")
    assert of_type(code("وسيطرت القوات على المدينة.", []), "COERCE")
    assert [e.future for e in of_type(code("وستسيطر القوات على المدينة قريبا.", []), "COERCE")] == [True]


def test_rank_ministry_and_inquiry_words_are_no_events():
    for body in (
        "لذا تحتل روسيا المرتبة الرابعة عالمياً في التمثيل الدبلوماسي.",
        "وضم الوفد وزير الشؤون الإسلامية والدعوة والإرشاد.",
        "ويستهدف التحقيق أيضا استغلال رموز خاصة بالموظفين الحكوميين.",
    ):
        assert not code(body, []).events, body
    assert of_type(code("واحتلت القوات الإسرائيلية الضفة الغربية عام 1967.", []), "COERCE")


def test_homographs_of_boycott_and_demand_are_no_events():
    # «قاطع» is also 'categorical', «طالب» also 'student' (after a number or «هو»)
    for body in (
        "ونفت روسيا بشكل قاطع هذه الاتهامات.",
        "وقال المحامي إن موكله ينفي نفياً قاطعاً هذه الاتهامات.",
        "وأكد الرئيس بألفاظ قاطعة أن الواقعة لم تحدث.",
        "تتضمن المدرسة حوالي 360 طالباً من قبيلة ماساي.",
        "ويحتجز المسلحون أكثر من 1200 طالب داخل مدرسة.",
        "وقطع التنظيم رأس أحد المختطفين، وهو طالب جامعي.",
        "وشارك طلبة الجامعة في الاحتفال بيوم الاستقلال.",
    ):
        assert not [e for e in code(body, []).events if e.event in ("PROTEST", "REQUEST")], body
    assert of_type(code("وقاطع الحزب الانتخابات البرلمانية.", []), "PROTEST")
    assert of_type(code("وطالب الرئيس الحكومة بالإفراج عن المعتقلين.", []), "REQUEST")
    assert of_type(code("ورفض الرئيس رفضاً قاطعاً العودة.", []), "REJECT")
    assert of_type(code("ورفضت الحكومة طلبه اللجوء.", []), "REQUEST")


def test_historical_flag_from_an_old_date_or_an_anniversary():
    # dated by its own evidence long before publication: a past event retold as background
    old = code("وهجّر مئات الآلاف من منازلهم عام 1948 بعد هجوم القوات على القرى.", [], published="2018-05-14")
    assert [e.historical for e in of_type(old, "ASSAULT")] == [True]
    last_march = code("وفي مارس الماضي اعتقلت الشرطة عشرين شخصا في بغداد.", [], published="2018-11-20")
    assert of_type(last_march, "COERCE")[0].historical
    # an imperfect verb is told as now (the year is the deal's); the same month or «أمس»: news of now
    deal = code("ويهدد الرئيس الأمريكي بالانسحاب من الاتفاق النووي الموقع عام 2015.", [], published="2018-03-17")
    assert not of_type(deal, "THREATEN")[0].historical
    # a date beyond a comma may be another clause's: «… عام 1948 مع إقامة دولة إسرائيل، ولكسر الحصار»
    siege = code(
        "وهجروا منها في عام 1948 مع إقامة الدولة، ولكسر الحصار المفروض على القطاع.", [], published="2018-07-15"
    )
    assert not of_type(siege, "COERCE")[0].historical
    for body in ("وفي نوفمبر اعتقلت الشرطة عشرين شخصا في بغداد.", "واعتقلت الشرطة أمس عشرين شخصا في بغداد."):
        assert not of_type(code(body, [], published="2018-11-20"), "COERCE")[0].historical
    # an anniversary before the trigger, not across a comma; «سبق أن» but not «سبق» 'preceded'
    anniv = code("وأحيا الآلاف الذكرى الأولى لاغتيال الصحافي في إسطنبول.", [], published="2018-11-20")
    assert of_type(anniv, "ASSAULT")[0].historical
    now = code("وفي الذكرى الأولى للثورة، تظاهر الآلاف في وسط العاصمة.", [], published="2018-11-20")
    assert not of_type(now, "PROTEST")[0].historical
    # «منذ (بدء) X»: what the sentence counts from is past; not «منذ أيام», a duration before a noun
    since = code("وقتل 30 فلسطينيا منذ بدء الاحتجاجات على حدود غزة.", [])
    assert [e.historical for e in of_type(since, "PROTEST")] == [True]
    assert not of_type(since, "ASSAULT")[0].historical
    assert not of_type(code("ويشهد الأردن منذ الأربعاء احتجاجات واسعة.", []), "PROTEST")[0].historical
    before = code("وسبق أن زار وزير الخارجية الأميركي القاهرة.", [("وزير الخارجية الأميركي", "USA", "GOV", "PER")])
    assert of_type(before, "CONSULT")[0].historical
    preceded = code(
        "وسبق الزيارة اتصال هاتفي بين وزير الخارجية الأميركي ونظيره المصري.",
        [("وزير الخارجية الأميركي", "USA", "GOV", "PER"), ("نظيره المصري", "EGY", "GOV", "PER")],
    )
    assert not any(e.historical for e in of_type(preceded, "CONSULT"))


def test_coordinated_verb_shares_the_first_verbs_subject():
    body = (
        "ففي الشأن السوري، تجاهل الوزير التركي إشارة لافروف إلى مؤتمر اللاجئين، واكتفى بالحديث بعبارات واسعة، "
        "وأشاد بعمل اللجنة الدستورية."
    )
    ents = [
        ("الوزير التركي", "TUR", "GOV", "PER"),
        ("لافروف", "RUS", "GOV", "PER"),
        ("اللجنة الدستورية", "SYR", None, "ORG"),
    ]
    [ev] = of_type(code(body, ents), "SUPPORT")
    assert [a.text for a in ev.actor] == ["الوزير التركي"]  # not لافروف, the genitive in between


def test_a_date_between_commas_breaks_no_clause():
    court = ("محكمة مصرية", "EGY", "JUD", "ORG")
    [ev] = of_type(code("وقررت محكمة مصرية، الخميس، الإفراج عن الناشط.", [court]), "RETREAT")
    assert [a.text for a in ev.actor] == ["محكمة مصرية"] and ev.date_source == "الخميس"
    # a place between commas still does
    [ev] = of_type(code("وقررت محكمة مصرية، في القاهرة، الإفراج عن الناشط.", [court]), "RETREAT")
    assert ev.actor == []
    body = "استدعت روسيا، الجمعة، السفير اليوناني لديها للاحتجاج."
    [ev] = of_type(code(body, [("روسيا", "RUS", None, "LOC"), ("السفير اليوناني", "GRC", "GOV", "PER")]), "ACCUSE")
    assert [a.text for a in ev.recipient] == ["السفير اليوناني"]


def test_after_kana_the_subject_came_before_the_verb():
    body = "يذكر أن موفد الملك السعودي كان التقى، الاثنين، رئيس الوزراء اللبناني وسلمه دعوة."
    ents = [("موفد الملك السعودي", "SAU", "GOV", "PER"), ("رئيس الوزراء اللبناني", "LBN", "GOV", "PER")]
    [ev] = of_type(code(body, ents), "CONSULT")
    assert countries(ev.actor) == ["SAU"] and countries(ev.recipient) == ["LBN"]


def test_abstract_threats_targets_and_declines_are_no_events():
    for body, typ in (
        ("حول القضية الحساسة التي تهدد وحدتهم ومنطقة حرية التنقل.", "THREATEN"),
        ("وتقول الحكومة إن الهجرة تهدد الاستقرار الأوروبي.", "THREATEN"),
        ("وتراجعت حدة التظاهرات عند الحدود بعد أن بلغت ذروتها.", "CONCEDE"),
        ("خاصة إذا استهدفت العقوبات الأميركية المؤسسات الأوروبية.", "ASSAULT"),
        ("ويستهدف القرار أيضا حاكم ولاية بيه.", "ASSAULT"),
        ("وتناول اللقاء الروابط التاريخية التي تجمع بين سوريا واسبانيا.", "PROTEST"),
        ("وكانت المليشيات تستخدمه كنقطة تجمع لمقاتليها.", "PROTEST"),
        ("وتؤكد الوزارة تفهمها الكامل للأسباب التي دعت السعودية لمنع القنوات.", "REQUEST"),
        ("وارتفعت الأسعار، مما دعا الحكومة إلى التدخل.", "REQUEST"),
        ("وتصفي الميليشيا عناصر تابعة، بدعوى انشقاقهم.", "ACCUSE"),
        ("أعلن الجيش أن صفارات الإنذار دوت في جنوب إسرائيل.", "THREATEN"),
        ("سيترتب عليه مشاكل عديدة مستقبلاً.", "CONSULT"),
        ("أصبحت قناة الجزيرة أقذر من قناة المسيرة الحوثية.", "PROTEST"),
        ("وأعلن الجيش اليمني اقتحام مديرية أرحب شمال شرق العاصمة صنعاء.", "SUPPORT"),
        ("ولم تمتثل روسيا لمعاهدة حظر الأسلحة الكيماوية.", "ASSAULT"),
        ("ووصفت الأمم المتحدة القانون بأنه اعتداء على حقوق الإنسان.", "ASSAULT"),
        ("وقال إن إدارة ميركل هي الأقل تعاوناً بين القوى الأوروبية الثلاث.", "COOPERATE"),
        ("ودعا أولمرت إلى الاستمرار في مسيرة السلام مع الفلسطينيين.", "PROTEST"),
        ("ويأمل المنتخب القطري مواصلة مسيرة نجاحه أمام اليابان.", "PROTEST"),
        ("ومن بين الأسلحة الجديدة غواصة مسيرة تم اختبارها أمس.", "PROTEST"),
    ):
        assert not of_type(code(body, []), typ), body
    assert of_type(code("وهدد الحوثيون باستهداف السفن في البحر الأحمر.", []), "THREATEN")
    assert of_type(code("وتراجع الحوثيون عن التوقيع على الاتفاق.", []), "CONCEDE")
    assert of_type(code("واستهدفت الغارات مواقع للحوثيين.", []), "ASSAULT")
    assert of_type(code("فقد تجمع آلاف المتظاهرين في الخرطوم احتجاجا على المذكرة.", []), "PROTEST")
    assert of_type(code("وشارك أكثر من ألف متظاهر في مسيرة لصالح الفقراء.", []), "PROTEST")
    assert of_type(code("كما دعا إلى مفاوضات سلام بين الجانبين.", []), "REQUEST")


def test_vocalised_passive_verb_its_subject_suffers_it():
    ents = [("فتى فلسطيني", "PSE", None, "PER"), ("الجيش الإسرائيلي", "ISR", "MIL", "ORG")]
    [ev] = of_type(code("وكان فتى فلسطيني قد قُتل برصاص الجيش الإسرائيلي.", ents), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]
    ents = [("الناشط", None, None, "PER"), ("الشرطة المصرية", "EGY", "COP", "ORG")]
    [ev] = of_type(code("واعتُقل الناشط على يد الشرطة المصرية.", ents), "COERCE")
    assert countries(ev.actor) == ["EGY"] and [a.text for a in ev.recipient] == ["الناشط"]
    [ev] = of_type(code("لكن حسين قُتل في سوريا قبل أن تنضم إليه.", [("حسين", None, None, "PER")]), "ASSAULT")
    assert ev.actor == [] and [a.text for a in ev.recipient] == ["حسين"]
    # unvocalised, the same letters are read as active
    ents = [("الجيش الإسرائيلي", "ISR", "MIL", "ORG"), ("فتى فلسطينيا", "PSE", None, "PER")]
    [ev] = of_type(code("وقتل الجيش الإسرائيلي فتى فلسطينيا.", ents), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]


def test_unvocalised_passive_read_from_what_follows_the_verb():
    # a number after a killing or arrest verb: the counted people suffer it; the agent phrase acts
    ents = [("قوات الاحتلال الإسرائيلي", "ISR", "MIL", "ORG")]
    [ev] = of_type(code("وقتل 132 فلسطينياً على الأقل على أيدي قوات الاحتلال الإسرائيلي.", ents), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]
    ents = [("القوات الإسرائيلية", "ISR", "MIL", "ORG")]
    [ev] = of_type(code("وقتل الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية.", ents), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]
    # a subject and then a cause, no object: passive, and the cause noun is the same event with its actor
    [ev] = of_type(code("قتل فلسطيني في قصف إسرائيلي على شمال قطاع غزة.", []), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]
    [ev] = of_type(code("قتل جندي أميركي وأصيب أربعة آخرون في الصومال.", []), "ASSAULT")
    assert ev.actor == [] and countries(ev.recipient) == ["USA"]
    # with an object, a subject before the verb, or «أنه»: active
    ents = [("مسلحون", None, "REB", "ORG"), ("جنود أتراك", "TUR", "MIL", "ORG")]
    [ev] = of_type(code("وقتل مسلحون خمسة جنود أتراك في جنوب البلاد.", ents), "ASSAULT")
    assert [a.sector for a in ev.actor] == ["REB"] and countries(ev.recipient) == ["TUR"]
    [ev] = of_type(code("قتل الجيش الإسرائيلي، الجمعة، شابين فلسطينيين.", []), "ASSAULT")
    assert countries(ev.actor) == ["ISR"] and countries(ev.recipient) == ["PSE"]
    [ev] = of_type(
        code("وأعلن فصيل جيش الإسلام أنه قتل 25 جنديا حكوميا.", [("فصيل جيش الإسلام", None, "REB", "ORG")]), "ASSAULT"
    )
    assert [a.text for a in ev.actor] == ["فصيل جيش الإسلام"]
    # after a preposition the form is the verbal noun
    [ev] = of_type(
        code("ولعب حزب الله دوراً في قتل أكثر من 500 ألف مدني.", [("حزب الله", "LBN", "PTY", "ORG")]), "ASSAULT"
    )
    assert countries(ev.actor) == ["LBN"]


def test_granting_a_licence_or_an_award_is_no_aid():
    for body in ("ومنحت السلطات الشركة ترخيصاً لتشغيل المطار.", "ومنح البرلمان الثقة للحكومة الجديدة."):
        assert of_type(code(body, []), "AID") == [], body
    assert of_type(code("ومنحت السعودية اليمن مساعدات بقيمة مليار دولار.", []), "AID")


def test_police_near_a_protest_are_not_its_actor():
    ents = [("الشرطة العراقية", "IRQ", "COP", "ORG")]
    [ev] = of_type(code("استخدمت الشرطة العراقية الهراوات لتفريق نحو 250 محتجا تجمعوا عند المدخل.", ents), "PROTEST")
    assert [a.sector for a in ev.actor] == ["CVL"]  # the protesters, never the police
    [ev] = of_type(code("وتظاهر آلاف الطلاب أمام البرلمان.", [("الطلاب", None, "EDU", "ORG")]), "PROTEST")
    assert [a.sector for a in ev.actor] == ["EDU"]


def test_who_tells_of_an_attack_is_not_its_actor():
    ents = [("مسؤول كبير بالأمم المتحدة", "UNO", None, "PER")]
    evs = of_type(code("قال مسؤول كبير بالأمم المتحدة إن الغارات أسفرت عن مقتل المدنيين.", ents), "ASSAULT")
    assert evs and all(ev.actor == [] for ev in evs)
    assert [a.sector for ev in evs if ev.trigger.text == "مقتل" for a in ev.recipient] == ["CVL"]
    # but an army tells of its own fighting, and a possessive or a light verb points back to the speaker
    army = [("الجيش اليمني", "YEM", "MIL", "ORG")]
    [ev] = of_type(code("وأعلن الجيش اليمني تحرير مواقع جديدة عقب معارك عنيفة.", army), "ASSAULT")
    assert countries(ev.actor) == ["YEM"]
    israel = [("الجيش الإسرائيلي", "ISR", "MIL", "ORG"), ("حركة حماس", "PSE", "REB", "ORG")]
    [ev] = of_type(code("وأعلن الجيش الإسرائيلي أنه شن غارة ضد أهداف تابعة لحركة حماس.", israel), "ASSAULT")
    assert countries(ev.actor) == ["ISR"]


def test_who_tells_of_sanctions_arrests_or_a_withdrawal_does_not_impose_or_make_them():
    ents = [("نصرالله", "LBN", "PTY", "PER")]
    evs = of_type(code("وقال نصرالله إن العقوبات لن تؤثر على الحزب.", ents), "COERCE")
    assert evs and all("LBN" not in countries(ev.actor) for ev in evs)
    ents = [("مون", "KOR", "GOV", "PER")]
    evs = of_type(code("وقال مون إن كيم مصمم على نزع السلاح النووي بالكامل.", ents), "RETREAT")
    assert evs and all(ev.actor == [] for ev in evs)
    # nor does one who speaks of support give it
    johnson = [("جونسون", "GBR", "GOV", "PER"), ("بريطانيا", "GBR", None, "LOC")]
    body = "وقال جونسون إن قوة الدعم التي حصلت عليها بريطانيا كانت مشجعة."
    assert all(ev.actor == [] for ev in of_type(code(body, johnson), "SUPPORT"))
    # nor does one who speaks of aid give it
    jubeir = [("الجبير", "SAU", "GOV", "PER")]
    body = "وقال الجبير إن المساعدات الإنسانية تصل إلى الشعب اليمني."
    assert all(ev.actor == [] for ev in of_type(code(body, jubeir), "AID"))
    # but the police tell of their own arrests, and a resignation a speaker mentions is his own
    police = [("الشرطة الهولندية", "NLD", "COP", "ORG")]
    [ev] = of_type(code("وقالت الشرطة الهولندية إن اعتقال الرجل جاء بعد تحقيق طويل.", police), "COERCE")
    assert countries(ev.actor) == ["NLD"]
    johnson = [("جونسون", "GBR", "GOV", "PER")]
    [ev] = of_type(code("وقال جونسون في رسالة استقالته إن الحلم يموت.", johnson), "RETREAT")
    assert countries(ev.actor) == ["GBR"]


def test_the_genitive_of_an_approval_is_who_approves():
    ents = [("الحوثيين", "YEM", "REB", "ORG")]
    [ev] = of_type(code("وأبلغه المبعوث موافقة الحوثيين على وضع الميناء تحت إشراف الأمم المتحدة.", ents), "AGREE")
    assert countries(ev.actor) == ["YEM"]


def test_the_subject_after_a_resumptive_preposition_and_plural_verbs():
    doc = code("وفر الآلاف من المناطق التي سيطرت عليها المعارضة في حماه.", [("المعارضة", None, "OPP", "ORG")])
    [ev] = of_type(doc, "COERCE")
    assert [a.sector for a in ev.actor] == ["OPP"]
    # a plural verb had its subject before it: what follows is the object; after a count it is passive
    ents = [("الجيش", None, "MIL", "ORG"), ("مسلحين", None, "REB", "ORG")]
    [ev] = of_type(code("وقال الجيش إن جنوده قتلوا 5 مسلحين.", ents), "ASSAULT")
    assert [a.sector for a in ev.recipient] == ["REB"] and all(a.sector != "REB" for a in ev.actor)
    ents = [("المرصد", "SYR", "NGO", "ORG"), ("مدنيا", None, "CVL", "ORG")]
    [ev] = of_type(code("وقال المرصد إن ما لا يقل عن 289 مدنيا قد قتلوا في المعارك.", ents), "ASSAULT")
    assert ev.actor == [] and [a.sector for a in ev.recipient] == ["CVL"]


def test_a_role_and_its_genitive_body_are_one_actor():
    doc = code("ورفض وزير الدفاع ما جاء في الكتاب.", [])
    [ev] = of_type(doc, "REJECT")
    assert [a.text for a in ev.actor] == ["وزير الدفاع"] and ev.recipient == []


def test_homographs_of_interviews_issuing_beating_and_crowds_for_a_match_are_no_events():
    for body in (
        "ووصف اللقاء الصحفي مع المجلة الأميرة السعودية.",
        "وأوضح تقرير صادر عن الأمم المتحدة أن الأمطار غزيرة.",
        "وقالت إن زوجها الطبيب كان يضربها ليلا عن قصد.",  # «عن» would make «يضرب» a strike
        "وأثبت التقدم الذي حققته كوريا الشمالية أن العقوبات فشلت.",
        "وفي باريس احتشد 90 ألفا بالقرب من برج ايفل لمشاهدة المباراة.",
    ):
        assert [e.event for e in code(body, []).events if e.event in ("PROTEST", "ACCUSE")] == [], body
    assert of_type(code("وأضرب العمال عن العمل أمس.", []), "PROTEST")
    assert of_type(code("واحتشد الآلاف أمام البرلمان للمطالبة برحيل الحكومة.", []), "PROTEST")


def test_deaths_in_a_disaster_are_no_attack():
    for body in (
        "تأكد مقتل أكثر من 380 شخصا جراء الزلزال القوي الذي ضرب مدينة بالو.",
        "وفي 2007، أسفر الإعصار غونو عن مقتل تسعة وأربعين شخصا.",
        "قتل 48 مهاجرا على الأقل قبالة السواحل التونسية إثر غرق قاربهم.",
        "وفي السادس من مارس، قتل 39 شخصا جراء تحطم طائرة نقل روسية قرب قاعدة حميميم.",
        "وأعلنت الوزارة مقتل مدرب أمريكي في حادث تحطم مروحية خلال عملية تدريب.",
        "لقي ثلاثة أشخاص مصرعهم في حادث سير على الطريق الدولي.",
    ):
        assert of_type(code(body, []), "ASSAULT") == [], body
    assert of_type(code("قتل 48 شخصا على الأقل في قصف على قرية قرب السواحل.", []), "ASSAULT")
    # only the death and destruction words: an attack near a crash is still one
    body = (
        "وقفز الطياران من المقاتلة الإسرائيلية بمظليتهما قبل تحطمها شمال إسرائيل، فيما تقول إسرائيل إنها ردت بموجة"
        " هجمات على أهداف عسكرية سورية وأخرى إيرانية في سوريا."
    )
    assert of_type(code_text(body, "2018-02-11"), "ASSAULT")


def test_a_name_that_starts_with_fa_or_la_is_no_preposition():
    [ev] = of_type(code("وتظاهر فلسطينيون أمام مقر الأمم المتحدة.", []), "PROTEST")
    assert countries(ev.actor) == ["PSE"]
    # but a conjoined place after a preposition is no object: «بحث الوضع في سوريا وليبيا»
    doc = code(
        "وبحث الوزير التركي مع نظيره الروسي الوضع في سوريا وليبيا.",
        [("الوزير التركي", "TUR", "GOV", "PER"), ("نظيره الروسي", "RUS", "GOV", "PER")],
    )
    [ev] = of_type(doc, "CONSULT")
    assert countries(ev.recipient) == ["RUS"]


def test_convicted_of_is_a_sentence_not_a_condemnation():
    doc = code("أعلن الجيش الإسرائيلي إطلاق سراح جندي أدين بقتل فلسطيني جريح.", [])
    assert [(e.event, e.mode) for e in of_type(doc, "SANCTION")] == [("SANCTION", "convict")]
    assert not of_type(doc, "ACCUSE")
    assert of_type(code("وأدان الرئيس المصري الهجوم.", []), "ACCUSE")


def test_a_charge_names_an_earlier_event():
    doc = code("وجددت المحكمة حبس محمود عيسوي المتهم بقتل هبة العقاد.", [])
    assert [e.historical for e in of_type(doc, "ASSAULT")] == [True]
    trial = code("وحكمت المحكمة بالسجن على متهمين اثنين بخطف أربعة سياح.", [])
    assert [e.historical for e in of_type(trial, "ASSAULT")] == [True]
    # the accusation itself is news of now; and a charge word after the trigger is not before it
    denied = code("ونفى محامي المشتبه بهم هذه الاتهامات.", [])
    assert not any(e.historical for e in of_type(denied, "ACCUSE"))
    assert not of_type(code("وقتل مسلحون خمسة جنود واعتقلت الشرطة المتهمين.", []), "ASSAULT")[0].historical


def test_a_device_found_or_defused_is_no_attack():
    for body in (
        "وفي الجزائر، فككت قوات الأمن أمس سيارة مفخخة قرب السفارة.",
        "وأضاف أن القوة عثرت على سيارة مفخخة جاهزة للتفجير.",
    ):
        assert of_type(code(body, []), "ASSAULT") == [], body
    assert of_type(code("وانفجرت سيارة مفخخة في بغداد أمس.", []), "ASSAULT")
    # a comma ends the reach of the verb
    assert of_type(code("واكتشفت الشرطة النفق، ثم انفجرت عبوة ناسفة قرب دورية.", []), "ASSAULT")


def test_a_verbal_attack_is_criticism():
    doc = code("فهاجم المرشح الجمهوري تصريحات المرشح الديمقراطي عن إيران.", [])
    assert of_type(doc, "ACCUSE") and not of_type(doc, "ASSAULT")
    assert of_type(code("وشن الوزير هجوما لاذعا على المعارضة.", []), "ACCUSE")
    assert of_type(code("وهاجم مسلحون حاجزا للجيش في سيناء.", []), "ASSAULT")


def test_a_yes_no_question_asserts_no_event():
    asked = code("هل استخدمت الحكومة السورية أسلحة كيميائية من قبل؟", [])
    assert [e.hypothetical for e in of_type(asked, "ASSAULT")] == [True]
    # a wh-question takes its event as given; a statement after the question is told
    told = code("كيف تم إلقاء القبض عليه؟", [])
    assert not any(e.hypothetical for e in of_type(told, "COERCE"))
    after = code("فهل يجوز تبرير القتل؟ وقتل مسلحون خمسة جنود أمس.", [])
    assert [e.hypothetical for e in of_type(after, "ASSAULT")] == [True, False]


def test_passive_with_tamma_has_no_actor():
    doc = code("وتم اعتقال عشرين شخصا في بغداد أمس.", [])
    [ev] = of_type(doc, "COERCE")
    assert ev.mode == "arrest" and ev.cameo == "173"
    assert ev.actor == []


def test_sanctions_adjective_gives_the_actor():
    doc = code("وقال إن العقوبات الأميركية المفروضة على الشركة غير مشروعة.", [("الأميركية", "USA", None, "MISC")])
    [ev] = of_type(doc, "COERCE")
    assert ev.cameo == "163" and countries(ev.actor) == ["USA"]


def test_look_alikes_are_not_triggers():
    # «وزارة» is not «و + زار + ه»; «بحث عن» is searching; «فجر أمس» is dawn
    doc = code("وقالت وزارة الداخلية إن الشرطة تبحث عن المفقودين منذ فجر أمس.", [])
    assert doc.events == []


def test_suspension_of_escorts_is_sanction_discontinue():
    body = "أعلن المركز الروسي للمصالحة في سوريا تعليق مرافقة الشرطة العسكرية الروسية للعربات المدنية."
    doc = code(body, [("المركز الروسي للمصالحة في سوريا", "RUS", "MIL", "ORG")])
    [ev] = of_type(doc, "SANCTION")
    assert ev.mode == "discontinue" and countries(ev.actor) == ["RUS"]
    assert ev.location is None  # «في سوريا» is inside the actor's name


def test_comment_is_not_suspension():
    doc = code("ورفض المتحدث التعليق على التقارير.", [])
    assert not of_type(doc, "SANCTION")


PROTEST_SENTENCE = "وتظاهر مئات الطلاب أمام مقر الحكومة احتجاجا على رفع الأسعار."


def _protest_with_filter_score(monkeypatch, p, cut=None):
    """The PROTEST events of PROTEST_SENTENCE when the filter says ``p`` (and the stage drops below ``cut``)."""
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", True)
    if cut is not None:
        monkeypatch.setattr(events.settings, "min_filter_score", cut)
    monkeypatch.setattr(events, "_filter_scores", lambda texts, plover: [p] * len(texts))
    return of_type(code(PROTEST_SENTENCE, []), "PROTEST")


def test_default_keeps_a_doubted_protest_with_the_doubt_in_its_confidence(monkeypatch):
    import marsad.events as events

    assert events.DEFAULT_MIN_FILTER_SCORE == 0.0
    monkeypatch.setattr(events.settings, "min_filter_score", events.DEFAULT_MIN_FILTER_SCORE)
    [low] = _protest_with_filter_score(monkeypatch, 0.05)
    [high] = _protest_with_filter_score(monkeypatch, 0.95)
    assert low.confidence < high.confidence  # the filter's score reaches the exported confidence
    assert round(high.confidence - low.confidence, 3) == round(events.FILTER_WEIGHT * 0.9, 3)


def test_strict_cut_drops_candidates_below_it(monkeypatch):
    assert _protest_with_filter_score(monkeypatch, 0.3, cut=0.5) == []
    assert len(_protest_with_filter_score(monkeypatch, 0.3, cut=0.2)) == 1
    assert len(_protest_with_filter_score(monkeypatch, 0.6, cut=0.5)) == 1


def test_filter_off_gives_the_rules_confidence(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
    monkeypatch.setattr(events, "_filter_scores", lambda texts, plover: 1 / 0)  # must not be asked
    [ev] = of_type(code(PROTEST_SENTENCE, []), "PROTEST")
    assert ev.confidence >= events.MIN_CONFIDENCE


def test_filter_threshold_outside_unit_interval_is_refused(monkeypatch):
    import pytest

    import marsad.events as events

    monkeypatch.setattr(events.settings, "min_filter_score", events.settings.min_filter_score)
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            events.configure(min_filter_score=bad)


def test_bad_env_threshold_falls_back_to_default(monkeypatch):
    import warnings

    import marsad.events as events

    monkeypatch.setenv("MARSAD_EVENT_MIN_FILTER_SCORE", "strict")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert events._env_min_filter_score() == events.DEFAULT_MIN_FILTER_SCORE
    assert caught
    monkeypatch.setenv("MARSAD_EVENT_MIN_FILTER_SCORE", "0.5")
    assert events._env_min_filter_score() == 0.5


def test_real_filter_score_is_in_the_confidence_of_an_attack(monkeypatch):
    import marsad.events as events
    from marsad.events import _optional

    score = _optional("marsad.events.filter", "score")
    sentence = "وقتل ثلاثة جنود في هجوم مسلح استهدف حاجزا للجيش أمس."
    monkeypatch.setattr(events.settings, "use_filter", False)
    base = of_type(code(sentence, []), "ASSAULT")
    monkeypatch.setattr(events.settings, "use_filter", True)
    monkeypatch.setattr(events.settings, "min_filter_score", 0.0)
    with_filter = of_type(code(sentence, []), "ASSAULT")
    assert base and len(with_filter) == len(base)  # no cut: the filter drops nothing
    p = score(sentence, "ASSAULT") if score else None
    if p is None:
        assert [e.confidence for e in with_filter] == [e.confidence for e in base]
    else:
        expected = round(min((1 - events.FILTER_WEIGHT) * base[0].confidence + events.FILTER_WEIGHT * p, 0.99), 3)
        assert abs(with_filter[0].confidence - expected) <= 0.002


def test_every_event_has_offsets_into_the_body():
    body = "تظاهر آلاف الإسرائيليين مساء أمس في تل أبيب احتجاجا على حملة اليمين. واعتقلت الشرطة عشرة منهم."
    doc = code(body, [("الإسرائيليين", "ISR", None, "MISC")])
    assert {e.event for e in doc.events} >= {"COERCE"}
    for ev in doc.events:
        assert body[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        s, e = ev.sentence
        assert s <= ev.trigger.start < ev.trigger.end <= e
        assert 0 < ev.confidence <= 1


def test_empty_and_odd_input_never_crash():
    import marsad.events as events

    assert events.run(Document()).events == []
    doc = code("؟؟؟ ... «» 123 ـــ", [])
    assert doc.events == []
    # no sentences yet (the stage builds them), and a run-on text: coded in windows, one event per window
    doc = Document(article=Article(body="اعتقلت الشرطة " * 300))
    evs = events.run(doc).events
    assert 1 <= len(evs) <= 5
    assert all(e.sentence[1] - e.sentence[0] < 3000 for e in evs)


def test_date_falls_back_to_publication_when_no_resolver():
    from marsad.events import _optional

    doc = code("واعتقلت الشرطة عشرة أشخاص.", [], published="2021-03-04")
    ev = doc.events[0]
    if _optional("marsad.events.dates", "resolve_event_date") is None:
        assert (ev.date, ev.date_precision, ev.date_source) == ("2021-03-04", "published", "published")
    else:
        assert ev.date is not None


def test_location_entity_place_is_used():
    body = "اعتقلت الشرطة عشرة أشخاص في المدينة الساحلية."
    place = Place("المدينة الساحلية", "LBN", 33.9, 35.5)
    doc = code(body, [("المدينة الساحلية", "LBN", None, "LOC")], places={"المدينة الساحلية": place})
    ev = of_type(doc, "COERCE")[0]
    assert ev.location is not None and ev.location.country == "LBN"
    assert body[ev.location.start : ev.location.end] == "المدينة الساحلية"


def test_both_parties_word_refers_to_the_previous_two_party_event():
    body = (
        "أجرى الرئيس الروسي فلاديمير بوتين مكالمة هاتفية مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو. "
        "وأفاد الكرملين بأن الطرفين ناقشا القضايا الإقليمية."
    )
    doc = code(
        body,
        [
            ("الرئيس الروسي فلاديمير بوتين", "RUS", "GOV", "PER"),
            ("رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "ISR", "GOV", "PER"),
        ],
    )
    second = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "ناقشا"]
    assert second and countries(second[0].actor) == ["RUS"] and countries(second[0].recipient) == ["ISR"]


def test_pronoun_subject_continues_the_previous_sentence_actor():
    body = "وندد وزير الخارجية الفرنسي بالهجوم. واتهم الجماعة بتقويض الهدنة."
    doc = code(body, [("وزير الخارجية الفرنسي", "FRA", "GOV", "PER")])
    accuse = of_type(doc, "ACCUSE")
    assert len(accuse) == 2
    assert countries(accuse[1].actor) == ["FRA"]
    assert accuse[1].confidence < accuse[0].confidence  # a carried actor is less certain


def test_dash_joined_nationalities_are_two_parties(monkeypatch):
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
    parties = [("روسي", "RUS", None, "MISC"), ("تركي", "TUR", None, "MISC")]
    doc = code("وأشار إلى تعاون روسي – تركي في المنطقة.", parties)
    [ev] = of_type(doc, "COOPERATE")
    assert countries(ev.actor) == ["RUS"] and countries(ev.recipient) == ["TUR"]


def test_a_bare_attack_noun_is_a_keyword_not_an_event():
    # no party, place, date or pronoun, and nothing in the sentence tells of an occurrence: a kind of event
    doc = code("ووصفته جماعات حقوق الحيوان بأنه أحد أشكال التعذيب.")
    assert of_type(doc, "ASSAULT") == []
    doc = code("وتابع أن السفارة أبلغت بهذا الهجوم.")
    assert of_type(doc, "ASSAULT") == []


def test_a_bare_attack_noun_in_a_sentence_that_tells_it_happened_is_an_event():
    assert len(of_type(code("وقال المتحدث إنه وقع انفجار في المنطقة."), "ASSAULT")) == 1
    assert len(of_type(code("وأسفر التفجير عن سقوط عشرات الجرحى."), "ASSAULT")) == 1
    # a possessive pronoun is a party of the event
    assert len(of_type(code("وكثفت الميليشيات من اختطافها للأطفال."), "ASSAULT")) == 1
    # protesters named make a protest noun told
    assert len(of_type(code("وشكلت التظاهرات التي شارك فيها مئات المتظاهرين عامل ضغط."), "PROTEST")) == 1


def test_an_occurrence_or_a_claim_tells_a_bare_attack_noun():
    assert len(of_type(code("وأكد شهود وقوع الغارة والقصف."), "ASSAULT")) == 1
    assert len(of_type(code("وأعلن التنظيم مسؤوليته عن الهجمات."), "ASSAULT")) == 1


def test_before_tells_a_time_only_with_a_span():
    # «قبل يومين» dates an occurrence; «قبل أن» and «من قبل» do not
    assert len(of_type(code("وكان الاعتداء قبل يومين."), "ASSAULT")) == 1
    assert of_type(code("وأظهرت صور لحظة الاقتحام، قبل أن تصطدم السيارة بحواجز."), "ASSAULT") == []


def test_an_attack_after_which_another_event_is_told_is_background():
    # «بعد الهجوم»: the time the sentence's own news is told from; not when the attack has its own date
    [ev] = of_type(code("وتأتي هذه العملية بعد هجوم انتحاري في كابل على حافلة للشرطة."), "ASSAULT")
    assert ev.historical
    [ev] = of_type(code("وجاءت تصريحاته بعد ستة أيام على اغتيال رئيسة الوزراء الذي وقع في روالبندي."), "ASSAULT")
    assert ev.historical
    [ev] = of_type(code("وعاد الهدوء إلى المدينة بعد مواجهات شهدتها أمس."), "ASSAULT")
    assert not ev.historical


def test_a_told_mention_of_the_same_attack_keeps_it_actual():
    # the noun after «بعد» merges into the verb's event, which tells it: not background
    doc = code("وقتل خمسة أشخاص بعد هجوم انتحاري في كابل.")
    assert [e.historical for e in of_type(doc, "ASSAULT")] == [False]


def test_what_a_subject_suffers_is_no_purpose():
    # «تعرض» takes its object with ل, also after its subject: the attack happened, it is no aim
    [ev] = of_type(code("وتعرضت وزارة المالية اليابانية لانتقادات بسبب الوثائق."), "ACCUSE")
    assert not ev.future
    # a purpose ل after another verb is still a purpose
    assert [e.future for e in of_type(code("ويسعى الجيش لاغتيال قادة الحركة.", []), "ASSAULT")] == [True]


def test_a_short_doubled_verb_takes_the_conjunction():
    # «وحث»: و + a two-letter stem
    [ev] = of_type(
        code("وحث جينبينغ الحزب الحاكم على العودة إلى جذوره.", [("جينبينغ", "CHN", "GOV", "PER")]), "REQUEST"
    )
    assert countries(ev.actor) == ["CHN"]


def test_other_types_keep_their_bare_nouns():
    # only the types in ``told_types`` (attacks and protests, whose nouns often name a kind of act) need an anchor
    assert len(of_type(code("وردت بطرد العدد ذاته من الدبلوماسيين."), "SANCTION")) == 1


def test_a_politician_attacking_in_words_accuses():
    doc = code(
        "هاجم الرئيس الأميركي دونالد ترامب شركة أمازون.",
        [("الرئيس الأميركي دونالد ترامب", "USA", "GOV", "PER"), ("أمازون", "USA", "BUS", "ORG")],
    )
    assert [(e.event, e.cameo) for e in doc.events] == [("ACCUSE", "111")]
    # a saying participle after the attack word: words, whoever attacks
    assert of_type(code("وهاجمت الوزيرة الحركة قائلة إنها خلقت ظروفا صعبة.", []), "ACCUSE")
    # armed parties, weapons or wounds, a weapon mode or a count: violence
    assert of_type(code("وهاجم مسلحون مركزا للشرطة.", [("مسلحون", None, "REB", "ORG")]), "ASSAULT")
    doc = code("وأصيب طفل بجروح عندما هاجمه فهد.", [("فهد", None, None, "PER")])
    assert of_type(doc, "ASSAULT") and not of_type(doc, "ACCUSE")
    # wounds or weapons count near the attack word only, not in a killing told in a later clause
    doc = code(
        "وهاجم نتنياهو، الأحد، الرئيس التركي بعد انتقاده إسرائيل وتنديده بالمواجهات التي قتل فيها 16 فلسطينياً "
        "برصاص الجيش الإسرائيلي.",
        [("نتنياهو", "ISR", "GOV", "PER"), ("الرئيس التركي", "TUR", "GOV", "PER")],
    )
    assert [e.trigger.text for e in of_type(doc, "ACCUSE") if e.trigger] == ["وهاجم", "انتقاده"]
    # the saying participle makes words of an attack on an armed group; a person's attack on it alone does not
    doc = code(
        "وهاجمت رايس حماس قائلة إنها خلقت ظروفا صعبة.", [("رايس", "USA", "GOV", "PER"), ("حماس", "PSE", "REB", "ORG")]
    )
    assert of_type(doc, "ACCUSE") and not of_type(doc, "ASSAULT")
    doc = code("وصعد الأسد هجماته ضد فصائل المعارضة.", [("الأسد", "SYR", "GOV", "PER"), ("فصائل", None, "REB", "ORG")])
    assert of_type(doc, "ASSAULT") and not of_type(doc, "ACCUSE")


def test_a_situation_or_a_crisis_that_explodes_is_no_bombing():
    assert of_type(code("ومخاوفي من أن ينفجر الوضع في المنطقة.", []), "ASSAULT") == []
    assert of_type(code("وتفجر الغضب بعد نشر الصور.", []), "ASSAULT") == []
    assert of_type(code("وكاد الخلاف أن يفجر أزمة سياسية.", []), "ASSAULT") == []
    assert of_type(code("وانفجرت سيارة مفخخة في بغداد.", []), "ASSAULT")


def test_achieving_a_goal_is_no_investigation():
    assert of_type(code("فيما حقق الجيش انتصارات كبيرة في المدينة.", []), "ACCUSE") == []
    assert of_type(code("ويتوقع أن يحقق الرئيس فوزا كبيرا في الانتخابات.", []), "ACCUSE") == []
    assert of_type(code("وأعلنت الشرطة أنها تحقق في الحادث.", []), "ACCUSE")


def test_the_person_after_a_visit_noun_is_the_visitor():
    doc = code("وتأتي زيارة لافروف قبل القمة بأسبوع.", [("لافروف", "RUS", "GOV", "PER")])
    (ev,) = [e for e in of_type(doc, "CONSULT") if e.mode == "visit"]
    assert [a.text for a in ev.actor] == ["لافروف"]
    assert "لافروف" not in [r.text for r in ev.recipient]
    # a place after the visit noun is where the visit goes
    doc = code("وبعد زيارة بكين عاد الوزير.", [("بكين", "CHN", None, "LOC")])
    assert all(a.text != "بكين" for e in of_type(doc, "CONSULT") for a in e.actor)


def test_a_court_that_condemns_convicts_and_pretending_is_no_protest():
    doc = code("وأدانت محكمة أمريكية ضابطا سابقا بتهم التجسس.", [("محكمة أمريكية", "USA", "JUD", "ORG")])
    assert [(e.event, e.mode) for e in doc.events] == [("SANCTION", "convict")]
    doc = code("وأدان مجلس الأمن الهجوم.", [("مجلس الأمن", None, "IGO", "ORG")])
    assert of_type(doc, "ACCUSE") and not of_type(doc, "SANCTION")
    assert of_type(code("ولكن السائق الذي تظاهر بأنه يترجل من سيارته هرب.", []), "PROTEST") == []
    assert of_type(code("وتظاهر الآلاف في العاصمة.", []), "PROTEST")


def test_a_conviction_told_with_the_noun_is_a_sanction():
    # «إدانته» with a pronoun in a sentence of a trial convicts; a condemnation of something (ل, «بشدة») does not
    doc = code("وحكم عليه بالسجن 33 عاما بعد إدانته بمساعدة جماعة مسلحة.", [])
    assert [(e.event, e.mode) for e in doc.events] == [("SANCTION", "convict")]
    doc = code("وأعربت الخارجية عن إدانتها لحكم المحكمة.", [])
    assert [e.event for e in doc.events] == ["ACCUSE"]
    # the verb written like the noun, its court after it: the court convicts
    doc = code("وعانت من ضربة أخرى عندما أدانتها محكمة بالاحتيال.", [("محكمة", None, "JUD", "ORG")])
    [ev] = of_type(doc, "SANCTION")
    assert [a.sector for a in ev.actor] == ["JUD"] and not ev.recipient


def test_a_conviction_with_its_charge_after_it_names_the_convicted_as_recipient():
    # a charge with «ب» right after «لإدانته» makes it a conviction without another trial word; the «ل» says why
    # he is held (no purpose, not future) and the one the pronoun names is convicted, not convicting
    doc = code_text('طالبت الأمم المتحدة بإخلاء سبيل الناشط البحريني نبيل رجب المسجون لإدانته بـ"بث أخبار كاذبة".')
    [ev] = of_type(doc, "SANCTION")
    assert (ev.mode, ev.future, ev.actor) == ("convict", False, [])
    assert countries(ev.recipient) == ["BHR"] and not of_type(doc, "ACCUSE")


def test_a_ceasefire_with_an_adjective_is_no_shooting():
    doc = code("ويسري في قطاع غزة وقف هش لإطلاق النار منذ انتهاء الحرب.", [])
    assert [(e.event, e.mode) for e in doc.events] == [("RETREAT", "ceasefire")]


def test_relief_workers_and_agencies_are_no_aid_given():
    assert code("وقال أحد عمال الإغاثة إن الوضع صعب.", []).events == []
    doc = code("وعبرت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين عن قلقها.", [])
    assert of_type(doc, "AID") == []
    assert of_type(code("ودخلت قافلة الإغاثة إلى المدينة أمس.", []), "AID")


def test_a_date_that_coincides_is_no_agreement():
    doc = code("ونقلت السفارة إلى القدس في الموعد الذي يوافق الذكرى السبعين لقيام إسرائيل.", [])
    assert of_type(doc, "AGREE") == []
    assert of_type(code("ومن المرجح أن يوافق على إعادة تعيين الحريري.", []), "AGREE")


def test_sanctions_or_a_plan_that_target_attack_nothing():
    assert of_type(code("وذكر البيان أن العقوبات الجديدة تستهدف الأمين العام لحزب الله.", []), "ASSAULT") == []
    assert of_type(code("ووصف الخطوة بأنها خدعة ماكرة تستهدف كسب الأصوات.", []), "ASSAULT") == []
    assert of_type(code("وقالت الشرطة إن الهجمات تستهدف مواقع عسكرية.", []), "ASSAULT")


def test_declining_to_comment_rejects_nothing():
    assert code("ورفض متحدث باسم الشرطة المحلية التعليق.", []).events == []
    assert code("وذكرت الصحيفة أن البيت الأبيض رفض الإجابة عن أسئلة مفصلة.", []).events == []
    assert of_type(code("ورفضت الحكومة مطالب المعارضة.", []), "REJECT")


def test_what_lies_in_the_middle_mediates_nothing():
    assert code("وتتوسط البيضاء بموقعها الاستراتيجي ثماني محافظات يمنية.", []).events == []
    assert of_type(code("وتوسطت مصر بين حماس وإسرائيل للتوصل إلى هدنة.", []), "CONSULT")


def test_a_blaze_is_no_gunfire():
    assert of_type(code("اندلعت النيران بطائرة ركاب روسية بعد انحرافها عن المدرج.", []), "ASSAULT") == []
    doc = code("وقتل فلسطيني بنيران الجيش الإسرائيلي.", [("الجيش الإسرائيلي", "ISR", "MIL", "ORG")])
    assert of_type(doc, "ASSAULT")


def test_a_match_report_snatches_tickets_and_controls_the_ball():
    assert of_type(code("كما خطف الفريق الإيطالي بطاقته إلى الدور ربع النهائي.", []), "ASSAULT") == []
    assert of_type(code("لكن الفريق نجح في خطف هدف الفوز.", []), "ASSAULT") == []
    assert of_type(code("وسيطر الإسبان على الكرة في الشوط الثاني.", []), "COERCE") == []
    assert of_type(code("كما أن اللاعب غاب عن مباراة القمة مع ليفربول.", []), "CONSULT") == []
    assert of_type(code("وخطف مسلحون ثلاثة صحافيين.", []), "ASSAULT")


def test_dawn_and_getting_used_to_are_no_attacks():
    assert of_type(code("وتم إلقاء القبض فجر أول من أمس على عدد من الأشخاص.", []), "ASSAULT") == []
    assert of_type(code("لقد اعتدت أن أعيش بهذه الطريقة.", []), "ASSAULT") == []
    assert of_type(code("واعتدى مسلحون على الحراس.", []), "ASSAULT")


def test_an_attack_noun_with_only_its_target_names_a_known_event():
    doc = code("ونفى مشرف أن تكون حكومته قد حاولت إخفاء أسرار حول اغتيال بوتو.", [("بوتو", "PAK", None, "PER")])
    assert of_type(doc, "ASSAULT") == []
    doc = code("وأسفر اغتيال بوتو عن موجة عنف.", [("بوتو", "PAK", None, "PER")])
    assert of_type(doc, "ASSAULT")


def test_a_coalition_name_and_anonymity_are_no_events():
    doc = code("شنت مقاتلات التحالف العربي لدعم الشرعية باليمن غارات على محافظة الحديدة.", [])
    assert of_type(doc, "SUPPORT") == [] and of_type(doc, "ASSAULT")
    doc = code("وأضاف المسؤول الذي طلب عدم نشر اسمه أن المحادثات مستمرة.", [])
    assert of_type(doc, "REQUEST") == []


def test_without_that_negates_the_clause_after_it():
    assert _negated("وسقط صاروخ قرب المدينة من دون أن ينفجر.", "ASSAULT") == {True}
    assert _negated("وقال إن المسلحين هاجموا القرية.", "ASSAULT") == {False}


def test_after_a_relative_a_verb_with_an_object_pronoun_has_its_subject_after_it():
    doc = code(
        "وشملت القائمة عبد العزيز الرنتيسي الذي اغتالته إسرائيل.",
        [("عبد العزيز الرنتيسي", "PSE", None, "PER"), ("إسرائيل", "ISR", None, "LOC")],
    )
    (ev,) = of_type(doc, "ASSAULT")
    assert [a.text for a in ev.actor] == ["إسرائيل"]
    assert [r.text for r in ev.recipient] == ["عبد العزيز الرنتيسي"]


def test_an_indefinite_subject_after_the_complementizer_keeps_the_speaker_out():
    doc = code("وأكد مسؤولون صينيون أن رجلا فجر عبوة ناسفة قرب السفارة.", [("مسؤولون صينيون", "CHN", "GOV", "ORG")])
    assert all(a.text != "مسؤولون صينيون" for e in of_type(doc, "ASSAULT") for a in e.actor)
    doc = code("وأكد مسؤولون صينيون أنهم فجروا عبوة ناسفة قرب السفارة.", [("مسؤولون صينيون", "CHN", "GOV", "ORG")])
    assert [a.text for e in of_type(doc, "ASSAULT") for a in e.actor] == ["مسؤولون صينيون"]


def test_receiving_refugees_and_tourists_visiting_are_no_meetings():
    assert of_type(code("وقال الرزاز إن الأردن استقبل لاجئين أعلى من قدرته.", []), "CONSULT") == []
    assert of_type(code("وهو موقع تاريخي يزوره السياح كل عام.", []), "CONSULT") == []
    assert of_type(code("مشيرة إلى أنها تبحث فيه خيارات أخرى.", []), "CONSULT") == []
    assert of_type(code("واستقبل الرئيس وزير الخارجية الفرنسي أمس.", []), "CONSULT")


def test_protesters_who_go_out_or_close_a_road_protest():
    doc = code("كما خرج مساء أمس مئات من المتظاهرين تدعمهم الأحزاب المعارضة احتجاجا على الحرائق.", [])
    assert of_type(doc, "PROTEST")
    doc = code("وبعد أن أغلق المتظاهرون مدخل المدينة ساروا نحو البرلمان.", [])
    assert [e.mode for e in of_type(doc, "PROTEST") if e.trigger.text == "أغلق"] == ["obstruct"]
    doc = code("وأغلقت إسرائيل الأحد معبر إيريز الحدودي.", [("إسرائيل", "ISR", None, "LOC")])
    assert of_type(doc, "PROTEST") == [] and of_type(doc, "COERCE")


def test_protesters_who_burn_or_storm_protest_violently():
    doc = code("وأضرم متظاهرون النار في مكاتب الحزب.", [])
    assert [(e.event, e.mode) for e in doc.events] == [("PROTEST", "vandalize")]
    doc = code("حيث هاجم محتجون مباني حكومية.", [])
    assert [(e.event, e.mode) for e in doc.events] == [("PROTEST", "riot")]
    # without protesters named it stays an attack
    assert of_type(code("وهاجم مسلحون مباني حكومية.", []), "ASSAULT")


def test_a_visit_abroad_with_one_party_known_stays_a_visit():
    from marsad.document import EventArg
    from marsad.events.modes import refine_consult

    trump = EventArg("ترمب", "E1", "USA", "GOV", 0, 4)
    may = EventArg("ماي", "E2", "GBR", "GOV", 10, 13)
    scotland = Place("اسكتلندا", "GBR", 56.1, -3.7)
    geneva = Place("جنيف", "CHE", 46.2, 6.1)
    assert refine_consult("visit", "042", [], [trump], scotland) == ("visit", "042")
    assert refine_consult(None, None, [trump], [may], geneva) == ("third-party", "044")
    assert refine_consult(None, None, [trump], [may], scotland) == ("visit", "042")
    # one visitor's tour of three countries stays a visit; three countries meeting are multilateral
    jor, isr = EventArg("الأردن", "E3", "JOR", None, 20, 25), EventArg("إسرائيل", "E4", "ISR", None, 30, 36)
    assert refine_consult("visit", "042", [trump], [may, jor, isr], None) == ("visit", "042")
    assert refine_consult(None, None, [trump], [may, jor], None) == ("multilateral", "040")


def test_bursting_into_tears_and_an_early_warning_centre_are_no_events():
    assert not of_type(code("وانفجرت بالبكاء لدى رؤية الأمير تشارلز.", []), "ASSAULT")
    assert not of_type(code("وأكد المركز الوطني للإنذار المبكر أن الإعصار اقترب من صلالة.", []), "THREATEN")


def test_brandishing_a_withdrawal_threatens_it_and_waving_a_piece_is_nothing():
    doc = code("وجاء القرار بعد أن لوحت شركة توتال الفرنسية بالانسحاب من المشروع.", [("توتال", "FRA", None, "ORG")])
    assert of_type(doc, "THREATEN") and not of_type(doc, "RETREAT")
    assert not of_type(code("وحذر نتنياهو إيران ملوحاً بقطعة الطائرة المسيرة.", []), "THREATEN")


def test_a_search_or_a_study_is_no_discussion():
    for body in (
        "وكانت عملية بحث ضخمة قادتها الصين وأستراليا للبحث عن الطائرة.",
        "وحذر أردوغان من أن تبحث أنقرة عن حليف جديد لها.",
        "وتفيد تقديرات وردت في بحث نشرته دورية علمية بأن الأعداد تراجعت.",
    ):
        assert of_type(code(body, []), "CONSULT") == [], body
    assert of_type(code("وبحث وزير الخارجية مع نظيره الروسي الوضع في سوريا.", []), "CONSULT")


def test_relief_centres_and_workers_are_no_aid():
    for body in (
        "وتقرر إقامة 11 مركز إغاثة في سقطرى لتقديم المأوى للأشخاص.",
        "ونقلت الحافلات الفارين إلى ملاجئ مؤقتة، بحسب عاملين في الإغاثة.",
    ):
        assert of_type(code(body, []), "AID") == [], body


def test_what_must_happen_has_not_happened():
    doc = code("لكن يجب أن يحصل المرسوم على موافقة سلطات المقاطعة.", [])
    assert all(e.hypothetical for e in of_type(doc, "AGREE")) and of_type(doc, "AGREE")
    doc = code("وقال إنه يجب أن يطرد من منصبه.", [])
    assert all(e.hypothetical for e in of_type(doc, "COERCE"))


def test_a_crossroads_is_no_boycott():
    body = 'وأوردت الوكالة أن الطائرة "تحطمت عند تقاطع" طريقين قرب المطار.'
    assert of_type(code(body, []), "PROTEST") == []


def test_the_object_that_chose_a_verbs_reading_is_no_event_of_its_own():
    doc = code("ورفعت الحكومة حالة الطوارئ في البلاد.", [])
    assert [e.event for e in doc.events] == ["RETREAT"]
    doc = code("وبموجب الاتفاق، رفعت العقوبات الاقتصادية التي كانت مفروضة على إيران.", [])
    assert of_type(doc, "COERCE") == []


def test_an_attacker_after_that_is_the_subject_not_an_attack():
    doc = code("وذكرت السلطات الفرنسية أن مهاجما قتل أحد المارة.", [("السلطات الفرنسية", "FRA", "GOV", "ORG")])
    (e,) = of_type(doc, "ASSAULT")
    assert e.trigger.text == "قتل" and "FRA" not in countries(e.actor)


def test_an_expected_attack_and_a_plan_to_strike_have_not_happened():
    assert all(
        e.future for e in of_type(code("وبدأت المنظمات إجلاء موظفيها قبل هجوم متوقع على المدينة.", []), "ASSAULT")
    )
    assert all(e.future for e in of_type(code("لكنه أعد خطة لتوجيه ضربة جوية محدودة.", []), "ASSAULT"))


def test_an_aim_is_not_yet_an_event():
    doc = code("ودخلت القوات التركية عفرين بهدف طرد مقاتلي وحدات حماية الشعب.", [])
    assert of_type(doc, "COERCE") and all(e.future for e in of_type(doc, "COERCE"))


def test_the_town_a_meeting_is_named_after_is_where_it_meets():
    places = {"هلسنكي": Place("هلسنكي", "FIN", 60.17, 24.94)}
    doc = code("واحتدم الجدل حول قمة هلسنكي بين الرئيسين.", [("هلسنكي", "FIN", None, "LOC")], places=places)
    (e,) = of_type(doc, "CONSULT")
    assert e.location is not None and e.location.country == "FIN"


def test_a_crowd_out_celebrating_is_no_protest():
    doc = code("وتدفق الملايين من الجماهير الفرنسية إلى الشوارع فرحين بعد صفارة النهاية.", [])
    assert of_type(doc, "PROTEST") == []


def test_a_prevented_vigil_did_not_take_place_though_a_date_stands_between():
    doc = code("منع الأمن السوداني، اليوم الأحد، وقفة احتجاجية لأسر المعتقلين.", [])
    assert of_type(doc, "PROTEST") and all(e.negated for e in of_type(doc, "PROTEST"))


def test_giving_a_lead_powers_or_a_chance_is_no_aid_but_giving_loans_is():
    for body in (
        "سدد اللاعب الكرة في الشباك ليمنح التقدم لفرنسا.",
        "وأقر الأتراك دستورا جديدا يمنح الرئيس سلطات جديدة.",
        "ومنح الناخبون المرتبة الأولى إلى حزب النجوم الخمس.",
    ):
        assert of_type(code(body, []), "AID") == [], body
    assert of_type(code("ومنحت فرنسا لبنان 550 مليون يورو من القروض.", []), "AID")


def test_posing_a_threat_is_a_danger_not_a_threat_made():
    for body in (
        "وقال إن كوريا الشمالية تشكل تهديداً حقيقياً.",
        "وأكد أن الشاب لم يكن يشكل أي تهديد.",
        'وقال إن الأكياس تمثل "تهديدا جديا لصحة الإنسان".',  # a quotation mark between them
    ):
        assert of_type(code(body, []), "THREATEN") == [], body
    assert of_type(code("وهدد الرئيس بفرض عقوبات جديدة على طهران.", []), "THREATEN")


def test_answering_a_call_makes_the_call_no_purpose_and_a_partys_name_no_call():
    doc = code("وخرج مئات المحتجين استجابة لدعوة ناشطين على مواقع التواصل.", [])
    assert of_type(doc, "REQUEST") and not any(e.future for e in of_type(doc, "REQUEST"))
    doc = code("وأضرم متظاهرون النار في مكاتب حزب الدعوة في المحافظة.", [("حزب الدعوة", "IRQ", "PTY", "ORG")])
    assert of_type(doc, "REQUEST") == []
    assert of_type(code("وقال إنه لا يوجد ما يدعو روسيا للتدخل.", []), "REQUEST") == []


def test_applying_for_a_visa_or_papers_requests_nothing_political():
    assert of_type(code("وأكدت أن خاشقجي كان لديه بعض المخاوف من طلب الأوراق.", []), "REQUEST") == []


def test_areas_under_control_are_a_state_not_a_seizure():
    doc = code("وتواجه الميليشيا سخطا شعبيا متزايدا في مناطق سيطرتها.", [])
    assert of_type(doc, "COERCE") == []
    assert of_type(code("وسيطرت القوات اليمنية بشكل كامل على المعسكر.", []), "COERCE")


def test_a_state_of_emergency_is_an_event_only_when_declared_or_extended():
    assert of_type(code("وتسمح حالة الطوارئ للحكومة التركية بتجاوز البرلمان.", []), "COERCE") == []
    assert of_type(code("وقررت الحكومة تمديد حالة الطوارئ ثلاثة أشهر أخرى.", []), "COERCE")


def test_declining_to_speculate_or_reveal_is_no_rejection_and_a_wide_chest_no_welcome() -> None:
    assert of_type(code("ورفضت المتحدثة التكهن بما إذا كانت روسيا ضالعة في المحاولة.", []), "REJECT") == []
    assert of_type(code("وقال مدير الوكالة الذي رفض الكشف عن هويته إن الوضع صعب.", []), "REJECT") == []
    assert of_type(code("ورفضت الحكومة الاتفاق مع المعارضة.", []), "REJECT")
    assert of_type(code("وقال الوزير تحملنا ما فيه الكفاية بكل صدر رحب.", []), "SUPPORT") == []


def test_destroying_a_life_or_a_cause_is_a_figure_of_speech_not_an_attack():
    assert of_type(code("هذه الجماعة دمرت حياتنا.", []), "ASSAULT") == []
    assert of_type(code('أما عريقات فاعتبر القرار تدميراً "لجهود السلام".', []), "ASSAULT") == []
    assert of_type(code("قمتم بتدمير فرص السلام.", []), "ASSAULT") == []
    assert of_type(code("ودمرت مقاتلات التحالف تعزيزات للميليشيات.", []), "ASSAULT")


def test_a_recording_of_an_event_is_no_purpose():
    [ev] = of_type(code("وكان قد انتشر تسجيل لمحادثة صوتية بين ترامب ومحاميه.", []), "CONSULT")
    assert not ev.future
    [ev] = of_type(code("وأرسلت الوزارة فريقا لمحادثة المسؤولين.", []), "CONSULT")
    assert ev.future  # a purpose still is


def test_the_event_as_a_nouns_object_or_the_reason_for_a_sentence_is_no_purpose():
    [ev] = of_type(code("قتل شرطيان ومسلحان في تبادل لإطلاق النار في مدينة كويتا.", []), "ASSAULT")
    assert not ev.future
    [ev] = of_type(code("وكانت دانييلز قد أكدت تعرضها لتهديد في موقف للسيارات.", []), "THREATEN")
    assert not ev.future
    body = "وكان القضاء قد حكم على الجندي بالسجن 18 شهراً لقتله عبد الفتاح الشريف برصاصة في الرأس."
    [ev] = of_type(code(body, []), "ASSAULT")
    assert not ev.future
    [ev] = of_type(code("وأرسلت الجماعة مسلحين لقتله.", []), "ASSAULT")
    assert ev.future  # a purpose still is


def test_bearing_responsibility_is_no_accusation():
    assert of_type(code("وقال إن على الدول العربية تحمل مسؤولية ما يجري في سوريا.", []), "ACCUSE") == []
    assert of_type(code("ودعا الطلاب إلى تحمل مسؤولياتهم.", []), "ACCUSE") == []
    ents = [("إسرائيل", "ISR", None, "LOC"), ("إيران", "IRN", None, "LOC")]
    assert of_type(code("وتحمل إسرائيل إيران المسؤولية عن الهجوم.", ents), "ACCUSE")


def test_an_imminent_danger_is_no_raid():
    # «خطر داهم»: «داهم» is an adjective (imminent) after the noun it qualifies
    assert of_type(code("يعرض مصادر استخباراتية لخطر داهم.", []), "COERCE") == []
    assert of_type(code("لم يكونوا يشكلون خطراً داهماً.", []), "COERCE") == []
    assert of_type(code("وداهمت الشرطة منزل المتهم فجر اليوم.", []), "COERCE")


def test_a_campaign_rally_is_no_protest():
    for body in (
        "وقال ترامب خلال تجمع انتخابي للجمهوريين، في ولاية مينيسوتا، إن الملك سلمان سيدفع.",
        "وعبّر عشرات آلاف الأتراك خلال تجمع انتخابي الخميس في إزمير عن دعمهم لإنجيه.",
    ):
        assert not of_type(code_text(body, "2018-10-05"), "PROTEST"), body
    assert of_type(code_text("وتجمع آلاف المحتجين أمام البرلمان أمس.", "2018-10-05"), "PROTEST")


def test_a_drone_is_no_negation_and_a_possibility_is_hypothetical():
    body = "وأعلنت مصادر أمنية فلسطينية أن طائرة من دون طيار أطلقت نيرانها قرب مجموعة فلسطينيين شرق مخيم البريج."
    assert _flags(body, "ASSAULT") == {""}
    assert _flags("وتنظر الأمم المتحدة في إمكانية الدعوة إلى تحقيق مستقل بشأن الأحداث.", "REQUEST") == {"H"}
    assert _flags("وأكد الجيش أنه يتهيأ لمواجهة إمكان شن هجمات صاروخية على مستويين.", "ASSAULT") == {"H"}


def test_a_protest_banned_by_a_trigger_verb_did_not_take_place():
    body = "وقالت السلطات المحلية في بيان لها: لقد حظرنا الاحتجاج لأنه كان منشوراً على موقع حزب محظور."
    assert _flags(body, "PROTEST") == {"N"}


def test_recalling_ones_own_ambassador_is_a_sanction_summoning_another_is_a_complaint():
    doc = code_text("استدعت وزارة الخارجية الإيرانية، مساء الجمعة، سفيرها بالعراق.", "2018-09-08")
    assert [(e.event, e.cameo) for e in doc.events] == [("SANCTION", "161")]
    doc = code_text("استدعت وزارة الخارجية الإيرانية السفير العراقي.", "2018-09-08")
    assert [(e.event, e.cameo) for e in doc.events] == [("ACCUSE", "114")]


def test_armed_after_an_attack_noun_is_its_adjective_not_a_party():
    doc = code_text("وقتل الأخوان 12 شخصا في هجوم مسلح على مقر مجلة في باريس.", "2018-05-13")
    assert all(a.text != "مسلح" for e in doc.events for a in e.actor + e.recipient)


def test_the_plural_afal_written_with_hamza_above_is_no_verbal_noun():
    assert code_text("إلا أن للغور أبعاداً استراتيجية لا يمكن تجاهلها.", "2014-01-04").events == []
    assert of_type(code_text("وقررت الحكومة إبعاد الصحافي الأجنبي.", "2014-01-04"), "COERCE")
    assert of_type(code_text("وصدرت عشرات الأحكام بالسجن في قضايا إرهاب.", "2014-01-04"), "SANCTION")


def test_what_a_party_can_do_considers_or_was_trained_for_is_hypothetical():
    # «يمكن» with a pronoun, «بإمكان», «تدرس» (considers), «تلقوا تدريبا على» (trained for), «تكهن» (speculates)
    assert _flags("وقال الخبير إن المسلحين يمكنهم اطلاق النار على الدوريات في أي وقت.", "ASSAULT") == {"H"}
    assert _flags("وأعلنت الوزارة أن الحكومة تدرس فرض رسوم جمركية على الواردات.", "COERCE") == {"H"}
    assert _flags("واعتقلت الشرطة خمسة رجال تلقوا تدريبا في الخارج على تنفيذ هجمات في البلاد.", "ASSAULT") == {"H"}
    assert _flags("وتكهن المحلل بانتشار التوتر واستمرار اغتيال شخصيات معروفة.", "ASSAULT") == {"H"}
    assert _flags("وأطلق المسلحون النار على الدوريات أمس.", "ASSAULT") == {""}


def test_a_strong_attack_on_a_rival_in_a_speech_is_criticism():
    doc = code_text("وشن الوزير هجوما قويا على المعارضة في كلمة ألقاها أمس.", "2018-05-13")
    assert [(e.event, e.cameo) for e in doc.events] == [("ACCUSE", "111")]


def test_a_decade_or_a_past_century_in_the_clause_makes_the_event_historical():
    def historical(body: str, plover: str) -> list[bool]:
        return [e.historical for e in of_type(code_text(body, "2018-05-13"), plover)]

    assert historical("وقالت الصحيفة إن الرئيس رفض تركيب المرشات في التسعينيات بسبب تكلفتها.", "REJECT") == [True]
    assert historical("واعتقلت السلطات آلاف المعارضين في ستينيات القرن الماضي.", "COERCE") == [True]
    # an age, the current century and the Horn of Africa are no past period
    assert historical("واعتقلت الشرطة رجلا في منتصف الخمسينات من عمره.", "COERCE") == [False]
    assert historical("وقتل مسلحون خمسة جنود في منطقة القرن الأفريقي.", "ASSAULT") == [False]
    # nor a period in a relative clause after the trigger
    assert historical("وطالب ياتوم الذي رأس الموساد في أواخر تسعينيات القرن الماضي بالإطاحة به.", "REQUEST") == [False]


def test_a_plot_a_resolve_or_an_imminent_strike_is_no_event_yet():
    assert _flags("وكشفت وثائق سرية مؤامرة لاغتيال الرئيس في لندن.", "ASSAULT") == {"FH"}
    assert _flags("وأعلنت الحركة عزمها على خطف جنود الاحتلال.", "ASSAULT") == {"F"}
    assert _flags("وقالت المصادر إن ضربة جوية باتت وشيكة على مواقع الحزب.", "ASSAULT") == {"F"}


def test_will_not_hesitate_to_is_no_negation():
    assert _flags("وقالت الحكومة إنها لن تتردد في إبعاد أي دبلوماسي يثبت تورطه.", "COERCE") == {"F"}
    assert _flags("وأكد الملك أن المملكة لن تتوانى عن دعم الفلسطينيين لاستعادة حقوقهم.", "SUPPORT") == {"F"}
    assert _flags("وقالت الحكومة إنها لن تقوم بإبعاد أي دبلوماسي.", "COERCE") == {"NF"}


def test_a_silent_stand_and_closing_a_road_are_protests():
    doc = code_text("وشارك آلاف المواطنين في الوقفة الصامتة على كورنيش النيل أمس.", "2018-05-13")
    assert [(e.event, e.mode) for e in of_type(doc, "PROTEST")] == [("PROTEST", "demo")]
    doc = code_text("وقام عدد من شبان العشائر بإقفال طريق البقاع أمس.", "2018-05-13")
    assert [(e.event, e.mode) for e in of_type(doc, "PROTEST")] == [("PROTEST", "obstruct")]


def test_who_speaks_of_a_death_with_the_victims_pronoun_did_not_kill():
    doc = code_text("واعتبر الخبير البريطاني آدم بارون أن مقتله هو النجاح الأكبر للتحالف.", "2018-05-13")
    assert [a.text for e in of_type(doc, "ASSAULT") for a in e.actor] == []


def test_a_town_named_like_a_verb_after_its_head_noun_is_no_trigger():
    doc = code_text("وخسر التنظيم مطار الطبقة ومدينة تدمر في ريف حمص الشرقي.", "2018-05-13")
    assert not of_type(doc, "ASSAULT")
    assert of_type(code_text("وقالت الوزارة إن الدفاعات الجوية تدمر صاروخين.", "2018-05-13"), "ASSAULT")


def test_moves_in_a_match_a_model_number_and_idioms_are_no_events():
    play = "وكان زملاء القائد غودين أول من هددوا مرمى منافسهم، وبالتحديد في الدقيقة الرابعة عن طريق سواريز."
    assert not code_text(play, "2018-07-07").events
    assert not code_text("فسيطر عليها وتلاعب بالدفاع قبل أن يسددها أرضية في الشباك.", "2018-07-07").events
    # the police acting on a crowd during a match still do
    crowd = code_text("وأطلقت الشرطة الغاز المسيل للدموع على المشجعين في الدقيقة 80 من المباراة.", "2018-07-07")
    assert [e.mode for e in of_type(crowd, "ASSAULT")] == ["crowd-control"]
    # and outside a match a threat is one
    assert of_type(code_text("وهدد الجيش المسلحين في الدقيقة الأخيرة من المفاوضات.", "2018-07-07"), "THREATEN")
    assert not of_type(code_text("قال إنهم سيختبرون صواريخ زلزال وفجر-5 خلال المناورات.", "2018-07-07"), "ASSAULT")
    assert of_type(code_text("وفجر انتحاري نفسه في السوق أمس.", "2018-07-07"), "ASSAULT")
    assert not code_text("تحول المنتخب إلى رمز يضرب لمكافحة العنصرية.", "2018-07-07").events
    assert not code_text("وقال إن ذلك يؤدي إلى انفجار الإطار ووقوع الحوادث.", "2018-07-07").events
    assert not code_text("وأعلنت كوريا الشمالية إجراء أول تفجير نووي.", "2018-07-07").events


def test_killings_a_century_ago_are_historical():
    assert [e.historical for e in of_type(code_text("وقتل الجنود مئات الأرمن قبل قرن.", "2007-02-12"), "ASSAULT")] == [
        True
    ]
    assert [
        e.historical for e in of_type(code_text("وقتل الجنود مئات الأرمن قبل يومين.", "2007-02-12"), "ASSAULT")
    ] == [False]
    # a criticism now of what happened then, further before it
    body = "وانتقد مشروع قرار يعتبر عمليات القتل الجماعية للأرمن قبل قرن عمليات تطهير."
    assert [e.historical for e in of_type(code_text(body, "2007-02-12"), "ACCUSE")] == [False]


def test_one_party_looking_into_something_is_no_meeting():
    assert not of_type(code_text("وأوضح البيان أن روسيا سوف تبحث قرارات طرد مماثلة.", "2018-03-30"), "CONSULT")
    assert not of_type(code_text("وقال إن الإدارة الأمريكية تبحث في مسألة التنظيم.", "2018-03-30"), "CONSULT")
    for body in (
        "وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي الأوضاع في سوريا.",
        "وتبحث القمة سلسلة من الاقتراحات العملية.",
        "وقالت الرئاسة إن الزعماء الثلاثة سيبحثون ترتيبات وقف إطلاق النار.",
    ):
        assert of_type(code_text(body, "2018-03-30"), "CONSULT"), body


def test_what_an_act_is_for_is_not_yet_an_event():
    assert _flags("ونتحدث مع جميع الأطراف القادرة من أجل وقف إطلاق النار.", "RETREAT") == {"F"}
    assert _flags("وقال مسؤولون روس إن اتصالاتهم بطالبان كانت تهدف إلى تشجيع محادثات سلام.", "CONSULT") == {"F"}
    assert _flags("وأضاف أنه سيعمل على التوصل لاتفاق حقيقي وشامل.", "AGREE") == {"F"}
    # a verb after a purpose is told as done: «وللضغط من أجل انتخابه طلب باشينيان»
    assert _flags("وللضغط من أجل انتخابه طلب باشينيان من أنصاره تنظيم تجمع ضخم.", "REQUEST") == {""}


def test_a_bare_year_after_fi_dates_the_event():
    (ev,) = of_type(code_text("واستهدفت إسرائيل في 2017 مواقع عسكرية في سوريا.", "2018-05-13"), "ASSAULT")
    assert (ev.date, ev.date_precision, ev.historical) == ("2017-01-01", "year", True)
    # «منذ 2017» is a span up to now, and this year's date is no past one
    for body in ("واستهدفت إسرائيل منذ 2017 مواقع عسكرية في سوريا.", "واستهدفت إسرائيل في 2018 مواقع عسكرية في سوريا."):
        assert [e.historical for e in of_type(code_text(body, "2018-05-13"), "ASSAULT")] == [False]


def test_crimes_listed_after_a_general_head_are_no_attack():
    body = "وقال التقرير إن الأدلة تثبت وقوع حالات اغتصاب وتعذيب وقتل عمد في دارفور."
    assert not of_type(code_text(body, "2007-05-01"), "ASSAULT")
    body = "وتواجه الحكومة اتهامات بتسليح الجنجويد لارتكاب جرائم اغتصاب وقتل في القرى."
    assert not of_type(code_text(body, "2007-05-01"), "ASSAULT")
    # a list with no such head is one attack told with its parts
    assert of_type(code_text("وأكد شهود وقوع الغارة والقصف على البلدة أمس.", "2018-05-01"), "ASSAULT")
    # and a purpose ends at punctuation: «من أجل التغيير، مقتل …» is a name, then a death
    body = "وأكد قائد تحالف شمال مالي من أجل التغيير، مقتل ما لا يقل عن 20 جنديا."
    assert _flags(body, "ASSAULT") == {""}


def test_an_earlier_attack_and_training_for_one_are_not_now():
    body = "مما دعا أولمرت لأن يصف هجوما سابقا على قرية قرب نابلس بالمذبحة."
    assert [e.historical for e in of_type(code_text(body, "2008-09-29"), "ASSAULT")] == [True]
    body = "وقال إن التدريبات تشمل التدرب على القيام باختطاف جنود."
    assert _flags(body, "ASSAULT") == {"H"}
    # a purpose reaches over a quotation mark
    body = 'وتبنى مجلس الأمن قرارا يدعو إلى وقف إطلاق النار من أجل "إيصال المساعدات الإنسانية" إلى الغوطة.'
    assert _flags(body, "AID") == {"F"}


def test_holding_hostages_is_an_abduction_and_protest_action_is_a_protest():
    body = "وقال مسؤول في الشرطة إن مسلحين احتجزوا أربعة من رجال الشرطة رهائن منذ مساء أمس."
    assert [e.mode for e in of_type(code_text(body, "2007-05-20"), "ASSAULT")] == ["abduct"]
    assert not of_type(code_text(body, "2007-05-20"), "COERCE")
    assert [e.mode for e in of_type(code_text("واحتجزت الشرطة عشرة أشخاص أمس.", "2007-05-20"), "COERCE")] == ["arrest"]
    body = "وهذا هو الإضراب الاحتجاجي الثاني الذي تنفذه النقابة خلال الشهر الجاري."
    assert of_type(code_text(body, "2018-05-10"), "PROTEST")


def test_chanting_death_to_someone_is_a_protest():
    body = "وفي كراتشي، ردد اكثر من الف شخص «الموت لرشدي والموت لبريطانيا» امام مسجد بعد صلاة الجمعة."
    assert [e.mode for e in of_type(code_text(body, "2007-06-23"), "PROTEST")] == ["demo"]


def test_an_ongoing_event_is_told_as_happening():
    for body in ("استمرت الاحتجاجات القاتلة لعدة أيام.", "وقال إن العمل الاحتجاجي للنقابات مستمر."):
        (ev,) = of_type(code_text(body, "2018-07-16"), "PROTEST")
        assert not (ev.negated or ev.future or ev.hypothetical or ev.historical)

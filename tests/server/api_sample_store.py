"""A small marsad store built through the real Store API, for the server and browser tests.

Articles are short Arabic news texts written for these tests; spans are located in the body by
searching for their text, so offsets are always consistent with what the UI displays.
"""

from __future__ import annotations

from pathlib import Path

from marsad.document import Actor, Article, Document, Entity, Event, EventArg, Place, Quote, Source, Trigger
from marsad.store import Store

# (id, source, published, title, body, entities, quotes, events)
# entity: (text, label, country, sector); quote: (text, speaker); event: (type, trigger, actor, recipient,
# date, place, lat, lon, actor_country, recipient_country)
ARTICLES = [
    (
        "a-lavrov",
        "الشرق الأوسط",
        "2020-12-30",
        "لافروف يستقبل جاويش أوغلو في سوتشي",
        "موسكو: استقبل وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في سوتشي أمس. "
        "وقال لافروف: «ناقشنا الوضع في سوريا وليبيا». وأعلنت روسيا وتركيا اتفاقاً على تسيير دوريات مشتركة.\n"
        "واتهمت الحكومة السورية تركيا بدعم الفصائل المسلحة في إدلب.",
        [
            ("سيرغي لافروف", "PER", "RUS", "GOV"),
            ("مولود جاويش أوغلو", "PER", "TUR", "GOV"),
            ("سوتشي", "LOC", "RUS", None),
            ("سوريا", "LOC", "SYR", None),
            ("ليبيا", "LOC", "LBY", None),
            ("روسيا", "LOC", "RUS", None),
            ("تركيا", "LOC", "TUR", None),
            ("الحكومة السورية", "ORG", "SYR", "GOV"),
            ("إدلب", "LOC", "SYR", None),
        ],
        [("ناقشنا الوضع في سوريا وليبيا", "لافروف")],
        [
            ("CONSULT", "استقبل", "سيرغي لافروف", "مولود جاويش أوغلو", "2020-12-29", "سوتشي", 43.6, 39.7, "RUS", "TUR"),
            ("AGREE", "اتفاقاً", "روسيا", "تركيا", "2020-12-30", None, None, None, "RUS", "TUR"),
            ("ACCUSE", "واتهمت", "الحكومة السورية", "تركيا", "2020-12-30", "إدلب", 35.93, 36.63, "SYR", "TUR"),
        ],
    ),
    (
        "a-protest",
        "بي بي سي",
        "2021-01-02",
        "احتجاجات في بيروت على تردي الأوضاع",
        "بيروت: تظاهر مئات اللبنانيين في وسط بيروت احتجاجاً على انهيار العملة. "
        "وطالب المحتجون الحكومة اللبنانية بإجراء إصلاحات عاجلة.",
        [("بيروت", "LOC", "LBN", None), ("الحكومة اللبنانية", "ORG", "LBN", "GOV")],
        [],
        [
            ("PROTEST", "تظاهر", "اللبنانيين", "الحكومة اللبنانية", "2021-01-02", "بيروت", 33.89, 35.5, "LBN", "LBN"),
            ("REQUEST", "وطالب", "المحتجون", "الحكومة اللبنانية", "2021-01-02", "بيروت", 33.89, 35.5, "LBN", "LBN"),
        ],
    ),
    (
        "a-moscow",
        "سكاي نيوز عربية",
        "2021-01-03",
        "الكرملين: لا خطط لعقوبات جديدة",
        "قال المتحدث باسم الكرملين إن روسيا لا تخطط لفرض عقوبات على أوكرانيا. وأضاف أن موسكو تدعو إلى الحوار.",
        [("الكرملين", "ORG", "RUS", "GOV"), ("روسيا", "LOC", "RUS", None), ("أوكرانيا", "LOC", "UKR", None)],
        [],
        [("REQUEST", "تدعو", "موسكو", "أوكرانيا", "2021-01-03", "موسكو", 55.75, 37.62, "RUS", "UKR")],
    ),
]


def _find(body: str, text: str, after: int = 0) -> tuple[int, int]:
    i = body.find(text, after)
    if i < 0:
        raise ValueError(f"{text!r} not in body")
    return i, i + len(text)


def sample_documents() -> list[Document]:
    """The sample articles as processed Documents (entities, quotes, events with offsets into the body)."""
    docs = []
    for aid, source, published, title, body, ents, quotes, events in ARTICLES:
        doc = Document(
            id=aid,
            source=Source(path=f"{aid}.txt", format="txt"),
            article=Article(title=title, published=published, body=body, source_name=source, language="ar"),
        )
        by_text: dict[str, str] = {}
        for n, (text, label, country, sector) in enumerate(ents, start=1):
            start, end = _find(body, text)
            place = Place(name=text, country=country) if label == "LOC" else None
            actor = Actor(country=country, sector=sector) if label != "LOC" else None
            doc.entities.append(
                Entity(f"e{n}", text, label, start, end, entity_id=f"E{n}", canonical=text, actor=actor, place=place)
            )
            by_text[text] = f"E{n}"
        for text, speaker in quotes:
            start, end = _find(body, text)
            doc.quotes.append(Quote(text, start, end, speaker=speaker, speaker_entity=by_text.get("سيرغي لافروف")))
        for etype, trig, actor, recipient, date, place, lat, lon, acountry, rcountry in events:
            ts, te = _find(body, trig)
            sent_start = body.rfind(".", 0, ts) + 1
            while body[sent_start].isspace():
                sent_start += 1
            sent_end = body.find(".", te) + 1 or len(body)
            doc.events.append(
                Event(
                    event=etype,
                    actor=[EventArg(actor, entity_id=by_text.get(actor), country=acountry)],
                    recipient=[EventArg(recipient, entity_id=by_text.get(recipient), country=rcountry)],
                    date=date,
                    date_precision="day",
                    location=Place(place, lat=lat, lon=lon, country=acountry) if place else None,
                    trigger=Trigger(trig, ts, te),
                    sentence=(sent_start, sent_end),
                    confidence=0.8,
                )
            )
        docs.append(doc)
    return docs


def build_store(path: Path) -> Path:
    """Create a store at ``path`` holding the sample documents; return the path."""
    with Store(path) as store:
        for doc in sample_documents():
            store.add(doc)
    return path

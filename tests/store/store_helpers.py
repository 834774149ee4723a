"""Small real-text Documents with events, built directly (no pipeline) for store and export tests."""

from __future__ import annotations

from marsad.document import Actor, Article, Document, Entity, Event, EventArg, Place, Quote, Source, Trigger, content_id

BODY = (
    "موسكو - وصل وزير الخارجية الروسي سيرغي لافروف إلى سوتشي أمس، حيث التقى نظيره التركي مولود جاويش أوغلو. "
    "وقال لافروف إن المحادثات تناولت الوضع في سوريا. "
    "وأضاف أن روسيا وتركيا اتفقتا على مواصلة التنسيق في إدلب."
)


TITLE = "لافروف يستقبل جاويش أوغلو في سوتشي"


def lavrov_doc(body: str = BODY, title: str = TITLE, doc_id: str | None = None) -> Document:
    """A processed-looking Document: two entities, one quote, two events with offsets into ``body``."""
    i_lav = body.index("سيرغي لافروف")
    i_cav = body.index("مولود جاويش أوغلو")
    i_sochi = body.index("سوتشي")
    i_trig = body.index("التقى")
    i_agree = body.index("اتفقتا")
    sent1_end = body.index(".") + 1
    s3 = body.index("وأضاف")
    doc = Document(
        id=doc_id or content_id(body),
        source=Source(path="mem.txt", format="txt"),
        article=Article(title=title, published="2020-12-30", body=body, language="ar", source_name="الشرق الأوسط"),
    )
    doc.entities = [
        Entity(
            "e1", "سيرغي لافروف", "PER", i_lav, i_lav + 12, "E1", "سيرغي لافروف", Actor("RUS", "GOV", "وزير الخارجية")
        ),
        Entity("e2", "مولود جاويش أوغلو", "PER", i_cav, i_cav + 17, "E2", "مولود جاويش أوغلو", Actor("TUR", "GOV")),
        Entity("e3", "سوتشي", "LOC", i_sochi, i_sochi + 5, "E3", "سوتشي", place=Place("سوتشي", "RUS", 43.6, 39.7)),
    ]
    q0 = body.index("إن المحادثات")
    doc.quotes = [Quote("المحادثات تناولت الوضع في سوريا", q0 + 3, q0 + 34, "لافروف", "E1", direct=False)]
    doc.events = [
        Event(
            "CONSULT",
            mode="visit",
            cameo="042",
            actor=[EventArg("سيرغي لافروف", "E1", "RUS", "GOV", i_lav, i_lav + 12)],
            recipient=[EventArg("مولود جاويش أوغلو", "E2", "TUR", "GOV", i_cav, i_cav + 17)],
            date="2020-12-29",
            date_precision="day",
            date_source="أمس",
            location=Place("سوتشي", "RUS", 43.6, 39.7, i_sochi, i_sochi + 5),
            trigger=Trigger("التقى", i_trig, i_trig + 5),
            sentence=(0, sent1_end),
            confidence=0.9,
        ),
        Event(
            "AGREE",
            cameo="030",
            actor=[EventArg("روسيا", None, "RUS", None), EventArg("تركيا", None, "TUR", None)],
            trigger=Trigger("اتفقتا", i_agree, i_agree + 6),
            sentence=(s3, len(body)),
            future=True,
            confidence=0.6,
        ),
    ]
    return doc

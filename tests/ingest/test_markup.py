"""strip_tags: the linear-time fallback for markup no parser should be trusted with."""

from __future__ import annotations

from marsad.ingest.markup import strip_tags


def test_tags_comments_and_dropped_elements():
    html = "<html><head><title>t</title></head><body><p>نص<b>عريض</b></p><script>var a='<p>x</p>'</script>ختام"
    lines = [" ".join(ln.split()) for ln in strip_tags(html).split("\n")]
    assert [ln for ln in lines if ln] == ["نص عريض", "ختام"]


def test_lone_angle_brackets_stay_text():
    assert strip_tags("a < b and c > d") == "a < b and c > d"
    assert strip_tags("x <<<< y") == "x <<<< y"


def test_unclosed_things_end_the_text():
    assert strip_tags("قبل<!-- بلا نهاية") == "قبل"
    assert strip_tags("قبل<script>var x = 1") == "قبل"
    assert strip_tags("قبل<div class='x") == "قبل"


def test_custom_drop_set():
    assert strip_tags("<nav><a href='/'>الرئيسية</a></nav>خبر", frozenset({"nav"})) == "خبر"

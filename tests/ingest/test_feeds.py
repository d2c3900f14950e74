"""RSS/Atom feeds become one article per entry; entry HTML is stripped of script."""

from __future__ import annotations

from pathlib import Path

from marsad.ingest.readers import read_paths
from marsad.model import Article, IngestError

P1 = ("أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، "
      "في إطار خطة حكومية لتحسين الخدمات الطبية وتقليص قوائم الانتظار الطويلة.")
P2 = ("وقال المتحدث باسم الوزارة إن المستشفيات ستبدأ استقبال المرضى مطلع الشهر المقبل، "
      "مؤكداً أن الكوادر الطبية تلقت تدريباً مكثفاً على الأجهزة الحديثة خلال الأشهر الماضية.")

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>موقع الأخبار</title><link>https://news.example/</link>
<item><title>افتتاح مستشفيات جديدة</title><link>https://news.example/a/1</link>
<guid>news-1</guid><pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{P1}</p><script>alert(1)</script><p>{P2}</p><p>شارك المقال</p>]]></description></item>
<item><title>خبر فارغ</title><link>https://news.example/a/2</link><description></description></item>
</channel></rss>"""


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text(RSS, "utf-8")
    results = list(read_paths([p]))
    arts = [r for r in results if isinstance(r, Article)]
    errs = [r for r in results if isinstance(r, IngestError)]
    assert len(arts) == 1 and len(errs) == 1
    a = arts[0]
    assert a.title == "افتتاح مستشفيات جديدة" and a.url == "https://news.example/a/1"
    assert a.published == "2023-03-07" and a.source == "موقع الأخبار" and a.id == "news-1"
    assert a.body.split("\n") == [P1, P2]
    assert "alert" not in a.body and a.removed == ["شارك المقال"]
    assert "feed.xml#1" in errs[0].source


def test_not_a_feed_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "data.xml"
    p.write_text("<root><x>1</x></root>", "utf-8")
    [err] = list(read_paths([p]))
    assert isinstance(err, IngestError) and "feed" in err.reason

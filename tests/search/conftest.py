"""A tiny hand-written Arabic store for search tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Article
from marsad.store.sqlite import Database

# Written for these tests. Each article exercises one matching rule.
DOCS = [
    Article(id="amman", source="petra", published="2020-01-02", url="https://petra.gov.jo/a/1",
            title="محادثات أردنية سورية في عمّان",
            body="أعلنت وزارة الخارجية الأردنية اليوم أن محادثات مع الوفد السوري ستعقد في عمّان "
                 "الأسبوع المقبل لبحث عودة اللاجئين.\nوقال المتحدث إن الأجواء إيجابية."),
    Article(id="school", source="bbc", published="2021-05-01", url="https://www.bbc.com/arabic/2",
            title="افتتاح مدرسة في الموصل",
            body="قال المحافظ إن المدرسة الجديدة ستفتح أبوابها في الخريف المقبل لأكثر من ألف طالب، "
                 "بعد أن دمرت الحرب المبنى القديم."),
    Article(id="tripoli", source="alwasat", published="2019-04-07",
            title="اشتباكات في طرابلس",
            body="اندلعت اشتباكات عنيفة في طرابلس بين مجموعات مسلحة، ودعت الحكومة إلى التهدئة "
                 "وفتح ممرات إنسانية للمدنيين العالقين في الأحياء الجنوبية."),
    Article(id="hospital", source="bbc", published="2022-11-20",
            title="مستشفى ميداني على الحدود",
            body="أقامت منظمة إغاثة مستشفى ميدانيا على الحدود، وقال مدير المستشفى إن الجديدة "
                 "من المعدات وصلت أمس إلى المدرسة المجاورة التي تحولت إلى مأوى."),
    Article(id="football", source="kooora", published="2018-06-15",
            title="المنتخب يفوز على مضيفه",
            body="فاز المنتخب الوطني على مضيفه بهدفين نظيفين في مباراة ودية، وسجل المهاجم الهدفين "
                 "في الشوط الثاني أمام جمهور كبير.\nويلتقي المنتخب مصر الشهر المقبل."),
    Article(id="egypt", source="ahram", published="2023-03-03",
            title="مصر تفتتح محطة شمسية",
            body="افتتحت مصر أكبر محطة للطاقة الشمسية في أسوان، وقال الوزير إن مدينتها الشمسية "
                 "الجديدة ستوفر الكهرباء لمليون منزل."),
]


@pytest.fixture
def store(tmp_path: Path):
    db = Database(tmp_path / "search.db")
    stats = db.add_articles(DOCS)
    assert stats.added == len(DOCS)
    yield db
    db.close()


@pytest.fixture
def store_path(store: Database) -> Path:
    return store.path

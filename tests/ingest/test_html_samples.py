"""Real Arabic news pages with gold text (../shared/data/extraction/arabic-html-samples)."""

from __future__ import annotations

import json
from collections import Counter

from tests.conftest import shared_path

from marsad.arabic.normalize import fold_key
from marsad.ingest.readers import read_paths
from marsad.model import Article


def _article(path) -> Article:
    [art] = list(read_paths([path]))
    assert isinstance(art, Article), art
    return art


def test_trafilatura_sample_keeps_the_story_and_drops_page_furniture() -> None:
    root = shared_path("data", "extraction", "arabic-html-samples", "trafilatura")
    gold = next(iter(json.loads((root / "evaldata_assabah.json").read_text("utf-8")).values()))
    art = _article(root / gold["file"])
    text = fold_key(art.body)
    for snippet in gold["with"]:
        assert fold_key(snippet) in text
    for snippet in gold["without"]:
        assert fold_key(snippet) not in text
    assert fold_key(art.title) == fold_key(gold["title"])


def test_newspaper_sample_body_matches_gold_text() -> None:
    root = shared_path("data", "extraction", "arabic-html-samples", "newspaper4k")
    art = _article(root / "html__arabic_article.html")
    gold = (root / "txt__arabic_article.txt").read_text("utf-8")
    ours, want = Counter(fold_key(art.body).split()), Counter(fold_key(gold).split())
    overlap = sum((ours & want).values())
    precision, recall = overlap / sum(ours.values()), overlap / sum(want.values())
    assert precision > 0.95 and recall > 0.9, (precision, recall)
    assert art.title == json.loads((root / "metadata__arabic_article.json").read_text("utf-8"))["title"]
    assert not any("CNN بالعربية، بل تعكس" in p for p in art.body.split("\n"))

"""Search on the shared 600-article sample: a headline finds its own article."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import shared_path

from marsad.ingest.readers import read_file
from marsad.model import Article
from marsad.search import parse_query, search
from marsad.store.sqlite import Database


def test_headlines_find_their_articles_in_the_sample(tmp_path: Path) -> None:
    sample = shared_path("data", "corpus", "articles.sample.jsonl")
    arts = [a for a in read_file(sample) if isinstance(a, Article) and a.title]
    db = Database(tmp_path / "sample.db")
    db.add_articles(arts)
    # index bodies only, as the news-title task does: strip the titles from the index
    with db.transaction() as conn:
        conn.execute("UPDATE articles_fts SET title = ''")
    probe = arts[::12][:50]
    ranks = []
    for a in probe:
        hits = search(db, parse_query(a.title, syntax=False), limit=10, snippets=False)
        found = [h.id for h in hits]
        ranks.append(found.index(a.id) + 1 if a.id in found else None)
    db.close()
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    assert mrr > 0.7, ranks
    assert sum(r is not None for r in ranks) >= 0.9 * len(ranks)


def test_reingesting_the_sample_changes_nothing(tmp_path: Path) -> None:
    sample = shared_path("data", "corpus", "articles.sample.jsonl")
    db = Database(tmp_path / "sample.db")
    first = db.add_articles(read_file(sample))
    second = db.add_articles(read_file(sample))
    n = db.count()
    fts = db.execute("SELECT count(*) FROM articles_fts")[0][0]
    db.close()
    assert first.added > 500 and first.added == n == fts
    assert (second.added, second.updated) == (0, 0)
    assert second.unchanged == first.added + first.unchanged

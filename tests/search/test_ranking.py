"""Ranking sanity on hand-written Arabic articles, through the Python API."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.search import Filters, parse_query, search
from marsad.store.sqlite import Database


def ids(db: Database, query: str, **kw) -> list[str]:
    return [h.id for h in search(db, query, **kw)]


@pytest.mark.parametrize("query", ["الأردنية", "الاردنية", "الإردنية", "الاردنيه", "والأردنية",
                                   "بالأردنية", "أردنية"])
def test_search_folds_alef_forms_taa_marbuta_and_clitics(store: Database, query: str) -> None:
    assert ids(store, query)[0] == "amman"


@pytest.mark.parametrize("query", ["مستشفى", "مستشفي", "المستشفى", "للمستشفى"])
def test_search_folds_alef_maqsura(store: Database, query: str) -> None:
    assert ids(store, query) == ["hospital"]


def test_search_matches_pronoun_suffixes_on_taa_marbuta(store: Database) -> None:
    # مدينتها (its city) and مدينة share a stem
    assert ids(store, "مدينة") == ["egypt"]


def test_search_ranks_the_article_about_the_query_first(store: Database) -> None:
    assert ids(store, "اشتباكات مسلحة في طرابلس")[0] == "tripoli"
    assert ids(store, "افتتاح مدرسة جديدة في الموصل")[0] == "school"
    assert ids(store, "المنتخب يفوز بهدفين")[0] == "football"


def test_search_weighs_the_title_and_lead_over_a_passing_mention(store: Database) -> None:
    # "مدرسة" is the school article's subject and a passing word in the hospital one
    assert ids(store, "المدرسة") == ["school", "hospital"]


def test_phrase_query_matches_words_in_order_only(store: Database) -> None:
    assert ids(store, '"المدرسة الجديدة"') == ["school"]
    # the hospital article has both words, but not together in this order
    assert ids(store, '"الجديدة المدرسة"') == []
    assert {"school", "hospital"} <= set(ids(store, "الجديدة المدرسة"))


def test_phrase_with_a_stopword_inside_matches(store: Database) -> None:
    assert ids(store, '"مدرسة في الموصل"') == ["school"]


def test_phrase_and_word_combine(store: Database) -> None:
    assert ids(store, '"المدرسة الجديدة" الموصل') == ["school"]
    assert ids(store, '"الجديدة المدرسة" الموصل') == []


def test_parse_query_reads_quotes_as_syntax_unless_told_not_to() -> None:
    q = parse_query('"المدرسة الجديدة" الموصل')
    assert q.phrases == [["مدرس", "جديد"]] and q.words == ["موصل"]
    plain = parse_query('"المدرسة الجديدة" الموصل', syntax=False)
    assert plain.phrases == [] and plain.words == ["مدرس", "جديد", "موصل"]


@pytest.mark.parametrize("filters, expected", [
    (Filters(source="bbc"), {"school", "hospital"}),
    (Filters(source="bbc.com"), {"school"}),  # a host matches the url
    (Filters(since="2022-01-01"), {"hospital"}),
    (Filters(until="2021-05-01"), {"school"}),  # inclusive
    (Filters(since="2021-05-01", until="2022-11-20"), {"school", "hospital"}),
    (Filters(source="petra"), set()),
])
def test_filters_restrict_results(store: Database, filters: Filters, expected: set[str]) -> None:
    assert set(ids(store, "المدرسة", filters=filters)) == expected


def test_snippets_highlight_query_words_in_their_written_form(store: Database) -> None:
    hit = search(store, "مدرسه")[0]
    assert "⟦المدرسة⟧" in hit.snippet
    assert "<mark>المدرسة</mark>" in hit.snippet_html


def test_html_snippets_escape_article_text(tmp_path) -> None:
    db = Database(tmp_path / "x.db")
    db.add_articles([Article(id="x", body="نص فيه <script>alert(1)</script> والمدرسة هنا في الخبر.")])
    html = search(db, "المدرسة")[0].snippet_html
    db.close()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>والمدرسة</mark>" in html


@pytest.mark.parametrize("query", ['"', '""', "*", "OR", "AND NOT", "NEAR(", "NEAR(طرابلس", "طرابلس*",
                                   "'; DROP TABLE articles; --", "title:طرابلس", "^طرابلس", "(((",
                                   "طرابلس OR", '"طرابلس', "-طرابلس", "{body}: طرابلس"])
def test_query_syntax_is_inert(store: Database, query: str) -> None:
    hits = search(store, query)  # never raises
    assert all(h.id == "tripoli" for h in hits)
    assert store.count() == 6  # and never writes


def test_empty_and_stopword_queries(store: Database) -> None:
    assert search(store, "") == [] and search(store, "   ") == []
    assert isinstance(search(store, "في من على"), list)


def test_paging_gives_disjoint_pages(store: Database) -> None:
    everything = ids(store, "المدرسة الجديدة الحدود المنتخب", limit=10)
    assert ids(store, "المدرسة الجديدة الحدود المنتخب", limit=2) == everything[:2]
    assert ids(store, "المدرسة الجديدة الحدود المنتخب", limit=2, offset=2) == everything[2:4]


def test_reingesting_is_idempotent_and_updates_reindex(store: Database) -> None:
    from tests.search.conftest import DOCS

    again = store.add_articles(DOCS)
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(DOCS))
    changed = Article(id="tripoli", title="هدوء في طرابلس", body="عاد الهدوء إلى بنغازي بعد أسبوع من القتال.")
    st = store.add_articles([changed])
    assert (st.added, st.updated) == (0, 1)
    assert store.count() == len(DOCS)
    assert ids(store, "اشتباكات عنيفة") == []
    assert ids(store, "بنغازي") == ["tripoli"]


def test_collection_stats_read_from_fts5_match_the_index(store: Database) -> None:
    from marsad.search.rank import collection_stats, doc_freqs

    stats = collection_stats(store)
    rows = store.execute("SELECT title, body FROM articles_fts")
    assert stats.docs == len(rows) == 6
    assert stats.avg_body == pytest.approx(sum(len(r[1].split()) for r in rows) / len(rows))
    assert stats.avg_title == pytest.approx(sum(len(r[0].split()) for r in rows) / len(rows))
    dfs = doc_freqs(store, ["مدرس", "طرابلس", "غايب"])
    assert dfs == {"مدرس": 2, "طرابلس": 1}


def test_title_and_lead_weights_raise_the_score(store: Database) -> None:
    from marsad.search.rank import RankParams

    def score(query: str, params: RankParams | None = None) -> float:
        return next(h.score for h in search(store, query, params=params) if h.id == "school")

    # المحافظ opens the body (the lead); الموصل is only in the title
    assert score("المحافظ") > score("المحافظ", RankParams(w_lead=0.0)) > 0
    assert score("الموصل") > score("الموصل", RankParams(w_title=0.0)) == 0

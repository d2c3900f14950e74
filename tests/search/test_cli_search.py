"""`marsad search` and `marsad eval search` through click's CliRunner."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from marsad.cli import cli
from marsad.search.evaluate import evaluate


def run_json(runner, store_path: Path, *args: str) -> dict:
    res = runner.invoke(cli, ["search", *args, "--db", str(store_path), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_cli_search_finds_folded_forms(runner, store_path: Path) -> None:
    out = run_json(runner, store_path, "الاردنيه")
    assert out["count"] >= 1 and out["results"][0]["id"] == "amman"
    assert "⟦الأردنية⟧" in out["results"][0]["snippet"]


def test_cli_search_phrases_match_in_order(runner, store_path: Path) -> None:
    assert [r["id"] for r in run_json(runner, store_path, '"المدرسة الجديدة"')["results"]] == ["school"]
    assert run_json(runner, store_path, '"الجديدة المدرسة"')["count"] == 0


@pytest.mark.parametrize("args, expected", [
    (["--source", "bbc"], {"school", "hospital"}),
    (["--since", "2022-01-01"], {"hospital"}),
    (["--until", "2021-12-31"], {"school"}),
])
def test_cli_search_filters(runner, store_path: Path, args: list[str], expected: set[str]) -> None:
    out = run_json(runner, store_path, "المدرسة", *args)
    assert {r["id"] for r in out["results"]} == expected


@pytest.mark.parametrize("query", ['"', "*", "OR", "NEAR(", "'; DROP TABLE articles; --"])
def test_cli_search_syntax_is_inert(runner, store_path: Path, query: str) -> None:
    out = run_json(runner, store_path, query)
    assert out["count"] == 0
    res = runner.invoke(cli, ["search", query, "--db", str(store_path)])
    assert res.exit_code == 0 and "no results" in res.output


def test_cli_search_prints_ranked_results(runner, store_path: Path) -> None:
    res = runner.invoke(cli, ["search", "طرابلس", "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    assert "1. اشتباكات في طرابلس" in res.output


# -- marsad eval search on a tiny BEIR collection -----------------------------------------

CORPUS = [
    {"_id": "d1", "title": "", "text": "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الزرقاء يتسع لمئتي سرير."},
    {"_id": "d2", "title": "", "text": "فاز المنتخب الوطني لكرة القدم على نظيره بثلاثة أهداف في مباراة ودية."},
    {"_id": "d3", "title": "", "text": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج."},
    {"_id": "d4", "title": "", "text": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج."},  # same text
    {"_id": "d5", "title": "الزرقاء", "text": "مدينة أردنية تقع شمال شرق العاصمة عمّان."},
]
QUERIES = [
    {"_id": "q1", "text": "افتتاح مستشفى في الزرقاء"},
    {"_id": "q2", "text": "\"المنتخب\" يفوز بثلاثية"},  # quotes in a headline are not syntax
    {"_id": "q3", "text": "أسعار النفط ترتفع"},
    {"_id": "q4", "text": "سؤال بلا أحكام"},  # not in qrels: ignored
]
QRELS = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td4\t1\n"


@pytest.fixture
def beir(tmp_path: Path) -> tuple[Path, Path, Path]:
    c, q, r = tmp_path / "corpus.jsonl", tmp_path / "queries.jsonl", tmp_path / "qrels.tsv"
    c.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in CORPUS), "utf-8")
    q.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUERIES), "utf-8")
    r.write_text(QRELS, "utf-8")
    return c, q, r


def test_eval_search_scores_a_tiny_collection(runner, beir) -> None:
    c, q, r = beir
    res = runner.invoke(cli, ["eval", "search", "--corpus", str(c), "--queries", str(q),
                              "--qrels", str(r), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    assert scores["queries"] == 3
    # q3's two identical documents both stay in the index and tie; d4 is first or second
    assert scores["recall@10"] == 1.0 and scores["recall@100"] == 1.0
    assert scores["mrr@10"] >= 0.83  # (1 + 1 + 0.5) / 3 at worst


def test_eval_search_uses_the_search_ranking(beir, monkeypatch) -> None:
    ev = importlib.import_module("marsad.search.evaluate")

    calls = []
    real = ev.search

    def spy(*a, **kw):
        calls.append(a[1])
        return real(*a, **kw)

    monkeypatch.setattr(ev, "search", spy)
    evaluate(*beir)
    assert len(calls) == 3 and all(not q.phrases for q in calls)

"""The command line on its real path (click's CliRunner and a subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.cli import cli

BODY = ("أكد وزير الخارجية في مؤتمر صحافي اليوم أن بلاده مستعدة لاستئناف المفاوضات مع الجانب الآخر "
        "بشرط وقف العمليات العسكرية في المنطقة الحدودية، مشيراً إلى أن الأزمة الإنسانية تتفاقم يوماً بعد يوم.")


def _page(tmp_path: Path, name: str, title: str, body: str = BODY) -> Path:
    p = tmp_path / name
    p.write_text(f"{body}\n{title}\n{title}\nاشترك الآن\n", "utf-8")
    return p


def test_analyze_prints_the_spec_record_for_the_seed(runner, seed_path: Path) -> None:
    res = runner.invoke(cli, ["analyze", str(seed_path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout.strip().splitlines()[0])
    for key in ("id", "source", "url", "published", "language", "title", "subtitle", "body", "removed",
                "entities", "dates", "quotes", "events"):
        assert key in rec
    assert rec["language"] == "ar"
    assert rec["title"].startswith("موسكو تتهم التحالف الدولي")
    assert len(rec["body"].split("\n")) == 9 and len(rec["removed"]) == 3
    for e in rec["entities"]:
        assert rec["body"][e["start"]:e["end"]] == e["text"]


def test_analyze_reports_unreadable_files_and_goes_on(runner, tmp_path: Path) -> None:
    good = _page(tmp_path, "good.txt", "عنوان جيد للخبر")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff" * 100)
    res = runner.invoke(cli, ["analyze", str(bad), str(good), "--published", "2020-01-02"])
    assert res.exit_code == 0
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(recs) == 1 and recs[0]["published"] == "2020-01-02"
    assert "bad.txt" in res.stderr and "binary" in res.stderr
    only_bad = runner.invoke(cli, ["analyze", str(bad)])
    assert only_bad.exit_code != 0 and only_bad.stdout == ""


def test_ingest_then_search_with_filters_and_json(runner, tmp_path: Path, db_path: Path) -> None:
    _page(tmp_path, "a.txt", "الوزير يعلن استئناف المفاوضات")
    _page(tmp_path, "b.txt", "مباراة كرة القدم", body=BODY.replace("المفاوضات", "المباراة النهائية"))
    res = runner.invoke(cli, ["ingest", str(tmp_path), "--db", str(db_path), "--no-analyze",
                              "--published", "2021-05-05"])
    assert res.exit_code == 0, res.output
    assert "2 added" in res.stderr
    again = runner.invoke(cli, ["ingest", str(tmp_path), "--db", str(db_path), "--no-analyze"])
    assert "0 added" in again.stderr and "2 unchanged" in again.stderr
    out = runner.invoke(cli, ["search", "مفاوضات", "--db", str(db_path), "--json"])
    data = json.loads(out.stdout)
    assert [r["id"] for r in data["results"]] == ["a"]
    assert "⟦" in data["results"][0]["snippet"]
    none = runner.invoke(cli, ["search", "مفاوضات", "--db", str(db_path), "--json", "--until", "2020-01-01"])
    assert json.loads(none.stdout)["count"] == 0
    text = runner.invoke(cli, ["search", "المفاوضات", "--db", str(db_path), "--limit", "1"])
    assert "الوزير يعلن استئناف المفاوضات" in text.stdout


def test_ingest_exit_status_says_something_failed(runner, tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    res = runner.invoke(cli, ["ingest", str(tmp_path / "empty.txt"), "--db", str(db_path), "--no-analyze"])
    assert res.exit_code == 2 and "empty.txt" in res.stderr and "empty file" in res.stderr


def test_demo_builds_store_and_serve_get_answers(runner, db_path: Path) -> None:
    res = runner.invoke(cli, ["demo", "--db", str(db_path), "--no-serve"])
    assert res.exit_code == 0, res.output
    page = runner.invoke(cli, ["serve", "--db", str(db_path), "--get", "/?q=%D8%B9%D9%85%D8%A7%D9%86"])
    assert page.exit_code == 0
    assert 'dir="rtl"' in page.stdout and "محادثات يمنية في عمان" in page.stdout
    api = runner.invoke(cli, ["serve", "--db", str(db_path), "--get", "/api/articles/01_amman_talks"])
    art = json.loads(api.stdout)
    assert art["title"] == "محادثات يمنية في عمان برعاية أممية"
    assert "جميع الحقوق محفوظة" in art["removed"]


def test_export_writes_stored_records(runner, tmp_path: Path, db_path: Path) -> None:
    _page(tmp_path, "a.txt", "الوزير يعلن استئناف المفاوضات")
    runner.invoke(cli, ["ingest", str(tmp_path), "--db", str(db_path), "--no-analyze"])
    res = runner.invoke(cli, ["export", "--db", str(db_path)])
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(recs) == 1 and recs[0]["title"] == "الوزير يعلن استئناف المفاوضات"


def test_analyze_with_workers_keeps_input_order(runner, tmp_path: Path) -> None:
    names = [f"p{i}.txt" for i in range(6)]
    for i, n in enumerate(names):
        _page(tmp_path, n, f"عنوان الخبر رقم {i} عن المفاوضات")
    one = runner.invoke(cli, ["analyze", *[str(tmp_path / n) for n in names]])
    two = runner.invoke(cli, ["analyze", "-j", "2", *[str(tmp_path / n) for n in names]])
    assert one.exit_code == two.exit_code == 0
    assert [json.loads(x)["id"] for x in two.stdout.splitlines()] == [n[:-4] for n in names]
    assert one.stdout == two.stdout


def test_analyze_on_a_dask_cluster_matches_local(runner, tmp_path: Path) -> None:
    import pytest

    pytest.importorskip("distributed", reason="dask[distributed] not installed")
    for i in range(3):
        _page(tmp_path, f"d{i}.txt", f"عنوان الخبر رقم {i} عن المفاوضات")
    local = runner.invoke(cli, ["analyze", str(tmp_path)])
    dask = runner.invoke(cli, ["analyze", "--engine", "dask", "-j", "2", str(tmp_path)])
    assert dask.exit_code == 0, dask.output
    assert dask.stdout == local.stdout and len(dask.stdout.splitlines()) == 3

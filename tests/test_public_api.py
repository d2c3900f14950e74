import marsad


def test_exported_members() -> None:
    assert sorted(marsad.__all__) == ["analyze", "ingest", "open_store", "read_paths", "search"]
    for name in marsad.__all__:
        assert callable(getattr(marsad, name))


def test_execute_write_reports_rows_changed_not_stale_rowids(tmp_path) -> None:
    from marsad.store import open_store

    with open_store(tmp_path / "s.db") as db:
        db.execute_write("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")
        assert db.execute_write("INSERT INTO t (v) VALUES ('a')") == 1
        assert db.execute_write("INSERT OR IGNORE INTO t (v) VALUES ('a')") == 0
        assert db.execute_write("DELETE FROM t WHERE v = 'zzz'") == 0
        assert db.execute_write("UPDATE t SET v = 'b'") == 1

import marsad


def test_exported_members() -> None:
    assert sorted(marsad.__all__) == ["analyze", "ingest", "open_store", "read_paths", "search"]
    for name in marsad.__all__:
        assert callable(getattr(marsad, name))

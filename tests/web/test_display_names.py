from marsad.api.entities import display_name, without_proclitics


def test_surface_forms_are_shown_without_proclitics() -> None:
    assert without_proclitics("للقوات الأميركية") == "القوات الأميركية"
    assert without_proclitics("وبالقوات") == "القوات"
    assert without_proclitics("والتحالف الدولي") == "التحالف الدولي"
    for name in ("لبنان", "بيروت", "ولاية", "القوات", "وباريس"):
        assert without_proclitics(name) == name


def test_arabic_pages_prefer_arabic_names() -> None:
    assert display_name("Jean-Yves Le Drian", "لودريان") == "لودريان"
    assert display_name("روسيا", "الروسية") == "روسيا"
    assert display_name(None, "للتحالف الدولي") == "التحالف الدولي"

"""Browser tests of the core pages: a real server plus headless Chromium."""

from __future__ import annotations

import pytest

from marsad.api.app import create_app
from marsad.store.sqlite import Database

pytestmark = pytest.mark.browser


def test_home_page_is_rtl(tmp_path, live_server, page, dialogs):
    base = live_server(create_app(db=Database(tmp_path / "m.db")))
    page.goto(base + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert not dialogs

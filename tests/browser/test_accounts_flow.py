"""The readers' side in a real browser: sign up, follow an actor, a new article about it arrives,
it shows in the feed, save it, and the digest reaches a real SMTP server. Also: hostile article
text never runs, and screenshots at phone and desktop widths (test-artifacts/)."""

from __future__ import annotations

import pytest
from tests.accounts.helpers import PASSWORD, add_article, egypt_article, ent, event, russia_article
from tests.mail.conftest import cheap_argon2, smtp_server  # noqa: F401  (fixtures)

from marsad.api.app import create_app
from marsad.store.sqlite import Database

pytestmark = pytest.mark.browser

PWN_TITLE = '<img src=x onerror="window.__pwned=1;alert(1)"> روسيا <script>window.__pwned=2</script>'
PWN_BODY = ('أعلنت روسيا <script>window.__pwned=3;alert(3)</script> أمس موقفها.\n'
            '<svg onload="window.__pwned=4"></svg> "><img src=x onerror=alert(5)>')


def _hostile(db: Database):
    ru = {**ent(PWN_BODY, "روسيا", "Q159"), "name": '"><img src=x onerror="window.__pwned=6">'}
    return add_article(db, PWN_TITLE, PWN_BODY, entities=[ru],
                       events=[event("112", ru, None, "<script>window.__pwned=7</script>")])


def _sign_up(page, base: str, name: str) -> None:
    page.goto(base + "/")
    page.click("#nav-signup")
    page.fill("input[name=name]", name)
    page.fill("input[name=email]", f"{name}@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("#signup-submit")
    page.wait_for_url("**/feed")


def test_reader_signs_up_follows_sees_saves_and_gets_the_digest(tmp_path, live_server, page, dialogs,
                                                                 new_page, artifacts, smtp_server):  # noqa: F811
    from marsad.mail.digest import run_digests
    from marsad.mail.smtp import SmtpConfig

    db = Database(tmp_path / "m.db")
    egypt_article(db)
    first = russia_article(db, "روسيا تتهم أوكرانيا بقصف محطة كهرباء", published="2026-11-20")
    base = live_server(create_app(db=db))

    _sign_up(page, base, "mariam")
    cookie = next(c for c in page.context.cookies() if c["name"] == "marsad_session")
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Lax"
    assert "لا تتابع شيئاً" in page.inner_text("main")

    # follow Russia from the article page
    page.goto(f"{base}/articles/{first.id}")
    page.click("#follow-entities button[data-key='Q159']")
    page.wait_for_url(f"**/articles/{first.id}**")
    assert "تتابع روسيا" in page.inner_text("#follow-entities")

    # a new article about Russia is ingested into the same store (another connection, as `marsad ingest` would)
    with Database(db.path) as other:
        fresh = russia_article(other, "روسيا تعلن هدنة إنسانية في الشرق", published="2026-11-24")

    page.goto(base + "/feed")
    items = page.locator("#feed .feed-item")
    assert items.first.get_attribute("data-id") == fresh.id  # newest first
    assert "لأنك تتابع روسيا" in items.first.inner_text()
    page.screenshot(path=str(artifacts / "accounts-feed-desktop.png"), full_page=True)

    # save it into a collection, with a note
    page.goto(f"{base}/articles/{fresh.id}")
    page.fill("#save-article input[name=new_name]", "ملف روسيا")
    page.fill("#save-article textarea[name=note]", "للمتابعة غداً")
    page.click("#save-submit")
    page.wait_for_url(f"**/articles/{fresh.id}**")
    page.click("#nav-collections")
    page.click("text=ملف روسيا")
    assert fresh.title in page.inner_text("#items") and "للمتابعة غداً" in page.inner_text("#items")

    # choose a daily digest and receive it
    page.goto(base + "/account")
    page.select_option("#digest", "daily")
    page.click("#settings-save")
    page.wait_for_selector("#notice")
    with Database(db.path) as mailer:
        run_digests(mailer, SmtpConfig("127.0.0.1", smtp_server.port, starttls=False), base)
    [msg] = smtp_server.inbox.messages
    assert msg["To"] == "mariam@example.org"
    text = msg.get_body(("plain",)).get_content()
    assert fresh.title in text and first.title not in text and "لأنك تتابع روسيا" in text

    # phone-width screenshots of the same session
    phone = new_page(390, 844)
    phone.context.add_cookies([cookie])
    for path, name in (("/feed", "feed"), (f"/articles/{fresh.id}", "article"), ("/account", "account")):
        phone.goto(base + path)
        phone.screenshot(path=str(artifacts / f"accounts-{name}-phone.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # no sideways scrolling

    page.click("#nav-logout")
    page.wait_for_selector("#nav-login")
    page.goto(base + "/feed")
    assert "/account/login" in page.url
    assert not dialogs


def test_hostile_article_text_never_runs(tmp_path, live_server, page, dialogs, artifacts):
    db = Database(tmp_path / "m.db")
    art = _hostile(db)
    base = live_server(create_app(db=db))
    page.goto(f"{base}/articles/{art.id}")  # signed out
    _sign_up(page, base, "hadi")
    page.goto(f"{base}/articles/{art.id}")
    page.click("#follow-entities button[data-key='Q159']")
    page.wait_for_url(f"**/articles/{art.id}**")
    page.fill("#save-article input[name=new_name]", "<script>window.__pwned=8</script>")
    page.fill("#save-article textarea[name=note]", "<img src=x onerror=alert(9)>")
    page.click("#save-submit")
    page.wait_for_url(f"**/articles/{art.id}**")
    with Database(db.path) as other:  # a second hostile article arrives for the feed
        add_article(other, PWN_TITLE + " 2", PWN_BODY + " 2", entities=[ent(PWN_BODY + " 2", "روسيا", "Q159")])
    for path in (f"/articles/{art.id}", "/feed", "/follows", "/collections", "/collections/1", "/account",
                 "/?q=روسيا"):
        page.goto(base + path)
        assert page.evaluate("window.__pwned") is None, path
    page.goto(f"{base}/feed")
    assert "<script>window.__pwned=2</script>" in page.inner_text("#feed")  # shown as text, not run
    page.screenshot(path=str(artifacts / "accounts-hostile-feed.png"), full_page=True)
    assert not dialogs

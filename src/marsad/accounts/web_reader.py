"""Reader pages: follows, the personalised feed, collections of saved articles, the alerts Atom feed."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from marsad.accounts import collections as colls
from marsad.accounts import follows as fl
from marsad.accounts.auth import AccountError, User
from marsad.accounts.context import check_csrf, web_user
from marsad.accounts.feed import build_feed
from marsad.accounts.pages import back, page

router = APIRouter(include_in_schema=False)


# -- follows --------------------------------------------------------------------------------
@router.get("/follows", response_class=HTMLResponse)
def follows_page(request: Request, user: User = Depends(web_user),
                 notice: str = Query("", max_length=200)) -> Response:
    return page(request, "feed_follows.html", follows=fl.list_follows(request.app.state.db, user),
                notice=notice)


@router.post("/follows")
def add_follow(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
               kind: str = Form(""), key: str = Form(""), label: str = Form(""), target: str = Form(""),
               next: str = Form("/follows")) -> Response:
    check_csrf(request, csrf)
    try:
        f = fl.follow(request.app.state.db, user, kind, key, label, target)
    except AccountError as e:
        return page(request, "feed_follows.html", 400, error=str(e),
                    follows=fl.list_follows(request.app.state.db, user))
    return back(next, "/follows", notice=f"تتابع الآن {f.label}")


@router.post("/follows/unfollow")
def remove_follow_key(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                      kind: str = Form(""), key: str = Form(""), target: str = Form(""),
                      next: str = Form("/follows")) -> Response:
    check_csrf(request, csrf)
    fl.unfollow_key(request.app.state.db, user, kind, key, target)
    return back(next, "/follows", notice="أُلغيت المتابعة")


@router.post("/follows/{follow_id}/delete")
def remove_follow(request: Request, follow_id: int, user: User = Depends(web_user),
                  csrf: str = Form(""), next: str = Form("/follows")) -> Response:
    check_csrf(request, csrf)
    if not fl.unfollow(request.app.state.db, user, follow_id):
        raise HTTPException(404, "no such follow")
    return back(next, "/follows", notice="أُلغيت المتابعة")


# -- feed -------------------------------------------------------------------------------------
@router.get("/feed", response_class=HTMLResponse)
def feed_page(request: Request, user: User = Depends(web_user), limit: int = Query(50, ge=1, le=200),
              notice: str = Query("", max_length=200)) -> Response:
    db = request.app.state.db
    follows = fl.list_follows(db, user)
    seen = db.execute("SELECT feed_seen FROM users WHERE id = ?", (user.id,))[0][0]
    items = build_feed(db, user, limit, follows=follows)
    if items:  # what is there now counts as seen next time
        db.execute_write("UPDATE users SET feed_seen = max(feed_seen, ?) WHERE id = ?",
                         (max(it.rowid for it in items), user.id))
    return page(request, "feed.html", items=items, follows=follows, seen=seen,
                collections=colls.list_collections(db, user), notice=notice)


@router.get("/feed/alerts.atom")
def alerts_atom(request: Request, key: str = Query(..., min_length=10, max_length=100)) -> Response:
    from marsad.mail.alerts import atom_feed, user_for_feed_key

    db = request.app.state.db
    user = user_for_feed_key(db, key)
    if user is None:
        raise HTTPException(404, "unknown feed")
    xml = atom_feed(db, user, str(request.base_url).rstrip("/"))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


# -- collections -------------------------------------------------------------------------------
@router.get("/collections", response_class=HTMLResponse)
def collections_page(request: Request, user: User = Depends(web_user),
                     notice: str = Query("", max_length=200)) -> Response:
    return page(request, "collections.html", collections=colls.list_collections(request.app.state.db, user),
                notice=notice)


@router.post("/collections")
def new_collection(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                   name: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        c = colls.create_collection(request.app.state.db, user, name)
    except AccountError as e:
        return page(request, "collections.html", 400, error=str(e),
                    collections=colls.list_collections(request.app.state.db, user))
    return back(f"/collections/{c['id']}")


@router.post("/collections/save")
def save_to_collection(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                       article_id: str = Form(""), collection_id: str = Form(""),
                       new_name: str = Form(""), note: str = Form(""), next: str = Form("/collections")
                       ) -> Response:
    """Save an article from the article page or the feed, into a chosen or a new collection."""
    check_csrf(request, csrf)
    db = request.app.state.db
    try:
        if new_name.strip():
            cid = colls.create_collection(db, user, new_name)["id"]
        elif collection_id.isdigit():
            cid = int(collection_id)
        else:
            cid = colls.create_collection(db, user, "محفوظات")["id"]
        colls.save_article(db, user, cid, article_id, note)
    except LookupError:
        raise HTTPException(404, "no such collection") from None
    except AccountError as e:
        return page(request, "collections.html", 400, error=str(e), collections=colls.list_collections(db, user))
    return back(next, "/collections", notice="حُفظ المقال")


def _own(request: Request, user: User, cid: int) -> dict:
    c = colls.get_collection(request.app.state.db, user, cid)
    if c is None:
        raise HTTPException(404, "no such collection")
    return c


@router.get("/collections/{cid}", response_class=HTMLResponse)
def collection_page(request: Request, cid: int, user: User = Depends(web_user),
                    notice: str = Query("", max_length=200)) -> Response:
    return page(request, "collection.html", c=_own(request, user, cid), notice=notice)


@router.get("/collections/{cid}/export.{fmt}")
def export_collection(request: Request, cid: int, fmt: str, user: User = Depends(web_user)) -> Response:
    return export_response(_own(request, user, cid), fmt)


def export_response(c: dict, fmt: str) -> Response:
    from urllib.parse import quote

    if fmt == "jsonl":
        body, media = colls.export_jsonl(c), "application/x-ndjson; charset=utf-8"
    elif fmt == "csv":
        body, media = colls.export_csv(c), "text/csv; charset=utf-8"
    else:
        raise HTTPException(404, "export formats: jsonl, csv")
    fname = quote(f"{c['name']}.{fmt}")
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f"attachment; filename=\"collection-{c['id']}.{fmt}\"; "
                                                    f"filename*=UTF-8''{fname}"})


@router.post("/collections/{cid}/rename")
def rename(request: Request, cid: int, user: User = Depends(web_user), csrf: str = Form(""),
           name: str = Form("")) -> Response:
    check_csrf(request, csrf)
    _own(request, user, cid)
    try:
        colls.rename_collection(request.app.state.db, user, cid, name)
    except AccountError as e:
        return page(request, "collection.html", 400, c=_own(request, user, cid), error=str(e))
    return back(f"/collections/{cid}")


@router.post("/collections/{cid}/delete")
def delete(request: Request, cid: int, user: User = Depends(web_user), csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    if not colls.delete_collection(request.app.state.db, user, cid):
        raise HTTPException(404, "no such collection")
    return back("/collections", notice="حُذفت المجموعة")


@router.post("/collections/{cid}/items/{item_id}/note")
def note(request: Request, cid: int, item_id: int, user: User = Depends(web_user), csrf: str = Form(""),
         note: str = Form("")) -> Response:
    check_csrf(request, csrf)
    if not colls.annotate(request.app.state.db, user, cid, item_id, note):
        raise HTTPException(404, "no such item")
    return back(f"/collections/{cid}", notice="حُفظت الملاحظة")


@router.post("/collections/{cid}/items/{item_id}/delete")
def remove_item(request: Request, cid: int, item_id: int, user: User = Depends(web_user),
                csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    if not colls.remove_item(request.app.state.db, user, cid, item_id):
        raise HTTPException(404, "no such item")
    return back(f"/collections/{cid}", notice="أُزيل المقال")

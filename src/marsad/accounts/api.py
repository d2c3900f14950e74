"""The readers' JSON API under /api: the same functions as the pages, for scripts with a Bearer token
(or the browser session plus an X-CSRF-Token header)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from marsad.accounts import auth, tokens
from marsad.accounts import collections as colls
from marsad.accounts import follows as fl
from marsad.accounts.auth import AccountError, User
from marsad.accounts.context import api_user, api_writer, visitor
from marsad.accounts.feed import build_feed

router = APIRouter(prefix="/api", tags=["readers"])


def _db(request: Request) -> Any:
    return request.app.state.db


def _bad(e: AccountError) -> HTTPException:
    return HTTPException(400, str(e))


class FollowIn(BaseModel):
    kind: Literal["entity", "place", "event", "search"]
    key: str = Field(min_length=1, max_length=300)
    label: str = Field("", max_length=200)
    target: str = Field("", max_length=300)


class NameIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class ItemIn(BaseModel):
    article_id: str = Field(min_length=1, max_length=200)
    note: str = Field("", max_length=5000)


class NoteIn(BaseModel):
    note: str = Field("", max_length=5000)


class PasswordIn(BaseModel):
    old: str = Field(max_length=1024)
    new: str = Field(max_length=1024)


class ConfirmIn(BaseModel):
    password: str = Field(max_length=1024)


class SettingsIn(BaseModel):
    email: str | None = Field(None, max_length=200)
    digest: Literal["off", "daily", "weekly"] = "off"
    alert_mail: bool = False
    webhook_url: str | None = Field(None, max_length=500)


# -- me ------------------------------------------------------------------------------------------
@router.get("/me", summary="The signed-in user")
def me(request: Request, user: User = Depends(api_user)) -> dict[str, Any]:
    return {**user.to_dict(), "csrf": visitor(request).csrf or None}


@router.put("/me/settings", summary="Mail, digest and alert settings")
def put_settings(body: SettingsIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    try:
        return auth.update_settings(_db(request), user, email=body.email, digest_freq=body.digest,
                                    alert_mail=body.alert_mail, webhook_url=body.webhook_url).to_dict()
    except AccountError as e:
        raise _bad(e) from None


@router.post("/me/password", summary="Change the password (ends the other sessions)")
def post_password(body: PasswordIn, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    v = visitor(request)
    try:
        auth.change_password(_db(request), user, body.old, body.new,
                             keep_session=v.session.token_hash if v.session else None)
    except AccountError as e:
        raise _bad(e) from None
    return {"ok": True}


@router.post("/me/delete", summary="Delete the account and all its data")
def delete_me(body: ConfirmIn, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    if auth.authenticate(_db(request), user.name, body.password) is None:
        raise HTTPException(403, "wrong password")
    auth.delete_user(_db(request), user.id)
    return {"deleted": True}


# -- follows -------------------------------------------------------------------------------------
@router.get("/follows", summary="What the user follows")
def get_follows(request: Request, user: User = Depends(api_user)) -> list[dict[str, Any]]:
    return [f.to_dict() for f in fl.list_follows(_db(request), user)]


@router.post("/follows", status_code=201, summary="Follow an entity, place, CAMEO event type or search")
def post_follow(body: FollowIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    try:
        return fl.follow(_db(request), user, body.kind, body.key, body.label, body.target).to_dict()
    except AccountError as e:
        raise _bad(e) from None


@router.delete("/follows/{follow_id}", summary="Unfollow")
def delete_follow(follow_id: int, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    if not fl.unfollow(_db(request), user, follow_id):
        raise HTTPException(404, "no such follow")
    return {"deleted": True}


@router.get("/feed", summary="The personalised feed, newest first, with reasons")
def get_feed(request: Request, limit: int = Query(50, ge=1, le=200),
             after: int = Query(0, ge=0, description="Only articles stored after this cursor (from a previous call)"),
             user: User = Depends(api_user)) -> dict[str, Any]:
    items = build_feed(_db(request), user, limit, after_rowid=after)
    cursor = max([after, *(it.rowid for it in items)])
    return {"count": len(items), "cursor": cursor, "items": [it.to_dict() for it in items]}


@router.get("/alerts", summary="Recent alerts (events whose source or target the user follows)")
def get_alerts(request: Request, limit: int = Query(50, ge=1, le=500),
               user: User = Depends(api_user)) -> list[dict[str, Any]]:
    from marsad.mail.alerts import list_alerts

    return list_alerts(_db(request), user, limit)


# -- collections ---------------------------------------------------------------------------------
def _own(request: Request, user: User, cid: int) -> dict[str, Any]:
    c = colls.get_collection(_db(request), user, cid)
    if c is None:
        raise HTTPException(404, "no such collection")
    return c


@router.get("/collections", summary="The user's collections")
def get_collections(request: Request, user: User = Depends(api_user)) -> list[dict[str, Any]]:
    return colls.list_collections(_db(request), user)


@router.post("/collections", status_code=201, summary="Create a collection")
def post_collection(body: NameIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    try:
        return colls.create_collection(_db(request), user, body.name)
    except AccountError as e:
        raise _bad(e) from None


@router.get("/collections/{cid}", summary="A collection with its saved articles")
def get_collection(cid: int, request: Request, user: User = Depends(api_user)) -> dict[str, Any]:
    return _own(request, user, cid)


@router.patch("/collections/{cid}", summary="Rename a collection")
def patch_collection(cid: int, body: NameIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    _own(request, user, cid)
    try:
        colls.rename_collection(_db(request), user, cid, body.name)
    except AccountError as e:
        raise _bad(e) from None
    return _own(request, user, cid)


@router.delete("/collections/{cid}", summary="Delete a collection")
def delete_collection(cid: int, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    if not colls.delete_collection(_db(request), user, cid):
        raise HTTPException(404, "no such collection")
    return {"deleted": True}


@router.post("/collections/{cid}/items", status_code=201, summary="Save an article (with a note)")
def post_item(cid: int, body: ItemIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    try:
        return colls.save_article(_db(request), user, cid, body.article_id, body.note)
    except LookupError:
        raise HTTPException(404, "no such collection") from None
    except AccountError as e:
        raise _bad(e) from None


@router.patch("/collections/{cid}/items/{item_id}", summary="Annotate a saved article")
def patch_item(cid: int, item_id: int, body: NoteIn, request: Request,
               user: User = Depends(api_writer)) -> dict[str, bool]:
    if not colls.annotate(_db(request), user, cid, item_id, body.note):
        raise HTTPException(404, "no such item")
    return {"ok": True}


@router.delete("/collections/{cid}/items/{item_id}", summary="Remove a saved article")
def delete_item(cid: int, item_id: int, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    if not colls.remove_item(_db(request), user, cid, item_id):
        raise HTTPException(404, "no such item")
    return {"deleted": True}


@router.get("/collections/{cid}/export", summary="Export a collection as JSONL or CSV")
def export(cid: int, request: Request, format: Literal["jsonl", "csv"] = "jsonl",
           user: User = Depends(api_user)) -> Response:
    from marsad.accounts.web_reader import export_response

    return export_response(_own(request, user, cid), format)


# -- tokens --------------------------------------------------------------------------------------
@router.get("/tokens", summary="The user's API tokens (never the secrets)")
def get_tokens(request: Request, user: User = Depends(api_user)) -> list[dict[str, Any]]:
    return tokens.list_tokens(_db(request), user)


@router.post("/tokens", status_code=201, summary="Create an API token; the secret is returned once")
def post_token(body: NameIn, request: Request, user: User = Depends(api_writer)) -> dict[str, Any]:
    try:
        secret, info = tokens.create_token(_db(request), user, body.name)
    except AccountError as e:
        raise _bad(e) from None
    return {**info, "token": secret}


@router.delete("/tokens/{token_id}", summary="Revoke an API token")
def delete_token(token_id: int, request: Request, user: User = Depends(api_writer)) -> dict[str, bool]:
    if not tokens.revoke_token(_db(request), user, token_id):
        raise HTTPException(404, "no such token")
    return {"deleted": True}

"""Turn bytes into text by ranked guesses: BOM, UTF-16 shape, UTF-8, Windows-1256."""

from __future__ import annotations

import re


class DecodeError(ValueError):
    """The bytes are not text Marsad can read; the message says why."""


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")


def arabic_share(text: str, sample: int = 5_000) -> float:
    """Share of letters in the first `sample` characters that are Arabic script."""
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    return len(_ARABIC.findall(head)) / letters if letters else 0.0


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without BOM: Arabic text has NULs in neither or a 0x06 byte in one lane."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for lane, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(1 for b in lane if b in (0, 6)) / len(lane)
        if share > 0.9:
            return enc
    return None


def decode_bytes(data: bytes) -> str:
    """Decode document bytes or raise DecodeError with a reason a user can act on."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 ({exc.reason})") from exc
    enc = _utf16_guess(data)
    if enc:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 ({exc.reason})") from exc
        # a BOM-less guess must read as Arabic or plain ASCII text, not as one repeated byte
        ascii_share = sum(1 for ch in text[:4000] if ch.isascii() and ch.isprintable()) / max(1, len(text[:4000]))
        if arabic_share(text) > 0.3 or ascii_share > 0.8:
            return text
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if len(data) - utf8_error.start <= 3 and utf8_error.reason == "unexpected end of data":
        raise DecodeError("truncated UTF-8 (file cut in the middle of a character)")
    lossy = data.decode("utf-8", errors="replace")
    if lossy.count("\ufffd") < max(2, len(lossy) // 200) and arabic_share(lossy) > 0.5:
        raise DecodeError(f"broken UTF-8 (invalid byte at offset {utf8_error.start})")
    # Windows-1256 maps almost every byte, so only accept it when the result reads as Arabic.
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and arabic_share(text) > 0.5 and _printable_share(text) > 0.97:
        return text
    raise DecodeError(f"not UTF-8, UTF-16 or Windows-1256 text (bad byte at offset {utf8_error.start})")


def _printable_share(text: str) -> float:
    head = text[:20_000]
    ok = sum(1 for ch in head if ch.isprintable() or ch in "\n\r\t")
    return ok / max(1, len(head))

"""Sources → Article: text pages, HTML, JSON Lines, feeds (gzip included)."""

from marsad.ingest.clean import Cleaned, clean_lines, clean_page_text
from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.readers import iter_files, read_file, read_paths

__all__ = ["Cleaned", "DecodeError", "clean_lines", "clean_page_text", "decode_bytes",
           "iter_files", "read_file", "read_paths"]

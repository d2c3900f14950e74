"""Arabic-aware ranked search."""

from marsad.search.engine import Filters, Hit, search
from marsad.search.query import Query, parse_query

__all__ = ["Filters", "Hit", "Query", "parse_query", "search"]

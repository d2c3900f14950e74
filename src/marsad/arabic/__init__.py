"""Arabic text layer: display cleaning, matching normalisation, tokens, sentences, clitics."""

from marsad.arabic.clitics import light_stem, split_clitics
from marsad.arabic.normalize import clean_text, fold
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokenize import Token, tokenize

__all__ = [
    "Token",
    "clean_text",
    "fold",
    "light_stem",
    "split_clitics",
    "split_sentences",
    "tokenize",
]

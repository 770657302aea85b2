"""What a printed document says, block by block, before it is set on pages.

An area builds a :class:`Document` from its records; the renderer (:mod:`app.documents.pdf`) lays
it out. Keeping the content apart from the layout lets the renderer know every character before it
embeds the font (it loads only the glyphs the document uses) and lets tests read what a document
says without a PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Align = Literal["L", "C", "R"]


@dataclass(frozen=True)
class Heading:
    """A section heading."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    """Running text, wrapped to the page width; ``indent``: the first line's two-character indent."""

    text: str
    indent: bool = False
    size: float = 11
    align: Align = "L"


@dataclass(frozen=True)
class Fields:
    """Labelled values, one per line (``label：value``)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # a share of the text width; the columns' shares are scaled to fill it
    align: Align = "L"


@dataclass(frozen=True)
class Table:
    """A ruled table whose heading row repeats on every page; cells wrap."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    size: float = 10


@dataclass(frozen=True)
class QRCode:
    """A QR code of ``data`` with a caption beside it (drawn as vector squares), and ``closing``
    lines (the issuer and the date) at the right of the same band, so they stay on its page."""

    data: str
    caption: str
    closing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signatures:
    """Signature blocks side by side: each a party (an office adds 「（盖章）」 for its seal), its
    signer's printed name, a line to sign on and a date line."""

    parties: tuple[tuple[str, str], ...]  # (party, printed name or "")


Series = tuple[str, tuple[float | None, ...]]  # a name and one value per category (None: no value)


@dataclass(frozen=True)
class LineChart:
    """Values over categories (the months), one line per series, with a legend."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""


@dataclass(frozen=True)
class BarChart:
    """Series side by side per category (this year against last, screened against target)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 4


Block = Heading | Paragraph | Fields | Table | QRCode | Signatures | LineChart | BarChart | Spacer


@dataclass(frozen=True)
class Document:
    """A document: its title, the issuer line under it, the blocks, and the instant it is generated
    (from the office's clock: it is printed in the footer and is the PDF's creation date)."""

    title: str
    issuer: str
    generated_at: datetime
    blocks: tuple[Block, ...]
    subject: str = ""
    landscape: bool = False
    extra_text: tuple[str, ...] = field(default=())

    def texts(self) -> Iterator[str]:
        """Every string the document will print (the renderer embeds exactly their glyphs)."""
        yield from (self.title, self.issuer, self.subject, *self.extra_text)
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                yield block.text
            elif isinstance(block, Fields):
                for label, value in block.rows:
                    yield label
                    yield value
            elif isinstance(block, Table):
                yield from (c.title for c in block.columns)
                for row in block.rows:
                    yield from row
            elif isinstance(block, QRCode):
                yield block.caption
                yield from block.closing
            elif isinstance(block, Signatures):
                for party, name in block.parties:
                    yield party
                    yield name
            elif isinstance(block, LineChart | BarChart):
                yield from (block.title, f"（{block.unit}）", *block.categories)
                yield from (name for name, _ in block.series)

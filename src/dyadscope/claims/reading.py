"""Reading an article: plain text, Markdown or HTML, to paragraphs with offsets into one text.

HTML goes through trafilatura's main-text extractor (menus, cookie banners, "most read" and related links
are not the article, and their numbers are not claims); it also gives the page's title and publication date.
Where trafilatura is not installed or finds no main text, the standard library's html.parser reads the
page instead, dropping scripts, styles, navigation, headers, footers, forms and asides. Files are
size-capped and checked for binary content before anything is parsed, so a 50 MB or binary file fails in
milliseconds with one clear sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from dyadscope import recache as re
from dyadscope.errors import InputError
from dyadscope.i18n import msg

MAX_BYTES = 5_000_000  # a long article is ~100 KB; five megabytes is fifty of them
_SKIP_TAGS = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "iframe",
    "svg",
    "template",
    "button",
    "select",
    "head",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "article",
    "section",
    "blockquote",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "hr",
    "main",
    "body",
}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<article|<!--)", re.I)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[*+-]\s+|\d+\.\s+)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


@dataclass
class Paragraph:
    """One paragraph: its offsets in Article.text and its detected language."""

    start: int
    end: int
    lang: str = "unknown"


@dataclass
class Article:
    """The readable text of an article, split into paragraphs."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    source: str = ""
    fmt: str = "text"
    published: dt.date | None = None  # the date an HTML page gives as its publication date, or its date line
    reader: str = ""  # which reader took the text out of HTML: "trafilatura" or "html.parser"
    dated_by: str = ""  # where `published` came from: "page" (HTML metadata) or "dateline" (the text's own)
    url: str | None = None  # a text file's "URL:" header line

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """The text of one paragraph."""
        return self.text[paragraph.start : paragraph.end]


class _TextExtractor(HTMLParser):
    """Collects visible text, breaking paragraphs at block elements and skipping boilerplate."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self._skip_depth:
                self.parts.append("\n\n")
            return
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, paragraphs separated by blank lines (the stdlib reader)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


@dataclass
class MainText:
    """What a main-text extractor found in a page."""

    text: str
    title: str | None = None
    published: dt.date | None = None


def main_text(markup: str) -> MainText | None:
    """The page's main text, title and publication date by trafilatura; None when it is missing or finds nothing."""
    try:
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # the library never prints; its warnings are noise here
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, favor_precision=True, include_comments=False, include_tables=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return None
    published = None
    try:
        published = dt.date.fromisoformat(str(doc.date)[:10]) if getattr(doc, "date", None) else None
    except ValueError:
        published = None
    # trafilatura puts one paragraph on a line; this module separates paragraphs by blank lines
    return MainText(re.sub(r"\n+", "\n\n", text), getattr(doc, "title", None) or None, published)


def markdown_to_text(markup: str) -> str:
    """Markdown with its markup removed (links keep their text; code fences dropped)."""
    lines, in_fence = [], False
    for line in markup.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_PREFIX.sub("", line.strip())
        lines.append(_MD_EMPHASIS.sub("", line))
    return "\n".join(lines)


def guess_format(text: str, name: str = "") -> str:
    """'html', 'markdown' or 'text', from the file name and a look at the start of the text."""
    suffix = Path(name).suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"} or _HTML_SNIFF.match(text[:2000]):
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    return "text"


def join_broken_lines(text: str) -> str:
    """A text with one paragraph a line (no blank lines) whose sentences a subtitle or caption breaks over lines, each
    such break a space again: the next line goes on in lower case ("Raqqa province alone / accounted for ...", "By
    2018... / more than half ...") or the line ends with a comma ("In 2017, / Raqqa province alone"); a quoted reply
    ("> ISIS mostly fought the regime") stays its own line. One character for one, so every offset stays."""
    if re.search(r"\n\s*\n", text):
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for before, line in itertools.pairwise(lines):
        head, tail = line.lstrip(), before.rstrip()
        quoted = tail.lstrip().startswith(">") or head.startswith(">")
        goes_on = bool(head) and (head[0].islower() or (tail.endswith(",") and head[0].isalpha()))
        out.append((" " if tail and goes_on and not quoted else "\n") + line)
    return "".join(out)


# Danish words a press scan or an old web page spells with ae, oe, aa for æ, ø, å ("er blevet draebt", "militaer",
# "saaret"): the stems whose reading decides a toll, each as it is read with the letter itself.
_SCANNED = re.compile(
    r"\b(?:(?P<draeb>[Dd]raeb)|(?P<doed>[Dd]oed)|(?P<saar>[Ss]aar)(?=et|ede)|(?P<militaer>militaer)|"
    r"(?P<vaere>[Vv]aere)(?=t?\b))"
)
_LETTERS = {"draeb": "dræb", "doed": "død", "saar": "sår", "militaer": "militær", "vaere": "være"}
# A word a scan split after its fi or fl ligature ("mindst fi re mennesker", "identifi ed"): no word ends in either.
_LIGATURE = re.compile(r"(?<![\w-])(?P<head>f[il]|[a-zæøå]{4,}f[il]) (?P<tail>[a-zæøå]+)\b")


def scanned_text(text: str) -> str:
    """The text with Danish words spelt with ae/oe/aa for æ/ø/å ("draebt", "doede", "saaret") written with the letter,
    each shortened word led by a space, and words a scan split after a ligature joined, the space after them ("fi re
    mennesker" -> "fire  mennesker"): one character for one, so every offset stays."""

    def letter(match: re.Match[str]) -> str:
        stem = match.group(0)
        written = _LETTERS[match.lastgroup or ""]
        written = written[0].upper() + written[1:] if stem[0].isupper() else written
        return " " * (len(stem) - len(written)) + written

    return _LIGATURE.sub(lambda m: m["head"] + m["tail"] + " ", _SCANNED.sub(letter, text))


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines; a single line is a paragraph when the text has no blank lines."""
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    paragraphs, position = [], 0
    for match in re.finditer(separator, text):
        paragraphs.append((position, match.start()))
        position = match.end()
    paragraphs.append((position, len(text)))
    result = []
    for start, end in paragraphs:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            result.append(Paragraph(start + lead, start + lead + len(stripped)))
    return result


# A text file's own header lines ("URL: ...", "Date: 2019-06-24", "Dato: 14. maj 2019") before the first blank line,
# and a news dateline opening the text ("BEIRUT, May 14, 2019 (Reuters) -").
_HEADER = re.compile(r"^(url|link|date|dato|published|udgivet|source|kilde|note|notes)\s*:\s*(.*)$", re.I)
_ABOUT_ONLY = frozenset(("url", "link", "date", "dato", "published", "udgivet"))
_DATELINE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ .'’-]{2,40},\s")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header lines at the top of a text file, by lower-cased key, and the text after them ({} if none)."""
    lines = text.lstrip("\ufeff").split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        match = _HEADER.match(line.strip())
        if match:
            header.setdefault(match.group(1).lower(), match.group(2).strip())
        elif line.strip() or not header:
            return (header, "\n".join(lines[i:])) if header else ({}, text)
    # "Note: HTS grew out of al-Nusra ..." alone is a sentence, not a header over no text: a note or source line
    # is only a header when text follows it
    return (header, "") if _ABOUT_ONLY.issuperset(header) else ({}, text)


def dateline(header: dict[str, str], text: str) -> dt.date | None:
    """The article's own date: its header's date line, else a dateline opening the text; None if neither."""
    from dyadscope.claims.dates import find_dates  # the one date grammar (dates.py imports nothing from here)

    for key in ("date", "dato", "published", "udgivet"):
        if key in header:
            found = find_dates(header[key])
            if found:
                return found[0][0]
    head = text.lstrip()[:120]
    if _DATELINE.match(head):
        found = [d for d in find_dates(head) if d[1] < 60]
        if found:
            return found[0][0]
    return None


def parse_article(text: str, fmt: str | None = None, source: str = "") -> Article:
    """An Article from text already in memory; fmt None means guess it."""
    fmt = fmt or guess_format(text, source)
    published, reader, dated_by, url = None, "", "", None
    if fmt == "html":
        main = main_text(text)
        if main is not None:
            title = f"{main.title}\n\n" if main.title and main.title not in main.text else ""
            text, published, reader = title + main.text, main.published, "trafilatura"
            dated_by = "page" if published else ""
        else:
            text, reader = html_to_text(text), "html.parser"
    else:  # "URL:"/"Date:" lines are about the article, not in it; their numbers are no claims
        header, text = split_header(text.replace("\r\n", "\n"))
        url, published = header.get("url") or header.get("link"), dateline(header, text)
        dated_by = "dateline" if published else ""
        if fmt == "markdown":
            text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = join_broken_lines(text) if fmt == "text" else text
    text = scanned_text(text)
    article = Article(text, split_paragraphs(text), source, fmt, published, reader, dated_by, url)
    if not article.paragraphs:
        raise InputError(msg("errors.no_readable_text", source=source or msg("errors.the_article")))
    return article


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes, or many control characters in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> Article:
    """Read an article file, refusing empty, binary, non-UTF-8 and oversized files with one sentence."""
    path = Path(path)
    if not path.exists():
        raise InputError(msg("errors.no_such_file", path=str(path)))
    if path.is_dir():
        raise InputError(msg("errors.is_folder", path=str(path)))
    size = path.stat().st_size
    if size == 0:
        raise InputError(msg("errors.file_empty", path=path.name))
    if size > max_bytes:
        size_mb, max_mb = f"{size / 1e6:.1f}", f"{max_bytes / 1e6:.0f}"
        raise InputError(msg("errors.article_too_big", path=path.name, size=size_mb, max=max_mb))
    data = path.read_bytes()
    if looks_binary(data):
        raise InputError(msg("errors.binary_file", path=path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"0x{data[exc.start]:02x}"
        raise InputError(msg("errors.not_utf8_at", path=path.name, byte=byte, offset=str(exc.start))) from exc
    return parse_article(text, source=path.name)

"""Read HTML tables saved as .xls: the "Download Excel" of e-monev and SIPD tools.

Each top-level ``<table>`` becomes a sheet. Cells are laid out as Excel
lays out an HTML table it opens: a cell moves right past the columns that
rowspans from earlier rows still cover, and every rowspan/colspan becomes
a merged range. The text lines above a table (``<h3>`` titles, a
``<caption>``) become its first rows, one row each, so a table under a
two-line title starts on row 3 as it does in Excel; text after the last
table follows it. A file with several tables gives one sheet each, rows
counted from that table's own title (Excel would stack them on one sheet).

Cell values are the text as written, whitespace collapsed, ``<br>`` and
block elements giving line breaks within the cell, entities decoded.
Only ``x:num`` (written by Excel itself and some exporters) makes a cell a
number: Excel would also turn plain number-looking text into numbers, but
how depends on the opener's locale ('1.500' is 1.5 in en-US and 1500 in
id-ID), so Periksa hands the text to its number reader, which knows both
conventions and reports what stays ambiguous. Bold comes from ``<th>``,
``<b>``/``<strong>``, ``font-weight`` inline or through classes and tag
rules of ``<style>`` blocks; number formats from ``mso-number-format``.

Nothing is fetched or run: libxml2's HTML parser with the network off,
scripts, external stylesheets and images ignored; the file size, nesting
depth, cell count and merged area are bounded (``safety.Limits``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import tinycss2
from lxml import etree

from validator.read.grid import Sheet, Style
from validator.read.safety import EXCEL_COLS, EXCEL_ROWS, Limits, ReadError
from validator.read.webexport import format_code, sheet_name

#: Block-level elements: their start and end break a line of text.
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
#: Elements whose content is never cell or title text.
SKIP = frozenset({"head", "script", "style", "noscript", "template", "title", "select", "object", "iframe",
                  "textarea", "button", "svg", "math"})
BOLD_TAGS = frozenset({"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"})
SECTIONS = frozenset({"thead", "tbody", "tfoot"})
CELLS = frozenset({"td", "th"})
META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")
SIMPLE_SELECTOR = re.compile(r"^(?P<tag>[A-Za-z][\w-]*|\*)?(?P<rest>(?:[.#][\w-]+)*)$")
WHITESPACE = re.compile(r"[ \t\n\r\f\xa0\u200b]+")
#: Labels that name windows-1252 in practice (the WHATWG encoding standard maps them so).
WINDOWS_1252 = frozenset({"latin_1", "iso8859-1", "ascii", "cp1252"})
MAX_COMMENT = 64 * 1024
#: libxml2's own nesting cap for documents parsed without XML_PARSE_HUGE.
LIBXML2_DEPTH = 256
MAX_LOOKS = 10_000
#: Characters of <style> text read; Excel's own HTML carries a few kilobytes.
MAX_CSS = 1_000_000
#: Share of control characters beyond which the "page" is binary data, not text.
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class _Look:
    """What a cell inherits and can change: bold and the number format."""

    bold: bool = False
    number_format: str | None = None


#: What the document walk yields: a text piece (text, bold), a table (element, look), or None for a line break.
Piece = tuple[str, bool] | tuple[etree._Element, _Look] | None


@dataclass
class _Rule:
    specificity: tuple[int, int, int]
    order: int
    declarations: dict[str, str]


@dataclass
class _Css:
    """Simple-selector rules (``td``, ``.x``, ``td.x``, ``#id``) of the document's ``<style>`` blocks,
    the kinds Excel's own HTML uses; rules with combinators or pseudo-classes are left out."""

    by_tag: dict[str, list[tuple[str | None, frozenset[str], _Rule]]] = field(default_factory=dict)

    def add(self, stylesheet: str) -> None:
        for rule in tinycss2.parse_stylesheet(stylesheet, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            declarations = _declarations(rule.content)
            if not declarations:
                continue
            for selector in tinycss2.serialize(rule.prelude).split(","):
                match = SIMPLE_SELECTOR.match(selector.strip())
                if not match or not selector.strip():
                    continue
                tag = (match.group("tag") or "*").lower()
                parts = re.findall(r"[.#][\w-]+", match.group("rest"))
                ident = next((p[1:] for p in parts if p.startswith("#")), None)
                classes = frozenset(p[1:] for p in parts if p.startswith("."))
                specificity = (1 if ident else 0, len(classes), 0 if tag == "*" else 1)
                entry = _Rule(specificity, sum(len(v) for v in self.by_tag.values()), declarations)
                self.by_tag.setdefault(tag, []).append((ident, classes, entry))

    def declarations(self, element: etree._Element) -> dict[str, str]:
        """The element's own declarations: matching rules by specificity and order, then its style attribute."""
        if not self.by_tag:
            return _inline(element)
        classes = frozenset((element.get("class") or "").split())
        ident = element.get("id")
        found = [rule for tag in (element.tag, "*") for rule_id, needed, rule in self.by_tag.get(tag, ())
                 if needed <= classes and (rule_id is None or rule_id == ident)]
        out: dict[str, str] = {}
        for rule in sorted(found, key=lambda r: (r.specificity, r.order)):
            out.update(rule.declarations)
        out.update(_inline(element))
        return out


def _declarations(tokens: list | str) -> dict[str, str]:
    """font-weight and mso-number-format of a rule body or a style attribute, escapes resolved."""
    out = {}
    for item in tinycss2.parse_declaration_list(tokens, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration" and item.lower_name in ("font-weight", "mso-number-format"):
            out[item.lower_name] = "".join(_token_text(t) for t in item.value).strip()
    return out


def _token_text(token: object) -> str:
    kind = getattr(token, "type", "")
    if kind in ("string", "ident", "literal"):
        return token.value  # type: ignore[attr-defined]
    if kind == "whitespace":
        return " "
    if kind in ("number", "percentage", "dimension"):
        unit = "%" if kind == "percentage" else getattr(token, "unit", "")
        return token.representation + unit  # type: ignore[attr-defined]
    return tinycss2.serialize([token])


def _inline(element: etree._Element) -> dict[str, str]:
    style = element.get("style")
    return _declarations(style) if style else {}


def _bold(weight: str | None, default: bool) -> bool:
    if not weight:
        return default
    weight = weight.strip().lower()
    if weight in ("bold", "bolder"):
        return True
    if weight.isdigit():
        return int(weight) >= 600
    return False if weight in ("normal", "lighter") else default


def read_html(path: Path, display: str, limits: Limits) -> list[Sheet]:
    """The tables of an HTML export as sheets (none when the page holds no table)."""
    size = path.stat().st_size
    if size > limits.max_markup_size:
        raise ReadError("file-too-large", path=display, size=f"{size / 2**20:.0f}",
                        limit=f"{limits.max_markup_size / 2**20:.0f}")
    data = path.read_bytes()
    text = _decode(data, display)
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_pis=True, huge_tree=False,
                              default_doctype=False, collect_ids=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.LxmlError, ValueError) as exc:
        raise ReadError("file-corrupt", path=display, detail=f"HTML: {str(exc)[:160]}") from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stops at 256 levels, or at a 10 MB text node
            if "depth" in error.message:
                raise ReadError("file-markup-too-deep", path=display, limit=LIBXML2_DEPTH)
            raise ReadError("file-corrupt", path=display, detail=f"HTML: {error.message[:160]}")
    if root is None:
        return []
    return _Layout(root, path.stem, display, limits).sheets()


def _decode(data: bytes, display: str) -> str:
    """The page as text in its own charset: BOM, then ``<meta charset>`` / http-equiv, then the
    XML declaration; undeclared pages are UTF-8 when they decode as such, else windows-1252."""
    if b"\x00" in data[:4] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("file-corrupt", path=display, detail="binary data, not a web page")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(codec, "replace"), display)
    declared = META_CHARSET.search(data[:4096]) or XML_ENCODING.match(data)
    codec = _codec(declared.group(1).decode("ascii")) if declared else None
    if codec is None:
        try:
            return _checked(data.decode("utf-8"), display)
        except UnicodeDecodeError:
            codec = "cp1252"
    return _checked(data.decode(codec, "replace"), display)


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name in WINDOWS_1252:
        return "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return None  # a page that says so in ASCII bytes is not UTF-16
    return name


def _checked(text: str, display: str) -> str:
    """Refuse binary data behind an HTML-looking start: real pages hold no control characters."""
    sample = text[:1_000_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if "\x00" in text or controls > max(16, len(sample) * MAX_CONTROL_SHARE):
        raise ReadError("file-corrupt", path=display, detail="binary data inside the web page")
    return text


@dataclass
class _Line:
    text: str
    bold: bool


@dataclass
class _Table:
    element: etree._Element
    look: _Look
    before: list[_Line]
    after: list[_Line] = field(default_factory=list)


class _Layout:
    """One pass over the document: text lines and top-level tables in reading order."""

    def __init__(self, root: etree._Element, stem: str, display: str, limits: Limits) -> None:
        self.root, self.stem, self.display, self.limits = root, stem, display, limits
        self.css = _Css()
        budget = MAX_CSS  # tinycss2 is pure Python: a hostile page's megabytes of CSS are not read
        for style in root.iter("style"):
            text = "".join(style.itertext())[:budget]
            budget -= len(text)
            if text:
                self.css.add(text)
        self.cells = 0
        self.range_cells = 0
        self.looks: dict[tuple[object, ...], _Look] = {}

    def sheets(self) -> list[Sheet]:
        tables: list[_Table] = []
        pending: list[_Line] = []
        for item in _lines(self._flow(self.root, _Look(), tables_as_text=False)):
            if isinstance(item, _Line):
                pending.append(item)
            else:
                element, look = item
                tables.append(_Table(element, look, pending))
                pending = []
        if tables:
            tables[-1].after.extend(pending)
        excel_names = _excel_sheet_names(self.root)
        out: list[Sheet] = []
        for number, table in enumerate(tables):
            fallback = excel_names[0] if excel_names and number == 0 else self.stem
            out.append(self._sheet(table, sheet_name(self._title(table.element), (s.name for s in out), fallback)))
        return out

    def _title(self, table: etree._Element) -> str | None:
        if (table.get("title") or "").strip():
            return table.get("title")
        caption = next((child for child in table if child.tag == "caption"), None)
        if caption is not None:
            text = " ".join(line.text for line in _lines(self._flow(caption, self._look(caption, _Look()), True)))
            if text.strip():
                return text
        parent = table.getparent()
        while parent is not None and parent.tag not in ("body", "html"):
            if (parent.get("title") or "").strip():
                return parent.get("title")
            parent = parent.getparent()
        return None

    def _flow(self, element: etree._Element, look: _Look, tables_as_text: bool
              ) -> Iterator[Piece]:
        """Text pieces (text, bold), line breaks (None) and, unless inside a cell, tables
        ((element, look)), in document order; iterative, so deep nesting cannot exhaust the stack."""
        stack: list[tuple[etree._Element, _Look, int, bool]] = [(element, look, 0, False)]
        while stack:
            node, inherited, depth, closing = stack.pop()
            if closing:
                if node.tag in BLOCK:
                    yield None
                elif node.tag in CELLS:
                    yield (" ", False)
                if node is not element and node.tail:
                    yield (node.tail, inherited.bold)
                continue
            if depth > self.limits.max_depth:
                raise ReadError("file-markup-too-deep", path=self.display, limit=self.limits.max_depth)
            tag = node.tag if isinstance(node.tag, str) else ""
            if not tag or tag in SKIP or (tag == "caption" and node is not element):
                if node is not element and node.tail:
                    yield (node.tail, inherited.bold)
                continue
            own = inherited if node is element else self._look(node, inherited)
            if tag == "table" and not tables_as_text:
                yield None
                yield (node, own)
                if node.tail:
                    yield (node.tail, inherited.bold)
                continue
            if tag == "br":
                yield None
                if node is not element and node.tail:
                    yield (node.tail, inherited.bold)
                continue
            if tag in BLOCK:
                yield None
            stack.append((node, inherited, depth, True))
            for child in reversed(node):
                stack.append((child, own, depth + 1, False))
            if node.text:
                yield (node.text, own.bold)

    def _look(self, element: etree._Element, inherited: _Look, attrib: etree._Attrib | None = None) -> _Look:
        """The element's look; an export repeats a handful of (tag, class, style) a million times."""
        attrib = element.attrib if attrib is None else attrib
        key = (element.tag, attrib.get("class"), attrib.get("id"), attrib.get("style"), inherited) if attrib \
            else (element.tag, inherited)
        found = self.looks.get(key)
        if found is None:
            if len(self.looks) > MAX_LOOKS:
                self.looks.clear()
            found = self.looks[key] = self._compute_look(element, inherited)
        return found

    def _compute_look(self, element: etree._Element, inherited: _Look) -> _Look:
        declared = self.css.declarations(element)
        bold = _bold(declared.get("font-weight"), inherited.bold or element.tag in BOLD_TAGS)
        fmt = declared.get("mso-number-format")
        if bold == inherited.bold and fmt is None:
            return inherited
        return replace(inherited, bold=bold, number_format=format_code(fmt) if fmt is not None else
                       inherited.number_format)

    def _sheet(self, table: _Table, name: str) -> Sheet:
        sheet = Sheet(name)
        styles: dict[tuple[bool, str | None], int] = {(False, None): 0, (False, "General"): 0}

        def style_of(bold: bool, number_format: str | None) -> int:
            index = styles.get((bold, number_format))
            if index is None:
                index = styles[(bold, number_format)] = len(sheet.styles)
                sheet.styles.append(Style(number_format or "General", bold))
            return index

        row = 0
        for line in table.before:
            row += 1
            sheet.add(row, 1, line.text, style=style_of(line.bold, None))
        caption = next((child for child in table.element if child.tag == "caption"), None)
        if caption is not None:
            for line in _lines(self._flow(caption, self._look(caption, table.look), True)):
                row += 1
                sheet.add(row, 1, line.text, style=style_of(line.bold, None))
        row = self._rows(table, sheet, row, style_of)
        for line in table.after:
            row += 1
            sheet.add(row, 1, line.text, style=style_of(line.bold, None))
        sheet.include_merges()
        return sheet

    def _rows(self, table: _Table, sheet: Sheet, offset: int, style_of) -> int:  # type: ignore[no-untyped-def]
        """Place the cells; returns the sheet's last row."""
        rows = list(_table_rows(table.element, table.look, self))
        covered: dict[int, int] = {}  # column -> last row a rowspan from above covers
        for index, (tr, look) in enumerate(rows):
            row = offset + index + 1
            col = 1
            for cell in tr.iterchildren("td", "th"):
                attrib = cell.attrib
                self.cells += 1
                if self.cells > self.limits.max_elements:
                    raise ReadError("file-too-many-elements", path=self.display, part=sheet.name,
                                    limit=self.limits.max_elements)
                while covered.get(col, 0) >= row:
                    col += 1
                span_cols = _span(attrib.get("colspan")) if attrib else 1
                span_rows = min(_span(attrib.get("rowspan")), len(rows) - index) if attrib else 1
                last_col = col + span_cols - 1
                if row > EXCEL_ROWS or last_col > EXCEL_COLS:
                    raise ReadError("file-beyond-excel-grid", path=self.display, sheet=sheet.name,
                                    rows=EXCEL_ROWS, cols=EXCEL_COLS)
                if span_cols > 1 or span_rows > 1:
                    self.range_cells += span_cols * span_rows
                    if self.range_cells > self.limits.max_range_cells:
                        raise ReadError("file-range-too-large", path=self.display, part=sheet.name,
                                        limit=self.limits.max_range_cells)
                    sheet.merged.append((row, col, row + span_rows - 1, last_col))
                    if span_rows > 1:
                        for c in range(col, last_col + 1):
                            covered[c] = row + span_rows - 1
                own = self._look(cell, look, attrib)
                if len(cell):
                    flow = list(self._flow(cell, own, True))
                    lines = [line.text for line in _lines(iter(flow))]  # type: ignore[union-attr]
                    bold = own.bold or _all_bold(flow)
                else:  # plain text, the common case: no walk needed
                    text = WHITESPACE.sub(" ", cell.text or "").strip()
                    lines, bold = [text] if text else [], own.bold
                value = _value(attrib, lines)
                if value is not None:
                    sheet.add(row, col, value, style=style_of(bold, own.number_format))
                col = last_col + 1
        return offset + len(rows)


def _table_rows(table: etree._Element, look: _Look, layout: _Layout) -> Iterator[tuple[etree._Element, _Look]]:
    """The table's own rows in document order (thead/tbody/tfoot as written), not nested tables' rows."""
    for child in table:
        if child.tag == "tr":
            yield child, layout._look(child, look)
        elif child.tag in SECTIONS:
            section = layout._look(child, look)
            for tr in child:
                if tr.tag == "tr":
                    yield tr, layout._look(tr, section)


def _span(raw: str | None) -> int:
    """rowspan/colspan as a count: absent, zero or unreadable is 1, as browsers and Excel read it."""
    if raw is None:
        return 1
    text = raw.strip()
    digits = text[: len(text) - len(text.lstrip("0123456789"))]
    if not digits:
        return 1
    return 10**9 if len(digits) > 9 else max(int(digits), 1)


def _lines(flow: Iterator[Piece]
           ) -> Iterator[_Line | tuple[etree._Element, _Look]]:
    """Group text pieces into lines (whitespace collapsed, empty lines dropped); tables pass through."""
    pieces: list[tuple[str, bool]] = []

    def flush() -> _Line | None:
        text = WHITESPACE.sub(" ", "".join(p for p, _ in pieces)).strip()
        bold = bool(text) and all(b for p, b in pieces if WHITESPACE.sub("", p))
        pieces.clear()
        return _Line(text, bold) if text else None

    for item in flow:
        if item is None:
            line = flush()
            if line:
                yield line
        elif isinstance(item[0], str):
            pieces.append(item)  # type: ignore[arg-type]
        else:
            line = flush()
            if line:
                yield line
            yield item  # type: ignore[misc]
    line = flush()
    if line:
        yield line


def _all_bold(flow: list[Piece]) -> bool:
    """Every visible character of the cell is bold (``<td><b>PROGRAM ...</b></td>``)."""
    pieces = [item for item in flow if item is not None and isinstance(item[0], str) and item[0].strip()]
    return bool(pieces) and all(bold for _, bold in pieces)  # type: ignore[misc]


def _value(attrib: etree._Attrib, lines: list[str]) -> object:
    text = "\n".join(lines)
    number = attrib.get("x:num") if attrib else None
    if number is not None:
        raw = number.strip() or text.replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            return text or None
        return int(value) if value.is_integer() and "." not in raw and "e" not in raw.lower() else value
    return text or None


def _excel_sheet_names(root: etree._Element) -> list[str]:
    """``<x:Name>`` of the ``<x:ExcelWorksheet>`` blocks that exporters copy from Excel's own HTML
    (inside a conditional comment): Excel names the sheet so."""
    names: list[str] = []
    outside = [node for node in root.itersiblings(preceding=True) if node.tag is etree.Comment]
    for comment in [*reversed(outside), *root.iter(etree.Comment)]:
        text = comment.text or ""
        if "ExcelWorksheet" not in text or len(text) > MAX_COMMENT:
            continue
        fragment = etree.fromstring(("<div>" + text + "</div>").encode("utf-8"),
                                    etree.HTMLParser(encoding="utf-8", no_network=True))
        if fragment is None:
            continue
        for element in fragment.iter():
            if isinstance(element.tag, str) and element.tag.lower().endswith("name"):
                parent = element.getparent()
                if parent is not None and parent.tag.lower().endswith("excelworksheet") and element.text:
                    names.append(element.text.strip())
    return names

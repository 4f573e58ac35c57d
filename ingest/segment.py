"""Split an agreement's text into labelled clauses.

Numbering styles found in real agreements: "Artikel 7: Bijstand", "Article 1er", "Article premier", "Artikel 7bis",
"ARTICLE 7" with its title on the next line, "Clause 7 (Breaches)", "Art. 8 §1", "Clause 6 – Breaches",
"Clause 6.2", "Article IV", "IV. TERM", "7.3.", "- 7.3.", "6.2", "2.1)", "§ 2", "1. Definitions", "1) Definities",
"A. Scope", "§ 1 Gegenstand" (articles numbered by paragraph signs), "BIJLAGE 3 – …", "Bijlage B", "Schedule 2",
"Annexe 1" and Markdown headings; "TITRE II – SÉCURITÉ", "Hoofdstuk I" group articles and are no clause. Numbers
must follow each other (7 after 6, 7.3 inside 7) so that cross-references at the start of a wrapped line are not
taken for headings; an article numbered 1 after others opens a new numbering scope (a council decision followed by
the agreement it approves), and only the largest scope keeps bare labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .docx_numbering import format_number
from .language import detect_language
from .models import Clause
from .pages import page_at

_BULLET = re.compile(r"^[-–•·*▪]\s+")
_KEYWORD = (r"(?:Artikel|ARTIKEL|Article|ARTICLE|Art\.|ART\.|Clausule|CLAUSULE|Clause|CLAUSE|Section|SECTION|"
            r"Point|POINT)")
# "ARTICLE ONE – SCOPE"
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
# (not "Clause 6.2 …", a part of article 6 under its keyword: _KEYWORD_SUB)
_ARTICLE = re.compile(
    rf"^{_KEYWORD}\s*"
    r"(\d{1,3}(?:\s?(?:bis|ter|quater)\b)?(?!\.\d)|premier\b|première\b|[IVXL]{1,6}\b|"
    rf"(?i:{'|'.join(_NUMBER_WORDS)})\b|[A-Z](?=\s*[.:\-–—)]|\s*$))"
    r"(?:\s*(?:er|ste|de|e|st|nd|rd|th|ER)\b)?\.?"  # ("ARTICLE 1ER – OBJET")
    r"(?:\s*§\s*(\d{1,2})(?:er)?\.?)?\s*(?:[:.\-–—)]\s*)?(.*)$"
)
_ANNEX = re.compile(
    r"^(Bijlage|BIJLAGE|Annexe|ANNEXE|Annex|ANNEX|Schedule|SCHEDULE|Appendix|APPENDIX|Addendum|ADDENDUM|Exhibit|"
    r"EXHIBIT|Attachment|ATTACHMENT)"
    r"(?:\s+(\d{1,2}|[A-Z]|[IVXLC]{1,6})\b\.?)?\s*([:.\-–—]\s*)?(.*)$"
)
_ANNEX_LANGUAGE = {"bijlage": "nl", "annexe": "fr", "annex": "en", "schedule": "en", "appendix": "en", "exhibit": "en",
                   "attachment": "en"}
_SUB = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,3})[.)]?(?=\s|$)\s*(.*)$")
_KEYWORD_SUB = re.compile(rf"^{_KEYWORD}\s*(?=\d{{1,3}}(?:\.\d{{1,3}}){{1,3}}[.)]?(?:\s|$))")
# Articles numbered in Roman numerals ("IV. TERM") or letters ("B. Breach notification") without a keyword
_ROMAN_HEADING = re.compile(r"^([IVXL]{1,6})\.\s+(\S.*)$")
_LETTER_HEADING = re.compile(r"^([A-Z])\.\s+(\S.*)$")
# "TITRE II – SÉCURITÉ", "Chapitre 1er – Objet", "HOOFDSTUK 3. ALGEMENE BEPALINGEN", "Hoofdstuk I": a part that
# groups articles; it heads none of them and is no clause (left in the article above, it would end its quotes)
_PART_HEADING = re.compile(r"^(?:Hoofdstuk|HOOFDSTUK|Afdeling|AFDELING|Deel|DEEL|Titel|TITEL|Titre|TITRE|Chapitre|"
                           r"CHAPITRE|Chapter|CHAPTER|Title|TITLE|Part|PART|Partie|PARTIE)\s+"
                           r"(?:[IVXL]{1,6}|\d{1,2}|premier|Ier|1er|([A-Z]))\.?(?:\s*[:.\-–—]\s*([A-ZÀ-Ý«\"“(].*))?$")
# "C1. The Municipality …": paragraph 1 of part C, where the parts are lettered ("PART C – SUB-PROCESSORS") and
# their paragraphs carry the part's letter
_PART_PARAGRAPH = re.compile(r"^([A-Z])(\d{1,2})[.)]?\s+([A-ZÀ-Ý«\"“(].*)$")
# A line of a table of contents: its heading, dot leaders (or a tab) and a page number ("2. Voorwerp ...... 2")
_CONTENTS_LINE = re.compile(r"\S\s*(?:(?:\.\s?){3,}|…+|·{3,}|\t)\s*\d{1,3}\s*$")
# a heading in capitals on its own line ("GOVERNING LAW", "DÉFINITIONS:")
_CAPS_HEADING = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9 '’&/,-]{2,59}[:.]?$")
# the parts of a lettered or Roman-numbered article: "A.1 …", "B.2 …", "II.3 …"
_LETTER_SUB = re.compile(r"^([A-Z]|[IVXL]{1,6})\.(\d{1,2})[.)]?\s+(\S.*)$")
_PARAGRAPH = re.compile(r"^§\s*(\d{1,2})(?:er)?\.?(?=\s|$)\s*(.*)$")
# "Artikel 9 – Duur", "ARTICLE 9: TERM", "Article 9" alone on its line
_HEADING_AFTER_NUMBER = re.compile(rf"^{_KEYWORD}\s*\w+\.?\s*(?:[:.\-–—]\s*\S|$)")
_NUMBERED = re.compile(r"^(\d{1,2})(?:[.)]|\s+[-–—](?=\s))?\s+(\S.*)$")  # ("1. Scope", "1) …", "1 - OBJET")
_BARE_NUMBER = re.compile(r"^(\d{1,2})\.?$")  # "6." alone on its line, its title on the next ("PERSONAL DATA BREACHES")
# "… overeenkomstig artikel 14," / "§4.": a reference the layout wrapped before its paragraph sign
# (not "Article 3" alone on its line: that heads the article whose "§ 1." follows)
_ENDS_ON_REFERENCE = re.compile(r"\S\s+(?:artikel|article|art\.)\s*\d+[a-z]*,?$", re.IGNORECASE)
# a body line the layout broke mid-sentence: long, ending on a word in lower case
_WRAPPED_BEFORE = re.compile(r"^.{50,}\s[a-zà-ÿ]+$")
_INNER_SENTENCE_END = re.compile(r"[.;:]\s+[A-ZÀ-Ý]")
_REFERENCE_GOES_ON = re.compile(r"^(?:\(\w{1,3}\)[,;]?\s*)?[a-z]")
_LIST_ITEM = re.compile(r"^(?:[-–•·*▪]|\(?[a-z0-9ivx]{1,4}[).°]|\d{1,2}°|[“\"«'‘])")
_LETTERED = re.compile(r"^\(([a-z]|\d{1,2})\)\s+(\S.*)$")  # "(b) …", or "(2) …" as in "Article 28(3)"
# An inline heading: "2. Limited Purpose. The Recipient shall …", "1. Definitions: In this Agreement …".
_INLINE_TITLE = re.compile(r"^([A-ZÀ-Ý][^\s.:;,]*(?:\s+[^\s.:;]+){0,7}?)\s*[.:]\s+(\S.*)$")
_SMALL_WORDS = {"of", "and", "the", "to", "in", "on", "for", "or", "by", "with", "a", "an", "de", "van", "en", "het",
                "der", "des", "du", "la", "le", "les", "et", "aux", "à"}
_WHOLE_NUMBER = re.compile(r"^(\d{1,3})\.0(?=\s)")
_MARKDOWN = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_MARKDOWN_BEFORE = re.compile(r"^#{1,6}\s", re.MULTILINE)
_MARKDOWN_MARKS = re.compile(r"^(\d{1,3}[.)][ \t]+)?#{1,6}[ \t]+", re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^(\d{1,3}[.)]\s+)#{1,6}\s+")
_SIGNATURE = re.compile(
    r"^(?:(?:deze|dit|this|la présente|le présent)\b.{0,100}\b(?:opgesteld|opgemaakt|ondertekend|getekend|signed|"
    r"executed|fait|établie?|signée?)\b|aldus\b|opgemaakt te\b|gedaan te\b|(?:getekend|ondertekend) te\b|"
    r"sign[ée] [àa]\b|fait [àa]\b|fait en\b|ainsi fait\b|"  # (OCR may drop the accent: "Fait a Sombreval")
    r"signed for\b|"
    r"in witness whereof\b|signed (?:at|in|on|by)\b|executed (?:at|in|on)\b|done (?:at|in)\b|voor akkoord\b|"
    # "Signed for and on behalf of Eastborough City Council by …", "Getekend namens …", "Signé pour le compte de …"
    r"(?:signed|executed) (?:for and )?on behalf of\b|(?:getekend|ondertekend) (?:namens|voor)\b|"
    r"signé pour (?:le compte de\b)?|"
    r"(?:signed|executed) electronically\b|electronically (?:signed|executed)\b|"
    r"elektronisch (?:ondertekend|getekend)\b|sign[ée] [ée]lectroniquement\b|"
    r"pour accord\b|drawn up (?:in|at)\b|"
    # a heading of its own over the signature block ("Signatures", "## Ondertekening")
    r"\**(?:signatures?(?: des parties| of the parties)?|handtekeningen?|ondertekening|"
    r"execution(?: page)?|signing page)\**\s*$)",
    re.IGNORECASE,
)
# Headings of the parts of a preamble: the parties, the recitals
_PREAMBLE_HEADING = re.compile(
    r"^(?:(?:de |the |les )?part(?:ijen|ies)|tussen|between|entre|aanhef|overwegingen|considerans|pr[ée]ambule|"
    r"preamble|recitals|background|whereas|considérants?|exposé préalable|context|contexte|achtergrond)\s*:?$",
    re.IGNORECASE)
_PARTY_MARKER = re.compile(r"^(?:tussen|between|entre|by and between|de ondergetekenden|les soussignés|"
                           r"(?:the |les |de )?(?:partijen|parties|contracting parties|parties contractantes)"
                           r")\b[\s:]*$",
                           re.IGNORECASE)

PREAMBLE = "Preamble"
SIGNATURES = "Signatures"


@dataclass
class _Section:
    kind: str  # preamble | article | sub | paragraph | annex | signature | heading
    label: str
    parent: str | None
    title: str | None
    start: int
    scope: int
    heading: str
    path: tuple[str, ...] = ()
    version: int = 0  # which language version of a bilingual text ("Artikel 5 – …" then "Article 5 – …")


@dataclass
class _State:
    scope: int = 0
    article: int | None = None
    keyword_articles: bool = False
    last_sub: tuple[int, ...] = ()
    last_paragraph: int = 0
    in_annex: bool = False
    signed: bool = False
    article_heading: str = ""
    sections: list[_Section] = field(default_factory=list)
    text: str = ""
    annex_titles: dict[str, str | None] = field(default_factory=dict)
    numbered_paragraphs: bool = False  # articles are bare numbered paragraphs ("1. Recipient shall …")
    caps_headings: bool = False  # a document numbered nowhere, parted by headings in capitals ("TERM")
    letters: int = 0  # the lettered parts "(a)", "(b)" an article without numbered parts has had so far
    lettered_articles: bool = False  # articles headed "A. …", "B. …", "C. …"
    paragraph_articles: bool = False  # articles headed "§ 1 …", "§ 2 …" with no article above them
    roman_articles: bool = False  # articles headed "I. …", "II. …" without a keyword
    article_label: str = ""  # the current article's label: "7", "IV", "B", "§2"
    party_number: int = 0  # the number the next party of a numbered list after "BETWEEN:" bears; 0 outside one
    article_headings: dict[int, list[int]] | None = None  # article number -> lines of its "Article N" headings
    languages: list[str] = field(default_factory=list)  # a bilingual text's languages, in the order they come
    version: int = 0  # the index in `languages` of the text being read
    roman_parts: bool = False  # parts headed "I. …", "II. …" that group articles numbered "1.", "2." of their own
    part_letter: str = ""  # the letter of the part being read ("PART C – …"), when the parts are lettered
    part_paragraph: tuple[str, int] | None = None  # the last paragraph read of a lettered part: ("C", 2)
    section_heading: str = ""  # the unnumbered heading over the numbered paragraphs being read ("TERM")


def _looks_like_title(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= 90
        and len(text.split()) <= 12
        and not text.endswith((".", ";", ","))
        and (text[0].isupper() or text[0].isdigit() or text[0] in "(«\"“")
    )


def _clean_title(text: str) -> str | None:
    text = text.strip().rstrip(":").strip()
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:]:  # "Clause 2 (Breaches)"
        text = text[1:-1].strip()
    return text or None


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_number(text: str) -> int | None:
    """"IV" -> 4; None for what is no well-formed Roman numeral up to 89 ("IIII", "VX", "LL")."""
    if not text or any(ch not in _ROMAN_VALUES for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value else value
    return total if 0 < total < 90 and format_number(total, "upperRoman") == text else None


def _article_number(text: str, previous: str = "") -> tuple[int | None, str | None]:
    """The number of an article written "7", "VII", "premier", "G" or "7bis" (inserted after 7 by an amendment),
    and its label when that is not the number itself. `previous`: the label of the article before ("Article I"
    after "Article H" is the ninth of lettered articles, not the first of Roman-numbered ones)."""
    if len(text) == 1 and text.isupper() and (text not in "IVXL" or len(previous) == 1 and previous.isupper()
                                              and ord(text) == ord(previous) + 1):
        return ord(text) - ord("A") + 1, text
    if text.isdigit():
        return int(text), None
    if text in ("premier", "première"):
        return 1, None
    if text.lower() in _NUMBER_WORDS:  # labelled by its number: "Article Two" is cited as article 2
        return _NUMBER_WORDS.index(text.lower()) + 1, None
    inserted = re.match(r"(\d+)\s?(bis|ter|quater)$", text)
    if inserted:
        return int(inserted.group(1)), inserted.group(1) + inserted.group(2)
    number = roman_number(text)
    return number, text if number else None


def _annex_label(word: str, ident: str | None) -> str:
    return f"{word.capitalize()} {ident}" if ident else word.capitalize()


def heads_section(line: str) -> bool:
    """The line could head an article, an annex or the signatures ("Artikel 8 – …", "Annexe 1", "Fait à …")."""
    line = line.strip()
    article = _ARTICLE.match(line)
    annex = _ANNEX.match(line)
    return bool(article and not _REFERENCE_GOES_ON.match(article.group(3)) or annex and annex.group(2)
                or _SIGNATURE.match(line) or _PART_HEADING.match(line))


def segment_clauses(document: str, text: str, page_starts: list[int], default_language: str = "nl") -> list[Clause]:
    sections = _sections(text, caps_headings=False)
    if all(s.kind in ("preamble", "signature", "annex") for s in sections):
        # numbered nowhere: its headings in capitals ("DEFINITIONS", "TERM", "GOVERNING LAW") part it
        sections = _sections(text, caps_headings=True)
    return _to_clauses(document, sections, text, page_starts, default_language)


def _sections(text: str, caps_headings: bool) -> list[_Section]:
    state = _State(text=text, caps_headings=caps_headings)
    # a table of contents heads nothing ("Bijlage 1 – Subverwerkers ....... 5" would open the annex and hold the
    # whole agreement): its lines are read as blank
    lines = [(offset, "" if _CONTENTS_LINE.search(raw) else raw) for offset, raw in _lines_with_offsets(text)]
    # with an "Article N" heading anywhere, neither bare numbers nor letters number the articles
    keyworded = any((article := _ARTICLE.match(raw.strip())) and not article.group(3)[:1].islower()
                    for _, raw in lines)
    state.numbered_paragraphs = not keyworded and _numbered_paragraphs(lines)
    state.lettered_articles = not keyworded and _lettered_articles(lines)
    state.sections.append(_Section("preamble", PREAMBLE, None, None, 0, 0, ""))
    for index, (offset, raw) in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        _classify(state, lines, index, offset, line)
    for section in state.sections:
        if section.kind == "annex" and not section.title:
            section.title = state.annex_titles.get(section.label)
    return _drop_empty_duplicates(state.sections, text)


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _previous_line(lines: list[tuple[int, str]], index: int) -> str:
    for i in range(index - 1, -1, -1):  # (no copy of the lines before: this runs for every paragraph sign)
        if lines[i][1].strip():
            return lines[i][1].strip()
    return ""


def _next_line(lines: list[tuple[int, str]], index: int) -> str:
    for _, raw in lines[index + 1 :]:
        if raw.strip():
            return raw.strip()
    return ""


def _open(state: _State, kind: str, label: str, parent: str | None, title: str | None, offset: int, heading: str,
          path: tuple[str, ...]) -> None:
    state.sections.append(_Section(kind, label, parent, title, offset, state.scope, heading, path, state.version))


def _classify(state: _State, lines, index: int, offset: int, line: str) -> None:
    markdown = _MARKDOWN.match(line)
    bare = markdown.group(2) if markdown else line
    if markdown and bare[-2:-1].isalpha() and bare.endswith("."):
        bare = bare[:-1]  # "### 9.0 Deletion of Data." is a heading, not a sentence
    bare = _NUMBERED_HEADING.sub(r"\1", bare)  # "1. #### Inleiding": a list item holding a heading
    bare = _WHOLE_NUMBER.sub(r"\1.", bare)  # "2.0 Security" heads article 2, whose parts are 2.1, 2.2
    bulleted = bool(_BULLET.match(bare))
    unbulleted = _KEYWORD_SUB.sub("", _BULLET.sub("", bare))  # "Clause 6.2 The Processor …" is part 6.2

    annex = _ANNEX.match(bare)
    if annex and not annex.group(2) and not (annex.group(3) and annex.group(4)[:1].isupper()):
        annex = None  # an annex without a number only as "Annexe – Données traitées", not as "Annexes …"
    if annex and _opens_document(state, offset):
        annex = None  # "APPENDIX C – SAMPLE NDA", "ADDENDUM 1" as the first line: the document's title
    if annex and not annex.group(4) and bare[-1:] in ".,;" and _WRAPPED_BEFORE.search(_previous_line(lines, index)):
        annex = None  # "… the sub-processors listed in" / "Appendix 3.": the layout wrapped a reference
    # "Bijlage 3 – Subverwerkers", "BIJLAGE 3", "Annex B: …" head an annex; "Bijlage 3; tot dan …" or "Bijlage 3,
    # waarin …" at the start of a wrapped line continues a sentence that refers to it.
    if annex and not bulleted and len(bare) <= 120 and (
            annex.group(3) or not annex.group(4) or annex.group(4)[:1].isupper() or annex.group(4)[:1] in "(\"“«'"):
        title = annex.group(4) or ""
        if not title:
            following = _next_line(lines, index)
            title = following if _looks_like_title(following) and not _ANNEX.match(following) else ""
        label = _annex_label(annex.group(1), annex.group(2))
        last = state.sections[-1]
        if last.kind == "annex" and annex.group(2) and last.label.split()[-1] == annex.group(2) \
                and _ANNEX_LANGUAGE.get(last.label.split()[0].lower()) != _ANNEX_LANGUAGE.get(annex.group(1).lower()):
            # "Bijlage 1 – Subverwerkers" right above "Annexe 1 – Sous-traitants ultérieurs": one annex, two versions
            label = last.label
            state.version = last.version + 1
        else:
            state.version = 0
        state.in_annex = True
        _open(state, "annex", label, None, _clean_title(title), offset, bare, (bare,))
        return
    listed = _ANNEX.match(unbulleted) if bulleted else None
    if listed and listed.group(2) and listed.group(4):
        # A list of annexes ("- Bijlage 1: Omschrijving opdracht") names annexes whose own heading may not.
        state.annex_titles.setdefault(_annex_label(listed.group(1), listed.group(2)), _clean_title(listed.group(4)))
    if state.in_annex:
        # the parties may sign below their annexes ("Fait à Bruxelles, le …" after "ANNEXE II")
        _sign(state, bare, offset, line)
        return
    # (after some text in lower case: the title block above the parties is in capitals too)
    if state.caps_headings and not state.signed and _CAPS_HEADING.match(bare) and len(bare.split()) <= 6 \
            and re.search(r"[a-zà-ÿ]", state.text[:offset]) and _next_line(lines, index)[:1].isupper():
        title = " ".join(word.capitalize() for word in bare.rstrip(":.").split())
        _open(state, "heading", title, None, title, offset, bare, (bare,))
        state.article = state.article or 0  # (a signature block may follow)
        return

    # "PERSONAL DATA BREACHES" above "11. The Processor shall …": paragraphs numbered through the whole agreement
    # under headings that number nothing; such a heading titles the paragraphs under it
    if state.numbered_paragraphs and not state.in_annex and _CAPS_HEADING.match(bare) and len(bare.split()) <= 8 \
            and not _PARTY_MARKER.match(line) and _starts_article(_next_line(lines, index), (state.article or 0) + 1):
        state.section_heading = bare.rstrip(":.")
        _open(state, "part", bare, None, None, offset, bare, ())
        return

    part = _PART_HEADING.match(bare)
    if part and not bulleted and (part.group(2) is None or _looks_like_title(part.group(2))):
        state.part_letter = part.group(1) or ""
        _open(state, "part", bare, None, None, offset, bare, ())
        return

    lettered_part = _PART_PARAGRAPH.match(unbulleted)
    if lettered_part and not bulleted and _accept_part_paragraph(
            state, letter := lettered_part.group(1), number := int(lettered_part.group(2))):
        state.part_paragraph = (letter, number)
        _start_article(state, (state.article or 0) + 1, "", offset, unbulleted, keyword=False,
                       label=f"{letter}{number}")
        return

    article = _ARTICLE.match(unbulleted)
    # "Clause 11(a) does not apply" at the start of a wrapped line cites an article; it heads none
    if article and not _REFERENCE_GOES_ON.match(article.group(3)):
        number, label = _article_number(article.group(1), state.article_label)
        inserted = bool(label) and label[:1].isdigit()  # "7bis" follows 7 (a Roman label starts with a letter)
        # an extract or an agreement whose articles were struck out jumps ahead, under a heading that reads as one
        # (and no heading of the next article in sequence follows: then this one is a wrapped reference)
        jump = bool(number and state.article and state.article < number <= state.article + 20
                    and not bulleted and _HEADING_AFTER_NUMBER.match(unbulleted)
                    and _looks_like_title(article.group(3) or "Title")
                    and not _heading_follows(state, lines, index, state.article + 1))
        # the same article again in the other language (a Brussels text) keeps its number
        translated = bool(number) and number == state.article and not inserted and _other_language_version(
            state, lines, index)
        if state.languages:
            _read_version(state, lines, index)
        if number and (translated or _accept_article(state, number) or inserted and number == state.article or jump):
            # ("ARTICLE 5" / "CONFIDENTIALITY": the title on the line below)
            below = "" if article.group(3) else _title_below(lines, index)
            rest = _title_goes_on(article.group(3), lines, index) or below
            _start_article(state, number, rest, offset, f"{unbulleted} {below}".strip(), keyword=True, label=label,
                           translated=translated)
            if article.group(2):
                _start_paragraph(state, int(article.group(2)), "", offset, unbulleted)
            return

    # "IV. TERM" / "B. Breach notification": the next article, when its heading reads as one
    # (Roman numerals only where they number the articles from the first: "II. …" inside article 1 of a document
    # numbered "1.", "2." is a list)
    heading = (_LETTER_HEADING if state.lettered_articles else _ROMAN_HEADING).match(unbulleted)
    if heading and not bulleted and not state.lettered_articles and not state.roman_articles \
            and _looks_like_title(heading.group(2)) and roman_number(heading.group(1)) \
            and (state.roman_parts or _starts_article(_next_line(lines, index), (state.article or 0) + 1)):
        # "I. ALGEMENE BEPALINGEN" right above "1. Definities": the Roman numerals number parts that group the
        # articles, which keep their own numbers (the parts head none of them, like "TITRE I")
        state.roman_parts = True
        _open(state, "part", bare, None, None, offset, bare, ())
        return
    if heading and not bulleted and _looks_like_title(heading.group(2)) and (
            state.lettered_articles or state.article is None or state.roman_articles):
        ident = heading.group(1)
        number = ord(ident) - ord("A") + 1 if state.lettered_articles else roman_number(ident)
        if number and number == (state.article or 0) + 1:
            state.roman_articles = not state.lettered_articles
            _start_article(state, number, heading.group(2), offset, unbulleted, keyword=True, label=ident)
            return

    part = _LETTER_SUB.match(unbulleted)
    if part and (state.lettered_articles or state.roman_articles) and part.group(1) == state.article_label \
            and not bulleted and int(part.group(2)) == state.letters + 1:
        state.letters += 1
        label = f"{part.group(1)}.{part.group(2)}"
        rest = part.group(3)
        title = _clean_title(rest) if _looks_like_title(rest) and not _wraps_a_sentence(rest, lines, index) else None
        _open(state, "sub", label, state.article_label, title, offset, unbulleted, (state.article_heading, unbulleted))
        return

    sub = _SUB.match(unbulleted)
    if sub and not sub.group(2)[:1].islower():
        parts = tuple(int(p) for p in sub.group(1).split("."))
        if _accept_sub(state, parts):
            if state.article != parts[0]:
                _start_article(state, parts[0], "", offset, "", keyword=state.keyword_articles)
            state.last_sub = parts
            rest = sub.group(2)
            # "4.1 L'accord-cadre est conclu pour une durée de" / "quatre (4) ans …" is a sentence the layout
            # wrapped, not a heading
            title = _clean_title(rest) if _looks_like_title(rest) and not _wraps_a_sentence(rest, lines, index) \
                else _sub_inline_title(rest)
            label = sub.group(1)
            parent = ".".join(label.split(".")[:-1])
            _open(state, "sub", label, parent, title, offset, unbulleted, (state.article_heading, unbulleted))
            return

    paragraph = _PARAGRAPH.match(unbulleted)
    if paragraph and (state.article is None or state.paragraph_articles) and not bulleted \
            and _looks_like_title(paragraph.group(2)) and not _next_line(lines, index)[:1].islower() \
            and int(paragraph.group(1)) == (state.article or 0) + 1:
        # "§ 1 Gegenstand" with no article above it: the paragraphs are the articles
        state.paragraph_articles = True
        number = int(paragraph.group(1))
        _start_article(state, number, paragraph.group(2), offset, unbulleted, keyword=True, label=f"§{number}")
        return
    if paragraph and state.article is not None and not state.paragraph_articles \
            and not _ENDS_ON_REFERENCE.search(_previous_line(lines, index)):
        number = int(paragraph.group(1))
        if number in (1, state.last_paragraph + 1):
            rest = paragraph.group(2)  # "§1 De mededeling heeft betrekking op de afnemers en de" wraps a sentence
            _start_paragraph(state, number, "" if _wraps_a_sentence(rest, lines, index) else rest, offset, unbulleted)
            return

    # "Section 4. Sub-processing" / "(a) …" / "(b) …": an article parted by letters, not by "4.1", "4.2"
    lettered = _LETTERED.match(unbulleted)
    if lettered and not bulleted and not lettered.group(2)[:1].islower() \
            and _accept_letter(state, lettered.group(1), offset):
        state.letters += 1
        label = f"{state.article_label}({lettered.group(1)})"
        _open(state, "sub", label, state.article_label, None, offset, unbulleted,
              (state.article_heading, f"({lettered.group(1)})"))
        return

    numbered = _NUMBERED.match(unbulleted)
    if state.article is None and _PARTY_MARKER.match(line):
        listed = _NUMBERED.match(_next_line(lines, index))
        state.party_number = 1 if listed and listed.group(1) == "1" else 0
    elif numbered and state.party_number and not markdown:
        if int(numbered.group(1)) == state.party_number:  # "2. The City of …": a party, not an article
            state.party_number += 1
            return
        state.party_number = 0  # the numbering starts again: the articles
    if numbered and unbulleted[len(numbered.group(1))] == ")" and not _looks_like_title(numbered.group(2)):
        numbered = None  # "1) <Company name> with registered offices …": a list item; "1) Definities" heads
    bare_number = _BARE_NUMBER.match(unbulleted)
    if bare_number and not state.keyword_articles and not bulleted and not markdown \
            and int(bare_number.group(1)) == (state.article or 0) + 1:
        below = _title_below(lines, index)
        if below:
            _start_article(state, int(bare_number.group(1)), below, offset, f"{unbulleted} {below}", keyword=False)
            return
    if numbered and not state.keyword_articles and not bulleted:
        number, rest, following = int(numbered.group(1)), numbered.group(2), (state.article or 0) + 1
        # A Markdown heading is a heading even when the articles before it were not recognised or are not there
        # (an extract, articles struck out: "## 1. Scope" then "## 4. Security")
        if (number == following or markdown and following < number <= following + 20) and (
                _looks_like_title(rest) or state.numbered_paragraphs):
            title = rest if _looks_like_title(rest) else _inline_title(rest) or rest
            own = _inline_title(rest) or _looks_like_title(rest) and not _wraps_a_sentence(rest, lines, index)
            if state.section_heading and not own:
                title = " ".join(word.lower() if i and word.lower() in _SMALL_WORDS else word.capitalize()
                                 for i, word in enumerate(state.section_heading.split()))
            _start_article(state, number, title, offset, unbulleted, keyword=False)
            return
        # A second series of numbered paragraphs under a section heading of its own ("A. Definitions" 1.–13.,
        # then "B. General provisions" 1.–15.): a new numbering scope whose articles keep their own numbers
        if (state.numbered_paragraphs and number == 1 and (state.article or 0) >= 3 and rest[:1].isupper()
                and _section_heading_before(lines, index) and _numbered_line_follows(lines, index, 2)):
            title = rest if _looks_like_title(rest) else _inline_title(rest) or rest
            _start_article(state, number, title, offset, unbulleted, keyword=False)
            return
        # An agreement of numbered paragraphs that skips a number ("11. …", "13. …", "14. …"): the paragraph after
        # it continues from it, so the numbering goes on there
        if (state.numbered_paragraphs and number == following + 1 and rest[:1].isupper()
                and _numbered_line_follows(lines, index, number + 1)):
            title = rest if _looks_like_title(rest) else _inline_title(rest) or rest
            _start_article(state, number, title, offset, unbulleted, keyword=False)
            return
        # One number may be skipped: text extracted from a PDF sometimes runs a heading into the line before.
        inline = _inline_title(rest) if number in (following, following + 1) else None
        if inline:
            _start_article(state, number, inline, offset, f"{number}. {inline}", keyword=False)
            return

    if state.article is not None and _sign(state, bare, offset, line):
        return

    if markdown:
        title = markdown.group(2).strip()
        if state.article is None and not state.in_annex and not state.signed and (
                _opens_document(state, offset) and not _MARKDOWN_BEFORE.search(state.text[:offset])
                or _PREAMBLE_HEADING.match(title.strip("*_ "))):
            return  # "# Verwerkersovereenkomst", "## Partijen", "## Overwegingen": the preamble, as in a PDF
        _open(state, "heading", title, None, title, offset, title, (title,))


def _sign(state: _State, bare: str, offset: int, line: str) -> bool:
    """Open the signature block at this line when it starts one; whether it did. (In upper case: "signed by both
    Parties" in lower case continues a sentence wrapped by the layout.)"""
    if state.signed or not bare.lstrip("*")[:1].isupper() or not _SIGNATURE.match(bare):
        return False
    state.signed = True
    _open(state, "signature", SIGNATURES, None, None, offset, line, (line,))
    return True


def _heading_follows(state: _State, lines: list[tuple[int, str]], index: int, number: int) -> bool:
    """Whether an "Article <number>" heading comes after line `index`."""
    if state.article_headings is None:  # the lines of every such heading, found once per document
        state.article_headings = {}
        for i, (_, line) in enumerate(lines):
            article = _ARTICLE.match(line) if _HEADING_AFTER_NUMBER.match(line) else None
            found = _article_number(article.group(1))[0] if article else None
            if found:
                state.article_headings.setdefault(found, []).append(i)
    return any(i > index for i in state.article_headings.get(number, ()))


def _section_heading_before(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether one of the two lines before line `index` heads a section: "B. Confidential Information", "II. …"."""
    for _, line in lines[max(0, index - 2):index]:
        heading = _LETTER_HEADING.match(line.strip()) or _ROMAN_HEADING.match(line.strip())
        if heading and _looks_like_title(heading.group(2)):
            return True
    return False


def _starts_article(line: str, number: int) -> bool:
    """Whether `line` heads article `number` as "<number>. Title" or "Artikel <number> …"."""
    numbered = _NUMBERED.match(line)
    if numbered and int(numbered.group(1)) == number:
        return True
    article = _ARTICLE.match(line)
    return bool(article) and _article_number(article.group(1))[0] == number


def _numbered_line_follows(lines: list[tuple[int, str]], index: int, number: int) -> bool:
    """Whether a line "<number>. " comes after line `index`."""
    return any(line.lstrip().startswith(f"{number}. ") for _, line in lines[index + 1:])


def _numbered_paragraphs(lines: list[tuple[int, str]]) -> bool:
    """A document (without "Article N" headings) whose articles are numbered paragraphs without headings: lines
    starting "1. ", "2. ", "3. " … in order (three at least: a party list "1. …, 2. …" is not enough)."""
    expected = 1
    for _, raw in lines:
        line = raw.strip()
        numbered = _NUMBERED.match(line)
        if numbered and int(numbered.group(1)) == expected and line[len(numbered.group(1))] == ".":
            expected += 1
    return expected > 3


def _wraps_a_sentence(rest: str, lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the words after a part's number are the first line of its sentence rather than its title: "4.1
    L'accord-cadre est conclu pour une durée de" / "quatre (4) ans", "7.4 The Parties have agreed that personal
    data processed through the" / "Portal shall …" (a title neither ends on "the" nor runs to nine words); "1.1 The
    Processor shall:" leads into the list under it ("Definitions:" and "Bijstand bij Datalekken:" are titles)."""
    words = rest.split()
    return bool(_INNER_SENTENCE_END.search(rest) or _next_line(lines, index)[:1].islower() or len(words) > 8
                or words and words[-1].lower() in _SMALL_WORDS
                or rest.rstrip().endswith(":") and len(words) > 2 and bool(_LIST_ITEM.match(_next_line(lines, index))))


def _title_goes_on(rest: str, lines: list[tuple[int, str]], index: int) -> str:
    """A heading the layout wrapped after a small word ("Article 15 – Délégués à la protection des données et
    points de" / "contact") goes on with the short line in lower case under it."""
    words = rest.split()
    following = _next_line(lines, index)
    if words and words[-1].lower() in _SMALL_WORDS and following[:1].islower() and len(following.split()) <= 4 \
            and not following.endswith((".", ";", ":")):
        return f"{rest} {following}"
    return rest


def _title_below(lines: list[tuple[int, str]], index: int) -> str:
    """The title on the line under a heading that has none ("ARTICLE 5" / "CONFIDENTIALITY"): a line in capitals
    or of a few words, that numbers nothing itself; else "" (the article's first sentence is no title)."""
    following = _next_line(lines, index)
    if not _looks_like_title(following) or _ARTICLE.match(following) or _SUB.match(following) \
            or _NUMBERED.match(following) or _ANNEX.match(following):
        return ""
    # (a longer one only above the article's first numbered part: "Artikel 8" / "Inbreuken in verband met
    # persoonsgegevens" / "8.1 …")
    words = len(following.split())
    after = next((i for i in range(index + 1, len(lines)) if lines[i][1].strip()), index)
    return following if following.isupper() or words <= 4 or words <= 7 and _SUB.match(
        _next_line(lines, after)) else ""


def _lettered_articles(lines: list[tuple[int, str]]) -> bool:
    """A document (without "Article N" headings) whose articles are headed "A. Scope", "B. …", "C. …" (three at
    least, in order): initials ("A. Peeters") and lists do not run in order under headings like these."""
    expected, parted = "A", False
    for _, raw in lines:
        line = raw.strip()
        heading = _LETTER_HEADING.match(line)
        if heading and heading.group(1) == expected and _looks_like_title(heading.group(2)):
            expected = chr(ord(expected) + 1)
        sub = _LETTER_SUB.match(line)
        # two headings are enough when their parts are numbered after them ("A. General", "A.1 …", "B. …")
        parted = parted or bool(sub and expected > "A" and sub.group(1) == chr(ord(expected) - 1))
    return expected > "C" or expected > "B" and parted


def _opens_document(state: _State, offset: int) -> bool:
    """Nothing but a few short lines comes before this one: it is the document's title, not an annex."""
    if len(state.sections) > 1:
        return False
    before = [line for line in state.text[:offset].split("\n") if line.strip()]
    return len(before) <= 6 and all(len(line) <= 120 for line in before)


def _inline_title(rest: str) -> str | None:
    """The heading of "Limited Purpose. The Recipient shall …": up to four words, or up to eight in title case
    (small words aside), followed by the clause's first sentence."""
    match = _INLINE_TITLE.match(rest)
    if not match:
        return None
    words = match.group(1).split()
    title_case = all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)
    return match.group(1) if len(words) <= 4 or title_case else None


# Abbreviations that end in a full stop without ending a heading ("Art. 28 …", "Mr. Smith …")
_ABBREVIATIONS = {"art", "mr", "mrs", "ms", "dr", "no", "nr", "st", "inc", "ltd", "co", "corp", "bv", "nv", "sa"}


_NUMBERED_POINT = re.compile(r"\((?:\d{1,2}|[a-z])\)\s")


def _sub_inline_title(rest: str) -> str | None:
    """The heading of "4.01 Notification. The Contractor shall …": an inline title as for articles, closed by a
    full stop (not a colon: "In deze overeenkomst: …" opens a sentence), holding no number and no abbreviation,
    and followed by a sentence or its first numbered point ("(1) Numeria …")."""
    match = _INLINE_TITLE.match(rest)
    title = _inline_title(rest) if match and rest[match.end(1):].lstrip().startswith(".") else None
    if not title or any(ch.isdigit() for ch in title) or title.split()[-1].lower() in _ABBREVIATIONS \
            or not (match.group(2)[:1].isupper() or _NUMBERED_POINT.match(match.group(2))):
        return None
    return title


def _other_language_version(state: _State, lines: list[tuple[int, str]], index: int) -> bool:
    """An article heading with the number of the article being read, over text in another language than that
    article's: the article's other language version, as bilingual agreements set each article in Dutch and then in
    French. From then on every article's language says which version it is."""
    article = next(s for s in reversed(state.sections) if s.kind == "article")
    current = _language_of(state.text[article.start:lines[index][0]])
    following = _language_of(_article_ahead(lines, index))
    if not current or not following or current == following:
        return False
    state.languages = state.languages or [current]
    return True


def _read_version(state: _State, lines: list[tuple[int, str]], index: int) -> None:
    """Which language version of a bilingual text the article heading at `index` opens."""
    language = _language_of(_article_ahead(lines, index)) or state.languages[state.version]
    if language not in state.languages:
        state.languages.append(language)
    state.version = state.languages.index(language)


def _article_ahead(lines: list[tuple[int, str]], index: int) -> str:
    """The text from the article heading at `index` to the next one."""
    ahead = [lines[index][1]]
    for _, line in lines[index + 1:index + 12]:
        if _ARTICLE.match(line.strip()):
            break
        ahead.append(line)
    return "\n".join(ahead)


def _language_of(text: str) -> str | None:
    """The language of a passage long enough to tell (eight words or more)."""
    return detect_language(text[:600], "") or None if len(text.split()) >= 8 else None


def _accept_part_paragraph(state: _State, letter: str, number: int) -> bool:
    """Whether "<letter><number>." goes on from the paragraphs of lettered parts read so far: the first of part A
    or of the part just headed, the next one in its part, or the first of a later part."""
    previous = state.part_paragraph
    if previous is None:
        return number == 1 and letter in ("A", state.part_letter)
    return (letter == previous[0] and number == previous[1] + 1
            or number == 1 and previous[0] < letter <= chr(ord(previous[0]) + 2))


def _accept_article(state: _State, number: int) -> bool:
    if state.article is None:
        return True  # an addendum may start at any article
    return number in (state.article + 1, state.article + 2) or number == 1


def _accept_letter(state: _State, letter: str, offset: int) -> bool:
    """"(a)" or "(1)" right under the heading of an article without numbered parts or paragraphs parts it; "(b)",
    "(c)" … or "(2)", "(3)" … follow. After text of the article's own, "(a)" opens a list in it."""
    position = int(letter) - 1 if letter.isdigit() else ord(letter) - ord("a")
    if state.article is None or position != state.letters:
        return False
    if state.letters:
        return True
    article = state.sections[-1]
    return (state.last_sub == (state.article,) and not state.last_paragraph and article.title is not None
            and len(_nonempty_lines(state.text, article.start, offset)) == 1)


def _accept_sub(state: _State, parts: tuple[int, ...]) -> bool:
    if state.article is None:
        return parts[1:] == (1,) * (len(parts) - 1) and parts[0] <= 2
    if parts[0] == state.article:
        return parts > state.last_sub
    return parts[0] == state.article + 1 and parts[1] == 1 and not state.keyword_articles


def _start_article(state: _State, number: int, rest: str, offset: int, heading: str, keyword: bool,
                   label: str | None = None, translated: bool = False) -> None:
    """`label`: how the document numbers the article when that is not `number` ("IV", "B", "§4"); `translated`:
    the article just read, in its other language."""
    if state.article is not None and number == 1 and not translated:
        _new_scope(state, offset)
    state.article = number
    state.keyword_articles = state.keyword_articles or keyword
    state.last_sub = (number,)
    state.last_paragraph = 0
    state.letters = 0
    state.signed = False
    # ("Article 8. Violations de données. (1) Numeria notifie …": the title inline)
    title = (_clean_title(rest) if _looks_like_title(rest) else _sub_inline_title(rest)) if rest else None
    state.article_label = label or str(number)
    state.article_heading = heading or state.article_label
    _open(state, "article", label or str(number), None, title, offset, heading,
          (state.section_heading, state.article_heading))


def _start_paragraph(state: _State, number: int, rest: str, offset: int, heading: str) -> None:
    state.last_paragraph = number
    title = _clean_title(rest) if rest and _looks_like_title(rest) else None
    _open(state, "paragraph", f"{state.article_label} §{number}", state.article_label, title, offset, heading,
          (state.article_heading, f"§{number}"))


def _new_scope(state: _State, offset: int) -> None:
    """A restart at article 1: the new agreement's own preamble begins at its title or party list."""
    state.scope += 1
    lines = _nonempty_lines(state.text, state.sections[-1].start, offset)
    start = offset
    # The running section keeps its heading and first paragraph (lines[0:2]).
    for line_offset, line in lines[2:]:
        if _PARTY_MARKER.match(line) or (line.isupper() and len(line) >= 6):
            start = line_offset
            break
    _open(state, "preamble", PREAMBLE, None, None, start, "", ())


def _nonempty_lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, offset = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((offset, line.strip()))
        offset += len(line) + 1
    return out


def _drop_empty_duplicates(sections: list[_Section], text: str) -> list[_Section]:
    """A label seen twice in one scope (a table of contents, a repeated heading): keep the fullest."""
    ends = [s.start for s in sections[1:]] + [len(text)]
    sizes = [len(text[s.start:e].strip()) for s, e in zip(sections, ends)]
    best: dict[tuple[int, str, int], int] = {}
    for i, section in enumerate(sections):
        key = (section.scope, section.label, section.version)
        if key not in best or sizes[i] > sizes[best[key]]:
            best[key] = i
    return [s for i, s in enumerate(sections) if best[(s.scope, s.label, s.version)] == i]


_PART_WORD = {"nl": "Deel", "fr": "Partie", "en": "Part"}
_SECONDARY = re.compile(rf"^(?:{'|'.join(_PART_WORD.values())}) \d+ – ")


def is_secondary_scope(label: str) -> bool:
    """Labels outside the document's main numbering (a cover decision's own articles: "Deel 1 – 1")."""
    return bool(_SECONDARY.match(label))


def unscoped(label: str) -> str:
    """The label within its own numbering: "Deel 1 – Preamble" -> "Preamble"."""
    return _SECONDARY.sub("", label)


def _to_clauses(document: str, sections: list[_Section], text: str, page_starts: list[int],
                default_language: str) -> list[Clause]:
    counts: dict[int, int] = {}
    for s in sections:
        if s.kind in ("article", "sub", "paragraph"):
            counts[s.scope] = counts.get(s.scope, 0) + 1
    main_scope = max(counts, key=lambda k: (counts[k], k)) if counts else 0
    part = _PART_WORD.get(default_language, "Part")
    # the document's preamble keeps its name when the main numbering has none of its own (definitions numbered
    # 1.–13. before the articles 1.–15.: one agreement, one preamble)
    ends = [s.start for s in sections[1:]] + [len(text)]
    own_preamble = any(s.label == PREAMBLE and s.scope == main_scope and text[s.start:end].strip()
                       for s, end in zip(sections, ends))

    def scoped(label: str | None, scope: int) -> str | None:
        if label is None or scope == main_scope or label == PREAMBLE and not own_preamble:
            return label
        return f"{part} {scope + 1} – {label}"

    clauses: list[Clause] = []
    for section, end in zip(sections, ends):
        raw = text[section.start:end]
        body = raw.strip()
        if not body or section.kind == "part":
            continue
        start = section.start + (len(raw) - len(raw.lstrip()))
        stop = start + len(body)
        body = _MARKDOWN_MARKS.sub(r"\1", body)  # quotes carry the words, not "## " (offsets stay the document's)
        language = detect_language(body, default_language) if len(body.split()) >= 8 else default_language
        clauses.append(
            Clause(
                document=document,
                label=scoped(section.label, section.scope),
                parent=scoped(section.parent, section.scope),
                title=section.title,
                heading_path=tuple(p for p in section.path if p),
                text=body,
                pages=(page_at(page_starts, start), page_at(page_starts, stop - 1)),
                char_start=start,
                char_end=stop,
                language=language,
                seq=len(clauses),
            )
        )
    return clauses

"""OCR of scanned PDF pages with Tesseract, in worker processes.

A page is rendered with pypdfium2, straightened (a quarter turn found by Tesseract's orientation detection when the
first reading is poor, a small skew by projection profile), and read by the `tesseract` program as words with
positions and confidences. The words are laid out again as a monospaced page — each word at the column its
position gives, as pypdf's layout mode does for text PDFs — so that tables become rows through the same
`layout_to_text` as every other PDF. Rendering and straightening are Python and would hold the GIL: pages run in a
pool of processes (one per core), so a long scan neither blocks a web server nor leaves a core idle.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Literal

from .errors import IngestError
from .language import language_scores
from .tables import layout_to_text

OcrMode = Literal["auto", "always", "never"]
# Tesseract's language codes for the languages akkoord reads; all three when a document's language is unsure.
# English goes with Dutch and French because only its model knows "§" (nld and fra read "§ 2" as "$2" or "82").
TESSERACT_LANGUAGES = {"nl": "nld+eng", "fr": "fra+eng", "en": "eng"}
ALL_LANGUAGES = "nld+fra+eng"
INSTALL_HINT = "sudo apt-get install -y tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra"
# A page whose text layer holds fewer non-space characters than this has no usable text (a scan, perhaps with a
# stamped page number): `auto` reads it by OCR.
MIN_TEXT_CHARS = 20
# Share of dark pixels (after removing speckle) below which a rendered page is blank paper: a line of small
# print is ten times more. A page with more ink but no word Tesseract can read is taken as blank too.
BLANK_INK_SHARE = 0.0001
# A first reading whose mean word confidence is below this, or with fewer words, is retried after Tesseract's
# orientation detection (an upside-down or sideways page reads as garbage with low confidence).
RETRY_CONFIDENCE = 60.0
RETRY_WORDS = 10
MAX_SKEW_DEGREES = 5.0
# Pages read with a lower mean word confidence are named in the ingest summary and `akkoord show`: their text
# (and answers quoting it) should be checked against the page image.
LOW_CONFIDENCE = 70.0


@dataclass(frozen=True)
class OcrOptions:
    mode: OcrMode = "auto"
    languages: str | None = None  # Tesseract codes ("nld", "nld+fra"); None: follow the document
    dpi: int = 300
    workers: int = 0  # 0: one per core
    tesseract: str = "tesseract"
    low_confidence: float = LOW_CONFIDENCE
    # (pages done, pages to read): called in the ingesting process as pages complete
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PageReading:
    """One page read by OCR: its text laid out like a text PDF's, and how sure Tesseract was of it."""
    index: int  # 0-based page index in the PDF
    text: str
    confidence: float  # mean word confidence, 0-100 (0 for a blank page)
    words: int
    blank: bool = False
    rotation: int = 0  # degrees the page was turned (clockwise) before reading
    skew: float = 0.0  # degrees of skew removed


def tesseract_problem(binary: str = "tesseract", languages: str = ALL_LANGUAGES) -> str | None:
    """Why OCR cannot run here, in one line with what to install, or None when it can."""
    path = shutil.which(binary)
    if path is None:
        return f"scanned pages need OCR, but Tesseract is not installed: run `{INSTALL_HINT}`"
    try:
        listed = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract ({path}) does not run ({exc}); reinstall it: `{INSTALL_HINT}`"
    have = {line.strip() for line in listed.splitlines()[1:]}
    missing = [code for code in languages.split("+") if code not in have]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        return f"Tesseract lacks the language data {', '.join(missing)}: run `sudo apt-get install -y {packages}`"
    return None


def has_text(page_text: str) -> bool:
    return sum(not ch.isspace() for ch in page_text) >= MIN_TEXT_CHARS


def read_pages(data: bytes, password: str | None, indexes: Sequence[int], options: OcrOptions,
               language: str | None = None) -> list[PageReading]:
    """OCR the given pages of a PDF. `language` is the document's language when its text pages tell it (nl, fr or
    en); otherwise the first page is read in all three languages and the rest in the language it shows."""
    if not indexes:
        return []
    languages = options.languages or (TESSERACT_LANGUAGES.get(language) if language else None)
    problem = tesseract_problem(options.tesseract, languages or ALL_LANGUAGES)
    if problem:
        raise IngestError(problem)
    workers = max(1, min(options.workers or os.cpu_count() or 1, len(indexes)))
    done, readings = 0, {}

    def record(reading: PageReading) -> None:
        nonlocal done
        readings[reading.index] = reading
        done += 1
        if options.progress:
            options.progress(done, len(indexes))

    if options.progress:
        options.progress(0, len(indexes))
    # spawn, not fork: the ingesting process may be a threaded web server.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_open_in_worker,
                             initargs=(data, password)) as pool:
        rest = list(indexes)
        if languages is None:
            first = pool.submit(_read_in_worker, rest.pop(0), ALL_LANGUAGES, options.dpi, options.tesseract).result()
            record(first)
            sure = sure_language(first.text)
            languages = TESSERACT_LANGUAGES[sure] if sure else ALL_LANGUAGES
        pending = [pool.submit(_read_in_worker, i, languages, options.dpi, options.tesseract) for i in rest]
        for future in as_completed(pending):
            record(future.result())
    return [readings[i] for i in indexes]


def sure_language(text: str) -> str | None:
    """nl, fr or en when the text clearly is in that language, else None."""
    scores = sorted(language_scores(text).items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = scores[0], scores[1]
    return best if top >= 10 and top >= 2 * second else None


def render_page_png(data: bytes, page: int, dpi: int = 110, password: str | None = None) -> bytes:
    """Page `page` (1-based) of a PDF as a PNG, to show beside the text read from it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data, password=password)
    try:
        if not 1 <= page <= len(document):
            raise IndexError(f"no page {page}")
        return _png(document[page - 1].render(scale=dpi / 72).to_pil())
    finally:
        document.close()


# -- in the worker process -------------------------------------------------------------------------------------
_document = None


def _open_in_worker(data: bytes, password: str | None) -> None:
    global _document
    import pypdfium2

    os.environ["OMP_THREAD_LIMIT"] = "1"  # one Tesseract thread per worker: the pool already uses every core
    _document = pypdfium2.PdfDocument(data, password=password)


def _read_in_worker(index: int, languages: str, dpi: int, tesseract: str) -> PageReading:
    image = _document[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    return read_image(image, index, languages, tesseract)


def read_image(image, index: int, languages: str, tesseract: str = "tesseract") -> PageReading:
    """A page image (PIL, grayscale) read: blank paper skipped, turned and straightened, words laid out as text."""
    from PIL import ImageFilter

    cleaned = image.filter(ImageFilter.MedianFilter(3))  # scanner speckle is not ink
    if ink_share(cleaned) < BLANK_INK_SHARE:
        return PageReading(index, "", 0.0, 0, blank=True)
    rotation = 0
    skew, rows, columns = _profiles(cleaned, MAX_SKEW_DEGREES, 0.25)
    if columns > rows:  # sideways: Tesseract would read it as confident nonsense, so it is turned first
        rotation = _orientation(cleaned, tesseract) or 90
        cleaned = cleaned.rotate(-rotation, expand=True, fillcolor=255)
        skew = skew_angle(cleaned)
    straight = without_rules(_rotate(cleaned, skew))
    words = _tesseract_words(straight, languages, tesseract)
    if not rotation and (_mean_confidence(words) < RETRY_CONFIDENCE or len(words) < RETRY_WORDS):
        turn = _orientation(straight, tesseract)
        if turn:
            turned = straight.rotate(-turn, expand=True, fillcolor=255)
            retry = _tesseract_words(turned, languages, tesseract)
            if _mean_confidence(retry) > _mean_confidence(words):
                words, rotation = retry, turn
                skew = skew_angle(turned)  # measured again on the page turned upright
                if skew:
                    words = _tesseract_words(without_rules(_rotate(turned, skew)), languages, tesseract)
    if not words:
        return PageReading(index, "", 0.0, 0, blank=True, rotation=rotation, skew=skew)
    return PageReading(index, layout_to_text(layout(words)), round(_mean_confidence(words), 1), len(words),
                       rotation=rotation, skew=skew)


def ink_share(image) -> float:
    import numpy as np

    pixels = np.asarray(image)
    return float((pixels < 128).mean())


def skew_angle(image, limit: float = MAX_SKEW_DEGREES, step: float = 0.25) -> float:
    """The rotation (degrees, counter-clockwise) that makes the text lines of a page horizontal: the angle whose
    rotated image has the sharpest row profile (text lines dark, gaps between them white)."""
    return _profiles(image, limit, step)[0]


def sideways(image, limit: float = MAX_SKEW_DEGREES, step: float = 0.25) -> bool:
    """Whether the page's text lines run up or down: at their straightest its columns then alternate between ink
    and paper more sharply than its rows do at theirs (on upright pages of the dev-corpus the columns score at
    most a third of the rows)."""
    _, rows, columns = _profiles(image, limit, step)
    return columns > rows


def _profiles(image, limit: float, step: float) -> tuple[float, float, float]:
    """Over small rotations: the angle with the sharpest row profile, that sharpness, and the sharpest column
    profile (sum of squared differences between neighbouring rows', or columns', ink counts)."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((900, 900))
    ink = Image.fromarray(((np.asarray(small) < 128) * 255).astype(np.uint8))
    best, best_rows, best_columns = 0.0, -1.0, -1.0
    for angle in np.arange(-limit, limit + step / 2, step):
        pixels = np.asarray(ink.rotate(float(angle), resample=Image.NEAREST), dtype=np.float32)
        rows = float(np.square(np.diff(pixels.sum(axis=1))).sum())
        best_columns = max(best_columns, float(np.square(np.diff(pixels.sum(axis=0))).sum()))
        if rows > best_rows:
            best, best_rows = float(angle), rows
    return round(best, 2), best_rows, best_columns


def without_rules(image, length: int = 0):
    """The page with the ruled lines of tables (and underlines) whitened: Tesseract reads a cell border as letters
    and merges the rows it crosses. A rule is a run of dark pixels longer than any letter stroke: a 25th of the
    page's width (a third of an inch on A4, the height of a 24-point capital), horizontally or vertically."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    dark = pixels < 160
    run = length or max(20, image.width // 25)
    # A rule left a little slanted or broken by noise still runs on within a band three pixels wide.
    rules = _long_runs(_band(dark), run) | _long_runs(_band(dark.T), run).T
    if not rules.any():
        return image
    rules = _band(_band(rules).T).T  # and its grey edge goes with it
    cleaned = pixels.copy()
    cleaned[_band(rules)] = 255
    return Image.fromarray(cleaned)


def _band(mask):
    """The mask grown by a pixel up and down."""
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    return grown


def _long_runs(dark, length: int):
    """The pixels that lie in a horizontal run of at least `length` dark pixels."""
    import numpy as np

    width = dark.shape[1]
    if width < length:
        return np.zeros_like(dark)
    sums = np.cumsum(np.pad(dark, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (sums[:, length:] - sums[:, :-length]) == length  # the window starting at column j is all dark
    windows = np.cumsum(np.pad(full, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    columns = np.arange(width)
    # Pixel i lies in the windows starting at i - length + 1 … i.
    covered = windows[:, np.minimum(columns, width - length) + 1] - windows[:, np.maximum(columns - length + 1, 0)]
    return covered > 0


def _rotate(image, angle: float):
    from PIL import Image

    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if angle else image


@dataclass(frozen=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    confidence: float
    text: str


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _run(tesseract: str, image, *args: str) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    result = subprocess.run([tesseract, "stdin", "stdout", *args], input=_png(image), capture_output=True,
                            env=env, timeout=600)
    return result.stdout.decode("utf-8", errors="replace")


def _tesseract_words(image, languages: str, tesseract: str) -> list[Word]:
    words = []
    for line in _run(tesseract, image, "-l", languages, "--psm", "3", "tsv").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            words.append(Word(int(cells[6]), int(cells[7]), int(cells[8]), int(cells[9]), float(cells[10]),
                              cells[11].strip()))
    # Tesseract reads dirt as single low-confidence marks: noise, not words.
    return [w for w in words if w.confidence >= 20 or len(w.text) > 1]


def _mean_confidence(words: list[Word]) -> float:
    return statistics.fmean(w.confidence for w in words) if words else 0.0


def _orientation(image, tesseract: str) -> int:
    """Degrees to turn the page clockwise to make it upright, by Tesseract's orientation detection (0 when it
    cannot tell)."""
    for line in _run(tesseract, image, "--psm", "0").splitlines():
        if line.startswith("Rotate:"):
            try:
                return int(line.split(":")[1]) % 360
            except ValueError:
                return 0
    return 0


_RULE_DEBRIS = "|¦"  # what is left of a table's vertical rules, read as words
_GAP = 1.35  # lines further apart than this many times the page's usual line pitch have a gap between them


def layout(words: list[Word]) -> str:
    """Words placed on a monospaced page, as pypdf's layout mode writes a text PDF: visual lines top to bottom
    (words whose middles stand within half a line height of each other). Words of a sentence are one space apart;
    after a gap wider than the line's height (between table cells, or a label and its text) a word stands at the
    column its left edge gives, at least three spaces on, so that cells of one column line up from row to row. A
    gap wider than the usual line pitch is a blank line (between paragraphs, and between a table's rows)."""
    words = [w for w in words if w.text.strip(_RULE_DEBRIS)]
    if not words:
        return ""
    # A little narrower than the median letter, so that a cell's text rarely runs past the next cell's column.
    char_width = 0.85 * statistics.median(w.width / len(w.text) for w in words)
    height = statistics.median(w.height for w in words)
    origin = min(w.left for w in words)
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.height / 2, w.left)):
        middle = word.top + word.height / 2
        if lines and abs(middle - _middle(lines[-1])) <= height / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    middles = [_middle(line) for line in lines]
    # The pitch of lines within a paragraph: the lower fifth, as a page may hold more paragraphs than wrapped lines.
    pitches = sorted(b - a for a, b in zip(middles, middles[1:])) or [2 * height]
    pitch = pitches[len(pitches) // 5]
    out = []
    for n, line in enumerate(lines):
        if n and middles[n] - middles[n - 1] > _GAP * pitch:
            out.append("")  # a table's rows stand further apart than the lines of one cell
        text, previous = "", None
        for word in sorted(line, key=lambda w: w.left):
            if previous is not None and word.left - (previous.left + previous.width) <= height:
                # (an e-mail address read as "dpo@ ocmw.be" or "privacy @ ocmw.be" is one word)
                joined = previous.text.endswith("@") or word.text.startswith("@")
                text += ("" if joined else " ") + word.text
            else:
                column = round((word.left - origin) / char_width)
                text += " " * max(3 if text else 0, column - len(text)) + word.text
            previous = word
        out.append(text)
    return "\n".join(out)


def _middle(line: list[Word]) -> float:
    return statistics.fmean(w.top + w.height / 2 for w in line)


# Tesseract's usual misreadings of agreement numbering. Dutch and French models do not know "§" and the English one
# often takes it for "8", "S" or "$"; "1er" comes out as "ler", a roman "II" as "Il".
_ARTICLE_HEADING = re.compile(r"^\s*(?:artikel|article|art\.?)\s*(?:\d+|1er)\b", re.IGNORECASE)
_SECTION = re.compile(r"^(\s*)§\s?(\d{1,2})")
_MISREAD_SECTION = re.compile(r"^(\s*)([$S8])\s?(\d{1,2})(?=(?:er)?\b)(?!\.\d)")
_FIRST = re.compile(r"(\b(?:article|artikel|art\.)\s+|§\s?)1?l(?=er\b)", re.IGNORECASE)
_ROMAN = re.compile(r"\b((?:annex|annexe|appendix|schedule|bijlage|chapter|chapitre|hoofdstuk|titel|titre|part|"
                    r"partie|deel)\s+)([IVXl]*l[IVXl]*)\b", re.IGNORECASE)


def correct_numbering(pages: list[str]) -> list[str]:
    """OCR'd pages (in order) with their numbering restored: "ler" after Article or § is "1er", "Annex Il" is
    "Annex II", and a line opening with "$2", "S2" or "82" is "§2" when it is a dollar sign (no agreement line
    opens with an amount) or when it continues the paragraphs of its article (§1 seen, or the article's heading
    just above for §1): "82 De termen" after "§1 …" is "§2", a line "82 employees" elsewhere stays."""
    out, last = [], None
    for page in pages:
        lines = []
        for line in page.split("\n"):
            line = _ROMAN.sub(lambda m: m.group(1) + m.group(2).replace("l", "I"), _FIRST.sub(r"\g<1>1", line))
            if _ARTICLE_HEADING.match(line):
                last = 0
            elif section := _SECTION.match(line):
                last = int(section.group(2))
            elif (misread := _MISREAD_SECTION.match(line)) and (
                    misread.group(2) == "$" or last is not None and int(misread.group(3)) == last + 1):
                last = int(misread.group(3))
                line = f"{misread.group(1)}§{misread.group(3)}" + line[misread.end():]
            lines.append(line)
        out.append("\n".join(lines))
    return out

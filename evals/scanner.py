"""A simulated scanner for OCR tests and measurements: pages of a real text PDF rendered as images, turned a little,
with scanner noise, wrapped into a PDF with no text layer."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image
from pypdf import PdfReader, PdfWriter

SCAN_DPI = 200


def page_images(pdf: Path, dpi: int = SCAN_DPI) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def scanned(image: Image.Image, angle: float = 0.0, noise: float = 12.0, seed: int = 0) -> Image.Image:
    """The page as a scanner gives it: turned by `angle` degrees (counter-clockwise), grey noise, a few specks."""
    rng = np.random.default_rng(seed)
    turned = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=True) if angle else image
    pixels = np.asarray(turned).astype(np.float32) + rng.normal(0, noise, (turned.height, turned.width))
    specks = rng.random(pixels.shape) < 0.0005
    pixels[specks] = 0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def blank_page(width: int, height: int, seed: int = 1) -> Image.Image:
    """A blank sheet through the scanner: paper grey, noise, specks of dust."""
    return scanned(Image.new("L", (width, height), 245), noise=6.0, seed=seed)


def write_image_pdf(path: Path, images: list[Image.Image], dpi: int = SCAN_DPI) -> Path:
    """Images as the pages of a PDF with no text layer (what a scanner writes)."""
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def scan_pdf(pdf: Path, path: Path, angles: list[float] | None = None, blank_after: int | None = None) -> Path:
    """A scan of every page of `pdf`, page i turned by angles[i]; a blank sheet after page `blank_after`."""
    pages = page_images(pdf)
    images = [scanned(page, (angles or [0.0] * len(pages))[i], seed=i) for i, page in enumerate(pages)]
    if blank_after is not None:
        images.insert(blank_after, blank_page(*images[0].size))
    return write_image_pdf(path, images)


def mixed_pdf(text_pdf: Path, scanned_pdf: Path, path: Path) -> Path:
    """The text PDF's pages followed by the scanned PDF's (a wet-ink signature page scanned and appended)."""
    writer = PdfWriter()
    for source in (text_pdf, scanned_pdf):
        for page in PdfReader(io.BytesIO(source.read_bytes())).pages:
            writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)
    return path

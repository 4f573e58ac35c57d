"""Word files with what python-docx cannot write: footnotes (a footnotes part and references to it)."""

from __future__ import annotations

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add_text_with_notes(paragraph, text: str) -> None:
    """The text as runs, each "{id}" in it a reference to footnote id, raised as Word raises one."""
    from docx.oxml import parse_xml

    for i, piece in enumerate(text.replace("}", "{").split("{")):
        if i % 2:
            paragraph._p.append(parse_xml(f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                          f'<w:footnoteReference w:id="{piece}"/></w:r>'))
        elif piece:
            paragraph.add_run(piece)


def add_footnotes(document, notes: dict[str, str]) -> None:
    """The document's footnotes part as Word writes one: two separator notes, then the notes (id -> text)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                   f'{note}</w:t></w:r></w:p></w:footnote>' for i, note in notes.items())
    xml = (f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f'</w:r></w:p></w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)

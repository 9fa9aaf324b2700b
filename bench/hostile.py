#!/usr/bin/env python3
"""Writes the hostile files of issue 8 (defects 1, 2, 9b) and the largest imports still accepted, into the folder given.

deep.docx           w:sdt/w:sdtContent nested 30 000 deep (about 4 KB): stopped the host by stack overflow
deep-10000.docx     the same, 10 000 deep (took 4.5 s per request)
huge-text.docx      49 million characters of text in about 140 KB: took the host from 179 to 752 MB
xml-bomb.docx       one part that unzips to 200 MB of spaces
accepted.docx       the largest fiche import still accepted: 9.5 MB (an incompressible image) and 990 000 characters of text
outline-10000.txt   a plan outline of 10 000 lines (imported in 0.9 s, then a plan page of 62 MB)
outline-max.txt     the largest outline still accepted: 500 elements, 1 000 fiches, 1 550 lines
"""
import os
import random
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="png" ContentType="image/png"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def docx(path, body_pieces, extra=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', TYPES)
        z.writestr('_rels/.rels', RELS)
        with z.open('word/document.xml', 'w', force_zip64=True) as part:
            part.write(('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>' % W).encode())
            for piece in body_pieces:
                part.write(piece.encode())
            part.write(b'</w:body></w:document>')
        for name, data in (extra or {}).items():
            z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)


def p(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text


def deep(depth):
    return ['<w:sdt><w:sdtContent>' * depth, p('Fiche Action 1'), '</w:sdtContent></w:sdt>' * depth]


def main(folder):
    os.makedirs(folder, exist_ok=True)
    docx(os.path.join(folder, 'deep.docx'), deep(30000))
    docx(os.path.join(folder, 'deep-10000.docx'), deep(10000))
    docx(os.path.join(folder, 'huge-text.docx'), (p('a' * 49000) for _ in range(1000)))
    docx(os.path.join(folder, 'xml-bomb.docx'), [p('Fiche Action 1')] + [' ' * 1000000] * 200)

    # The seed fiche's text, repeated under numbered missions up to 990 000 characters.
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, 'tests', 'fixtures', 'fiche-action-17.txt'), encoding='utf-8') as f:
        seed = [line for line in f.read().splitlines()]
    lines, size, n = [], 0, 0
    while size < 985000:
        line = seed[n % len(seed)]
        n += 1
        lines.append(line)
        size += len(line) + 1
    rng = random.Random(8)
    image = bytes(rng.getrandbits(8) for _ in range(9_500_000))
    docx(os.path.join(folder, 'accepted.docx'), (p(l.replace('&', '&amp;').replace('<', '&lt;')) for l in lines), {'word/media/image1.png': image})

    with open(os.path.join(folder, 'outline-10000.txt'), 'w', encoding='utf-8') as f:
        for axis in range(1, 101):
            f.write('Axe %d – Axe numéro %d\n' % (axis, axis))
            for objective in range(1, 100):
                f.write('  %d.%d Objectif %d\n' % (axis, objective, objective))
    with open(os.path.join(folder, 'outline-max.txt'), 'w', encoding='utf-8') as f:
        for axis in range(1, 51):
            f.write('Axe %d – Axe numéro %d\n' % (axis, axis))
            for objective in range(1, 10):
                f.write('  %d.%d Objectif %d de l\'axe %d\n' % (axis, objective, objective, axis))
                for fiche in range(1, 3):
                    f.write('    Fiche %d.%d.%d : Action %d de l\'objectif %d.%d\n' % (axis, objective, fiche, fiche, axis, objective))
        for extra in range(100):
            f.write('Fiche 99.%d : Action libre %d\n' % (extra, extra))


if __name__ == '__main__':
    main(sys.argv[1])

"""Tiny PDFs written by hand for the tests: each page one filled rectangle of a known colour."""

from __future__ import annotations


def pdf_with_pages(
    *colours: tuple[float, float, float], size: tuple[int, int] = (200, 100)
) -> bytes:
    """A PDF whose page i is ``size`` points, filled with ``colours[i]`` (RGB from 0 to 1)."""
    width, height = size
    objects: list[bytes] = []
    n = len(colours)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (r, g, b) in enumerate(colours):
        content = f"{r} {g} {b} rg 0 0 {width} {height} re f".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Contents {4 + 2 * i} 0 R /Resources << >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)

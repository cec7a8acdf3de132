#!/usr/bin/env python3
"""tests/demo/png_check.py PNG [X Y W H]: exits 0 when the image (or the
region) is not blank: enough distinct colours and enough pixels away from
the background colour of the top-left pixel. Prints what it measured.
Decodes 8-bit RGB/RGBA PNGs (what kiln's win:screenshot writes) with zlib."""
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {ctype})")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def main():
    path = sys.argv[1]
    w, h, bpp, rows = decode(path)
    x0, y0, rw, rh = 0, 0, w, h
    if len(sys.argv) == 6:
        x0, y0, rw, rh = map(int, sys.argv[2:6])
    bg = rows[0][0:3]
    colours, away, total = set(), 0, 0
    for y in range(y0, min(h, y0 + rh)):
        r = rows[y]
        for x in range(x0, min(w, x0 + rw)):
            px = r[x * bpp:x * bpp + 3]
            colours.add(px)
            total += 1
            if max(abs(px[i] - bg[i]) for i in range(3)) > 24:
                away += 1
    frac = away / max(1, total)
    print(f"{path}: {w}x{h}, region {rw}x{rh}: {len(colours)} colours, "
          f"{100 * frac:.0f}% of pixels away from the background")
    sys.exit(0 if len(colours) >= 200 and frac >= 0.3 else 1)


main()

#!/usr/bin/env python3
"""png_not_blank.py FILE: exit 0 when FILE is a PNG whose pixels are not all one colour.
Decodes 8-bit RGB/RGBA PNGs with the standard library only (no Pillow on the test machines)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_decode import pixels

if __name__ == "__main__":
    w, h, ch, rows = pixels(sys.argv[1])
    colours = {row[x:x + 3] for row in rows[::7] for x in range(0, len(row), ch * 7)}
    print(f"{sys.argv[1]}: {w}x{h}, {len(colours)} distinct sampled colours")
    sys.exit(0 if len(colours) >= 16 else 1)

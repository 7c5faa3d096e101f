#!/usr/bin/env python3
"""png_pixels.py: pixel checks on the viewer's screenshots, standard library only.
  png_pixels.py changed A.png B.png X0 Y0 X1 Y1   share of pixels in the box that differ (> 24/255)
  png_pixels.py bone A.png X0 Y0 X1 Y1            share of pixels in the box that look like bone
Prints the share; the caller compares it with its threshold."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_decode import pixels

def box(args):
    return [int(a) for a in args]

def at(rows, ch, x, y):
    return rows[y][x * ch:x * ch + 3]

def main(argv):
    if argv[1] == "changed":
        wa, ha, ca, ra = pixels(argv[2]); wb, hb, cb, rb = pixels(argv[3])
        x0, y0, x1, y1 = box(argv[4:8])
        total = differ = 0
        for y in range(y0, min(y1, ha, hb)):
            for x in range(x0, min(x1, wa, wb)):
                total += 1
                differ += max(abs(p - q) for p, q in zip(at(ra, ca, x, y), at(rb, cb, x, y))) > 24
        print(f"{differ / max(total, 1):.4f}")
    elif argv[1] == "bone":
        w, h, c, rows = pixels(argv[2])
        x0, y0, x1, y1 = box(argv[3:7])
        total = bone = 0
        for y in range(y0, min(y1, h), 2):
            for x in range(x0, min(x1, w), 2):
                r, g, b = at(rows, c, x, y)
                total += 1
                # Lit bone: light and warm (ivory), brighter than the dark background and panels.
                bone += r > 140 and g > 120 and b > 80 and r >= b + 15 and r - g < 60
        print(f"{bone / max(total, 1):.4f}")
    else:
        sys.exit(__doc__)

main(sys.argv)

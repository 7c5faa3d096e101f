#!/usr/bin/env python3
"""png_compare.py ACTUAL GOLDEN MAX_DELTA MAX_FRACTION: passes when at most MAX_FRACTION of the
pixels differ from GOLDEN by more than MAX_DELTA (0-255) in any colour channel. Reads the 8-bit
RGB/RGBA PNGs that pdftoppm and spineview write (standard library only: no imaging library)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "window"))
from png_decode import pixels as read_png  # the window tests' standard-library PNG decoder


actual, golden, max_delta, max_fraction = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
aw, ah, ac, arows = read_png(actual)
gw, gh, gc, grows = read_png(golden)
if (aw, ah) != (gw, gh):
    sys.exit(f"{actual} is {aw}x{ah}, the golden {golden} is {gw}x{gh}")
failing = worst = 0
for ar, gr in zip(arows, grows):
    for x in range(aw):
        d = max(abs(ar[x * ac + k] - gr[x * gc + k]) for k in range(3))
        worst = max(worst, d)
        failing += d > max_delta
fraction = failing / (aw * ah)
print(f"{failing} pixels ({fraction * 100:.3f} %) differ by more than {max_delta}/255 (worst {worst}); allowed {max_fraction * 100:.2f} %")
sys.exit(0 if fraction <= max_fraction else 1)

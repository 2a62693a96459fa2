#!/usr/bin/env python3
"""Writes sRGB.icc: a small ICC v2 display profile for sRGB (IEC 61966-2-1).

Built from the published sRGB primaries (Bradford-adapted to the D50 PCS)
and the sRGB transfer curve sampled at 1024 points. No third-party data is
used, so the profile is dedicated to the public domain (CC0 1.0).
Run: python3 assets/icc/make-srgb-icc.py > assets/icc/sRGB.icc
"""
import struct
import sys


def s15(v):
    return struct.pack('>i', round(v * 65536))


def xyz(x, y, z):
    return b'XYZ ' + b'\0' * 4 + s15(x) + s15(y) + s15(z)


def desc(text):
    a = text.encode('ascii') + b'\0'
    return b'desc' + b'\0' * 4 + struct.pack('>I', len(a)) + a + b'\0' * 8 + b'\0' * 3 + b'\0' * 67


def text(t):
    return b'text' + b'\0' * 4 + t.encode('ascii') + b'\0'


def curve(n=1024):
    out = []
    for i in range(n):
        v = i / (n - 1)
        lin = v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        out.append(round(lin * 65535))
    return b'curv' + b'\0' * 4 + struct.pack('>I', n) + b''.join(struct.pack('>H', x) for x in out)


trc = curve()
tags = [
    (b'desc', desc('sRGB IEC61966-2.1 (Briefing Composer, CC0)')),
    (b'cprt', text('CC0 1.0: no rights reserved')),
    (b'wtpt', xyz(0.9642, 1.0, 0.8249)),
    (b'rXYZ', xyz(0.4360747, 0.2225045, 0.0139322)),
    (b'gXYZ', xyz(0.3850649, 0.7168786, 0.0971045)),
    (b'bXYZ', xyz(0.1430804, 0.0606169, 0.7141733)),
    (b'rTRC', trc),
    (b'gTRC', None),
    (b'bTRC', None),
]
table_size = 4 + 12 * len(tags)
offset = 128 + table_size
data = b''
entries = []
trc_offset = None
for sig, body in tags:
    if body is None:
        entries.append((sig, trc_offset, len(trc)))
        continue
    while (offset + len(data)) % 4:
        data += b'\0'
    at = offset + len(data)
    if sig == b'rTRC':
        trc_offset = at
    entries.append((sig, at, len(body)))
    data += body
while len(data) % 4:
    data += b'\0'
table = struct.pack('>I', len(tags)) + b''.join(sig + struct.pack('>II', o, n) for sig, o, n in entries)
size = 128 + len(table) + len(data)
header = (
    struct.pack('>I', size) + b'\0' * 4 + struct.pack('>I', 0x02100000) + b'mntr' + b'RGB ' + b'XYZ '
    + struct.pack('>6H', 2025, 1, 1, 0, 0, 0) + b'acsp' + b'\0' * 4 + b'\0' * 4 + b'\0' * 4 + b'\0' * 4
    + b'\0' * 8 + struct.pack('>I', 0) + s15(0.9642) + s15(1.0) + s15(0.8249) + b'\0' * 4 + b'\0' * 16 + b'\0' * 28
)
assert len(header) == 128, len(header)
sys.stdout.buffer.write(header + table + data)

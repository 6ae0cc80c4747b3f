#!/usr/bin/env python3
"""mkseeds.py — regenerate the committed seed corpora of tests/fuzz/corpus (a developer tool;
neither the build nor the fuzz targets run it).

The weights seeds are small: the shipped checkpoints' real headers (GGUF metadata with the
TinyStories-260K tokenizer, the GPT-2 safetensors header) with every tensor cut down to a few
elements, plus tiny files with every readable dtype, an unreadable one, both GGUF versions
and both llama2.c classifier layouts.  The full shipped files are added at run time by
run.sh, not copied here.  Run from the source tree:  python3 tests/fuzz/mkseeds.py"""
import json, os, struct, sys

top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(top, "tests", "fuzz", "corpus")


def write(target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


# ---------------------------------------------------------------- GGUF
def gstr(s):
    b = s.encode() if isinstance(s, str) else s
    return struct.pack("<Q", len(b)) + b


SCALAR = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}


def gguf_skip_value(buf, p, t):
    """Offset after one value of type t at p."""
    if t in SCALAR:
        return p + struct.calcsize(SCALAR[t])
    if t == 8:
        (n,) = struct.unpack_from("<Q", buf, p)
        return p + 8 + n
    if t == 9:
        et, n = struct.unpack_from("<IQ", buf, p)
        p += 12
        for _ in range(n):
            p = gguf_skip_value(buf, p, et)
        return p
    raise ValueError("bad type %d" % t)


def gguf_shrunk(path, keep_tensors=6, max_ne0=32):
    """The file's header and metadata verbatim, its first tensors with at most max_ne0 x 1
    elements, data re-laid out."""
    buf = open(path, "rb").read()
    magic, version, nt, nkv = struct.unpack_from("<4sIQQ", buf, 0)
    p = 24
    kv = []
    align = 32
    for _ in range(nkv):
        (kl,) = struct.unpack_from("<Q", buf, p)
        key = buf[p + 8:p + 8 + kl]
        q = p + 8 + kl
        (t,) = struct.unpack_from("<I", buf, q)
        end = gguf_skip_value(buf, q + 4, t)
        if key == b"general.alignment":
            (align,) = struct.unpack_from("<I", buf, q + 4)
        kv.append(buf[p:end])
        p = end
    tens = []
    for _ in range(nt):
        (nl,) = struct.unpack_from("<Q", buf, p)
        name = buf[p + 8:p + 8 + nl]
        p += 8 + nl
        (nd,) = struct.unpack_from("<I", buf, p)
        ne = struct.unpack_from("<%dQ" % nd, buf, p + 4)
        p += 4 + 8 * nd
        t, off = struct.unpack_from("<IQ", buf, p)
        p += 12
        tens.append((name, nd, ne, t, off))
    tens = tens[:keep_tensors]
    bytes_per = {0: 4, 1: 2, 30: 2}
    head = struct.pack("<4sIQQ", magic, version, len(tens), nkv) + b"".join(kv)
    info, data, off = b"", b"", 0
    for i, (name, nd, ne, t, _) in enumerate(tens):
        ne0 = min(ne[0], max_ne0) if t != 8 else 32
        new_ne = (ne0,) + (1,) * (nd - 1)
        if t == 8:
            nbytes = 34
            blob = struct.pack("<H", 0x3C00) + bytes(range(32))
        else:
            nbytes = ne0 * bytes_per.get(t, 4)
            blob = bytes((i * 7 + k * 13) & 0x7F for k in range(nbytes))
        info += gstr(name) + struct.pack("<I", nd) + struct.pack("<%dQ" % nd, *new_ne) + struct.pack("<IQ", t, off)
        data += blob + b"\0" * ((-len(blob)) % align)
        off += nbytes + (-nbytes) % align
    hdr = head + info
    hdr += b"\0" * ((-len(hdr)) % align)
    return hdr + data


def gguf_tiny(version=3, align=32):
    """Every readable ggml type, an unreadable one, metadata of every value type."""
    kvs = [(b"general.name", 8, gstr("tiny")),
           (b"u8", 0, struct.pack("<B", 7)), (b"i8", 1, struct.pack("<b", -7)),
           (b"u16", 2, struct.pack("<H", 7)), (b"i16", 3, struct.pack("<h", -7)),
           (b"u32", 4, struct.pack("<I", 7)), (b"i32", 5, struct.pack("<i", -7)),
           (b"f32", 6, struct.pack("<f", 0.5)), (b"bool", 7, struct.pack("<?", True)),
           (b"u64", 10, struct.pack("<Q", 7)), (b"i64", 11, struct.pack("<q", -7)),
           (b"f64", 12, struct.pack("<d", 0.25)),
           (b"tokens", 9, struct.pack("<IQ", 8, 3) + gstr("a") + gstr("bc") + gstr("")),
           (b"nested", 9, struct.pack("<IQ", 9, 1) + struct.pack("<IQ", 4, 2) + struct.pack("<II", 1, 2)),
           (b"general.alignment", 4, struct.pack("<I", align))]
    tens = [(b"f32", [4, 2], 0, struct.pack("<8f", 1, -2, 0.5, 3, float("inf"), float("nan"), 0, -0.0)),
            (b"f16", [4], 1, struct.pack("<4H", 0x3C00, 0xBC00, 0x7C00, 0x0001)),
            (b"bf16", [2, 2], 30, struct.pack("<4H", 0x3F80, 0xBF80, 0x7F80, 0x0001)),
            (b"q8_0", [32], 8, struct.pack("<H", 0x3C00) + bytes(range(256 - 16, 256)) + bytes(range(16))),
            (b"q4_0", [32], 2, bytes(18))]
    head = b"GGUF" + struct.pack("<IQQ", version, len(tens), len(kvs))
    head += b"".join(gstr(k) + struct.pack("<I", t) + v for k, t, v in kvs)
    info, data, off = b"", b"", 0
    for name, ne, t, blob in tens:
        info += gstr(name) + struct.pack("<I", len(ne)) + struct.pack("<%dQ" % len(ne), *ne) + struct.pack("<IQ", t, off)
        data += blob + b"\0" * ((-len(blob)) % align)
        off += len(blob) + (-len(blob)) % align
    hdr = head + info
    hdr += b"\0" * ((-len(hdr)) % align)
    return hdr + data


# ---------------------------------------------------------------- safetensors
def st_file(header, data):
    h = json.dumps(header, separators=(",", ":")).encode()
    return struct.pack("<Q", len(h)) + h + data


def st_shrunk(path, keep=8):
    buf = open(path, "rb").read()
    (n,) = struct.unpack_from("<Q", buf, 0)
    hdr = json.loads(buf[8:8 + n])
    size = {"F32": 4, "F16": 2, "BF16": 2, "F64": 8, "I8": 1, "U8": 1}
    new, data = {}, b""
    for name, v in list(hdr.items()):
        if name == "__metadata__":
            new[name] = v
            continue
        if len([k for k in new if k != "__metadata__"]) >= keep:
            continue
        shape = [min(v["shape"][0], 3)] + [1] * (len(v["shape"]) - 1) if v["shape"] else []
        cnt = 1
        for d in shape:
            cnt *= d
        nb = cnt * size.get(v["dtype"], 4)
        new[name] = {"dtype": v["dtype"], "shape": shape, "data_offsets": [len(data), len(data) + nb]}
        data += bytes((len(data) + k) & 0x3F for k in range(nb))
    return st_file(new, data)


def st_tiny():
    data = struct.pack("<4f", 1, -2, float("inf"), 0.5) + struct.pack("<2H", 0x3C00, 0x7E00) + \
        struct.pack("<2H", 0x3F80, 0xFF80) + bytes(8) + struct.pack("<f", -0.75)
    hdr = {"__metadata__": {"format": "pt", "note": "tiny \u00e9 \\ \"q\""},
           "a.f32": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
           "b.f16": {"dtype": "F16", "shape": [2], "data_offsets": [16, 20]},
           "c.bf16": {"dtype": "BF16", "shape": [1, 2], "data_offsets": [20, 24]},
           "d.f64": {"dtype": "F64", "shape": [1], "data_offsets": [24, 32]},
           "e.scalar": {"dtype": "F32", "shape": [], "data_offsets": [32, 36]}}
    return st_file(hdr, data)


# ---------------------------------------------------------------- llama2.c
def llama2c(dim=4, hidden=8, layers=1, heads=2, kv_heads=1, vocab=5, seq=3, shared=True):
    kv_dim = dim * kv_heads // heads
    half = dim // heads // 2
    n = vocab * dim + layers * (2 * dim + 2 * dim * dim + 2 * kv_dim * dim + 3 * hidden * dim) + dim + 2 * seq * half
    if not shared:
        n += vocab * dim
    vals = [((k * 37) % 19 - 9) / 8.0 for k in range(n)]
    return struct.pack("<7i", dim, hidden, layers, heads, kv_heads, vocab if shared else -vocab, seq) + \
        struct.pack("<%df" % n, *vals)


def main():
    data = os.path.join(top, "data")
    write("gguf", "stories260K-shrunk.gguf", gguf_shrunk(os.path.join(data, "stories260K.gguf")))
    write("gguf", "tiny-v3.gguf", gguf_tiny(3, 32))
    write("gguf", "tiny-v2-align64.gguf", gguf_tiny(2, 64))
    write("safetensors", "gpt2-attn-shrunk.safetensors", st_shrunk(os.path.join(data, "gpt2-attn-sample.safetensors")))
    write("safetensors", "tiny.safetensors", st_tiny())
    write("safetensors", "empty.safetensors", st_file({}, b""))
    write("llama2c", "tiny-shared.bin", llama2c())
    write("llama2c", "tiny-wcls.bin", llama2c(dim=8, hidden=4, layers=2, heads=2, kv_heads=2, vocab=3, seq=2, shared=False))
    # parse: the first byte picks the parser (bits 0-1) and its bounds (bits 2-4), see fuzz_parse.c
    for i, (sel, text) in enumerate([(0, "1e6"), (0, "2^20"), (0, "1000000"), (1, "7"), (1 + 4 * 5, "-3"),
                                     (2 + 32 * 3, "lmul,float,mitchell"), (3, "1..7"), (3 + 4, "1,3,5..9..2"),
                                     (3 + 32 * 7, "1..52"), (3 + 4 * 7, "-5..5")]):
        write("parse", "seed%02d" % i, bytes([sel]) + text.encode())
    for i, spec in enumerate(["uniform-mantissa", "normal:sigma=0.02", "normal:mean=1,sigma=2", "uniform:a=-3,b=4",
                              "laplace:mu=0,b=0.5", "student-t:nu=3,sigma=0.1", "lognormal:zeta=-1,sigma=2,sign=0",
                              "mixture:sigma=0.02,frac=0.001,scale=50",
                              "weights:data/stories260K.gguf:tensors=blk.0.*|output_norm.weight",
                              "weights:data/gpt2-attn-sample.safetensors+data/stories260K.gguf:weight=2"]):
        write("dist", "seed%02d" % i, spec)
    exps = {
        "minimal.exp": "sweep method=lmul k=3 samples=1000\n",
        "full.exp": "# a comment\ntitle A title  # trailing\nquestion Two\nquestion lines?\r\n\n"
                    "sweep method=lmul,float,mitchell k=1..3 l=2 rounding=rne,trunc source=bf16 "
                    "dist=uniform-mantissa,normal:sigma=0.02 samples=2^10 seed=7 reference=mpfr expected\n"
                    "sweep method=float format=e4m3fn,e5m2 out-format=bf16 source=fp16 samples=1e3\n"
                    "sweep method=lns lns-int=5 lns-frac=3,4 dist-a=uniform:a=-1,b=1 dist-b=laplace samples=100\n"
                    "sweep method=int,mx block=32 int-bits=8 samples=100\n",
        "exhaustive.exp": "sweep method=lmul k=2 source=e4m3 operands=positive-normal\n"
                          "sweep method=float source=e2m1fn exhaustive\n",
        "weights.exp": "sweep method=lmul k=3 dist=weights:@data/stories260K.gguf:tensors=blk.0.* samples=1e3\n",
    }
    for target in ("exp", "exp_check"):
        for name, text in exps.items():
            write(target, name, text)


if __name__ == "__main__":
    sys.exit(main())

"""Where the per-article CPU goes, by kind of C code: the interpreter loop, the regex engine,
string, dict and set operations, allocation (benchmarks/speed.md, 2026-12-02 speed25).

Two steps:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.out \\
        python benchmarks/cpu_split.py run FILES.txt        # one article path a line
    python benchmarks/cpu_split.py split cg.out

``run`` imports everything and analyses a warm-up article outside the measurement, then turns
callgrind's instrumentation on (``callgrind_control -i on``) only around the batch's own
per-article loop (``batch.analyze_chunk`` in chunks of 32, as ``-j 1`` runs it); without
valgrind it prints the loop's CPU seconds.  ``split`` sums each function's own instructions by
the CPython source file (or shared object) it comes from.  Python 3.11 runs nested Python calls
inside one ``_PyEval_EvalFrameDefault``; callgrind charges the frame that was running when
instrumentation was turned on to the function it was entered from (``PyObject_Vectorcall``), so
that function's own cost is counted as the interpreter loop.
"""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys
import time


def run(listing: str) -> None:
    from credibility import batch

    paths = [line.strip() for line in open(listing, encoding="utf-8") if line.strip()]
    items = [(p, os.path.basename(p), (0, 0)) for p in paths]
    batch._warm_up()
    batch.analyze_chunk(items[:1])
    toggle = ["callgrind_control", "-i"]
    under = "valgrind" in os.environ.get("LD_PRELOAD", "") or os.environ.get("CPU_SPLIT_TOGGLE")
    if under:
        subprocess.run([*toggle, "on", str(os.getpid())], check=True, capture_output=True)
    t = time.process_time()
    for i in range(0, len(items), 32):
        batch.analyze_chunk(items[i:i + 32])
    spent = time.process_time() - t
    if under:
        subprocess.run([*toggle, "off", str(os.getpid())], check=True, capture_output=True)
    print(f"{len(items)} files, {spent:.2f} s CPU", file=sys.stderr)


_FILES = [
    ("regex engine", ("/_sre/",)),
    ("interpreter: calls, frames", ("ceval.c", "frame.c", "pystate.c")),
    ("allocation (obmalloc)", ("obmalloc.c",)),
    ("str operations", ("unicode", "bytes_methods", "stringlib")),
    ("dict, set, hash", ("dictobject.c", "setobject.c", "pyhash.c")),
    ("tuple, list, int, builtins", ("tupleobject.c", "listobject.c", "longobject.c",
                                    "floatobject.c", "boolobject.c", "sliceobject.c",
                                    "rangeobject.c", "enumobject.c", "bltinmodule.c",
                                    "abstract.c", "iterobject.c", "genobject.c")),
    ("object protocol: attributes, calls, refcounts", (
        "typeobject.c", "object.c", "descrobject.c", "call.c", "funcobject.c",
        "methodobject.c", "classobject.c", "getargs.c", "modsupport.c", "cellobject.c",
        "Include/")),
    ("garbage collector", ("gcmodule.c",)),
]


def _kind(obj: str, path: str, fn: str) -> str:
    base = fn.split("'")[0]
    if base.startswith("_PyEval_EvalFrame") or (base == "PyObject_Vectorcall" and "'" not in fn):
        return "interpreter: eval loop"
    obj = obj.rsplit("/", 1)[-1]
    if "libpython" in obj:
        for kind, parts in _FILES:
            if any(p in path for p in parts):
                return kind
        return "libpython, other"
    if obj.startswith("libc"):
        return "libc (malloc, memcpy)"
    return obj.split(".")[0]


def split(out_file: str) -> None:
    names: dict[str, dict[str, str]] = {"ob": {}, "fl": {}, "fn": {}}

    def name(kind: str, v: str) -> str:
        m = re.match(r"\((\d+)\)(?: (.*))?", v)
        if not m:
            return v
        if m.group(2) is not None:
            names[kind][m.group(1)] = m.group(2)
            return m.group(2)
        return names[kind][m.group(1)]

    own: collections.Counter = collections.Counter()
    ob = fl = ""
    key = ("", "", "")
    in_call = False
    for line in open(out_file, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            continue
        tag = line[:4]
        if tag.startswith("ob="):
            ob = name("ob", line[3:])
        elif tag.startswith("fl="):
            fl = name("fl", line[3:])
        elif tag.startswith(("fi=", "fe=")):
            name("fl", line[3:])
        elif tag.startswith("fn="):
            key = (ob, fl, name("fn", line[3:]))
        elif tag == "cob=":
            name("ob", line[4:])
        elif tag in ("cfi=", "cfl="):
            name("fl", line[4:])
        elif tag == "cfn=":
            name("fn", line[4:])
        elif line.startswith("calls="):
            in_call = True
        elif line[0].isdigit() or line[0] in "+-*":
            if in_call:             # the inclusive cost of a call: not this function's own
                in_call = False
                continue
            parts = line.split()
            if len(parts) >= 2:
                own[key] += int(parts[1])
    kinds: collections.Counter = collections.Counter()
    for (obj, path, fn), n in own.items():
        kinds[_kind(obj, path, fn)] += n
    total = sum(kinds.values())
    print(f"{total / 1e9:.3f} G instructions")
    for kind, n in kinds.most_common(16):
        print(f"{n / 1e6:9.1f} M {100 * n / total:5.1f} %  {kind}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("run", "split"):
        sys.exit(__doc__)
    (run if sys.argv[1] == "run" else split)(sys.argv[2])

#!/usr/bin/env python3
"""Attributes a `perf script` call-graph profile of the receiver thread to the parts of a request.

Usage: perf script -i perf.data --comm scim-receiver -F tid,ip,sym,dso | bench/attribute-profile.py

Each sample is given to the first part, from the leaf of its stack towards the root, whose frames
match: the SQLite commit (its WAL frame writes), request-log and audit recording, SQLite and Qt Sql
(resources, tokens), JSON, the SCIM engine, the HTTP edge (parsing, socket reads and writes), and
the rest (event loop, allocation outside the above). Printed: the share of each part, percent.
"""
import re
import sys

# (part, pattern over one frame's symbol), tried per frame from the leaf upwards; the first match
# of the *outermost* owner below decides, see owner().
OWNERS = [
    ("commit (WAL writes)", re.compile(r"scimmon::SqlDatabase::commit|sqlite3WalFrames|sqlite3PagerCommitPhaseOne")),
    ("request log and audit recording", re.compile(r"scimmon::RequestLogRecorder|scimmon::Redaction|scimmon::AuditRecorder|scimmon::SqlRequestLogRepository|scimmon::SqlAuditRepository|requestHandled")),
    ("SQLite and Qt Sql (resources, tokens)", re.compile(r"sqlite3|QSql|scimmon::Sql|scimmon::SqliteDatabase")),
    ("JSON", re.compile(r"QJson|QCbor|ResourceMapper::toJson|fromJson")),
    ("SCIM engine", re.compile(r"scimmon::(ScimRouter|ResourceService|PatchEngine|Filter|AttributeSelection|ResourceMapper|RequestClassifier|TokenService|Discovery|BulkProcessor|ScimError)")),
    ("HTTP edge (parse, sockets)", re.compile(r"QHttp|QAbstractHttpServer|scimmon::(ConnectionGuard|GuardedTcpServer|ScimHttpServer|ResponseWriter|Refusal)|QAbstractSocket|QTcpSocket|QSslSocket|QNativeSocket|__libc_write|__libc_read|readv|writev|sendmsg|recvfrom")),
]


def owner(frames):
    # The innermost frame that names a part wins, but a commit anywhere above wins over SQLite,
    # and recording anywhere above wins over SQLite and JSON (their SQL and JSON are recording's).
    parts = [name for f in frames for name, rx in OWNERS if rx.search(f)]
    if not parts:
        return "rest (event loop, allocation, kernel)"
    if "commit (WAL writes)" in parts:
        return "commit (WAL writes)"
    if "request log and audit recording" in parts:
        return "request log and audit recording"
    return parts[0]


def main():
    counts = {}
    total = 0
    frames = []
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                part = owner(frames)
                counts[part] = counts.get(part, 0) + 1
                total += 1
            frames = []
            continue
        if line[0] in " \t":
            parts = line.strip().split(" ", 1)
            frames.append(parts[1] if len(parts) > 1 else "")
    if frames:
        part = owner(frames)
        counts[part] = counts.get(part, 0) + 1
        total += 1
    for part, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{100.0 * n / max(total, 1):5.1f}%  {part}")
    print(f"{total} samples")


if __name__ == "__main__":
    main()

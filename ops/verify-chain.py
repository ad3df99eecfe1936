#!/usr/bin/env python3
"""Re-implements the README's chain and anchor checks on a copy of the embedded store, without the service.

  ops/verify-chain.py data/events.db CASE_ID [KEY_FILE...]   # verify one case's hash chain
  ops/verify-chain.py data/events.db --anchor N               # Merkle root over all case heads up to store position N

Keyed events (chainScheme v2) need the chain key: the files holding it as Base64 (the embedded default's is
~/.config/fengqiao/chain.key), the current one and any rotated out.
"""
import base64
import datetime
import hashlib
import hmac
import json
import sqlite3
import struct
import sys

LEDGER = "integrity-anchor-ledger"


def field(data):
    return struct.pack(">I", len(data)) + data


def key_id(secret):
    return "k" + hashlib.sha256(b"fengqiao-chain-key-id\x00" + secret).digest()[:8].hex()


def epoch_millis(timestamp):
    moment = datetime.datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    return int(moment.timestamp()) * 1000 + moment.microsecond // 1000


def verify(db, case_id, keys):
    rows = db.execute(
        "SELECT sequenceNumber, payloadType, payloadRevision, payload, metaData, timeStamp FROM DomainEventEntry"
        " WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", (case_id,)).fetchall()
    if not rows:
        return "no such case"
    previous, expected, keyed = bytes(32), 0, 0
    for sequence, payload_type, revision, payload, metadata, timestamp in rows:
        if sequence != expected:
            return "SEQUENCE_GAP: sequence %d is missing" % expected
        raw = payload if isinstance(payload, bytes) else payload.encode("utf-8")
        try:
            body = json.loads(raw)
        except ValueError:
            body = {}

        def text(key):
            value = body.get(key) if isinstance(body, dict) else None
            return "" if value is None else str(value)

        fields = (previous + field(case_id.encode()) + field(payload_type.encode())
                  + field((revision or "").encode()) + struct.pack(">q", sequence) + field(raw)
                  + field(text("occurredAt").encode()) + field(text("actor").encode()))
        meta = json.loads(metadata or "{}")
        recorded = meta.get("hash")
        if recorded is None:
            return "MISSING_HASH at sequence %d" % sequence
        scheme = meta.get("chainScheme")
        if scheme is None:
            if keyed:
                return "SCHEME_DOWNGRADE at sequence %d" % sequence
            digest = hashlib.sha256(b"fengqiao-chain-v1" + fields).digest()
        elif scheme == "v2":
            secret = keys.get(meta.get("chainKey"))
            if secret is None:
                return "UNKNOWN_KEY at sequence %d: %s" % (sequence, meta.get("chainKey"))
            encoding = (b"fengqiao-chain-v2" + field(meta["chainKey"].encode()) + fields
                        + struct.pack(">q", epoch_millis(timestamp)))
            digest = hmac.new(secret, encoding, hashlib.sha256).digest()
        else:
            return "UNKNOWN_SCHEME at sequence %d" % sequence
        if recorded != digest.hex():
            return "HASH_MISMATCH at sequence %d" % sequence
        previous, expected, keyed = digest, expected + 1, keyed + (scheme is not None)
    return "valid: %d events (%d keyed), head %s" % (expected, keyed, previous.hex())


def anchor_root(db, position):
    heads = db.execute(
        "SELECT e.aggregateIdentifier, e.sequenceNumber, e.metaData FROM DomainEventEntry e JOIN"
        " (SELECT aggregateIdentifier a, MAX(sequenceNumber) s FROM DomainEventEntry WHERE globalIndex <= ?"
        "  AND type IS NOT NULL AND aggregateIdentifier <> ? GROUP BY aggregateIdentifier) h"
        " ON e.aggregateIdentifier = h.a AND e.sequenceNumber = h.s", (position, LEDGER)).fetchall()
    level = []
    for aggregate, sequence, metadata in sorted(heads):
        head = (json.loads(metadata or "{}").get("hash") or "").encode()
        level.append(hashlib.sha256(b"\x00" + field(aggregate.encode()) + struct.pack(">q", sequence)
                                    + head).digest())
    if not level:
        return hashlib.sha256(b"").hexdigest()
    while len(level) > 1:
        level = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest() if i + 1 < len(level) else level[i]
                 for i in range(0, len(level), 2)]
    return level[0].hex()


if __name__ == "__main__":
    connection = sqlite3.connect(sys.argv[1])
    if sys.argv[2] == "--anchor":
        print(anchor_root(connection, int(sys.argv[3])))
    else:
        secrets = [base64.b64decode(open(path).read().strip()) for path in sys.argv[3:]]
        print(verify(connection, sys.argv[2], {key_id(secret): secret for secret in secrets}))

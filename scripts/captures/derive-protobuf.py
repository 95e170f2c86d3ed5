#!/usr/bin/env python3
"""Derives tests/data/captures/gomicro-protobuf/capture.jsonl from the recorded go-micro capture.

No go-micro process runs on this machine, so these vectors are DERIVED, not recorded: the
recorded request (seq 8), reply (seq 9) and broker event (seq 12) with what a go-micro v4 client
set up with client.ContentType("application/protobuf") changes in them (go-micro v4.11
client/rpc_client.go sets both Accept and Content-Type from the option; server/rpc_codec.go
answers in the request's Content-Type; codec/proto/proto.go is proto.Marshal, no framing), and
the body re-encoded by protoc --encode from greeter.proto. Header keys stay in the order Go's
encoding/json writes a map: sorted bytewise, so nothing else moves.

Run from the repository root: scripts/captures/derive-protobuf.py
"""
import base64
import json
import subprocess
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
RECORDED = ROOT / "tests/data/captures/gomicro/capture.jsonl"
OUT_DIR = ROOT / "tests/data/captures/gomicro-protobuf"

def encode(message_type, text):
    return subprocess.run(["protoc", f"--encode=greeter.{message_type}", "-I", str(OUT_DIR), "greeter.proto"],
                          input=text.encode(), capture_output=True, check=True, cwd=OUT_DIR).stdout

BODIES = {
    8: ("Request", 'name: "John"'),
    9: ("Response", 'msg: "Hello John"'),
    12: ("Event", 'id: "evt-1" timestamp: 1795595677 message: "hello from John"'),
}

records = [json.loads(line) for line in RECORDED.read_text().splitlines() if line.strip()]
out = []
for record in records:
    if record["seq"] not in BODIES:
        continue
    envelope = json.loads(record["payload"])
    header = envelope["Header"]
    for key in ("Accept", "Content-Type"):
        if key in header:
            header[key] = "application/protobuf"
    message_type, text = BODIES[record["seq"]]
    body = encode(message_type, text)
    envelope["Body"] = base64.b64encode(body).decode()
    payload = json.dumps({"Header": dict(sorted(header.items())), "Body": envelope["Body"]},
                         separators=(",", ":"), ensure_ascii=False)
    derived = dict(record)
    derived.pop("body_decoded", None)
    derived.update({"payload": payload, "size": len(payload.encode()), "derived_from_seq": record["seq"],
                    "body_type": f"greeter.{message_type}", "body_text": text, "body_hex": body.hex()})
    out.append(derived)

(OUT_DIR / "capture.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
print(f"wrote {len(out)} derived messages to {OUT_DIR / 'capture.jsonl'}")

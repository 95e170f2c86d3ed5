# Publishes a day of synthetic per-minute rate rollups for a region, as `switchboard-cli collect`
# would have stored them (docs/architecture.md: the rates stream), for the Traffic chart's
# longer spans in scripts/screenshots/traffic-history.sh. Usage: synthetic_rollups.py PORT [REGION]
import json, math, socket, sys, time, random
port = int(sys.argv[1]); region = sys.argv[2] if len(sys.argv) > 2 else "eu"
s = socket.create_connection(("127.0.0.1", port)); s.recv(4096)
s.sendall(b'CONNECT {"verbose":false,"headers":true}\r\n')
now = int(time.time() * 1000) // 60000 * 60000
subjects = {"orders.created": 900, "payments.settled": 600, "inventory.reserved": 450,
            "shipping.dispatched": 250, "audit.log": 120, "_INBOX.>": 2000}
random.seed(7)
buf = []
for m in range(24 * 60, 0, -1):
    start = now - m * 60000
    hour = (start / 3600000.0) % 24
    day = 0.55 + 0.45 * math.sin((hour - 8) / 24 * 2 * math.pi)
    counts = {}
    for subj, base in subjects.items():
        v = base * 60 * day * (1 + 0.08 * random.random())
        if subj == "payments.settled" and 95 < m < 110: v *= 0.05  # an outage 100 min ago
        counts[subj] = int(v)
    doc = {"v": 1, "region": region, "start": start, "end": start + 60000, "part": 0, "parts": 1,
           "subjects": dict(sorted(counts.items()))}
    body = json.dumps(doc, separators=(",", ":")).encode()
    hdr = ("NATS/1.0\r\nNats-Msg-Id: synth.%s.%d\r\n\r\n" % (region, start)).encode()
    subject = "switchboard.history.rates." + region
    buf.append(b"HPUB %s %d %d\r\n%s%s\r\n" % (subject.encode(), len(hdr), len(hdr) + len(body), hdr, body))
s.sendall(b"".join(buf) + b"PING\r\n")
data = b""
while b"PONG" not in data:
    data += s.recv(4096)
print("published", len(buf), "rollups;", data[:200])

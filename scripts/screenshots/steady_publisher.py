# Publishes a steady few hundred messages a second on five subjects (live Traffic for the screenshots).
import socket, time, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1]))); s.recv(4096)
s.sendall(b'CONNECT {"verbose":false}\r\n')
rates = {b"orders.created": 90, b"payments.settled": 60, b"inventory.reserved": 45, b"shipping.dispatched": 25, b"audit.log": 12}
while True:
    out = []
    for subj, r in rates.items():
        for i in range(r // 10):
            out.append(b"PUB %s 2\r\n{}\r\n" % subj)
    s.sendall(b"".join(out))
    time.sleep(0.1)

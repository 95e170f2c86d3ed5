// The cli_cold_call baseline: connect, one request, exit — raw cnats, nothing else.
#include <cstdio>

#include <nats/nats.h>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    natsConnection *nc = nullptr;
    natsMsg *reply = nullptr;
    natsStatus s = natsConnection_ConnectTo(&nc, argv[1]);
    if (s == NATS_OK)
        s = natsConnection_RequestString(&reply, nc, argv[2], "{}", 5000);
    if (s == NATS_OK)
        std::fwrite(natsMsg_GetData(reply), 1, static_cast<size_t>(natsMsg_GetDataLength(reply)), stdout);
    natsMsg_Destroy(reply);
    natsConnection_Destroy(nc);
    return s == NATS_OK ? 0 : 1;
}

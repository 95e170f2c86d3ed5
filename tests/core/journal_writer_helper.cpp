// Writes events into a journal as fast as it can and prints "committed N" after each batch, until
// killed: tst_journal kills it with SIGKILL mid-batch and checks the file.
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

#include "watch/Journal.h"

using namespace switchboard::watch;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: journal_writer_helper FILE\n");
        return 2;
    }
    Journal journal(QString::fromLocal8Bit(argv[1]));
    QObject::connect(
        &journal, &Journal::committed, &journal,
        [](qint64 total) {
            std::printf("committed %lld\n", static_cast<long long>(total));
            std::fflush(stdout);
        },
        Qt::DirectConnection);
    journal.start();
    for (qint64 seq = 0;; ++seq) {
        std::vector<JournalEvent> batch;
        for (int i = 0; i < 500; ++i, ++seq)
            batch.push_back({QDateTime::currentMSecsSinceEpoch(), EventKind::NodeStale, QStringLiteral("eu"),
                             QStringLiteral("az-a"), QStringLiteral("n1"), QStringLiteral("orders"),
                             QStringLiteral("node-%1").arg(seq), QString(), QStringLiteral("seq"), double(seq)});
        journal.append(std::move(batch));
        QThread::msleep(5);
    }
}

#include "model/timeorderedid.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace scimmon {

namespace {

/// Where a millisecond's counter starts: a random value in the lower half of its 12 bits, so that
/// at least 2,048 ids fit in the millisecond and the first one does not tell how many came before.
quint16 counterStart()
{
    return quint16(QRandomGenerator::global()->bounded(0x800));
}

} // namespace

QString TimeOrderedId::create()
{
    static QBasicMutex mutex;
    static qint64 lastMs = -1;
    static quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 randA = 0;
    {
        const QMutexLocker lock(&mutex);
        if (ms > lastMs) {
            lastMs = ms;
            counter = counterStart();
        } else if (++counter > 0xFFF) {
            ++lastMs; // the counter ran out: the next millisecond, ahead of the clock
            counter = counterStart();
        }
        ms = lastMs;
        randA = counter;
    }
    return compose(ms, randA);
}

QString TimeOrderedId::create(qint64 msSinceEpoch)
{
    return compose(msSinceEpoch, quint16(QRandomGenerator::global()->generate() & 0x0FFF));
}

QString TimeOrderedId::compose(qint64 msSinceEpoch, quint16 randA)
{
    const auto ms = quint64(msSinceEpoch) & 0xFFFF'FFFF'FFFFull;
    const quint64 random = QRandomGenerator::global()->generate64();
    // Bytes 0-5 the time (big-endian), then version 7 and the 12 bits of rand_a, then variant 10
    // and 62 random bits.
    const quint16 versionAndRandA = quint16(0x7000 | (randA & 0x0FFF));
    const quint64 variantAndRandB = (random & 0x3FFF'FFFF'FFFF'FFFFull) | 0x8000'0000'0000'0000ull;
    uchar b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = uchar(variantAndRandB >> (56 - 8 * i));
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF), versionAndRandA, b[0], b[1], b[2], b[3], b[4], b[5], b[6],
                     b[7]);
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace scimmon

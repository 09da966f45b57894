#include "model/timeorderedid.h"

#include <QRandomGenerator>
#include <QUuid>

namespace scimmon {

QString TimeOrderedId::create()
{
    return create(QDateTime::currentMSecsSinceEpoch());
}

QString TimeOrderedId::create(qint64 msSinceEpoch)
{
    const auto ms = quint64(msSinceEpoch) & 0xFFFF'FFFF'FFFFull;
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    // Bytes 0-5 the time (big-endian), then version 7 and 12 random bits, then variant 10 and
    // 62 random bits.
    const quint16 versionAndRandA = quint16(0x7000 | (random[0] & 0x0FFF));
    const quint64 variantAndRandB = (random[1] & 0x3FFF'FFFF'FFFF'FFFFull) | 0x8000'0000'0000'0000ull;
    uchar b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = uchar(variantAndRandB >> (56 - 8 * i));
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF), versionAndRandA, b[0], b[1], b[2], b[3], b[4], b[5], b[6],
                     b[7]);
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace scimmon

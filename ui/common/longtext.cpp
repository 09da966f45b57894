#include "ui/common/longtext.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

QString LongText::head(const QString &text, qsizetype max, qsizetype maxLine)
{
    if (max <= 0 || maxLine <= 0)
        return QString();
    const qsizetype limit = std::min(text.size(), max);
    // The first line longer than maxLine within the limit ends the head.
    qsizetype lineStart = 0;
    while (lineStart < limit) {
        qsizetype lineBreak = text.indexOf(u'\n', lineStart);
        if (lineBreak < 0)
            lineBreak = text.size();
        if (lineBreak - lineStart > maxLine) {
            qsizetype end = lineStart + maxLine;
            if (end <= limit) {
                if (text.at(end - 1).isHighSurrogate())
                    --end;
                return text.left(end);
            }
            break; // the limit comes first
        }
        lineStart = lineBreak + 1;
    }
    if (text.size() <= max)
        return text;
    qsizetype end = max;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    const qsizetype lineBreak = text.lastIndexOf(u'\n', end - 1);
    if (lineBreak >= end - end / 4)
        end = lineBreak + 1;
    return text.left(end);
}

QString LongText::elide(const QString &value, qsizetype max)
{
    if (value.size() <= max)
        return value;
    qsizetype end = max;
    if (end > 0 && value.at(end - 1).isHighSurrogate())
        --end;
    return value.left(end) + u'\u2026';
}

QString LongText::kib(qint64 bytes)
{
    return QLocale().toString((std::max<qint64>(bytes, 0) + 1023) / 1024);
}

QString LongText::note(qint64 shownBytes, qint64 totalBytes)
{
    //: %1 and %2 are sizes in KiB, e.g. "Showing the first 64 KiB of 2,048 KiB."
    return tr("Showing the first %1 KiB of %2 KiB.").arg(kib(shownBytes), kib(totalBytes));
}

} // namespace scimmon

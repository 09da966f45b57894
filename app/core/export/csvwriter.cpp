#include "export/csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace scimmon {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

bool CsvWriter::writeBom()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::isNumber(const QString &text)
{
    // ^-?[0-9]+(\.[0-9]+)?$, by hand: this runs for every numeric cell of large exports.
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text.at(i) == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < n && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    if (i == intStart)
        return false;
    if (i == n)
        return true;
    if (text.at(i) != u'.')
        return false;
    const qsizetype fracStart = ++i;
    while (i < n && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    return i == n && i > fracStart;
}

namespace {

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

/// Appends `text` to `line` as one field.
void appendField(QString &line, const QString &text, CsvWriter::Type type)
{
    const bool neutralise = startsFormula(text) && !(type == CsvWriter::Type::Number && CsvWriter::isNumber(text));
    if (!needsQuotes(text)) {
        if (neutralise)
            line += u'\'';
        line += text;
        return;
    }
    line += u'"';
    if (neutralise)
        line += u'\'';
    for (const QChar c : text) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

} // namespace

QString CsvWriter::field(const QString &text, Type type)
{
    QString out;
    appendField(out, text, type);
    return out;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += u',';
        appendField(m_line, fields.at(i), i < m_types.size() ? m_types.at(i) : Type::Text);
    }
    m_line += u"\r\n"_s;
    const QByteArray bytes = m_line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

QString CsvWriter::errorString() const
{
    return m_device->errorString();
}

} // namespace scimmon

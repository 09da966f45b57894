#include "ui/common/jsonhighlighter.h"

#include <QColor>
#include <QJsonDocument>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Colors
{
    QString key, string, number, literal;
};

Colors colors(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() >= 128)
        return {u"#0550ae"_s, u"#116329"_s, u"#953800"_s, u"#8250df"_s};
    return {u"#79c0ff"_s, u"#7ee787"_s, u"#ffa657"_s, u"#d2a8ff"_s};
}

QString span(const QString &color, QStringView text)
{
    return u"<span style=\"color:"_s + color + u"\">"_s + text.toString().toHtmlEscaped() + u"</span>"_s;
}

} // namespace

QString JsonHighlighter::toHtml(const QString &json, const QPalette &palette)
{
    if (json.size() > kMaxHighlighted)
        return json.toHtmlEscaped();
    QJsonParseError error;
    QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return json.toHtmlEscaped();

    const Colors c = colors(palette);
    QString out;
    out.reserve(json.size() * 2);
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar ch = json.at(i);
        if (ch == u'"') {
            qsizetype j = i + 1;
            while (j < n && json.at(j) != u'"')
                j += json.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, n);
            // A key when the next non-space character is ':'.
            qsizetype k = j;
            while (k < n && json.at(k).isSpace())
                ++k;
            const bool isKey = k < n && json.at(k) == u':';
            out += span(isKey ? c.key : c.string, QStringView(json).mid(i, j - i));
            i = j;
        } else if (ch == u'-' || ch.isDigit()) {
            qsizetype j = i + 1;
            while (j < n
                   && (json.at(j).isDigit() || json.at(j) == u'.' || json.at(j) == u'e' || json.at(j) == u'E'
                       || json.at(j) == u'+' || json.at(j) == u'-'))
                ++j;
            out += span(c.number, QStringView(json).mid(i, j - i));
            i = j;
        } else if (ch == u't' || ch == u'f' || ch == u'n') {
            qsizetype j = i;
            while (j < n && json.at(j).isLetter())
                ++j;
            out += span(c.literal, QStringView(json).mid(i, j - i));
            i = j;
        } else {
            qsizetype j = i;
            while (j < n && json.at(j) != u'"' && json.at(j) != u'-' && !json.at(j).isDigit() && json.at(j) != u't'
                   && json.at(j) != u'f' && json.at(j) != u'n')
                ++j;
            out += QStringView(json).mid(i, j - i).toString().toHtmlEscaped();
            i = j;
        }
    }
    return out;
}

} // namespace scimmon

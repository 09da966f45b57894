#include "ui/common/statusstyle.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// True when the palette draws dark text on a light background.
bool isLight(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() >= 128;
}

} // namespace

void StatusStyle::colorText(QWidget *widget, int status)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    if (const QColor c = color(status, palette); c.isValid())
        palette.setColor(QPalette::WindowText, c);
    widget->setPalette(palette);
}

QColor StatusStyle::color(int status, const QPalette &palette)
{
    const bool light = isLight(palette);
    switch (status / 100) {
    case 2:
        return light ? QColor(0x1a, 0x7f, 0x37) : QColor(0x3f, 0xb9, 0x50);
    case 3:
        return light ? QColor(0x09, 0x69, 0xda) : QColor(0x58, 0xa6, 0xff);
    case 4:
        return light ? QColor(0xbc, 0x4c, 0x00) : QColor(0xd2, 0x99, 0x22);
    case 5:
        return light ? QColor(0xcf, 0x22, 0x2e) : QColor(0xf8, 0x51, 0x49);
    default:
        return {};
    }
}

QString StatusStyle::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return u"Continue"_s;
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 204:
        return u"No Content"_s;
    case 304:
        return u"Not Modified"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 406:
        return u"Not Acceptable"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 411:
        return u"Length Required"_s;
    case 412:
        return u"Precondition Failed"_s;
    case 413:
        return u"Content Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return {};
    }
}

} // namespace scimmon

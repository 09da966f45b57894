#include "ui/common/statusstyle.h"

#include "model/httpexchange.h"

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
    return QString::fromLatin1(httpReasonPhrase(status));
}

} // namespace scimmon

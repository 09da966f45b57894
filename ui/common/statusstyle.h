#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace scimmon {

/// How HTTP status codes look in the UI: one colour per status class, chosen to stay readable on
/// both light and dark palettes, and the reason phrase of the codes a SCIM service answers with.
class StatusStyle
{
public:
    /// The text colour for `status` on `palette`: green-ish for 2xx, blue for 3xx, orange for 4xx,
    /// red for 5xx. An invalid QColor (use the palette's text colour) for anything else.
    static QColor color(int status, const QPalette &palette);

    /// The colour of a healthy / failed state, e.g. for "Receiver: listening" and "failed".
    static QColor okColor(const QPalette &palette) { return color(200, palette); }
    static QColor errorColor(const QPalette &palette) { return color(500, palette); }

    /// Draws `widget`'s text (QPalette::WindowText) in the colour of `status` (see color()), or in
    /// the palette's own colour when `status` is 0 or has none. For message labels.
    static void colorText(QWidget *widget, int status);

    /// The standard reason phrase, e.g. "Created" for 201 (RFC 9110 §15); empty when unknown.
    static QString reasonPhrase(int status);
};

} // namespace scimmon

#pragma once

#include <QString>

class QPalette;

namespace scimmon {

/// Colours JSON text for the provisioning log's detail pane: keys, strings, numbers and the
/// literals true/false/null each in their own colour, readable on light and dark palettes.
class JsonHighlighter
{
public:
    /// Texts longer than this (in characters) are not coloured: the pane stays quick to fill.
    static constexpr qsizetype kMaxHighlighted = 64 * 1024;

    /// `json` (typically pretty-printed) as HTML-escaped text with `<span style="color:…">`
    /// around its tokens, for use inside `<pre>`. Text that is not JSON is escaped only, and so is
    /// text longer than kMaxHighlighted.
    static QString toHtml(const QString &json, const QPalette &palette);
};

} // namespace scimmon

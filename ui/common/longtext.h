#pragma once

#include <QCoreApplication>
#include <QString>

namespace scimmon {

/// Keeps the window quick with texts of any size: a request body, a resource's JSON or one of its
/// values can be megabytes, and a text widget lays out all it is given on the UI thread. The
/// panes show the head of such a text (head()), say how much of it they show (note()), and offer
/// the whole text through a copy or save action instead.
class LongText
{
    Q_DECLARE_TR_FUNCTIONS(LongText)
public:
    /// Most characters of a body or JSON document a pane renders (64 Ki).
    static constexpr qsizetype kMaxShown = 64 * 1024;
    /// Most characters of one line a pane renders (4 Ki): laying out a line is slow when it is
    /// long (a base64 photo, a body of compact JSON), far slower than as many short lines.
    static constexpr qsizetype kMaxLine = 4 * 1024;
    /// Most characters of a single value shown in a table cell, a form row or a diff (1 Ki).
    static constexpr qsizetype kMaxValue = 1024;

    /// The head of `text` to render, a prefix of it: all of it when it has at most `max`
    /// characters and no line longer than `maxLine`. Otherwise it ends after `max` characters (at
    /// the last line break in their final quarter when there is one, so that no line is cut in
    /// the middle), or after the first `maxLine` characters of the first longer line, whichever
    /// comes first. A surrogate pair is never split.
    static QString head(const QString &text, qsizetype max = kMaxShown, qsizetype maxLine = kMaxLine);
    /// True when head() leaves part of `text` out.
    static bool isCut(const QString &text, qsizetype max = kMaxShown, qsizetype maxLine = kMaxLine)
    {
        return head(text, max, maxLine).size() < text.size();
    }
    /// `value` cut to `max` characters with "…" appended when it is longer, for one line of a form.
    static QString elide(const QString &value, qsizetype max = kMaxValue);

    /// "Showing the first 64 KiB of 2,048 KiB." for a head of `shownBytes` of a text of
    /// `totalBytes` (both UTF-8 sizes), in the window's language.
    static QString note(qint64 shownBytes, qint64 totalBytes);
    /// `bytes` in KiB, rounded up, with the window locale's digit grouping ("2,048").
    static QString kib(qint64 bytes);
};

} // namespace scimmon

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace scimmon {

/// Writes CSV for spreadsheets and support tickets (RFC 4180): UTF-8, CRLF line ends, fields
/// quoted when they hold a comma, a double quote, CR or LF, with quotes doubled. Text cells that a
/// spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or CR (OWASP
/// "CSV Injection") — are neutralised with a leading apostrophe. Columns declared Number keep
/// numbers as they are (so `-5` stays a number there); anything else in them is treated as text.
class CsvWriter
{
public:
    enum class Type {
        Text, ///< neutralised when it could start a formula
        Number, ///< written as is when it is a plain decimal number, else as Text
    };

    /// Writes to `device`, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device);

    /// The type of each column by position; columns beyond the list are Text.
    void setColumnTypes(const QList<Type> &types) { m_types = types; }
    /// Writes the UTF-8 byte order mark that Excel needs to read UTF-8; call before the first row.
    bool writeBom();
    /// Writes one record (the header row too) and its CRLF. False when the device fails.
    bool writeRow(const QStringList &fields);
    /// The device's error after a failed write.
    QString errorString() const;

    /// One field as written: neutralised (Text) and quoted as needed.
    static QString field(const QString &text, Type type = Type::Text);
    /// True for a plain decimal number such as `42`, `-5` or `12.75` (no exponent, no spaces).
    static bool isNumber(const QString &text);

private:
    QIODevice *m_device;
    QList<Type> m_types;
    QString m_line; ///< reused for every row
};

} // namespace scimmon

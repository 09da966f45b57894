#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace scimmon {

/// Something the receiver accepted or noticed while reading a request that a strict reading of
/// RFC 7643/7644 would not expect: mostly the dialects of Entra ID (field guide §2), and the notes
/// of Bulk steps and refused connections. Typed, so that nothing has to read a sentence back to
/// learn a fact (IdpDetector asks isEntraDialect()); the sentence for people comes from text()
/// (English, stored and exported) or Labels::quirk() (translated).
struct Quirk
{
    enum class Kind : quint8 {
        Other, ///< a note stored before notes were typed; args[0] is its text
        CapitalisedOp, ///< PATCH op sent capitalised ("Replace"); args: as sent, as read
        BooleanAsString, ///< a boolean sent as a string ("False"); args: path, as sent, as read
        OneElementArray, ///< a single value sent as a one-element array; args: path
        BareComplexValue, ///< a complex attribute sent as its bare value (manager as an id); args: path
        PathlessDottedKeys, ///< a path-less PATCH operation with dotted or URN-qualified keys
        ValuePathElementCreated, ///< add/replace on emails[type eq "work"].value before it exists; args: op
        ValueArrayMemberRemoval, ///< members removed by a value array instead of a filter
        BulkOperation, ///< one operation of a Bulk request; args: method, path, bulkId, status
        PlainHttpOnHttpsPort, ///< a plain-HTTP request refused on the HTTPS port
    };

    Kind kind = Kind::Other;
    QStringList args;

    /// The quirk in English, as the store keeps it for search and the CSV export writes it, e.g.
    /// `active sent as string "False" → false`.
    QString text() const;
    /// True for the dialects only Entra speaks (field guide §2): capitalised ops, booleans as
    /// strings, member removal by value array, path-less operations with dotted or URN keys.
    bool isEntraDialect() const;

    /// The stable name of `kind` in stored JSON ("booleanAsString").
    static QString key(Kind kind);
    /// `quirks` as the store keeps them: a JSON array of {"kind": key, "args": [...]}.
    static QString toJson(const QList<Quirk> &quirks);
    /// Reads toJson(); unknown kinds become Kind::Other with their text. Empty for invalid JSON.
    static QList<Quirk> fromJson(const QString &json);
    /// The English text() of each of `quirks`, one per line: the notes column of the store and
    /// of the CSV export.
    static QString linesOf(const QList<Quirk> &quirks);
    /// Notes stored as text, one per line (before notes were typed): each becomes Kind::Other.
    static QList<Quirk> fromText(const QString &lines);

    friend bool operator==(const Quirk &a, const Quirk &b) = default;
};

} // namespace scimmon

#pragma once

#include <QJsonObject>

namespace scimmon {

/// The rule that a multi-valued attribute has at most one element with `primary: true`
/// (RFC 7643 §2.4: "The primary attribute value 'true' MUST appear no more than once"), kept
/// across a change: when an operation makes an element primary (RFC 7644 §3.5.2: "the server
/// SHALL set primary to false for any other values in the array"), the others lose it.
class PrimaryValue
{
public:
    /// For each multi-valued attribute of `after` (a top-level array of objects, e.g. emails,
    /// phoneNumbers, addresses) with more than one `primary: true`: keeps it on the last element
    /// that was not primary in `before` (the one the change made primary) and sets it to false on
    /// the others; when every primary one already was, keeps the first. Attributes with at most one
    /// primary are left as they are. Never fails.
    static void keepOne(const QJsonObject &before, QJsonObject &after);
};

} // namespace scimmon

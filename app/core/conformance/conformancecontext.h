#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scimmon {

/// What the target's /ServiceProviderConfig (RFC 7643 §5) says it supports. Unknown (no readable
/// answer) counts as supported, so that the tests run and show what happens.
struct ConformanceCapabilities
{
    bool known = false; ///< a ServiceProviderConfig was read
    bool patch = true;
    bool bulk = true;
    bool filter = true;
    bool sort = true;
    bool etag = true;
    QJsonObject document; ///< the ServiceProviderConfig as read

    /// Reads `spc`; a feature whose `supported` is missing counts as not supported (RFC 7643 §5
    /// makes each one required).
    static ConformanceCapabilities fromJson(const QJsonObject &spc);
};

/// The state one conformance test shares between its steps: its unique name prefix (every object
/// the run creates carries it, e.g. "scimcheck-1a2b3c4d-07-"), values that later steps need (ids,
/// ETags), the target's capabilities, and the resources created and not yet deleted (the runner
/// removes those at the end of the test).
class ConformanceContext
{
public:
    ConformanceContext(const QString &prefix, const ConformanceCapabilities &capabilities);

    const QString &prefix() const { return m_prefix; }
    const ConformanceCapabilities &capabilities() const { return m_capabilities; }
    /// The prefix + `suffix`: a group's displayName or an externalId.
    QString name(const QString &suffix) const;
    /// A userName with the prefix: `<prefix><suffix>@example.com`.
    QString userName(const QString &suffix) const;

    /// Remembers `value` under `key` for later steps.
    void set(const QString &key, const QString &value) { m_values.insert(key, value); }
    /// The value under `key`; empty when none.
    QString value(const QString &key) const { return m_values.value(key); }

    /// Records that `path` (e.g. "/Users/2819c223") was created; the runner deletes it at the end.
    void created(const QString &path);
    /// Records that `path` is gone (deleted, or answered 404).
    void deleted(const QString &path);
    /// What was created and not deleted, newest first (groups before the users they hold).
    QStringList leftovers() const;

private:
    QString m_prefix;
    ConformanceCapabilities m_capabilities;
    QHash<QString, QString> m_values;
    QStringList m_created;
};

} // namespace scimmon

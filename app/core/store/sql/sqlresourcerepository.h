#pragma once

#include "store/resourcerepository.h"

#include <QJsonObject>

namespace scimmon {

class SqlDatabase;

/// The ResourceRepository on SQL (tables scim_users, user_emails, scim_groups, memberships). Each
/// write also keeps the derived columns current that lookups and the window's tables use: the
/// case-folded names, the emails table, search_text and the mapping-health warnings.
class SqlResourceRepository final : public ResourceRepository
{
public:
    explicit SqlResourceRepository(SqlDatabase &db);

    std::optional<Resource> resource(ResourceKind kind, const QString &id) override;
    QList<Resource> find(ResourceKind kind, const ResourceQuery &query) override;
    qint64 count(ResourceKind kind, const ResourceQuery &query) override;
    QString idForName(ResourceKind kind, const QString &name) override;
    bool insert(ResourceKind kind, const Resource &resource) override;
    bool update(ResourceKind kind, const Resource &resource) override;
    bool remove(ResourceKind kind, const QString &id) override;
    bool removeAll() override;
    QHash<QString, QString> names(const QStringList &ids) override;

    QList<MemberRef> members(const QString &groupId) override;
    qint64 memberCount(const QString &groupId) override;
    QHash<QString, QList<GroupRef>> groupsOf(const QStringList &userIds) override;
    QHash<QString, QString> memberTypes(const QStringList &ids) override;
    qint64 addMembers(const QString &groupId, const QList<MemberRef> &members, QStringList *added = nullptr) override;
    qint64 removeMembers(const QString &groupId, const QStringList &memberIds, QStringList *removed = nullptr) override;
    qint64 removeAllMembers(const QString &groupId) override;

    /// Fills the derived columns of the window's tables (search_text, folded names, warnings) for
    /// resources stored by an older version, which left them NULL; called once when the store
    /// opens. False on failure.
    bool deriveMissingBrowseColumns();

private:
    QString where(ResourceKind kind, const ResourceQuery &query, QVariantList &values) const;
    QString orderBy(ResourceKind kind, const ResourceQuery &query) const;
    qint64 groupSeq(const QString &groupId);
    /// Makes the user_emails rows of the user `userSeq` those of `data`; `isNew`: the user has none
    /// yet. Rows that are already as wanted are left alone. False on a store failure.
    bool writeEmails(qint64 userSeq, const QJsonObject &data, bool isNew);
    /// A column of the resource tables derived from a resource's JSON, with its value.
    struct Column
    {
        QLatin1StringView name;
        QVariant value;
    };
    /// The columns of scim_users or scim_groups derived from `data`: the names and externalId
    /// the lookups use, `active`, and the window's columns (folded names, work email, search
    /// text, mapping warnings); with `browseOnly`, the window's columns alone.
    static QList<Column> derivedColumns(ResourceKind kind, const QJsonObject &data, bool browseOnly = false);
    /// Sets the window's derived columns (derivedColumns() with `browseOnly`) of the resource
    /// `id`; for rows stored by an older version. False on a store failure.
    bool writeBrowseColumns(ResourceKind kind, const QString &id, const QJsonObject &data);
    /// Maps each of `ids` that names a user or a group to `userColumn` of scim_users or
    /// `groupColumn` of scim_groups (SQL expressions), queried in chunks; unknown ids are absent.
    QHash<QString, QString> userOrGroupColumn(const QStringList &ids, const QString &userColumn,
                                              const QString &groupColumn);

    SqlDatabase &m_db;
};

} // namespace scimmon

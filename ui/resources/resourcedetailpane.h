#pragma once

#include "model/resourcekind.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <utility>

class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeWidget;

namespace scimmon {

class ReadExecutor;

/// The detail pane below the Users and Groups tables: the selected resource as an attribute
/// form (one row per attribute path, the attributes Entra's default mapping sends but the
/// resource lacks first, marked missing) and as its SCIM JSON (the representation a GET returns,
/// RFC 7643 §3.1, with `groups` or `members`), under a title with its meta (created, last
/// modified, version) and the mapping-health warnings. The resource is read in the background.
/// A JSON longer than LongText::kMaxShown shows only its head, under a note that offers to copy
/// or save the whole of it; a form value longer than LongText::kMaxValue is cut with "…".
class ResourceDetailPane : public QWidget
{
    Q_OBJECT
public:
    /// A group's JSON lists at most this many members (the members table shows them all).
    static constexpr int kMaxMembersInJson = 1000;

    /// Shows resources of `kind` read through `reader`, which must outlive the pane.
    ResourceDetailPane(ResourceKind kind, ReadExecutor &reader, QWidget *parent = nullptr);

    /// Shows the resource `id` (read in the background; loaded() follows). An empty id clears the
    /// pane. Showing the same id again reads it again (after a change).
    void showResource(const QString &id);
    QString resourceId() const { return m_id; }
    /// The Tenant URL the JSON's `meta.location` is built under (empty: no location).
    void setTenantUrl(const QString &url);
    /// Adds `panel` to the right of the form and the JSON (the Users tab adds the user's groups).
    void addPanel(QWidget *panel);

    /// The parts, for tests and screenshots.
    QLabel *titleLabel() const { return m_title; }
    QLabel *warningsLabel() const { return m_warnings; }
    QTreeWidget *attributeForm() const { return m_form; }
    QTextBrowser *jsonView() const { return m_json; }
    /// The note above the JSON when only its head is shown (hidden otherwise).
    QLabel *jsonNote() const { return m_jsonNote; }
    /// The whole JSON of the resource shown (empty when none), however long.
    QString jsonText() const { return m_jsonText; }
    /// Puts jsonText() on the clipboard (the note's "Copy whole JSON").
    void copyJson();
    /// Asks for a file and writes jsonText() to it in UTF-8 (the note's "Save JSON…").
    void saveJson();
    QSplitter *splitter() const { return m_splitter; }

    /// The rows of the attribute form for a representation: (attribute path, value text) for
    /// every attribute, complex attributes by sub-attribute (`name.givenName`), multi-valued ones
    /// by `type` where it has one (`emails[type eq "work"].value`, else by position), extension
    /// attributes under their URN (`urn:…:User:department`), `meta.*` last; `groups` and
    /// `members` as one row with their count.
    static QList<std::pair<QString, QString>> attributeRows(const QJsonObject &representation);

Q_SIGNALS:
    /// The pane shows the resource asked for last (or says it no longer exists).
    void loaded();

private:
    struct Detail
    {
        bool found = false;
        QJsonObject representation;
        int warnings = 0; ///< MappingHealth::Attributes missing
        qint64 members = 0; ///< a group's direct members
        QString json; ///< the representation, indented
    };
    void show(const Detail &detail);
    void clear(const QString &placeholder);

    ResourceKind m_kind;
    ReadExecutor &m_reader;
    QString m_id;
    QString m_tenantUrl;
    QLabel *m_title;
    QLabel *m_warnings;
    QTreeWidget *m_form;
    QTextBrowser *m_json;
    QLabel *m_jsonNote;
    QString m_jsonText;
    QSplitter *m_splitter;
};

} // namespace scimmon

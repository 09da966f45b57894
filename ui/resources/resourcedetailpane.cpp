#include "ui/resources/resourcedetailpane.h"

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "ui/common/filedialog.h"
#include "ui/common/jsonhighlighter.h"
#include "ui/common/labels.h"
#include "ui/common/longtext.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/resources/pagedresourcemodel.h"

#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
}

/// Appends the rows of `value` at `path`. `separator` joins `path` and a sub-attribute's name:
/// "." within an attribute, ":" right after an extension schema's URN (RFC 7644 §3.10).
void flatten(const QString &path, const QJsonValue &value, QList<std::pair<QString, QString>> &rows,
             QChar separator = u'.')
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool extension = path.isEmpty() && it.key().startsWith("urn:"_L1);
            flatten(path.isEmpty() ? it.key() : QString(path + separator + it.key()), it.value(), rows,
                    extension ? u':' : u'.');
        }
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList scalars;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                scalars.append(valueText(element));
                continue;
            }
            const QString type = element.toObject().value("type"_L1).toString();
            const QString elementPath
                = type.isEmpty() ? u"%1[%2]"_s.arg(path).arg(i) : u"%1[type eq \"%2\"]"_s.arg(path, type);
            QJsonObject rest = element.toObject();
            rest.remove(u"type"_s);
            flatten(elementPath, rest, rows);
        }
        if (!scalars.isEmpty() || array.isEmpty())
            rows.append({path, scalars.join(u", "_s)});
        return;
    }
    rows.append({path, valueText(value)});
}

} // namespace

QList<std::pair<QString, QString>> ResourceDetailPane::attributeRows(const QJsonObject &representation)
{
    QList<std::pair<QString, QString>> rows;
    QJsonObject rest = representation;
    rest.remove(u"schemas"_s);
    const QJsonValue meta = rest.take(u"meta"_s);
    QList<std::pair<QString, QString>> memberships;
    for (const QString &list : {u"groups"_s, u"members"_s}) {
        if (!rest.contains(list))
            continue;
        const qsizetype n = rest.take(list).toArray().size();
        memberships.append(
            {list, list == "groups"_L1 ? tr("%Ln group(s)", nullptr, int(n)) : tr("%Ln member(s)", nullptr, int(n))});
    }
    // The attributes Entra's mapping sends first, in its order; the others by name.
    for (const QString &key :
         {u"id"_s, u"userName"_s, u"displayName"_s, u"active"_s, u"emails"_s, u"name"_s, u"externalId"_s})
        if (rest.contains(key))
            flatten(key, rest.take(key), rows);
    flatten(QString(), rest, rows);
    rows += memberships;
    if (meta.isObject())
        flatten(u"meta"_s, meta, rows);
    return rows;
}

ResourceDetailPane::ResourceDetailPane(ResourceKind kind, ReadExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_reader(reader)
    , m_title(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_form(new QTreeWidget(this))
    , m_json(new QTextBrowser(this))
    , m_jsonNote(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_title->setObjectName(kind == ResourceKind::User ? u"userDetailTitle"_s : u"groupDetailTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_warnings->setObjectName(kind == ResourceKind::User ? u"userDetailWarnings"_s : u"groupDetailWarnings"_s);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setWordWrap(true);
    m_warnings->hide();

    m_form->setObjectName(kind == ResourceKind::User ? u"userAttributes"_s : u"groupAttributes"_s);
    m_form->setColumnCount(2);
    m_form->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_form->setRootIsDecorated(false);
    m_form->setUniformRowHeights(true);
    m_form->setAlternatingRowColors(true);
    m_form->setSelectionMode(QAbstractItemView::SingleSelection);
    m_form->header()->setStretchLastSection(true);
    m_form->setColumnWidth(0, m_form->fontMetrics().horizontalAdvance(u"emails[type eq \"work\"].value"_s) + 24);

    m_json->setObjectName(kind == ResourceKind::User ? u"userJson"_s : u"groupJson"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setOpenLinks(false);
    m_json->setLineWrapMode(QTextEdit::NoWrap);

    m_jsonNote->setObjectName(kind == ResourceKind::User ? u"userJsonNote"_s : u"groupJsonNote"_s);
    m_jsonNote->setTextFormat(Qt::RichText);
    m_jsonNote->setWordWrap(true);
    m_jsonNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_jsonNote->hide();
    connect(m_jsonNote, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == "copy"_L1)
            copyJson();
        else if (link == "save"_L1)
            saveJson();
    });
    auto *jsonPanel = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPanel);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->setSpacing(2);
    jsonLayout->addWidget(m_jsonNote);
    jsonLayout->addWidget(m_json, 1);

    m_splitter->addWidget(m_form);
    m_splitter->addWidget(jsonPanel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_warnings);
    layout->addWidget(m_splitter, 1);
    clear(kind == ResourceKind::User ? tr("Select a user to see its attributes and SCIM JSON.")
                                     : tr("Select a group to see its attributes and SCIM JSON."));
}

void ResourceDetailPane::setTenantUrl(const QString &url)
{
    if (url == m_tenantUrl)
        return;
    m_tenantUrl = url;
    if (!m_id.isEmpty())
        showResource(m_id);
}

void ResourceDetailPane::addPanel(QWidget *panel)
{
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
}

void ResourceDetailPane::showResource(const QString &id)
{
    m_id = id;
    if (id.isEmpty()) {
        clear(m_kind == ResourceKind::User ? tr("Select a user to see its attributes and SCIM JSON.")
                                           : tr("Select a group to see its attributes and SCIM JSON."));
        Q_EMIT loaded();
        return;
    }
    const ResourceKind kind = m_kind;
    const QString baseUrl = m_tenantUrl;
    ReadTask::run<Detail>(
        m_reader, this,
        [kind, id, baseUrl](Store &store) {
            Detail d;
            const auto resource = store.resources().resource(kind, id);
            if (!resource)
                return d;
            d.found = true;
            d.warnings = int(MappingHealth::missing(kind, resource->data));
            if (kind == ResourceKind::User) {
                const QList<GroupRef> groups = store.resources().groupsOf({id}).value(id);
                d.representation = ResourceMapper::toRepresentation(kind, *resource, baseUrl, nullptr, &groups);
            } else {
                const QList<MemberRef> members = store.resources().members(id);
                d.members = members.size();
                d.warnings |= int(MappingHealth::missingMembers(d.members));
                const QList<MemberRef> shown = members.mid(0, kMaxMembersInJson);
                d.representation = ResourceMapper::toRepresentation(kind, *resource, baseUrl, &shown);
            }
            if (baseUrl.isEmpty()) {
                QJsonObject meta = d.representation.value("meta"_L1).toObject();
                meta.remove(u"location"_s);
                d.representation.insert(u"meta"_s, meta);
            }
            // A resource with a value of megabytes: its text is made here, not on the UI thread.
            d.json = QString::fromUtf8(QJsonDocument(d.representation).toJson(QJsonDocument::Indented)).trimmed();
            return d;
        },
        [this, id](const Detail &detail) {
            if (id != m_id)
                return; // another resource was selected meanwhile
            if (detail.found)
                show(detail);
            else
                clear(m_kind == ResourceKind::User ? tr("This user no longer exists.")
                                                   : tr("This group no longer exists."));
            Q_EMIT loaded();
        });
}

void ResourceDetailPane::clear(const QString &placeholder)
{
    m_title->setText(u"<i>%1</i>"_s.arg(placeholder.toHtmlEscaped()));
    m_warnings->hide();
    m_form->clear();
    m_json->clear();
    m_jsonText.clear();
    m_jsonNote->hide();
}

void ResourceDetailPane::copyJson()
{
    QGuiApplication::clipboard()->setText(m_jsonText);
}

void ResourceDetailPane::saveJson()
{
    const QString json = m_jsonText;
    FileDialog::saveFile(this, m_kind == ResourceKind::User ? tr("Save User JSON") : tr("Save Group JSON"),
                         m_id + u".json"_s, tr("JSON files (*.json);;All files (*)"),
                         [this, json](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             QFile file(path);
                             if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json.toUtf8()) < 0
                                 || !file.flush()) {
                                 MessageBox::warning(this, tr("JSON not saved"),
                                                     tr("Could not write %1: %2").arg(path, file.errorString()));
                             }
                         });
}

void ResourceDetailPane::show(const Detail &d)
{
    const QJsonObject &rep = d.representation;
    const QJsonObject meta = rep.value("meta"_L1).toObject();
    const bool user = m_kind == ResourceKind::User;
    const QString name = LongText::elide(rep.value(user ? "userName"_L1 : "displayName"_L1).toString(), 200);
    const QString grey = palette().color(QPalette::Disabled, QPalette::Text).name();
    auto time = [](const QJsonValue &v) {
        return PagedResourceModel::timeText(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
    };
    QString title = u"<b>%1</b> &nbsp;<span style=\"color:%2\">%3 %4</span>"_s.arg(
        name.toHtmlEscaped(), grey, Labels::resourceType(m_kind), rep.value("id"_L1).toString().toHtmlEscaped());
    if (user && !ResourceMapper::active(rep))
        title += u" &nbsp;<span style=\"color:%1\"><b>[%2]</b></span>"_s.arg(grey, tr("deactivated"));
    title += u"<br/>"_s
        + tr("Created %1 · last modified %2 · version %3")
              .arg(time(meta.value("created"_L1)), time(meta.value("lastModified"_L1)),
                   meta.value("version"_L1).toString())
              .toHtmlEscaped();
    if (!user && d.members > kMaxMembersInJson)
        title += u" &middot; "_s
            + tr("the JSON lists the first %1 of %Ln member(s)", nullptr, int(d.members)).arg(kMaxMembersInJson);
    m_title->setText(title);

    const auto missing = MappingHealth::Attributes::fromInt(d.warnings);
    const QColor warning = PagedResourceModel::warningColor(palette());
    if (missing) {
        QStringList lines;
        for (const QString &line : Labels::mappingWarnings(m_kind, missing))
            lines.append(line.toHtmlEscaped());
        m_warnings->setText(u"<span style=\"color:%1\"><b>%2</b> %3</span>"_s.arg(warning.name(), tr("Mapping health:"),
                                                                                  lines.join(u"<br/>"_s)));
        m_warnings->show();
    } else {
        m_warnings->hide();
    }

    m_form->clear();
    QList<QTreeWidgetItem *> items;
    for (const QString &path : MappingHealth::paths(m_kind, missing)) {
        auto *item = new QTreeWidgetItem({path, tr("missing")});
        item->setForeground(0, warning);
        item->setForeground(1, warning);
        item->setToolTip(1, tr("Entra's default mapping sends this attribute; this resource has none."));
        items.append(item);
    }
    for (const auto &[path, value] : attributeRows(rep))
        items.append(new QTreeWidgetItem({path, LongText::elide(value)}));
    m_form->addTopLevelItems(items);

    // A document of megabytes would hold up the window while it is laid out: only its head is shown.
    m_jsonText = d.json;
    const QString head = LongText::head(m_jsonText);
    if (head.size() < m_jsonText.size()) {
        m_jsonNote->setText(u"<i>%1</i> <a href=\"copy\">%2</a> &middot; <a href=\"save\">%3</a>"_s.arg(
            LongText::note(head.toUtf8().size(), m_jsonText.toUtf8().size()).toHtmlEscaped(),
            tr("Copy whole JSON").toHtmlEscaped(), tr("Save JSON…").toHtmlEscaped()));
        m_jsonNote->show();
        m_json->setPlainText(head + u'\u2026');
    } else {
        m_jsonNote->hide();
        m_json->setHtml(u"<pre>"_s + JsonHighlighter::toHtml(m_jsonText, palette()) + u"</pre>"_s);
    }
}

} // namespace scimmon

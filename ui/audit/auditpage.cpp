#include "ui/audit/auditpage.h"

#include "audit/auditlog.h"
#include "ui/audit/audittablemodel.h"
#include "ui/common/tableviews.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Period
{
    const char16_t *label;
    qint64 seconds; ///< 0: all time
};
constexpr Period kPeriods[] = {{u"All time", 0},
                               {u"Last hour", 3600},
                               {u"Last 24 hours", 86400},
                               {u"Last 7 days", 7 * 86400},
                               {u"Last 30 days", 30 * 86400}};

} // namespace

AuditPage::AuditPage(AuditTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_period(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    for (const Period &p : kPeriods)
        m_period->addItem(QString::fromUtf16(p.label), p.seconds);
    m_period->setObjectName(u"auditPeriod"_s);
    m_action->addItem(u"All actions"_s, QString());
    for (const QString &a : AuditLog::actions())
        m_action->addItem(a, a);
    m_action->setObjectName(u"auditAction"_s);
    m_actor->setPlaceholderText(u"Actor (token label or local)"_s);
    m_actor->setClearButtonEnabled(true);
    m_actor->setObjectName(u"auditActor"_s);
    m_search->setPlaceholderText(u"Search targets and members"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setObjectName(u"auditSearch"_s);
    m_count->setObjectName(u"auditCount"_s);
    auto *exportButton = new QPushButton(u"Export\u2026"_s, this);
    exportButton->setObjectName(u"auditExport"_s);
    exportButton->setToolTip(u"Write the events matching the filters to a CSV file"_s);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportRequested);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_action);
    filters->addWidget(m_actor);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addWidget(exportButton);

    m_view->setModel(m_model);
    TableViews::setUp(m_view);
    m_view->setSortingEnabled(false); // newest first, paged from the database
    m_view->horizontalHeader()->setSectionResizeMode(AuditTableModel::Changes, QHeaderView::Stretch);
    TableViews::fitColumn(m_view, AuditTableModel::Time, u"2026-11-29 17:02:37"_s);
    TableViews::fitColumn(m_view, AuditTableModel::Action, u"group.member_removed"_s);
    TableViews::fitColumn(m_view, AuditTableModel::Actor, u"Entra ID provisioning"_s);
    TableViews::fitColumn(m_view, AuditTableModel::Target, u"firstname.lastname@contoso.com"_s);
    TableViews::fitColumn(m_view, AuditTableModel::Member, u"Finance Approvers"_s);
    TableViews::fitColumn(m_view, AuditTableModel::Result, u"invalidSyntax"_s);
    m_view->horizontalHeader()->setStretchLastSection(false); // the Changes column takes the room
    m_view->setObjectName(u"auditView"_s);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(u"Select an event to see all it changed."_s);
    m_detail->setObjectName(u"auditDetail"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    // Typing is debounced so that each keystroke does not start a query.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_model, &AuditTableModel::countsChanged, this, [this](qint64 matching, qint64 total) {
        m_count->setText(u"%1 of %2 events"_s.arg(QLocale().toString(matching), QLocale().toString(total)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelected);
}

void AuditPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuditPage::applyFilter()
{
    AuditFilter f;
    const qint64 seconds = m_period->currentData().toLongLong();
    if (seconds > 0)
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    const QString action = m_action->currentData().toString();
    if (!action.isEmpty())
        f.actions = {action};
    f.actor = m_actor->text().trimmed();
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
}

QString AuditPage::detailText(const AuditEvent &e)
{
    QString text = u"%1  %2\n"_s.arg(e.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s), e.action);
    text += u"Actor:   %1\n"_s.arg(e.actor);
    text += u"Target:  %1 %2 (%3)\n"_s.arg(e.targetType, e.targetName, e.targetId);
    if (!e.memberId.isEmpty())
        text += u"Member:  %1 (%2)\n"_s.arg(e.memberName, e.memberId);
    text += u"Result:  %1\n"_s.arg(e.result);
    if (!e.requestRef.isEmpty())
        text += u"Request: %1\n"_s.arg(e.requestRef);
    if (!e.changes.isEmpty()) {
        text += u"\nChanges:\n"_s;
        for (const AuditChange &c : e.changes)
            text += u"  "_s + AuditLog::changesText({c}) + u'\n';
    }
    return text;
}

void AuditPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(detailText(m_model->event(current.row())));
}

} // namespace scimmon

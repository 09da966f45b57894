#include "ui/audit/auditpage.h"

#include "audit/auditlog.h"
#include "ui/audit/audittablemodel.h"
#include "ui/common/labels.h"
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

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Period
{
    const char *label; ///< translated where shown
    qint64 seconds; ///< 0: all time
};
constexpr Period kPeriods[] = {{QT_TRANSLATE_NOOP("scimmon::AuditPage", "All time"), 0},
                               {QT_TRANSLATE_NOOP("scimmon::AuditPage", "Last hour"), 3600},
                               {QT_TRANSLATE_NOOP("scimmon::AuditPage", "Last 24 hours"), 86400},
                               {QT_TRANSLATE_NOOP("scimmon::AuditPage", "Last 7 days"), 7 * 86400},
                               {QT_TRANSLATE_NOOP("scimmon::AuditPage", "Last 30 days"), 30 * 86400}};

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
        m_period->addItem(tr(p.label), p.seconds);
    m_period->setObjectName(u"auditPeriod"_s);
    m_action->addItem(tr("All actions"), QString());
    for (const QString &a : AuditLog::actions())
        m_action->addItem(a, a);
    m_action->setObjectName(u"auditAction"_s);
    // The longest action names (oauth_client.federation_changed) would widen the whole window.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(20);
    m_actor->setPlaceholderText(tr("Actor (token label or local)"));
    m_actor->setClearButtonEnabled(true);
    // Wide enough for its hint, in any language.
    m_actor->setMinimumWidth(m_actor->fontMetrics().horizontalAdvance(m_actor->placeholderText()) + 40);
    m_actor->setObjectName(u"auditActor"_s);
    m_search->setPlaceholderText(tr("Search targets and members"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setObjectName(u"auditSearch"_s);
    m_count->setObjectName(u"auditCount"_s);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"auditExport"_s);
    exportButton->setToolTip(tr("Write the events matching the filters to a CSV file"));
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
    m_detail->setPlaceholderText(tr("Select an event to see all it changed."));
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
        //: %1 is the number of events shown
        m_count->setText(tr("%1 of %Ln event(s)", nullptr, Labels::count(total)).arg(QLocale().toString(matching)));
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
    // The values line up after the longest of the labels.
    const QString actor = tr("Actor:");
    const QString target = tr("Target:");
    const QString member = tr("Member:");
    const QString result = tr("Result:");
    const QString request = tr("Request:");
    qsizetype width = 0;
    for (const QString *label : {&actor, &target, &member, &result, &request})
        width = std::max(width, label->size() + 1);
    auto line = [width](const QString &label, const QString &value) -> QString {
        return label.leftJustified(width) + value + u'\n';
    };
    QString text = u"%1  %2\n"_s.arg(e.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s), e.action);
    text += line(actor, e.actor);
    QString what = Labels::targetType(e.targetType);
    if (!e.targetName.isEmpty())
        what += u' ' + e.targetName;
    if (!e.targetId.isEmpty())
        what += u" ("_s + e.targetId + u')';
    text += line(target, what.trimmed());
    if (!e.memberId.isEmpty())
        text += line(member, e.memberName.isEmpty() ? e.memberId : u"%1 (%2)"_s.arg(e.memberName, e.memberId));
    text += line(result, Labels::auditResult(e.result));
    if (!e.requestRef.isEmpty())
        text += line(request, e.requestRef);
    if (!e.changes.isEmpty()) {
        text += u'\n' + tr("Changes:") + u'\n';
        for (const AuditChange &c : e.changes)
            text += u"  "_s + Labels::auditChanges({c}) + u'\n';
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

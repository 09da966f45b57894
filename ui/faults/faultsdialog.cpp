#include "ui/faults/faultsdialog.h"

#include "fault/faultprofiles.h"
#include "fault/faultruleservice.h"
#include "receiver/receiver.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"
#include "ui/faults/faultruledialog.h"
#include "ui/faults/faultrulemodel.h"
#include "ui/faults/faulttexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// What a change on the receiver's writer reports back (default: the store could not be opened).
struct Outcome
{
    bool ok = false;
    QString error;
};

} // namespace

FaultsDialog::FaultsDialog(ReadExecutor &reader, Receiver &receiver, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_receiver(receiver)
    , m_model(new FaultRuleModel(this))
    , m_view(new QTableView(this))
    , m_warning(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_removeAll(new QPushButton(tr("Remove a&ll…"), this))
    , m_profiles(new QComboBox(this))
    , m_profileText(new QLabel(this))
    , m_apply(new QPushButton(tr("A&pply profile…"), this))
    , m_status(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Faults"));
    setObjectName(u"faultsDialog"_s);
    resize(980, 560);

    auto *intro = new QLabel(tr("Make the receiver fail on purpose, by rule, to see how the identity provider "
                                "reacts: the first enabled rule that matches a request and fires makes its answer. "
                                "Every answer a rule makes is marked in the provisioning log."),
                             this);
    intro->setWordWrap(true);
    m_warning->setObjectName(u"faultsWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(6);

    m_view->setObjectName(u"faultRules"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FaultRuleModel::Action, QHeaderView::Stretch);
    // A long name must not push the answer off the table.
    m_view->horizontalHeader()->setSectionResizeMode(FaultRuleModel::Name, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(FaultRuleModel::Name, 220);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_removeAll);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);

    auto *profileGroup = new QGroupBox(tr("Profiles: behave like a known service provider"), this);
    m_profiles->setObjectName(u"faultProfiles"_s);
    for (const FaultProfile &p : FaultProfiles::all())
        m_profiles->addItem(FaultTexts::profileTitle(p), p.key);
    m_profileText->setObjectName(u"faultProfileText"_s);
    m_profileText->setWordWrap(true);
    m_profileText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_apply);
    auto *profileLayout = new QVBoxLayout(profileGroup);
    profileLayout->addLayout(profileRow);
    profileLayout->addWidget(m_profileText);

    m_status->setObjectName(u"faultsStatus"_s);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addLayout(tableRow, 1);
    layout->addWidget(profileGroup);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] { addRule(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &FaultsDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_removeAll, &QPushButton::clicked, this, &FaultsDialog::removeAll);
    connect(m_apply, &QPushButton::clicked, this, &FaultsDialog::applyProfile);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &FaultsDialog::showProfile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FaultsDialog::updateButtons);
    connect(m_model, &FaultRuleModel::enabledChanged, this, [this](const QString &name, bool enabled) {
        change([name, enabled](FaultRuleService &s, QString *e) { return s.setEnabled(name, enabled, e); },
               enabled ? tr("“%1” is enabled.").arg(name) : tr("“%1” is disabled.").arg(name), name);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FaultsDialog::updateButtons);
    // A change made anywhere (here, on the command line, by another process) reaches the
    // receiver within a second; the table follows it.
    connect(&m_receiver, &Receiver::faultRulesChanged, this, &FaultsDialog::reload);

    showProfile();
    updateButtons();
    reload();
}

FaultsDialog::~FaultsDialog() = default;

void FaultsDialog::reload()
{
    if (m_keepSelected.isEmpty())
        m_keepSelected = selectedName();
    ReadTask::run<QList<FaultRule>>(
        m_reader, this, [](Store &s) { return s.faultRules().all(); },
        [this](const QList<FaultRule> &rules) {
            m_model->setRules(rules);
            if (!m_keepSelected.isEmpty())
                selectRule(m_keepSelected);
            m_keepSelected.clear();
            updateButtons();
            Q_EMIT loaded();
        });
}

QString FaultsDialog::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const FaultRule *r = rows.isEmpty() ? nullptr : m_model->rule(rows.first().row());
    return r ? r->name : QString();
}

bool FaultsDialog::selectRule(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void FaultsDialog::updateButtons()
{
    const int row = m_model->rowOf(selectedName());
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_removeAll->setEnabled(m_model->rowCount() > 0);
    const auto enabled = std::count_if(m_model->rules().cbegin(), m_model->rules().cend(),
                                       [](const FaultRule &r) { return r.enabled; });
    QPalette pal = m_warning->palette();
    if (enabled > 0) {
        m_warning->setText(tr("%Ln rule(s) enabled: the receiver is failing on purpose.", nullptr, int(enabled)));
        pal.setColor(QPalette::Window, StatusStyle::errorColor(palette()));
        pal.setColor(QPalette::WindowText, Qt::white);
    } else {
        m_warning->setText(m_model->rowCount() > 0 ? tr("Every rule is disabled: the receiver answers as itself.")
                                                   : tr("No rules: the receiver answers as itself. Add a rule, or "
                                                        "apply a profile below."));
        pal.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    }
    m_warning->setPalette(pal);
}

void FaultsDialog::showProfile()
{
    const auto profile = FaultProfiles::byKey(m_profiles->currentData().toString());
    if (!profile) {
        m_profileText->clear();
        return;
    }
    QStringList rules;
    for (const FaultRule &r : profile->rules)
        rules.append(u"<li><b>%1</b>: %2 → %3, %4</li>"_s.arg(r.name.toHtmlEscaped(), r.matchText().toHtmlEscaped(),
                                                              FaultTexts::action(r).toHtmlEscaped(),
                                                              FaultTexts::frequency(r).toHtmlEscaped()));
    m_profileText->setText(FaultTexts::profileDescription(*profile).toHtmlEscaped() + u"<ul style=\"margin:0\">"_s
                           + rules.join(QString()) + u"</ul>"_s);
}

void FaultsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    StatusStyle::colorText(m_status, error ? 500 : 0);
}

QString FaultsDialog::statusText() const
{
    return m_status->text();
}

void FaultsDialog::change(std::function<bool(FaultRuleService &, QString *)> change, const QString &done,
                          const QString &select)
{
    m_keepSelected = select;
    WriteTask::run<Outcome>(
        m_receiver, this,
        [change = std::move(change)](Store &store) {
            FaultRuleService service(store);
            Outcome o;
            o.ok = change(service, &o.error);
            return o;
        },
        [this, done](const Outcome &o) {
            if (o.ok) {
                setStatus(done + u' ' + tr("The receiver applies it within a second."));
                Q_EMIT rulesChanged();
            } else {
                setStatus(o.error.isEmpty() ? m_receiver.storeError() : o.error, true);
            }
            reload();
        });
}

FaultRuleDialog *FaultsDialog::addRule()
{
    FaultRule fresh;
    fresh.name.clear();
    fresh.method = u"POST"_s;
    fresh.pathGlob = u"/Users"_s;
    fresh.status = 500;
    QStringList taken;
    for (const FaultRule &r : m_model->rules())
        taken.append(r.name);
    auto *dialog = new FaultRuleDialog(fresh, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FaultRule rule = dialog->rule();
        change([rule](FaultRuleService &s, QString *e) { return s.add(rule, e); }, tr("Added “%1”.").arg(rule.name),
               rule.name);
    });
    dialog->open();
    return dialog;
}

FaultRuleDialog *FaultsDialog::editSelected()
{
    const QString name = selectedName();
    const int row = m_model->rowOf(name);
    if (row < 0)
        return nullptr;
    QStringList taken;
    for (const FaultRule &r : m_model->rules())
        if (r.name.compare(name, Qt::CaseInsensitive) != 0)
            taken.append(r.name);
    auto *dialog = new FaultRuleDialog(*m_model->rule(row), taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const FaultRule rule = dialog->rule();
        change([name, rule](FaultRuleService &s, QString *e) { return s.update(name, rule, e); },
               tr("Changed “%1”.").arg(rule.name), rule.name);
    });
    dialog->open();
    return dialog;
}

void FaultsDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    change([name](FaultRuleService &s, QString *e) { return s.remove(name, e); }, tr("Removed “%1”.").arg(name));
}

void FaultsDialog::moveSelected(int delta)
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    change([name, delta](FaultRuleService &s, QString *e) { return s.move(name, delta, e); },
           tr("Moved “%1”.").arg(name), name);
}

void FaultsDialog::removeAll()
{
    if (m_model->rowCount() == 0)
        return;
    MessageBox::question(
        this, tr("Remove All Fault Rules"),
        tr("Remove all %Ln rule(s)? The receiver then answers as itself.", nullptr, m_model->rowCount()),
        tr("Remove all"), [this](MessageBox::Button answer) {
            if (answer == QMessageBox::Yes)
                change([](FaultRuleService &s, QString *e) { return s.clear(e); }, tr("Removed every rule."));
        });
}

void FaultsDialog::applyProfile()
{
    const auto profile = FaultProfiles::byKey(m_profiles->currentData().toString());
    if (!profile)
        return;
    const QString title = FaultTexts::profileTitle(*profile);
    const QString text = m_model->rowCount() > 0
        ? tr("Replace the %Ln rule(s) with the profile “%1”?", nullptr, m_model->rowCount()).arg(title)
        : tr("Apply the profile “%1”? The receiver starts failing on purpose at once.").arg(title);
    MessageBox::question(this, tr("Apply Profile"), text, tr("Apply"), [this, profile](MessageBox::Button answer) {
        if (answer != QMessageBox::Yes)
            return;
        const FaultProfile p = *profile;
        change([p](FaultRuleService &s, QString *e) { return s.applyProfile(p, e); },
               tr("Applied the profile “%1”.").arg(FaultTexts::profileTitle(p)));
    });
}

} // namespace scimmon

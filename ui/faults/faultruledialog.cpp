#include "ui/faults/faultruledialog.h"

#include "ui/common/labels.h"
#include "ui/common/statusstyle.h"
#include "ui/faults/faulttexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The statuses offered, in the order of the list.
const QList<int> kStatuses{0, 400, 401, 403, 404, 409, 412, 422, 429, 500, 502, 503, 504};

} // namespace

FaultRuleDialog::FaultRuleDialog(const FaultRule &rule, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_namePattern(new QLineEdit(this))
    , m_idp(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_retryAfter(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_drop(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_probability(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(rule.name.isEmpty() ? tr("New Fault Rule") : tr("Edit Fault Rule"));
    m_name->setObjectName(u"faultName"_s);
    m_name->setPlaceholderText(tr("e.g. Lost create answer"));
    m_method->setObjectName(u"faultMethod"_s);
    m_method->addItem(tr("any method"), u"*"_s);
    for (const QString &m : FaultRule::methods())
        m_method->addItem(m, m);
    m_path->setObjectName(u"faultPath"_s);
    m_path->setPlaceholderText(u"/Users, /Groups/*, /**"_s);
    m_path->setToolTip(tr("The path under the Tenant URL: * matches within one segment, ** across segments"));
    m_operation->addItem(tr("any operation"), int(Operation::None));
    for (Operation op : allOperations())
        if (op != Operation::None && op != Operation::AuthFailure && op != Operation::Rejected)
            m_operation->addItem(Labels::operation(op), int(op));
    m_namePattern->setPlaceholderText(tr("any; e.g. *@contoso.com or Sales*"));
    m_idp->addItem(tr("any identity provider"), -1);
    for (Idp idp : {Idp::Entra, Idp::Okta, Idp::Other})
        m_idp->addItem(Labels::idp(idp), int(idp));

    m_status->setObjectName(u"faultStatus"_s);
    for (int s : kStatuses)
        m_status->addItem(FaultTexts::status(s), s);
    m_retryAfter->setRange(-1, 86400);
    m_retryAfter->setSpecialValueText(tr("none"));
    m_retryAfter->setSuffix(tr(" s"));
    m_delay->setRange(0, 3600 * 1000);
    m_delay->setSingleStep(500);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("Entra gives up on an answer after 60 s (60000 ms)"));
    m_drop->addItem(tr("answer whole"), int(FaultDrop::None));
    m_drop->addItem(tr("reset the connection (no answer)"), int(FaultDrop::Reset));
    m_drop->addItem(tr("close the connection (no answer)"), int(FaultDrop::Close));
    m_drop->addItem(tr("cut the body in half, then close"), int(FaultDrop::Truncate));
    m_phase->addItem(tr("Before: the service does nothing, the fault is the answer"), int(FaultPhase::Before));
    m_phase->addItem(tr("After: the change is committed, then the fault is the answer"), int(FaultPhase::After));

    m_frequency->setObjectName(u"faultFrequency"_s);
    m_frequency->addItem(tr("every match"), int(FaultFrequency::Always));
    m_frequency->addItem(tr("the first N matches"), int(FaultFrequency::First));
    m_frequency->addItem(tr("every Nth match"), int(FaultFrequency::Every));
    m_frequency->addItem(tr("for N seconds from the first match"), int(FaultFrequency::ForSeconds));
    m_frequency->addItem(tr("matches beyond N a minute (a rate limit)"), int(FaultFrequency::OverPerMinute));
    m_frequency->addItem(tr("at random, with a seed"), int(FaultFrequency::Probability));
    m_count->setRange(1, 1'000'000'000);
    m_count->setPrefix(tr("N = "));
    m_probability->setRange(0.1, 100.0);
    m_probability->setDecimals(1);
    m_probability->setSuffix(tr(" %"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setPrefix(tr("seed "));
    m_seed->setToolTip(tr("The same seed gives the same sequence of faults"));

    auto *form = new QFormLayout;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_enabled);
    // Rows holding a layout get their label with a buddy, so that its mnemonic works.
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Name:"), m_name), nameRow);

    auto *requests = new QGroupBox(tr("Requests"), this);
    auto *requestForm = new QFormLayout(requests);
    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(m_method);
    matchRow->addWidget(m_path, 1);
    requestForm->addRow(buddyLabel(tr("&Method and path:"), m_method), matchRow);
    requestForm->addRow(tr("&Operation:"), m_operation);
    requestForm->addRow(tr("User or group &name:"), m_namePattern);
    requestForm->addRow(tr("&Identity provider:"), m_idp);

    auto *answer = new QGroupBox(tr("Answer"), this);
    auto *answerForm = new QFormLayout(answer);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(new QLabel(tr("Retry-After:"), this));
    statusRow->addWidget(m_retryAfter);
    answerForm->addRow(buddyLabel(tr("&Status:"), m_status), statusRow);
    answerForm->addRow(tr("&Delay:"), m_delay);
    answerForm->addRow(tr("&Connection:"), m_drop);
    answerForm->addRow(tr("&Phase:"), m_phase);

    auto *often = new QGroupBox(tr("How often"), this);
    auto *oftenRow = new QHBoxLayout(often);
    oftenRow->addWidget(m_frequency, 1);
    oftenRow->addWidget(m_count);
    oftenRow->addWidget(m_probability);
    oftenRow->addWidget(m_seed);

    m_problem->setObjectName(u"faultProblem"_s);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::errorColor(palette()));
    m_problem->setPalette(warn);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(requests);
    layout->addWidget(answer);
    layout->addWidget(often);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The form shows `rule`.
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    m_method->setCurrentIndex(std::max(0, m_method->findData(rule.method)));
    m_path->setText(rule.pathGlob);
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(int(rule.operation))));
    m_namePattern->setText(rule.namePattern);
    m_idp->setCurrentIndex(rule.idp ? std::max(0, m_idp->findData(int(*rule.idp))) : 0);
    m_status->setCurrentIndex(std::max(0, m_status->findData(rule.status)));
    m_retryAfter->setValue(rule.retryAfterSeconds);
    m_delay->setValue(int(rule.delayMs));
    m_drop->setCurrentIndex(std::max(0, m_drop->findData(int(rule.drop))));
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(int(rule.phase))));
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(int(rule.frequency))));
    m_count->setValue(int(std::max<qint64>(1, rule.count)));
    m_probability->setValue(rule.probability > 0 ? rule.probability * 100.0 : 10.0);
    m_seed->setValue(int(rule.seed));

    for (QLineEdit *edit : {m_name, m_path, m_namePattern})
        connect(edit, &QLineEdit::textChanged, this, &FaultRuleDialog::updateForm);
    for (QComboBox *box : {m_method, m_operation, m_idp, m_status, m_drop, m_phase, m_frequency})
        connect(box, &QComboBox::currentIndexChanged, this, &FaultRuleDialog::updateForm);
    for (QSpinBox *spin : {m_retryAfter, m_delay, m_count, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &FaultRuleDialog::updateForm);
    updateForm();
    m_name->setFocus();
}

FaultRule FaultRuleDialog::rule() const
{
    FaultRule r;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.method = m_method->currentData().toString();
    r.pathGlob = m_path->text().trimmed();
    r.operation = Operation(m_operation->currentData().toInt());
    r.namePattern = m_namePattern->text().trimmed();
    if (m_idp->currentData().toInt() >= 0)
        r.idp = Idp(m_idp->currentData().toInt());
    r.status = m_status->currentData().toInt();
    r.retryAfterSeconds = r.status > 0 ? m_retryAfter->value() : -1;
    r.delayMs = m_delay->value();
    r.drop = FaultDrop(m_drop->currentData().toInt());
    r.phase = FaultPhase(m_phase->currentData().toInt());
    r.frequency = FaultFrequency(m_frequency->currentData().toInt());
    if (r.frequency == FaultFrequency::Probability) {
        r.probability = m_probability->value() / 100.0;
        r.seed = quint64(m_seed->value());
    } else if (r.frequency != FaultFrequency::Always) {
        r.count = m_count->value();
    }
    return r;
}

QString FaultRuleDialog::problem() const
{
    const FaultRule r = rule();
    if (r.name.isEmpty())
        return tr("Give the rule a name; the log shows it on every answer the rule makes.");
    for (const QString &taken : m_taken)
        if (taken.compare(r.name, Qt::CaseInsensitive) == 0)
            return tr("Another rule is named “%1”.").arg(r.name);
    if (!r.pathGlob.startsWith(u'/') || r.pathGlob.contains(u'?') || r.pathGlob.contains(u' '))
        return tr("The path starts with / and is under the Tenant URL, e.g. /Users or /Groups/*.");
    if (r.status == 0 && r.delayMs == 0 && r.drop == FaultDrop::None)
        return tr("The rule does nothing yet: choose a status, a delay or what happens to the connection.");
    if (r.status != 0 && (r.drop == FaultDrop::Reset || r.drop == FaultDrop::Close))
        return tr("A reset or closed connection answers nothing: choose “the service's own answer” as the status.");
    if (r.drop == FaultDrop::Truncate && r.status == 0 && r.phase == FaultPhase::Before)
        return tr(
            "To cut the service's own answer, choose the phase After; before the change, choose a status to cut.");
    return r.problem().isEmpty() ? QString() : r.problem();
}

void FaultRuleDialog::updateForm()
{
    const auto frequency = FaultFrequency(m_frequency->currentData().toInt());
    m_count->setVisible(frequency != FaultFrequency::Always && frequency != FaultFrequency::Probability);
    m_probability->setVisible(frequency == FaultFrequency::Probability);
    m_seed->setVisible(frequency == FaultFrequency::Probability);
    m_count->setSuffix(frequency == FaultFrequency::ForSeconds ? tr(" s") : QString());
    m_retryAfter->setEnabled(m_status->currentData().toInt() > 0);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace scimmon

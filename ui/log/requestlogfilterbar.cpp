#include "ui/log/requestlogfilterbar.h"
#include "ui/common/labels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Time range presets: seconds back from now; 0 any time, -1 custom.
struct TimePreset
{
    const char *label; ///< translated where shown
    qint64 seconds;
};
constexpr TimePreset kTimePresets[]{
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Any time"), 0},
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Last 15 minutes"), 15 * 60},
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Last hour"), 3600},
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Last 24 hours"), 86400},
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Last 7 days"), 7 * 86400},
    {QT_TRANSLATE_NOOP("scimmon::RequestLogFilterBar", "Custom range…"), -1},
};

QComboBox *combo(QWidget *parent, const QString &name, const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // As wide as the longest choice when there is room; narrower (elided) when the window is small.
    box->setMinimumWidth(64);
    return box;
}

} // namespace

RequestLogFilterBar::RequestLogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(combo(this, u"statusFilter"_s, tr("Only requests answered with this status class")))
    , m_operation(combo(this, u"operationFilter"_s, tr("Only this operation, in the IdP's words")))
    , m_resourceType(combo(this, u"resourceTypeFilter"_s, tr("Only requests on users, on groups, or on neither")))
    , m_idp(combo(this, u"idpFilter"_s, tr("Only requests from this identity provider")))
    , m_time(combo(this, u"timeFilter"_s, tr("Only requests in this time range")))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_chip(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(u"logSearch"_s);
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setToolTip(tr("Text in the path, target, id, client, operation, token, IdP, status or quirks"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);

    m_status->addItem(tr("Any status"), QVariantList());
    m_status->addItem(tr("2xx success"), QVariantList{2});
    m_status->addItem(u"3xx"_s, QVariantList{3});
    m_status->addItem(tr("4xx client error"), QVariantList{4});
    m_status->addItem(tr("5xx server error"), QVariantList{5});
    m_status->addItem(tr("Failures (4xx, 5xx)"), QVariantList{4, 5});
    m_operation->addItem(tr("Any operation"), QVariant());
    for (const Operation op : allOperations())
        m_operation->addItem(Labels::operation(op), int(op));
    m_operation->setMaxVisibleItems(20);
    m_resourceType->addItem(tr("Users and groups"), QString());
    m_resourceType->addItem(tr("Users"), u"User"_s);
    m_resourceType->addItem(tr("Groups"), u"Group"_s);
    m_resourceType->addItem(tr("Neither"), RequestFilter::kNoResourceType);
    m_idp->addItem(tr("Any IdP"), QVariant());
    for (const Idp idp : {Idp::Entra, Idp::Okta, Idp::Other})
        m_idp->addItem(Labels::idp(idp), int(idp));
    for (const auto &[label, seconds] : kTimePresets)
        m_time->addItem(tr(label), seconds);

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd hh:mm"_s);
        edit->setVisible(false);
    }
    m_from->setObjectName(u"timeFrom"_s);
    m_to->setObjectName(u"timeTo"_s);
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setDateTime(now.addSecs(3600));

    m_chip->setObjectName(u"filterChip"_s);
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setAutoRaise(false);
    m_chip->setToolTip(tr("Remove this restriction"));
    m_chip->setVisible(false);
    connect(m_chip, &QToolButton::clicked, this, [this] {
        m_cycleId = 0;
        m_touching.clear();
        updateChip();
        changed();
    });

    m_count->setObjectName(u"logCount"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &RequestLogFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_quiet)
            m_typing.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_typing.isActive())
            changed();
    });
    for (QComboBox *box : {m_status, m_operation, m_resourceType, m_idp, m_time})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            const bool custom = m_time->currentData().toLongLong() < 0;
            m_from->setVisible(custom);
            m_to->setVisible(custom);
            if (!m_quiet)
                changed();
        });
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_quiet)
                changed();
        });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_status, m_operation, m_resourceType, m_idp, m_time, m_from, m_to})
        layout->addWidget(w);
    setCounts(0, 0);
}

RequestFilter RequestLogFilterBar::filter() const
{
    RequestFilter f;
    f.text = m_search->text().trimmed();
    for (const QVariant &c : m_status->currentData().toList())
        f.statusClasses.append(c.toInt());
    if (const QVariant op = m_operation->currentData(); op.isValid())
        f.operations = {Operation(op.toInt())};
    f.resourceType = m_resourceType->currentData().toString();
    if (const QVariant idp = m_idp->currentData(); idp.isValid())
        f.idp = Idp(idp.toInt());
    const qint64 seconds = m_time->currentData().toLongLong();
    if (seconds > 0) {
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    } else if (seconds < 0) {
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
    }
    f.cycleId = m_cycleId;
    f.touching = m_touching;
    return f;
}

void RequestLogFilterBar::setFilter(const RequestFilter &f)
{
    m_quiet = true;
    m_typing.stop();
    m_search->setText(f.text);
    auto select = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    QVariantList classes;
    for (int c : f.statusClasses)
        classes.append(c);
    select(m_status, classes);
    select(m_operation, f.operations.size() == 1 ? QVariant(int(f.operations.first())) : QVariant());
    select(m_resourceType, f.resourceType);
    select(m_idp, f.idp ? QVariant(int(*f.idp)) : QVariant());
    if (f.from.isValid() || f.to.isValid()) {
        select(m_time, qint64(-1));
        if (f.from.isValid())
            m_from->setDateTime(f.from.toLocalTime());
        if (f.to.isValid())
            m_to->setDateTime(f.to.toLocalTime());
    } else {
        select(m_time, qint64(0));
    }
    m_cycleId = f.cycleId;
    m_touching = f.touching;
    if (m_touching.isEmpty())
        m_touchingName.clear();
    updateChip();
    m_quiet = false;
}

void RequestLogFilterBar::setCycle(qint64 cycleId)
{
    m_cycleId = cycleId;
    updateChip();
    changed();
}

void RequestLogFilterBar::setTouching(const QString &id, const QString &name)
{
    m_touching = id;
    m_touchingName = name;
    updateChip();
    changed();
}

void RequestLogFilterBar::clearFilters()
{
    const RequestFilter before = filter();
    setFilter({});
    if (!(filter() == before))
        changed();
}

void RequestLogFilterBar::updateChip()
{
    QStringList parts;
    if (m_cycleId > 0)
        parts.append(tr("Cycle #%1").arg(m_cycleId));
    if (!m_touching.isEmpty())
        parts.append(tr("History of %1").arg(m_touchingName.isEmpty() ? m_touching : m_touchingName));
    m_chip->setText(parts.join(u", "_s) + u"  \u2715"_s);
    m_chip->setVisible(!parts.isEmpty());
}

void RequestLogFilterBar::changed()
{
    m_typing.stop();
    Q_EMIT filterChanged(filter());
}

void RequestLogFilterBar::setCounts(qint64 shown, qint64 total)
{
    const int all = Labels::count(total);
    if (shown < 0)
        m_count->setText(tr("counting… of %Ln request(s)", nullptr, all));
    else if (shown == total)
        m_count->setText(tr("%Ln request(s)", nullptr, all));
    else
        //: %1 is the number of requests shown
        m_count->setText(tr("%1 of %Ln request(s)", nullptr, all).arg(QLocale().toString(shown)));
}

void RequestLogFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace scimmon

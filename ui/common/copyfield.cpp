#include "ui/common/copyfield.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace scimmon {

CopyField::CopyField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    const QString capitalised = name.left(1).toUpper() + name.mid(1);
    setObjectName(name);
    m_field->setObjectName(name + u"Field"_s);
    m_copy->setObjectName(u"copy"_s + capitalised);
    m_field->setReadOnly(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_field->setFont(fixed);
    m_field->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(u'M') * 46);
    m_copy->setEnabled(false);
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        copyToClipboard(m_copy, m_field->text());
        Q_EMIT copied();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_copy);
}

void CopyField::setText(const QString &text)
{
    m_field->setText(text);
    m_field->setCursorPosition(0);
    m_copy->setEnabled(!text.isEmpty());
}

QString CopyField::text() const
{
    return m_field->text();
}

void CopyField::setPlaceholderText(const QString &text)
{
    m_field->setPlaceholderText(text);
}

void CopyField::copyToClipboard(QAbstractButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    // The button's own label, remembered at the first copy (a second click may come while it
    // still says "Copied").
    if (!button->property("scimmon_label").isValid())
        button->setProperty("scimmon_label", button->text());
    const QString label = button->property("scimmon_label").toString();
    button->setText(tr("Copied"));
    QTimer::singleShot(1500, button, [button, label] { button->setText(label); });
}

} // namespace scimmon

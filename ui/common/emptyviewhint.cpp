#include "ui/common/emptyviewhint.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {
constexpr int kMaxWidth = 560; ///< widest the text gets, px: a few short lines read best
constexpr int kMargin = 16; ///< room kept free around the hint inside the viewport, px
} // namespace

EmptyViewHint::EmptyViewHint(QAbstractItemView *view)
    : QWidget(view)
    , m_view(view)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(view->objectName() + u"EmptyHint"_s);
    m_label->setObjectName(objectName() + u"Text"_s);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setOpenExternalLinks(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // The placeholder colour of the palette: it reads as a hint, not as data.
    QPalette pal = m_label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_label->setPalette(pal);

    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_label);
    layout->addLayout(m_buttons);

    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    watchModel();
    refresh();
}

void EmptyViewHint::setText(const QString &text)
{
    if (text == m_label->text())
        return;
    m_label->setText(text);
    refresh();
}

QString EmptyViewHint::text() const
{
    return m_label->text();
}

void EmptyViewHint::addAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName().isEmpty() ? QString() : action->objectName() + u"Button"_s);
    auto sync = [button, action] {
        button->setText(action->iconText().isEmpty() ? action->text() : action->iconText());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    refresh();
}

bool EmptyViewHint::isActive() const
{
    return !m_label->text().isEmpty() && m_view->model() && m_view->model()->rowCount(m_view->rootIndex()) == 0;
}

bool EmptyViewHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    else if (watched == m_view && event->type() == QEvent::Polish)
        watchModel();
    return QWidget::eventFilter(watched, event);
}

void EmptyViewHint::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyViewHint::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyViewHint::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyViewHint::refresh);
    }
    refresh();
}

void EmptyViewHint::refresh()
{
    if (m_view->model() != m_model) {
        watchModel();
        return;
    }
    const bool active = isActive();
    if (active) {
        place();
        raise();
    }
    setVisible(active);
}

void EmptyViewHint::place()
{
    const QRect area = m_view->viewport()->geometry().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int width = std::max(0, std::min(area.width(), kMaxWidth));
    const int height = std::min(area.height(), heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    // A little above the middle: where the eye looks in an empty table.
    const int top = area.top() + std::max(0, (area.height() - height) / 3);
    setGeometry(area.left() + (area.width() - width) / 2, top, width, std::max(0, height));
}

} // namespace scimmon

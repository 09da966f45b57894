#include "ui/resources/badgedelegate.h"

#include "ui/resources/pagedresourcemodel.h"

#include <QApplication>
#include <QPainter>

namespace scimmon {

namespace {

constexpr int kPadding = 6; ///< room inside the pill beside its text, px
constexpr int kGap = 6; ///< room between the pill and the cell's text, px

QFont badgeFont(const QFont &cellFont)
{
    QFont font = cellFont;
    font.setPointSizeF(cellFont.pointSizeF() * 0.85);
    font.setBold(true);
    return font;
}

int badgeWidth(const QFont &cellFont, const QString &badge)
{
    return QFontMetrics(badgeFont(cellFont)).horizontalAdvance(badge) + 2 * kPadding;
}

} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(PagedResourceModel::BadgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor textColor = opt.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor color = index.data(PagedResourceModel::BadgeColorRole).value<QColor>();
    if (!color.isValid() || selected)
        color = textColor;
    const QFont font = badgeFont(opt.font);
    const int height = std::min(room.height() - 2, QFontMetrics(font).height() + 2);
    const QRect pill(room.left() + 2, room.top() + (room.height() - height) / 2, badgeWidth(opt.font, badge), height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(selected ? 60 : 36);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, badge);
    const QRect rest = room.adjusted(pill.width() + kGap + 2, 0, 0, 0);
    // The text only where a few letters of it fit: the badge alone says enough, the tool tip more.
    if (!text.isEmpty() && rest.width() >= 6 * QFontMetrics(opt.font).averageCharWidth()) {
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setFont(opt.font);
        painter->setPen(!selected && foreground.canConvert<QColor>() ? foreground.value<QColor>() : textColor);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(PagedResourceModel::BadgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth() += badgeWidth(option.font, badge) + kGap + 2;
    return size;
}

} // namespace scimmon

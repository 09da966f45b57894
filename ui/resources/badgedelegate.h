#pragma once

#include <QStyledItemDelegate>

namespace scimmon {

/// Draws a cell's badge (PagedResourceModel::BadgeRole, a short text such as "deactivated" or
/// "2 missing") as a rounded pill in the colour of BadgeColorRole, followed by the cell's display
/// text, elided to the room left. Cells without a badge are drawn as QStyledItemDelegate does.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Wide enough for the badge and the text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace scimmon

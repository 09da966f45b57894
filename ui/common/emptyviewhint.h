#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QLabel;

namespace scimmon {

/// A friendly message in the middle of an item view while its model has no rows, e.g. "No
/// requests yet. …" in the provisioning log on the first start, instead of a blank table. It
/// floats over the view's viewport (a child of the view, so that scrolling does not move it),
/// sized to its text, and hides as soon as the model has a row. Below the text it has a row for
/// buttons (addAction()), for the actions that help fill the view, such as opening the Connect tab.
class EmptyViewHint : public QWidget
{
    Q_OBJECT
public:
    /// Watches `view` and its model (also a model set later). Without text (setText()) it never shows.
    explicit EmptyViewHint(QAbstractItemView *view);

    /// The message, rich text (links open in the browser); a heading line in bold reads well.
    void setText(const QString &text);
    QString text() const;
    /// Adds a button for `action` below the text (in the order added); it follows the action's
    /// text, tool tip, enabled state and visibility.
    void addAction(QAction *action);
    /// The label with the text (for tests).
    QLabel *label() const { return m_label; }

    /// True when the view's model has no rows and there is a text: the hint is (or would be) shown.
    bool isActive() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchModel();
    void refresh();
    void place();

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace scimmon

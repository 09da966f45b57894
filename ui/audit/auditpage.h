#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace scimmon {

class AuditTableModel;
struct AuditEvent;

/// The Audit tab: the audit trail with filters (period, action, actor, target search), the count
/// shown of the total, the selected event in full below, and an Export button.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(AuditTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSplitter *splitter() const { return m_splitter; }
    /// Puts the keyboard focus in the search field.
    void focusSearch();
    /// The detail text shown for `event` (also used by tests).
    static QString detailText(const AuditEvent &event);

Q_SIGNALS:
    /// The user asked to export the events (the Export… button).
    void exportRequested();

private:
    void applyFilter();
    void showSelected();

    AuditTableModel *m_model;
    QComboBox *m_period;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QSplitter *m_splitter;
};

} // namespace scimmon

#pragma once

#include "model/faultrule.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace scimmon {

class FaultRuleDialog;
class FaultRuleModel;
class FaultRuleService;
class ReadExecutor;
class Receiver;

/// The Faults panel (Receiver → Faults…): the fault injection rules in the order the receiver
/// tries them, each enabled or disabled by its check box; Add…, Edit…, Remove, Move up and down,
/// Remove all; and the built-in profiles with what each does, applied after a confirmation (a
/// profile replaces every rule). A warning above the table says while rules are enabled that the
/// receiver fails on purpose. Every change goes through the receiver's writer (audited, applied
/// within a second); the table reloads when the receiver reports a change, also one made on the
/// command line or by another process. Non-modal; deletes itself when closed.
class FaultsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `reader` and `receiver` must outlive the dialog.
    FaultsDialog(ReadExecutor &reader, Receiver &receiver, QWidget *parent = nullptr);
    ~FaultsDialog() override;

    FaultRuleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *profileBox() const { return m_profiles; }

    /// Reads the rules again (keeping the selection); loaded() follows.
    void reload();
    /// Add…: opens an empty FaultRuleDialog (window-modal, returned); OK stores the rule last.
    FaultRuleDialog *addRule();
    /// Edit…: opens the selected rule in a FaultRuleDialog; nullptr when none is selected.
    FaultRuleDialog *editSelected();
    /// Remove: removes the selected rule (no confirmation: it is one click to add again).
    void removeSelected();
    /// Moves the selected rule up (-1) or down (+1).
    void moveSelected(int delta);
    /// Remove all…: asks, then removes every rule.
    void removeAll();
    /// Apply profile…: asks, then replaces every rule with the profile chosen in profileBox().
    void applyProfile();
    /// The last message under the table (results and failures).
    QString statusText() const;
    /// Selects the rule named `name`; false when it is not listed.
    bool selectRule(const QString &name);

Q_SIGNALS:
    /// A reload() finished and the table shows its rules.
    void loaded();
    /// A change was stored.
    void rulesChanged();

private:
    QString selectedName() const;
    void updateButtons();
    void showProfile();
    void setStatus(const QString &text, bool error = false);
    /// Runs `change` with a FaultRuleService on the receiver's writer, then reports `done` (a
    /// success message) or the error, and reloads; `select` is selected afterwards.
    void change(std::function<bool(FaultRuleService &, QString *)> change, const QString &done,
                const QString &select = QString());

    ReadExecutor &m_reader;
    Receiver &m_receiver;
    FaultRuleModel *m_model;
    QTableView *m_view;
    QLabel *m_warning;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_removeAll;
    QComboBox *m_profiles;
    QLabel *m_profileText;
    QPushButton *m_apply;
    QLabel *m_status;
    QString m_keepSelected;
};

} // namespace scimmon

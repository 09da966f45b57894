#pragma once

#include "model/faultrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace scimmon {

/// Edits one fault rule in a form: name and enabled; which requests (method, path pattern under
/// the Tenant URL, and optionally the operation, a userName or displayName pattern and the IdP);
/// the answer (a status with Retry-After, a delay, or a dropped or cut connection); the phase
/// (before: nothing changes; after: committed, then the fault); how often (always, the first N,
/// every Nth, for T seconds, a seeded probability, over N a minute). OK stays disabled, with the
/// reason below the form, while the rule is not valid. Modal; the caller stores rule().
class FaultRuleDialog : public QDialog
{
    Q_OBJECT
public:
    /// A form showing `rule` (a new rule's defaults when it has no name). `takenNames` are the
    /// names of the other rules (a duplicate is refused).
    FaultRuleDialog(const FaultRule &rule, const QStringList &takenNames, QWidget *parent = nullptr);

    /// The rule as the form says.
    FaultRule rule() const;
    /// Why OK is disabled, translated; empty when the rule is valid.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *frequencyBox() const { return m_frequency; }
    QSpinBox *countBox() const { return m_count; }

private:
    void updateForm();

    QStringList m_taken;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_operation;
    QLineEdit *m_namePattern;
    QComboBox *m_idp;
    QComboBox *m_status;
    QSpinBox *m_retryAfter;
    QSpinBox *m_delay;
    QComboBox *m_drop;
    QComboBox *m_phase;
    QComboBox *m_frequency;
    QSpinBox *m_count;
    QDoubleSpinBox *m_probability;
    QSpinBox *m_seed;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace scimmon

#pragma once

#include <QWidget>

class QAbstractButton;
class QLineEdit;
class QPushButton;

namespace scimmon {

/// A value the user pastes into the identity provider (the Tenant URL, a Secret Token): read-only,
/// in a fixed-width font, with a Copy button that says "Copied" for a moment after a click.
class CopyField : public QWidget
{
    Q_OBJECT
public:
    /// `name` names the parts for tests and accessibility: the field is `<name>Field`, the button
    /// `copy<Name>` (e.g. "tenantUrl": tenantUrlField, copyTenantUrl).
    explicit CopyField(const QString &name, QWidget *parent = nullptr);

    /// Shows `text`; Copy is enabled while it is not empty.
    void setText(const QString &text);
    QString text() const;
    /// Text shown greyed while the value is empty, e.g. "starting…".
    void setPlaceholderText(const QString &text);

    QLineEdit *lineEdit() const { return m_field; }
    QPushButton *copyButton() const { return m_copy; }

    /// Puts `text` on the clipboard and shows "Copied" on `button` for 1.5 s, then its old text.
    static void copyToClipboard(QAbstractButton *button, const QString &text);

Q_SIGNALS:
    /// The value was put on the clipboard.
    void copied();

private:
    QLineEdit *m_field;
    QPushButton *m_copy;
};

} // namespace scimmon

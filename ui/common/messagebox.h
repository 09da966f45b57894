#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace scimmon {

/// The one way the UI shows message boxes, so that tests can answer them (as KeePassXC's
/// MessageBox does). Boxes are window-modal and shown with open(), never exec(): no nested event
/// loop runs, and the answer arrives through a callback. After setNextAnswer() the next box is not
/// shown at all; its callback receives that answer before the function returns.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    /// Receives the button the user chose (NoButton when the box was closed otherwise).
    using Callback = std::function<void(Button)>;

    /// A warning box with an OK button. `text` may be rich text. `done` is optional.
    static void warning(QWidget *parent, const QString &title, const QString &text, Callback done = {});
    /// An information box with an OK button. `text` may be rich text.
    static void information(QWidget *parent, const QString &title, const QString &text);
    /// A question with Yes and No buttons (No is the default, so Enter does not confirm by
    /// accident); `yesText` relabels Yes, e.g. "Revoke". `done` receives Yes or No (NoButton when
    /// closed otherwise).
    static void question(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                         Callback done);
    /// The About box: the application's icon, `title` and rich `text`, with an OK button.
    static void about(QWidget *parent, const QString &title, const QString &text);

    /// Test hook: the next box is answered with `answer` instead of being shown.
    static void setNextAnswer(Button answer);
    /// Test hook: the text of the last box asked for, whether it was shown or answered by the hook.
    static QString lastText();

private:
    static void show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text, Callback done,
                     const QString &yesText = QString());
};

} // namespace scimmon

#include "ui/common/messagebox.h"

#include <QAbstractButton>
#include <QApplication>

#include <optional>

namespace scimmon {

namespace {

std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;

} // namespace

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Callback done)
{
    show(QMessageBox::Warning, parent, title, text, std::move(done));
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, {});
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                          Callback done)
{
    show(QMessageBox::Question, parent, title, text, std::move(done), yesText);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::NoIcon, parent, title, text, {});
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text, Callback done,
                      const QString &yesText)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        if (done)
            done(answer);
        return;
    }
    const bool question = icon == QMessageBox::Question;
    auto *box
        = new QMessageBox(icon, title, text, question ? QMessageBox::Yes | QMessageBox::No : QMessageBox::Ok, parent);
    if (question) {
        box->setDefaultButton(QMessageBox::No);
        if (!yesText.isEmpty())
            box->button(QMessageBox::Yes)->setText(yesText);
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    if (icon == QMessageBox::NoIcon && !QApplication::windowIcon().isNull())
        box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        if (done)
            done(box->standardButton(box->clickedButton()));
    });
    box->open();
}

} // namespace scimmon

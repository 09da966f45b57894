#include "ui/common/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace scimmon {

namespace {

std::optional<QString> g_nextAnswer;

} // namespace

void FileDialog::setNextAnswer(const QString &path)
{
    g_nextAnswer = path;
}

namespace {

/// Answers from the test hook, or opens `dialog` window-modal and reports its choice.
void ask(QFileDialog *dialog, const FileDialog::Callback &done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done](int result) {
        done(result == QDialog::Accepted && !dialog->selectedFiles().isEmpty() ? dialog->selectedFiles().first()
                                                                               : QString());
    });
    dialog->open();
}

bool answerFromHook(const FileDialog::Callback &done)
{
    if (!g_nextAnswer)
        return false;
    const QString answer = *g_nextAnswer;
    g_nextAnswer.reset();
    done(answer);
    return true;
}

} // namespace

void FileDialog::openFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                          Callback done)
{
    if (answerFromHook(done))
        return;
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    ask(dialog, done);
}

void FileDialog::openFolder(QWidget *parent, const QString &title, const QString &suggested, Callback done)
{
    if (answerFromHook(done))
        return;
    auto *dialog = new QFileDialog(parent, title, suggested);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    ask(dialog, done);
}

void FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                          Callback done)
{
    if (answerFromHook(done))
        return;
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggested);
    ask(dialog, done);
}

} // namespace scimmon

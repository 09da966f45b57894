#include "filedialog.h"

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

void FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                          Callback done)
{
    if (g_nextAnswer) {
        const QString answer = *g_nextAnswer;
        g_nextAnswer.reset();
        done(answer);
        return;
    }
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(suggested);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done](int result) {
        done(result == QDialog::Accepted && !dialog->selectedFiles().isEmpty() ? dialog->selectedFiles().first()
                                                                               : QString());
    });
    dialog->open();
}

} // namespace scimmon

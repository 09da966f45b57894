#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace scimmon {

/// The one way the UI asks for a file name, so that tests can answer it (like MessageBox). The
/// dialog is window-modal and opened with open(), never exec(); the chosen path arrives through a
/// callback (an empty path when the user cancels). After setNextAnswer() no dialog is shown.
class FileDialog
{
public:
    using Callback = std::function<void(const QString &path)>;

    /// Asks where to save, starting at `suggested`; `filter` such as "CSV files (*.csv)".
    static void saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         Callback done);

    /// Asks for an existing file to open, starting at `suggested` (a file or folder); `filter` such
    /// as "Certificates (*.pem *.crt *.p12)".
    static void openFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         Callback done);
    /// Asks for an existing folder, starting at `suggested`.
    static void openFolder(QWidget *parent, const QString &title, const QString &suggested, Callback done);

    /// Test hook: the next dialog is answered with `path` instead of being shown.
    static void setNextAnswer(const QString &path);
};

} // namespace scimmon

#include "monitorapp.h"

#include <QApplication>
#include <QMainWindow>

namespace scimmon {

int MonitorApp::run(AppSettings &, const ReceiverConfig &)
{
    QMainWindow w;
    w.show();
    return QApplication::exec();
}

} // namespace scimmon

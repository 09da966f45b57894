// Linked into every GUI test: the window's English plural forms ("1 failure", "2 failures") are
// installed as soon as the application object exists, as MonitorApp does at start, so that the
// tests read the English the window shows (and not the source texts' "failure(s)").

#include "ui/common/translations.h"

#include <QCoreApplication>

namespace {

void installEnglishPlurals()
{
    scimmon::Translations::install(scimmon::Translations::Language::English);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)

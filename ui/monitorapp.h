#pragma once

#include "receiver/receiverconfig.h"

namespace scimmon {

class AppSettings;

/// The windowed application: builds the main window around a receiver and a reader for `config`,
/// creates the first Secret Token when none exists, and runs the event loop.
class MonitorApp
{
public:
    /// Needs a QApplication. Returns the exit status of the event loop.
    static int run(AppSettings &settings, const ReceiverConfig &config);
};

} // namespace scimmon

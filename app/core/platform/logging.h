#pragma once

#include <QLoggingCategory>

// The logging categories of scim-monitor, one per area, so that a failure is logged with its
// reason and can be turned up or down with QT_LOGGING_RULES (e.g. "scimmon.store.debug=true").
// Warnings and above are on by default.

Q_DECLARE_LOGGING_CATEGORY(lcHttp) ///< scimmon.http: the HTTP edge (refused connections and requests)
Q_DECLARE_LOGGING_CATEGORY(lcStore) ///< scimmon.store: the database (failed statements, migrations)
Q_DECLARE_LOGGING_CATEGORY(lcReceiver) ///< scimmon.receiver: the receiver thread (start, stop, request log)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) ///< scimmon.secrets: the OS keychain
Q_DECLARE_LOGGING_CATEGORY(lcService) ///< scimmon.service: tokens, audit and other application services
Q_DECLARE_LOGGING_CATEGORY(lcUi) ///< scimmon.ui: the window

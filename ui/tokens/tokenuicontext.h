#pragma once

namespace scimmon {

class AppSettings;
class ReadExecutor;
class Receiver;
class SecretStore;

/// What the token dialogs work with: the reader (whose connection also makes the token changes,
/// as `scim-monitor token` does while the receiver runs), the keychain, the settings of the data
/// directory (which tokens are remembered) and the receiver (for the Tenant URL). Every member
/// must outlive the dialogs.
struct TokenUiContext
{
    ReadExecutor &reader;
    SecretStore &secrets;
    AppSettings &settings;
    const Receiver &receiver;
};

} // namespace scimmon

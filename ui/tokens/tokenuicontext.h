#pragma once

namespace scimmon {

class AppSettings;
class ReadExecutor;
class Receiver;
class SecretStore;

/// What the token dialogs work with: the reader (the token list), the keychain, the settings of
/// the data directory (which tokens are remembered) and the receiver (the Tenant URL, and the
/// writer that makes every token change, see WriteTask). Every member must outlive the dialogs.
struct TokenUiContext
{
    ReadExecutor &reader;
    SecretStore &secrets;
    AppSettings &settings;
    Receiver &receiver;
};

} // namespace scimmon

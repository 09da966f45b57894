#include "receiver/receiverstarter.h"

#include "platform/secretstore.h"
#include "receiver/receiver.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace scimmon {

void ReceiverStarter::start(Receiver &receiver, ReceiverConfig config, SecretStore &secrets, const QString &dataDir,
                            bool passphraseInKeychain, const std::function<void(const QString &)> &warn)
{
    if (!dataDir.isEmpty())
        receiver.setAddressFile(QDir(dataDir).absoluteFilePath(QString::fromLatin1(Receiver::kAddressFileName)));
    if (!passphraseInKeychain || !config.tls.enabled() || !config.tls.passphrase.isEmpty()) {
        receiver.start(config);
        return;
    }
    secrets.read(SecretStore::tlsPassphraseKey(dataDir), &receiver,
                 [&receiver, config, warn](const SecretStore::Result &result) mutable {
                     if (result.ok())
                         config.tls.passphrase = result.secret.toUtf8();
                     else if (warn)
                         warn(u"The HTTPS key's passphrase could not be read from the keychain: %1"_s.arg(
                             result.message.isEmpty() ? u"no entry"_s : result.message));
                     receiver.start(config);
                 });
}

} // namespace scimmon

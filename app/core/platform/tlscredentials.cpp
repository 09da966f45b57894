#include "platform/tlscredentials.h"

#include <QBuffer>
#include <QFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

std::optional<QByteArray> readFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the %1 file %2: %3."_s.arg(what, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool isEncryptedPem(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

QSslKey readKey(const QByteArray &data, const QByteArray &passphrase)
{
    const QSsl::EncodingFormat format = data.contains("-----BEGIN") ? QSsl::Pem : QSsl::Der;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(data, algorithm, format, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

/// True when `key` is the private key of `certificate`. Algorithm and size must agree; for RSA the
/// modulus and public exponent, which end the certificate's SubjectPublicKeyInfo, must appear in
/// the private key's DER (PKCS#1 and PKCS#8 both hold them in that order).
bool belongsTo(const QSslKey &key, const QSslCertificate &certificate)
{
    const QSslKey publicKey = certificate.publicKey();
    if (publicKey.algorithm() != key.algorithm() || publicKey.length() != key.length())
        return false;
    if (key.algorithm() != QSsl::Rsa)
        return true;
    const QByteArray publicDer = publicKey.toDer();
    const QByteArray privateDer = key.toDer();
    return publicDer.size() < 64 || privateDer.isEmpty() || privateDer.contains(publicDer.right(64));
}

} // namespace

std::optional<TlsCredentials::Loaded> TlsCredentials::load(const TlsFiles &files, QString *error, Problem *problem,
                                                           const QDateTime &now)
{
    Problem dummy = Problem::None;
    Problem &why = problem ? *problem : dummy;
    why = Problem::None;
    const auto certData = readFile(files.certificateFile, u"certificate"_s, error);
    if (!certData) {
        why = Problem::Unreadable;
        return std::nullopt;
    }

    QList<QSslCertificate> chain;
    QSslKey key;
    if (certData->contains("-----BEGIN")) {
        chain = QSslCertificate::fromData(*certData, QSsl::Pem);
    } else if (const QSslCertificate der(*certData, QSsl::Der); !der.isNull()) {
        chain = {der};
    } else {
        // PKCS#12: certificate, key and intermediates in one file, usually with a passphrase.
        QBuffer buffer;
        buffer.setData(*certData);
        buffer.open(QIODevice::ReadOnly);
        QSslCertificate leaf;
        QList<QSslCertificate> intermediates;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &leaf, &intermediates, files.passphrase)) {
            why = files.passphrase.isEmpty() ? Problem::NeedsPassphrase : Problem::WrongPassphrase;
            *error = files.passphrase.isEmpty()
                ? u"%1 is not a PEM or DER certificate; as a PKCS#12 file it needs its passphrase."_s.arg(
                    files.certificateFile)
                : u"%1 cannot be opened as PKCS#12 with this passphrase (or it is not a certificate file)."_s.arg(
                    files.certificateFile);
            return std::nullopt;
        }
        chain = QList<QSslCertificate>{leaf} + intermediates;
    }
    if (chain.isEmpty() || chain.first().isNull()) {
        why = Problem::NoCertificate;
        *error = u"%1 holds no certificate (expected PEM, DER or PKCS#12)."_s.arg(files.certificateFile);
        return std::nullopt;
    }

    if (key.isNull()) {
        // A PEM file may hold the key after the certificates (as some tools write them).
        const QString keyFile
            = files.keyFile.isEmpty() && certData->contains("PRIVATE KEY-----") ? files.certificateFile : files.keyFile;
        if (keyFile.isEmpty()) {
            why = Problem::NoKey;
            *error = u"HTTPS needs the certificate's private key: name the key file."_s;
            return std::nullopt;
        }
        const auto keyData = readFile(keyFile, u"key"_s, error);
        if (!keyData) {
            why = Problem::Unreadable;
            return std::nullopt;
        }
        key = readKey(*keyData, files.passphrase);
        if (key.isNull()) {
            if (isEncryptedPem(*keyData)) {
                why = files.passphrase.isEmpty() ? Problem::NeedsPassphrase : Problem::WrongPassphrase;
                *error = files.passphrase.isEmpty() ? u"The key in %1 is encrypted: give its passphrase."_s.arg(keyFile)
                                                    : u"The passphrase does not open the key in %1."_s.arg(keyFile);
            } else {
                why = Problem::NoKey;
                *error = u"%1 holds no RSA or EC private key in PEM or DER."_s.arg(keyFile);
            }
            return std::nullopt;
        }
    }
    if (!belongsTo(key, chain.first())) {
        why = Problem::KeyMismatch;
        *error = u"The key in %1 does not belong to the certificate in %2."_s.arg(
            files.keyFile.isEmpty() ? files.certificateFile : files.keyFile, files.certificateFile);
        return std::nullopt;
    }

    Loaded loaded;
    loaded.certificate = chain.first();
    loaded.configuration = QSslConfiguration::defaultConfiguration();
    loaded.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    loaded.configuration.setLocalCertificateChain(chain);
    loaded.configuration.setPrivateKey(key);
    loaded.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (loaded.certificate.expiryDate() < now)
        loaded.warnings.append(u"The certificate expired on %1; identity providers refuse it."_s.arg(
            loaded.certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s)));
    if (loaded.certificate.effectiveDate() > now)
        loaded.warnings.append(u"The certificate is valid only from %1."_s.arg(
            loaded.certificate.effectiveDate().toUTC().toString(u"yyyy-MM-dd"_s)));
    if (loaded.certificate.isSelfSigned())
        loaded.warnings.append(u"The certificate is self-signed: Entra ID and Okta accept only certificates from a "
                               "public certificate authority."_s);
    return loaded;
}

QString TlsCredentials::describe(const QSslCertificate &certificate)
{
    const auto first = [](const QStringList &values) { return values.isEmpty() ? u"?"_s : values.first(); };
    return u"%1, issued by %2, valid until %3"_s.arg(first(certificate.subjectInfo(QSslCertificate::CommonName)),
                                                     first(certificate.issuerInfo(QSslCertificate::CommonName)),
                                                     certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s));
}

} // namespace scimmon

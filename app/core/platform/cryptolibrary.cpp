#include "platform/cryptolibrary.h"

#include <openssl/crypto.h>

namespace scimmon {

bool CryptoLibrary::skipCleanupAtExit()
{
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}

} // namespace scimmon

#include "platform/logging.h"

Q_LOGGING_CATEGORY(lcHttp, "scimmon.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "scimmon.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReceiver, "scimmon.receiver", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "scimmon.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcService, "scimmon.service", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "scimmon.ui", QtWarningMsg)

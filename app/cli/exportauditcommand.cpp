#include "cli/exportauditcommand.h"

#include "audit/auditlog.h"
#include "export/auditcsvexport.h"
#include "store/storefactory.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

int ExportAuditCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    const QStringList known = AuditLog::actions();
    for (const QString &a : cl.actions) {
        if (!known.contains(a)) {
            std::fprintf(stderr, "scim-monitor: unknown --action '%s'; the actions are: %s\n", qPrintable(a),
                         qPrintable(known.join(u", "_s)));
            return 2;
        }
    }
    QString error;
    StoreConfig config = storeConfig;
    config.mustExist = true;
    auto store = StoreFactory::open(config, u"export-audit"_s, &error);
    if (!store) {
        std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(error));
        return 1;
    }
    AuditFilter filter;
    filter.from = cl.from;
    filter.to = cl.to;
    filter.actions = cl.actions;
    QElapsedTimer timer;
    timer.start();
    const auto outcome = AuditCsvExport::writeFile(*store, filter, cl.out, cl.bom);
    if (!outcome.ok) {
        std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(outcome.error));
        return 1;
    }
    std::printf("Wrote %lld audit events to %s in %.1f s.\n", outcome.rows, qPrintable(cl.out),
                double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace scimmon

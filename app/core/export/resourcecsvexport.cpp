#include "export/resourcecsvexport.h"

#include "export/exportfile.h"

#include "export/csvwriter.h"
#include "scim/mappinghealth.h"
#include "store/store.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scimmon {

QStringList ResourceCsvExport::columns(ResourceKind kind)
{
    if (kind == ResourceKind::Group)
        return {u"id"_s, u"displayName"_s, u"externalId"_s, u"members"_s, u"meta.lastModified"_s, u"mappingWarnings"_s};
    return {u"id"_s,
            u"userName"_s,
            u"displayName"_s,
            u"name.givenName"_s,
            u"name.familyName"_s,
            u"emails[type eq \"work\"].value"_s,
            u"externalId"_s,
            u"active"_s,
            u"groups"_s,
            u"meta.lastModified"_s,
            u"mappingWarnings"_s};
}

QStringList ResourceCsvExport::fields(ResourceKind kind, const BrowseRow &row)
{
    const QString modified = row.lastModified.toUTC().toString(Qt::ISODateWithMs);
    const QString warnings = MappingHealth::paths(kind, MappingHealth::Attributes::fromInt(row.warnings)).join(u"; "_s);
    if (kind == ResourceKind::Group)
        return {row.id, row.name, row.externalId, QString::number(row.count), modified, warnings};
    return {row.id,
            row.name,
            row.displayName,
            row.givenName,
            row.familyName,
            row.workEmail,
            row.externalId,
            row.active ? u"true"_s : u"false"_s,
            QString::number(row.count),
            modified,
            warnings};
}

qint64 ResourceCsvExport::write(Store &store, ResourceKind kind, const BrowseQuery &query, QIODevice *out,
                                QString *error)
{
    CsvWriter csv(out);
    QList<CsvWriter::Type> types(columns(kind).size(), CsvWriter::Type::Text);
    types[columns(kind).indexOf(kind == ResourceKind::User ? u"groups"_s : u"members"_s)] = CsvWriter::Type::Number;
    csv.setColumnTypes(types);
    if (!csv.writeRow(columns(kind))) {
        *error = u"Cannot write the file: %1"_s.arg(csv.errorString());
        return -1;
    }
    BrowseQuery page = query;
    page.offset = 0;
    page.limit = kPageSize;
    page.knownMatching = -1;
    qint64 written = 0;
    for (;;) {
        const BrowsePage read = store.browse().page(kind, page);
        if (read.matching < 0) {
            *error = u"Cannot read the %1: %2"_s.arg(kind == ResourceKind::User ? u"users"_s : u"groups"_s,
                                                     store.lastError().message);
            return -1;
        }
        for (const BrowseRow &row : read.rows) {
            if (!csv.writeRow(fields(kind, row))) {
                *error = u"Cannot write the file: %1"_s.arg(csv.errorString());
                return -1;
            }
            ++written;
        }
        page.offset += read.rows.size();
        page.knownMatching = read.matching;
        if (read.rows.size() < page.limit || page.offset >= read.matching)
            return written;
    }
}

qint64 ResourceCsvExport::writeFile(Store &store, ResourceKind kind, const BrowseQuery &query, const QString &path,
                                    QString *error)
{
    QSaveFile file(path);
    qint64 written = -1;
    if (ExportFile::open(file, error))
        written = write(store, kind, query, &file, error);
    if (written < 0) {
        file.cancelWriting();
        return -1;
    }
    return ExportFile::commit(file, error) ? written : -1;
}

} // namespace scimmon

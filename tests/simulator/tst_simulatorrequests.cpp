// The simulator's pure parts: each request shape compared with the field guide
// (entra-okta-scim.md §1, §2, §5), the query encoding, the pacing arithmetic, the quarantine
// rules, Entra's error codes, the directory and its state file. The checks live in
// simulatorrequestchecks.cpp.

#include "simulatorrequestchecks.h"

#include <QTest>

using namespace scimmon::test;

class TestSimulatorRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchQueryIsEncodedAsEntraSendsIt() { requests::matchQueryIsEncodedAsEntraSendsIt(); }

    void testConnectionProbesARandomGuid() { requests::testConnectionProbesARandomGuid(); }

    void createUserHasEntrasShape() { requests::createUserHasEntrasShape(); }

    void defaultDialectPatch() { requests::defaultDialectPatch(); }

    void aadOptscim062020Patch() { requests::aadOptscim062020Patch(); }

    void managerIsABareStringId() { requests::managerIsABareStringId(); }

    void groupRequests() { requests::groupRequests(); }

    void oktaRequests() { requests::oktaRequests(); }

    void pacerSpacesRequests() { requests::pacerSpacesRequests(); }

    void quarantineThresholds() { requests::quarantineThresholds(); }

    void entraErrorCodes() { requests::entraErrorCodes(); }

    void directoryIsReproducibleAndRealistic() { requests::directoryIsReproducibleAndRealistic(); }

    void incrementalChangesTouchEveryKind() { requests::incrementalChangesTouchEveryKind(); }

    void stateFileKeepsTheJobAndRefusesAnotherTarget() { requests::stateFileKeepsTheJobAndRefusesAnotherTarget(); }
};

QTEST_GUILESS_MAIN(TestSimulatorRequests)
#include "tst_simulatorrequests.moc"

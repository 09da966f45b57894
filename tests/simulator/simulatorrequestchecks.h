#pragma once

// The checks tst_simulatorrequests runs (see simulatorrequestchecks.cpp).

namespace scimmon::test::requests {

void matchQueryIsEncodedAsEntraSendsIt();
void testConnectionProbesARandomGuid();
void createUserHasEntrasShape();
void defaultDialectPatch();
void aadOptscim062020Patch();
void managerIsABareStringId();
void groupRequests();
void oktaRequests();
void pacerSpacesRequests();
void quarantineThresholds();
void entraErrorCodes();
void directoryIsReproducibleAndRealistic();
void incrementalChangesTouchEveryKind();
void stateFileKeepsTheJobAndRefusesAnotherTarget();

} // namespace scimmon::test::requests

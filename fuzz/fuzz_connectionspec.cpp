// SPDX-License-Identifier: MIT
// libFuzzer target: the database URL parser and the redacted form that reaches titles, logs,
// journals and reports. A URL that parses must print without its password, and the printed form
// must parse back to the same place (without the password).

#include "FuzzSupport.h"

#include "db/ConnectionSpec.h"

using namespace sm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = sm::fuzz::text(data, size);

    // Free text through the log filter: never crashes, and is stable (filtering twice changes
    // nothing more).
    const QString filtered = redactSecrets(url);
    SM_FUZZ_CHECK(redactSecrets(filtered) == filtered, filtered);

    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url);
    if (!spec) {
        SM_FUZZ_CHECK(!spec.error().message.isEmpty(), url);
        return 0;
    }
    const QString shown = spec->redacted();
    (void)spec->displayName();
    if (spec->dialect == Dialect::Sqlite)
        return 0; // a file path: there is no password to hide

    const Result<ConnectionSpec> back = ConnectionSpec::parse(shown);
    SM_FUZZ_CHECK(back.ok(), shown + u'\n' + (back ? QString() : back.error().message));
    SM_FUZZ_CHECK(back->password.isEmpty(), shown);
    ConnectionSpec expected = *spec;
    expected.password.clear();
    SM_FUZZ_CHECK(*back == expected, url + u'\n' + shown);
    return 0;
}

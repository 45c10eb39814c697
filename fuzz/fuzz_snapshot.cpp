// SPDX-License-Identifier: MIT
// libFuzzer target: the snapshot reader ("schemamedic.schema/1"). Any bytes are either refused
// with a sentence or read; what is read must survive a write and a second read unchanged — the
// promise that a snapshot is lossless. The reader is never more lenient than QJsonDocument,
// which read snapshots before it: what it reads, QJsonDocument reads as an object.

#include "FuzzSupport.h"

#include "schema/Snapshot.h"

#include <QJsonDocument>

using namespace sm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Schema> first = readSnapshot(sm::fuzz::bytes(data, size));
    if (!first) {
        SM_FUZZ_CHECK(!first.error().message.isEmpty(), first.error().details);
        return 0;
    }
    SM_FUZZ_CHECK(QJsonDocument::fromJson(sm::fuzz::bytes(data, size)).isObject(),
                  sm::fuzz::text(data, size));
    const QByteArray written = writeSnapshot(*first);
    const Result<Schema> second = readSnapshot(written);
    SM_FUZZ_CHECK(second.ok(), QString::fromUtf8(written) + u'\n' +
                                   (second ? QString() : second.error().message));
    SM_FUZZ_CHECK(*second == *first, QString::fromUtf8(written));
    SM_FUZZ_CHECK(writeSnapshot(*second) == written, QString::fromUtf8(written));
    return 0;
}

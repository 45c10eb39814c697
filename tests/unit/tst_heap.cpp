// SPDX-License-Identifier: MIT
// reserveHeapInLargePages (util/Heap.h): the heap the CLI builds its models in is advised for
// 2 MB pages, what every thread allocates afterwards lands in that range, and the heap keeps
// working.

#include "util/Heap.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The mappings of this process (/proc/self/smaps) and their kernel flags ("VmFlags:").
struct Mapping
{
    std::uintptr_t start = 0;
    std::uintptr_t end = 0;
    QByteArrayList flags;
};

[[maybe_unused]] std::vector<Mapping> mappings()
{
    std::vector<Mapping> out;
    QFile smaps(u"/proc/self/smaps"_s);
    if (!smaps.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        // A mapping starts with "start-end perms …" in hex; its attributes are "Name: value".
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            bool ok1 = false, ok2 = false;
            Mapping m;
            m.start = line.left(dash).toULongLong(&ok1, 16);
            m.end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2)
                out.push_back(m);
        } else if (!out.empty() && line.startsWith("VmFlags:")) {
            out.back().flags = line.mid(8).simplified().split(' ');
        }
    }
    return out;
}

// Whether `p` lies in a mapping advised for huge pages ("hg").
[[maybe_unused]] bool inAdvisedMapping(const std::vector<Mapping> &maps, const void *p)
{
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    for (const Mapping &m : maps)
        if (m.start <= address && address < m.end)
            return m.flags.contains("hg");
    return false;
}

[[maybe_unused]] bool kernelHasTransparentHugePages()
{
    return QFile::exists(u"/sys/kernel/mm/transparent_hugepage/enabled"_s);
}

} // namespace

class TestHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void advisesTheHeapForLargePages();
};

void TestHeap::advisesTheHeapForLargePages()
{
#if !SM_HEAP_IS_GLIBC
    QVERIFY2(sm::reserveHeapInLargePages(64u << 20).advisedBytes == 0,
             "not glibc's heap (another system, a sanitizer's allocator): nothing may be done");
    QSKIP("2 MB heap pages are asked of glibc's own heap on Linux only.");
#else
    if (!kernelHasTransparentHugePages())
        QSKIP("This kernel has no transparent huge pages.");

    const std::size_t asked = std::size_t(64) << 20;
    const sm::HeapReservation done = sm::reserveHeapInLargePages(asked);
    // Whole 2 MB pages of the new range: at most one partial page is lost at each end.
    QVERIFY2(done.advisedBytes > asked - (std::size_t(4) << 20) && done.advisedBytes <= asked,
             qPrintable(u"advised %1 bytes of %2"_s.arg(done.advisedBytes).arg(asked)));
    QCOMPARE(sm::reserveHeapInLargePages(asked).advisedBytes, std::size_t(0)); // once only

    // 16 MB in 4 kB blocks, a 10 MB block and 4 MB in 4 kB blocks from a thread started
    // afterwards: beyond what the heap already had free, all of it comes from the advised range.
    constexpr int kBlock = 4096;
    std::vector<std::unique_ptr<char[]>> blocks;
    for (int i = 0; i < 4096; ++i) {
        blocks.emplace_back(new char[kBlock]);
        std::memset(blocks.back().get(), i & 0xff, kBlock);
    }
    std::unique_ptr<char[]> large(new char[10u << 20]);
    std::memset(large.get(), 7, 10u << 20);
    std::vector<void *> fromThread;
    std::thread([&fromThread] {
        for (int i = 0; i < 1024; ++i) {
            fromThread.push_back(std::malloc(kBlock));
            std::memset(fromThread.back(), 1, kBlock);
        }
    }).join();

    const std::vector<Mapping> maps = mappings();
    QVERIFY(!maps.empty());
    int advised = 0;
    for (const auto &b : blocks)
        advised += inAdvisedMapping(maps, b.get());
    QVERIFY2(advised > 3500, qPrintable(u"%1 of 4096 blocks in advised memory"_s.arg(advised)));
    QVERIFY2(inAdvisedMapping(maps, large.get()), "the 10 MB block is not in advised memory");
    QVERIFY2(inAdvisedMapping(maps, fromThread.back()),
             "a thread's block is not in advised memory (an arena of its own?)");

    // The heap still works: every block holds what was written, and all of it can be freed.
    for (int i = 0; i < 4096; ++i)
        QCOMPARE(blocks[i][kBlock - 1], char(i & 0xff));
    QCOMPARE(large[(10u << 20) - 1], char(7));
    for (void *p : fromThread) {
        QCOMPARE(static_cast<const char *>(p)[kBlock - 1], char(1));
        std::free(p);
    }
#endif
}

QTEST_GUILESS_MAIN(TestHeap)
#include "tst_heap.moc"

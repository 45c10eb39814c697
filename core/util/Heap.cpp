// SPDX-License-Identifier: MIT
#include "Heap.h"

#include <algorithm>
#include <atomic>
#include <cstdint>

#if SM_HEAP_IS_GLIBC
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sm {

HeapReservation reserveHeapInLargePages(std::size_t bytes)
{
    HeapReservation done;
#if SM_HEAP_IS_GLIBC && defined(MADV_HUGEPAGE)
    static std::atomic_flag once = ATOMIC_FLAG_INIT;
    if (bytes == 0 || once.test_and_set())
        return done;

    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    // Memory freed into the top of the heap is not given back below twice the reservation, so
    // the advised range stays part of the heap (a trim and a later regrowth would come back in
    // 4 kB pages). Large requests are served from the free top as well: glibc maps a block of
    // its own only when the heap would have to grow.
    if (mallopt(M_TRIM_THRESHOLD, int(std::min<std::size_t>(2 * bytes, INT32_MAX))) != 1)
        return done;
    // Worker threads (introspection's helper connections) would otherwise each get an arena of
    // their own, mapped in 4 kB pages.
    (void)mallopt(M_ARENA_MAX, 1);

    // Force the heap to grow once, by `bytes` beyond a request just larger than its free top:
    // M_TOP_PAD is how much extra glibc asks sbrk for when it must grow.
    auto *const before = static_cast<char *>(sbrk(0));
    if (before == reinterpret_cast<char *>(-1) ||
        mallopt(M_TOP_PAD, int(std::min<std::size_t>(bytes, INT32_MAX))) != 1)
        return done;
    void *const probe = malloc(mallinfo2().keepcost + 4096);
    (void)mallopt(M_TOP_PAD, 128 * 1024); // glibc's default
    auto *const after = static_cast<char *>(sbrk(0));
    free(probe); // back into the top of the heap; the trim threshold keeps it there

    // Only the whole 2 MB pages of the new range; the kernel backs them as they are touched.
    const auto first =
        (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    const auto last = reinterpret_cast<std::uintptr_t>(after) & ~(kHugePage - 1);
    if (probe == nullptr || last <= first)
        return done; // sbrk refused (a strict overcommit policy, an address-space limit)
    if (madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE) == 0)
        done.advisedBytes = last - first;
#else
    (void)bytes;
#endif
    return done;
}

} // namespace sm

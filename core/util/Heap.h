// SPDX-License-Identifier: MIT
#pragma once
// The heap of a short-lived process that builds large schema models (the CLI, the benchmarks).

#include <cstddef>

// SM_HEAP_IS_GLIBC: 1 when malloc is glibc's on Linux, the only heap reserveHeapInLargePages()
// knows how to shape; 0 elsewhere and under a sanitizer, whose allocator replaces it (GCC
// defines __SANITIZE_ADDRESS__, clang answers __has_feature).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SM_HEAP_IS_GLIBC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SM_HEAP_IS_GLIBC 0
#endif
#endif
#ifndef SM_HEAP_IS_GLIBC
#if defined(__linux__) && defined(__GLIBC__)
#define SM_HEAP_IS_GLIBC 1
#else
#define SM_HEAP_IS_GLIBC 0
#endif
#endif

namespace sm {

// What reserveHeapInLargePages() did.
struct HeapReservation
{
    // Bytes of heap address space the kernel was asked to back with 2 MB pages; 0 when nothing
    // was done (not Linux with glibc, a sanitizer's allocator, the kernel or the address space
    // said no, or it was already done).
    std::size_t advisedBytes = 0;
};

// Grows glibc's main heap by `bytes` of address space up front and asks the kernel to back it
// with transparent huge pages (madvise MADV_HUGEPAGE), and has every thread allocate from it.
//
// Why: introspecting and diffing 10,000 tables builds two models of about 120 MB each out of
// millions of small allocations. Each 4 kB page of them is a page fault when first touched, and
// on a virtual machine a fault costs 10–16 µs: 56,000 of them were a seventh of `diff`'s time
// (bench/ANALYSIS.md, "Large pages for the heap"). With 2 MB pages there are a few hundred.
//
// Costs: the reserved address space is not memory until it is touched, but memory that was
// touched and freed stays with the process until it ends (the trim threshold is raised above the
// reservation), and one arena serializes allocation across threads. Right for a command that
// runs and exits; not called by the console, which lives for hours.
//
// Call it at the start of main(), before other threads run. Calling it again does nothing.
HeapReservation reserveHeapInLargePages(std::size_t bytes = std::size_t(512) << 20);

} // namespace sm

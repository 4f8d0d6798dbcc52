#pragma once

// One source per fuzz target. Built with libFuzzer (clang, KD_BUILD_FUZZERS) the entry point is
// LLVMFuzzerTestOneInput; in normal builds it gets a unique name so that tst_fuzzregressions can
// replay the seeds and every crash ever found through all targets.

#include <cstddef>
#include <cstdint>

#ifdef KD_LIBFUZZER
#define KD_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#else
#define KD_FUZZ_TARGET(name) int kd_fuzz_##name(const uint8_t *data, size_t size)
#endif

// Fails loudly (a crash is what the fuzzer looks for) when an invariant breaks.
#define KD_FUZZ_CHECK(cond)                                                                                            \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            __builtin_trap();                                                                                          \
    } while (false)

// SPDX-License-Identifier: MIT
// libFuzzer's entry point for one target, chosen at compile time (PROCLAB_FUZZ_ENTRY, see
// fuzz/CMakeLists.txt): the fuzzer calls the same function the corpus replay does.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return proclab::fuzz::PROCLAB_FUZZ_ENTRY(data, size);
}

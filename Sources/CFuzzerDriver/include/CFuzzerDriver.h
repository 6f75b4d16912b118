#ifndef DPIA_CFUZZERDRIVER_H
#define DPIA_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The function libFuzzer calls with each input.
typedef int (*dpia_fuzz_target)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver with the command-line arguments when the program was linked with
/// `-sanitize=fuzzer`; returns -1 without doing anything in an ordinary build.
int dpia_fuzzer_run(int *argc, char ***argv, dpia_fuzz_target target);

#endif

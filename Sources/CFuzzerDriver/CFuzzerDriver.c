#include "CFuzzerDriver.h"

#if defined(__ELF__)
// libFuzzer's driver (compiler-rt, LLVM 11 and later). Declared weak, so that an ordinary build,
// which does not link libFuzzer, still links: the address is then null. (ELF only: on Darwin a weak
// import must still be found at link time.)
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*target)(const uint8_t *, size_t))
    __attribute__((weak));

int dpia_fuzzer_run(int *argc, char ***argv, dpia_fuzz_target target) {
    if (LLVMFuzzerRunDriver == NULL) return -1;
    return LLVMFuzzerRunDriver(argc, argv, target);
}
#else
int dpia_fuzzer_run(int *argc, char ***argv, dpia_fuzz_target target) {
    (void)argc; (void)argv; (void)target;
    return -1;
}
#endif

#ifndef MEMORY_HINTS_H
#define MEMORY_HINTS_H

/// Asks the processor to start loading the cache line holding `address` for reading, without
/// waiting for it (a hint: no fault, no effect on results). Kernels that know which random
/// addresses they will read a few iterations ahead call it to overlap those cache misses.
static inline void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif

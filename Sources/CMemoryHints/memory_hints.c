// The hints are inline functions in include/memory_hints.h; a C target needs one source file.
#include "memory_hints.h"

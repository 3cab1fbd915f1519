// The declaration of libFuzzer's driver is the whole module (CFuzzerDriver.h); SwiftPM needs a source file.
#include "CFuzzerDriver.h"

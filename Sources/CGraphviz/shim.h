#ifndef DIPLOGRAPH_CGRAPHVIZ_SHIM_H
#define DIPLOGRAPH_CGRAPHVIZ_SHIM_H
// Includes the system Graphviz headers (libgraphviz-dev); nothing is vendored.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif

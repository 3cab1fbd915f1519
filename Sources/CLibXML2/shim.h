#ifndef DIPLOGRAPH_CLIBXML2_SHIM_H
#define DIPLOGRAPH_CLIBXML2_SHIM_H
// Includes the system libxml2 headers (libxml2-dev, pkg-config libxml-2.0); nothing is vendored.
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#endif

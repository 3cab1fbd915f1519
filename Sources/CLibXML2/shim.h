#ifndef DIPLOGRAPH_CLIBXML2_SHIM_H
#define DIPLOGRAPH_CLIBXML2_SHIM_H
// Includes the system libxml2 headers (libxml2-dev, pkg-config libxml-2.0); nothing is vendored.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers then clash with Foundation's own ICU module
// ('UErrorCode' defined twice). Nothing here uses libxml2's ICU converters (only the trailing
// fields of xmlCharEncodingHandler, which Swift never allocates), so keep ICU's headers out.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#endif

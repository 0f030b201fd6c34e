/* AST → intermediate XML (doc/xml.md), built directly as a libxml2 tree for one view
 * of the document. Labels, footnote numbers, ids and reference texts are resolved
 * here, so the stylesheets only lay things out. */
#ifndef RESC_XML_BUILD_H
#define RESC_XML_BUILD_H

#include <libxml/tree.h>

#include "ast.h"

struct document;

#define RESC_XML_NS "urn:x-resc:1"

/* Returns a new document (caller frees with xmlFreeDoc). */
xmlDocPtr xml_build(struct document *doc, enum view view);

#endif

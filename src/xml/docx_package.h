/*
 * docx_package.h: write a Flat OPC document (a house style's DOCX) as a .docx
 * zip package.
 *
 * Why a separate step: XSLT can only produce one XML tree, and a .docx is a
 * zip of several XML parts. A house style produces all the parts in one Flat
 * OPC tree (which Word also opens as it is); this module only packs it, so a
 * house style gets a real .docx too. The bytes are
 * reproducible: same tree and mtime, same file.
 */
#ifndef RESC_DOCX_PACKAGE_H
#define RESC_DOCX_PACKAGE_H

#include <stddef.h>
#include <time.h>

#include <libxml/tree.h>

#include "docx_parts.h"

/*
 * Writes the parts of flat_opc (a pkg:package document) as a zip at path:
 * [Content_Types].xml first (generated from the parts' content types), then
 * one entry per pkg:part in document order, named pkg:name without its
 * leading '/'. An xmlData part is its child element serialized as a
 * standalone UTF-8 XML document; a binaryData part is its base64 text
 * decoded. Entries are deflated, and all carry mtime (as UTC, clamped to
 * the zip epoch 1980-01-01).
 *
 * Returns 0 on success. On failure returns nonzero, writes a message into
 * err (errlen bytes, always NUL-terminated when errlen > 0) and leaves no file
 * at path (an existing file there is left as it was).
 */
int docx_package_write(xmlDocPtr flat_opc, const char *path, time_t mtime, char *err,
                       size_t errlen);

struct docx_parts;

/*
 * The parts of flat_opc as docx_package_write would write them, appended to
 * parts, whose names and content types are then the caller's: free them with
 * docx_package_parts_free. Returns 0, or -1 with a message in err.
 */
int docx_package_parts(xmlDocPtr flat_opc, struct docx_parts *parts, char *err, size_t errlen);
void docx_package_parts_free(struct docx_parts *parts);

#endif

/* Writing a DOCX package from its parts with zlib alone: what the built-in renderer's
 * DOCX and a stylesheet's Flat OPC (xml/docx_package.c) both end in. */
#ifndef RESC_DOCX_PARTS_H
#define RESC_DOCX_PARTS_H

#include <stddef.h>
#include <time.h>

struct docx_parts;
/*
 * Writes the parts a built-in renderer made (render.h) as a zip at path, with
 * [Content_Types].xml first and then the parts in their order, named as they
 * are (no leading '/'); docx_package_write ends here too, so the two give the
 * same bytes for the same parts. In docx_parts.c, which needs zlib only.
 */
int docx_package_write_parts(const struct docx_parts *parts, const char *path, time_t mtime,
                             char *err, size_t errlen);

/* [Content_Types].xml for the parts: the Defaults for .rels and .xml, and an Override
 * for each part that a Default does not cover. */
struct strbuf;
void docx_content_types(const struct docx_parts *parts, struct strbuf *out);

#endif

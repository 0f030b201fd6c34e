/* A DOCX package from its parts: [Content_Types].xml made from the parts' content
 * types, then the parts in order, zipped by zip_write.c. Both ways of making a DOCX,
 * the built-in renderer and a stylesheet's Flat OPC tree (docx_package.c), end here,
 * so the same parts give the same bytes. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "docx_parts.h"
#include "render.h"
#include "render_docx_parts.h"
#include "strbuf.h"
#include "zip_write.h"

#define CT_RELS "application/vnd.openxmlformats-package.relationships+xml"

/* .rels parts with the relationships type are covered by a Default. */
static int is_default_rels(const char *name, const char *ctype) {
  const char *dot = strrchr(name, '.'), *slash = strrchr(name, '/');
  return dot && (!slash || dot > slash) && strcmp(dot, ".rels") == 0 && strcmp(ctype, CT_RELS) == 0;
}

void docx_content_types(const struct docx_parts *parts, struct strbuf *out) {
  sb_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"" CT_RELS "\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
  for (size_t i = 0; i < parts->n; i++) {
    const struct docx_part *p = &parts->part[i];
    if (is_default_rels(p->name, p->content_type)) continue;
    sb_adds(out, "<Override PartName=\"/");
    docx_escape_attr(out, p->name, strlen(p->name));
    sb_adds(out, "\" ContentType=\"");
    docx_escape_attr(out, p->content_type, strlen(p->content_type));
    sb_adds(out, "\"/>");
  }
  sb_adds(out, "</Types>\n");
}

int docx_package_write_parts(const struct docx_parts *parts, const char *path, time_t mtime,
                             char *err, size_t errlen) {
  struct zip_writer *z = zip_write_open(path, mtime, err, errlen);
  if (!z) return -1;
  struct strbuf ct = {0};
  docx_content_types(parts, &ct);
  int rc = zip_write_add(z, "[Content_Types].xml", ct.data, ct.len, err, errlen);
  sb_free(&ct);
  for (size_t i = 0; rc == 0 && i < parts->n; i++) {
    const struct docx_part *p = &parts->part[i];
    rc = p->deflated ? zip_write_add_deflated(z, p->name, p->deflated, err, errlen)
                     : zip_write_add(z, p->name, p->data.data ? p->data.data : "", p->data.len, err,
                                     errlen);
  }
  if (rc == 0) rc = zip_write_close(z, err, errlen);
  else zip_write_abort(z);
  if (rc != 0) unlink(path); /* no partial package left behind */
  return rc;
}

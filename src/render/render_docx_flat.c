/* The Flat OPC form of a DOCX (-f docx-xml): the parts the DOCX renderer made, in one
 * XML document, so that the package can be read, diffed and opened as text. */
#include <string.h>

#include "render.h"
#include "render_docx_parts.h"

#define PKG_NS "http://schemas.microsoft.com/office/2006/xmlPackage"

/* A part's XML without its declaration and the line end after it. */
static void part_body(struct strbuf *out, const struct strbuf *data) {
  const char *s = sb_str(data);
  size_t n = data->len;
  if (strncmp(s, "<?xml", 5) == 0) {
    const char *end = strstr(s, "?>");
    if (end) {
      end += 2;
      while (*end == '\n' || *end == '\r') end++;
      n -= (size_t)(end - s);
      s = end;
    }
  }
  while (n && s[n - 1] == '\n') n--;
  sb_add(out, s, n);
}

void render_docx_flat(const struct docx_parts *parts, struct strbuf *out) {
  sb_adds(out, DOCX_XML_DECL "<?mso-application progid=\"Word.Document\"?>\n"
                             "<pkg:package xmlns:pkg=\"" PKG_NS "\">\n");
  for (size_t i = 0; i < parts->n; i++) {
    const struct docx_part *p = &parts->part[i];
    sb_adds(out, "<pkg:part pkg:name=\"/");
    docx_escape_attr(out, p->name, strlen(p->name));
    sb_adds(out, "\" pkg:contentType=\"");
    docx_escape_attr(out, p->content_type, strlen(p->content_type));
    sb_adds(out, "\"><pkg:xmlData>");
    part_body(out, &p->data);
    sb_adds(out, "</pkg:xmlData></pkg:part>\n");
  }
  sb_adds(out, "</pkg:package>\n");
}

/* The built-in renderers: text, HTML and DOCX (and its Flat OPC form) written straight
 * from the AST, one file per format (render_text.c, render_html.c, render_docx.c), none
 * of which sees the parser. They are the one definition of those outputs; a user's own
 * stylesheet (--stylesheet) runs over the intermediate XML instead (build_xslt.c). */
#ifndef RESC_RENDER_H
#define RESC_RENDER_H

#include <stddef.h>

#include "ast.h"
#include "strbuf.h"

struct document;
struct docx_reference;

struct render_opts {
  enum view view;
  const char *author; /* of tracked changes (DOCX) */
  const char *date;   /* ISO 8601 date of tracked changes (DOCX) */
  int keep_parts;     /* DOCX: every part's bytes in memory (Flat OPC), none deflated */
  const char *css;    /* HTML: the page's CSS (--css), NULL for the built-in one */
  /* DOCX: the styles, page set-up and headers of a Word file (--reference-doc), NULL
   * for the built-in ones */
  const struct docx_reference *reference;
};

/* Each returns 0, or -1 with a message in err. */
int render_text(const struct document *doc, const struct render_opts *o, struct strbuf *out,
                char *err, size_t errlen);
int render_html(const struct document *doc, const struct render_opts *o, struct strbuf *out,
                char *err, size_t errlen);

/* One part of a DOCX package: its name in the zip ("word/document.xml"), its content
 * type, and its bytes (a complete XML document). */
struct zip_deflate;
struct docx_part {
  const char *name, *content_type;
  struct strbuf data;
  /* When set, the part's bytes were deflated as they were made (zip_write.h) and DATA
   * is empty: how the large document.xml is kept small in memory. */
  struct zip_deflate *deflated;
};
struct docx_parts {
  struct docx_part *part;
  size_t n, cap;
};
void docx_parts_free(struct docx_parts *p);

/* What a reference Word file gives the DOCX (resc build --reference-doc): read by
 * docx_reference.c, which needs libzip and libxml2, and used by the renderer as data.
 * Each buffer is empty when the file has none. */
struct docx_reference {
  struct strbuf styles;    /* word/styles.xml, with the built-in styles it lacked */
  struct strbuf page;      /* its last section's page set-up: w:pgSz, w:pgMar, w:cols */
  struct strbuf refs;      /* its w:headerReference and w:footerReference elements */
  int title_pg;            /* its first page has headers of its own */
  struct strbuf rels;      /* document relationships of the parts below */
  struct docx_parts parts; /* headers, footers, their relationships and targets, theme,
                            * fonts */
};
void docx_reference_free(struct docx_reference *ref);

/* The parts of the DOCX, in package order, without [Content_Types].xml (the packager
 * writes it from the parts' content types). */
int render_docx(const struct document *doc, const struct render_opts *o, struct docx_parts *out,
                char *err, size_t errlen);

/* The parts made with keep_parts, as one Flat OPC document (pkg:package), the form Word
 * opens as XML: each part's XML without its declaration inside pkg:xmlData. */
void render_docx_flat(const struct docx_parts *parts, struct strbuf *out);

#endif

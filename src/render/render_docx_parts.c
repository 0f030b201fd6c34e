/* The DOCX parts that do not depend on the document's body (styles, settings,
 * relationships, core properties), and the escaping and number formatting shared with
 * render_docx.c. The styles are stylesheets/styles.xml, embedded in the binary. */
#include "render_docx_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "escape.h"
#include "stylesheets.h"

#define XML_DECL DOCX_XML_DECL
#define W_NS DOCX_W_NS
#define PKG_REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define OFFICE_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define CT_RELS "application/vnd.openxmlformats-package.relationships+xml"

/* An integer, in full. */
size_t docx_number(long long v, char *buf) { return (size_t)sprintf(buf, "%lld", v); }

struct strbuf *docx_part_add(struct docx_parts *out, const char *name, const char *content_type) {
  if (out->n == out->cap) {
    out->cap = out->cap ? 2 * out->cap : 8;
    out->part = xrealloc(out->part, out->cap * sizeof *out->part);
  }
  struct docx_part *p = &out->part[out->n++];
  *p = (struct docx_part){.name = name, .content_type = content_type};
  return &p->data;
}

/* word/settings.xml: footnote numbers restart in each section (each resolution). */
static const char settings_xml[] =
    XML_DECL "<w:settings xmlns:w=\"" W_NS "\">"
             "<w:zoom w:percent=\"100\"/>"
             "<w:revisionView w:markup=\"1\" w:comments=\"1\" w:insDel=\"1\" w:formatting=\"1\" "
             "w:inkAnnotations=\"1\"/>"
             "<w:defaultTabStop w:val=\"794\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
             "<w:footnotePr><w:numRestart w:val=\"eachSect\"/><w:footnote w:id=\"-1\"/>"
             "<w:footnote w:id=\"0\"/></w:footnotePr><w:compat>"
             "<w:compatSetting w:name=\"compatibilityMode\" "
             "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
             "</w:compat><w:themeFontLang w:val=\"en-GB\"/><w:decimalSymbol w:val=\".\"/>"
             "<w:listSeparator w:val=\",\"/></w:settings>\n";

static const char package_rels[] = XML_DECL
    "<Relationships xmlns=\"" PKG_REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" OFFICE_REL "/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships"
    "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>\n";

static const char document_rels[] = XML_DECL
    "<Relationships xmlns=\"" PKG_REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" OFFICE_REL "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" OFFICE_REL "/settings\" Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" OFFICE_REL "/footnotes\" Target=\"footnotes.xml\"/>";
static const char comments_rel[] =
    "<Relationship Id=\"rId4\" Type=\"" OFFICE_REL "/comments\" Target=\"comments.xml\"/>";

static void add_static(struct docx_parts *out, const char *name, const char *ct, const char *s,
                       size_t n) {
  sb_add(docx_part_add(out, name, ct), s, n);
}

void docx_part_package_rels(struct docx_parts *out) {
  add_static(out, "_rels/.rels", CT_RELS, package_rels, sizeof package_rels - 1);
}

void docx_part_document_rels(struct docx_parts *out, int comments, const char *extra) {
  struct strbuf *sb = docx_part_add(out, "word/_rels/document.xml.rels", CT_RELS);
  sb_add(sb, document_rels, sizeof document_rels - 1);
  if (comments) sb_add(sb, comments_rel, sizeof comments_rel - 1);
  if (extra) sb_adds(sb, extra);
  sb_adds(sb, "</Relationships>\n");
}

void docx_part_styles(struct docx_parts *out) { docx_part_styles_from(out, NULL); }

void docx_part_styles_from(struct docx_parts *out, const struct strbuf *styles) {
  const struct embedded_stylesheet *e = embedded_file("styles");
  if (styles && styles->len)
    add_static(out, "word/styles.xml", DOCX_CT_WML "styles+xml", styles->data, styles->len);
  else add_static(out, "word/styles.xml", DOCX_CT_WML "styles+xml", (const char *)e->data, e->len);
}

void docx_part_settings(struct docx_parts *out) {
  add_static(out, "word/settings.xml", DOCX_CT_WML "settings+xml", settings_xml,
             sizeof settings_xml - 1);
}

/* XPath's normalize-space(): XML white space trimmed, runs of it made one space. */
static void normalize_space(struct strbuf *out, const struct strbuf *in) {
  int space = 0;
  for (size_t i = 0; i < in->len; i++) {
    char c = in->data[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = out->len > 0;
      continue;
    }
    if (space) sb_addc(out, ' ');
    space = 0;
    sb_addc(out, c);
  }
}

/* An element holding text, or empty as <name/> the way libxml2 writes an element
 * without children. */
static void text_elem(struct strbuf *sb, const char *open, const char *name, const char *s,
                      size_t n) {
  sb_addc(sb, '<');
  sb_adds(sb, open);
  if (!n) {
    sb_adds(sb, "/>");
    return;
  }
  sb_addc(sb, '>');
  docx_escape_text(sb, s, n);
  sb_adds(sb, "</");
  sb_adds(sb, name);
  sb_addc(sb, '>');
}

void docx_part_core(struct docx_parts *out, const struct strbuf *title,
                    const struct strbuf *subject, const char *author, const char *date) {
  struct strbuf *sb = docx_part_add(out, "docProps/core.xml",
                                    "application/vnd.openxmlformats-package.core-properties+xml");
  sb_adds(sb, XML_DECL
          "<cp:coreProperties"
          " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
          " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          " xmlns:dcterms=\"http://purl.org/dc/terms/\""
          " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
  struct strbuf t = {0};
  normalize_space(&t, title);
  if (!t.len) normalize_space(&t, subject);
  text_elem(sb, "dc:title", "dc:title", sb_str(&t), t.len);
  sb_free(&t);
  text_elem(sb, "dc:creator", "dc:creator", author, strlen(author));
  text_elem(sb, "cp:lastModifiedBy", "cp:lastModifiedBy", author, strlen(author));
  text_elem(sb, "dcterms:created xsi:type=\"dcterms:W3CDTF\"", "dcterms:created", date,
            strlen(date));
  text_elem(sb, "dcterms:modified xsi:type=\"dcterms:W3CDTF\"", "dcterms:modified", date,
            strlen(date));
  sb_adds(sb, "</cp:coreProperties>\n");
}

void docx_reference_free(struct docx_reference *ref) {
  sb_free(&ref->styles);
  sb_free(&ref->page);
  sb_free(&ref->refs);
  sb_free(&ref->rels);
  for (size_t i = 0; i < ref->parts.n; i++) free((char *)ref->parts.part[i].name);
  docx_parts_free(&ref->parts);
}

/* What the DOCX renderer's files share: the escaping and number formatting, and the
 * parts that do not depend on the document's body (render_docx_parts.c). */
#ifndef RESC_RENDER_DOCX_PARTS_H
#define RESC_RENDER_DOCX_PARTS_H

#include <stddef.h>

#include "escape.h"
#include "render.h"
#include "strbuf.h"

#define DOCX_XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define DOCX_W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Text content and attribute values escaped for a UTF-8 XML document (base/escape.h):
 * text escapes < > & and CR; attributes also " and TAB, LF as character references. */
#define docx_escape_text(sb, s, n) escape_add((sb), (s), (n), ESC_XML_TEXT)
#define docx_escape_attr(sb, s, n) escape_add((sb), (s), (n), ESC_XML_ATTR)
/* The text escaping into DST, which has room for DOCX_ESCAPE_MAX * N bytes; returns
 * the length written. */
#define DOCX_ESCAPE_MAX ESCAPE_MAX
#define docx_escape_text_to(dst, s, n) escape_to((dst), (s), (n), ESC_XML_TEXT)

/* An integer in full. Writes into BUF (at least 32 bytes) and returns the length. */
size_t docx_number(long long v, char *buf);

/* The start of word/footnotes.xml: the separators Word expects (ids -1 and 0). */
#define DOCX_FOOTNOTES_START                                                                       \
  DOCX_XML_DECL "<w:footnotes xmlns:w=\"" DOCX_W_NS "\"><w:footnote w:type=\"separator\" "         \
                "w:id=\"-1\"><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "  \
                "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"        \
                "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr>"             \
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"     \
                "</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"

/* Appends a part to OUT and returns its (empty) buffer. */
struct strbuf *docx_part_add(struct docx_parts *out, const char *name, const char *content_type);

/* The parts whose bytes do not depend on the body. */
void docx_part_package_rels(struct docx_parts *out);
/* EXTRA: more Relationship elements (headers, a reference document's parts), or NULL. */
void docx_part_document_rels(struct docx_parts *out, int comments, const char *extra);
/* word/styles.xml: STYLES when not NULL, else the built-in stylesheets/styles.xml. */
void docx_part_styles_from(struct docx_parts *out, const struct strbuf *styles);
void docx_part_styles(struct docx_parts *out);
void docx_part_settings(struct docx_parts *out);
/* docProps/core.xml. Its title is TITLE with white space normalized, or SUBJECT when
 * that leaves nothing (the first resolution's title, else the document's subject). */
void docx_part_core(struct docx_parts *out, const struct strbuf *title,
                    const struct strbuf *subject, const char *author, const char *date);

#define DOCX_CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."
#define DOCX_R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* The built-in page header of a proposal document (render_docx_header.c): from page 2
 * on, "- N -" (a PAGE field) and the document's number, e.g. "WTSA-24/45(Add.3)-E"
 * from "@conference ... (WTSA-24)" and "@document 45(Add.3)-E"; page 1 has none.
 * Returns 0 when the document has no @document. Otherwise adds the header parts to
 * OUT, their relationships to RELS, and sets REFS to the w:headerReference elements
 * of the first section, which also gets w:titlePg. */
int docx_page_header(const struct document *doc, enum view view, struct docx_parts *out,
                     struct strbuf *rels, struct strbuf *refs);

#endif

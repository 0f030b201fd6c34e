/* What the DOCX renderer's two files share: the escaping and number formatting that
 * make its bytes those of libxml2 serializing docx.xsl's output, and the parts that do
 * not depend on the document's body (render_docx_parts.c). */
#ifndef RESC_RENDER_DOCX_PARTS_H
#define RESC_RENDER_DOCX_PARTS_H

#include <stddef.h>

#include "render.h"
#include "strbuf.h"

#define DOCX_XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define DOCX_W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Text content and attribute values escaped as libxml2 2.9 writes them into a UTF-8
 * document: text escapes < > & and CR; attributes also " and TAB, LF as character
 * references. Everything else, UTF-8 included, is copied. */
void docx_escape_text(struct strbuf *sb, const char *s, size_t n);
void docx_escape_attr(struct strbuf *sb, const char *s, size_t n);
/* The text escaping into DST, which has room for DOCX_ESCAPE_MAX * N bytes; returns
 * the length written. */
#define DOCX_ESCAPE_MAX 5
size_t docx_escape_text_to(char *dst, const char *s, size_t n);

/* An integer in full, as docx.xsl writes ids (format-number() where they can pass
 * 2^31: string() would write "2.147490001e+09"). Writes into BUF (at least 32 bytes)
 * and returns the length. */
size_t docx_number(long long v, char *buf);

/* Appends a part to OUT and returns its (empty) buffer. */
struct strbuf *docx_part_add(struct docx_parts *out, const char *name, const char *content_type);

/* The parts whose bytes do not depend on the body. */
void docx_part_package_rels(struct docx_parts *out);
void docx_part_document_rels(struct docx_parts *out, int comments);
void docx_part_styles(struct docx_parts *out);
void docx_part_settings(struct docx_parts *out);
/* docProps/core.xml. Its title is TITLE with white space normalized, or SUBJECT when
 * that leaves nothing (the first resolution's title, else the document's subject). */
void docx_part_core(struct docx_parts *out, const struct strbuf *title,
                    const struct strbuf *subject, const char *author, const char *date);

#define DOCX_CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."

#endif

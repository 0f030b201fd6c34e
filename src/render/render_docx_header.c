/* The page header of a proposal document, as ITU documents carry it from page 2 on:
 * the page number between dashes, then the document's number with its conference
 * (WTSA-24/43(Add.1)-E). Word takes it from header parts that the first section
 * refers to; the later sections (one per proposal or resolution) inherit it. */
#include <string.h>

#include "render_docx_parts.h"
#include "view.h"

static const struct node *field(const struct document *doc, enum view view, const char *name) {
  for (const struct node *c = doc->root->first; c; c = c->next)
    if (c->kind == N_FIELD && view_visible(view, c) && strcmp(c->str, name) == 0) return c;
  return NULL;
}

static int short_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

/* The conference's short name: the first parenthesized upper-case word of
 * "@conference World Telecommunication Standardization Assembly (WTSA-24)". */
static void short_name(const char *s, struct strbuf *out) {
  for (const char *open = strchr(s, '('); open; open = strchr(open + 1, '(')) {
    const char *p = open + 1;
    int letters = 0;
    while (short_name_char(*p)) letters += *p++ >= 'A';
    if (*p == ')' && letters && p > open + 1) {
      sb_add(out, open + 1, (size_t)(p - open - 1));
      return;
    }
  }
}

static const char header_start[] = DOCX_XML_DECL "<w:hdr xmlns:w=\"" DOCX_W_NS "\">";
static const char page_line[] =
    "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">- </w:t>"
    "</w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
    "xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
    "w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar "
    "w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> -</w:t></w:r></w:p>";

int docx_page_header(const struct document *doc, enum view view, struct docx_parts *out,
                     struct strbuf *rels, struct strbuf *refs) {
  const struct node *number = field(doc, view, "document");
  if (!number) return 0;
  struct strbuf text = {0}, conf = {0}, name = {0};
  view_plain_text(doc, view, number, &text);
  const struct node *conference = field(doc, view, "conference");
  if (conference) view_plain_text(doc, view, conference, &conf);
  short_name(sb_str(&conf), &name);
  if (name.len) sb_addc(&name, '/');
  sb_add(&name, sb_str(&text), text.len);

  struct strbuf *h = docx_part_add(out, "word/header1.xml", DOCX_CT_WML "header+xml");
  sb_adds(h, header_start);
  sb_adds(h, page_line);
  sb_adds(h, "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">");
  docx_escape_text(h, sb_str(&name), name.len);
  sb_adds(h, "</w:t></w:r></w:p></w:hdr>\n");
  /* page 1: an empty header of its own */
  struct strbuf *first = docx_part_add(out, "word/header2.xml", DOCX_CT_WML "header+xml");
  sb_adds(first, header_start);
  sb_adds(first, "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>\n");

  sb_adds(rels, "<Relationship Id=\"rIdHeader1\" Type=\"" DOCX_R_NS "/header\" "
                "Target=\"header1.xml\"/><Relationship Id=\"rIdHeader2\" Type=\"" DOCX_R_NS
                "/header\" Target=\"header2.xml\"/>");
  sb_adds(refs, "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>"
                "<w:headerReference w:type=\"first\" r:id=\"rIdHeader2\"/>");
  sb_free(&text);
  sb_free(&conf);
  sb_free(&name);
  return 1;
}

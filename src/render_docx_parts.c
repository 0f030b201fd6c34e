/* The DOCX parts that do not depend on the document's body, as docx.xsl writes them
 * (styles, settings, relationships, core properties), and the escaping and number
 * formatting shared with render_docx.c. The static parts are the stylesheet's output
 * kept verbatim; tests/run-engines.sh compares them with it on every input. */
#include "render_docx_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define XML_DECL DOCX_XML_DECL
#define W_NS DOCX_W_NS
#define PKG_REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define OFFICE_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define CT_RELS "application/vnd.openxmlformats-package.relationships+xml"

/* One table per context, so the scan for characters to escape is one lookup a byte. */
static const char *const text_escapes[256] = {
    ['<'] = "&lt;", ['>'] = "&gt;", ['&'] = "&amp;", ['\r'] = "&#13;"};
static const char *const attr_escapes[256] = {
    ['<'] = "&lt;", ['>'] = "&gt;", ['&'] = "&amp;", ['"'] = "&quot;",
    ['\r'] = "&#13;", ['\n'] = "&#10;", ['\t'] = "&#9;"};

static void escape(struct strbuf *sb, const char *s, size_t n, const char *const *table) {
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    const char *e = table[(unsigned char)s[i]];
    if (!e) continue;
    sb_add(sb, s + start, i - start);
    sb_adds(sb, e);
    start = i + 1;
  }
  sb_add(sb, s + start, n - start);
}

void docx_escape_text(struct strbuf *sb, const char *s, size_t n) {
  escape(sb, s, n, text_escapes);
}

size_t docx_escape_text_to(char *dst, const char *s, size_t n) {
  char *p = dst;
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    const char *e = text_escapes[(unsigned char)s[i]];
    if (!e) continue;
    memcpy(p, s + start, i - start);
    p += i - start;
    size_t k = strlen(e);
    memcpy(p, e, k);
    p += k;
    start = i + 1;
  }
  memcpy(p, s + start, n - start);
  return (size_t)(p - dst) + n - start;
}

void docx_escape_attr(struct strbuf *sb, const char *s, size_t n) {
  escape(sb, s, n, attr_escapes);
}

/* A number as docx.xsl writes it: an integer, in full (the stylesheet formats the ids
 * that can pass 2^31 with format-number(), not string()). */
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

/* word/styles.xml: the ITU 12-pt template styles under their ITU ids (docx.xsl). */
static const char styles_xml[] =
    XML_DECL
    "<w:styles xmlns:w=\"" W_NS "\">"
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
    "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
    "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr>"
    "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
    "</w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
    "<w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"794\"/>"
    "<w:tab w:val=\"left\" w:pos=\"1191\"/><w:tab w:val=\"left\" w:pos=\"1588\"/>"
    "<w:tab w:val=\"left\" w:pos=\"1985\"/></w:tabs>"
    "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
    "<w:jc w:val=\"both\"/></w:pPr><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
    "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
    "<w:unhideWhenUsed/></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
    "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
    "<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
    "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
    "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
    "</w:tblPr></w:style><w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">"
    "<w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
    "<w:unhideWhenUsed/></w:style><w:style w:type=\"paragraph\" w:styleId=\"ResNo\">"
    "<w:name w:val=\"Res_No\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Restitle\"/>"
    "<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:tabs>"
    "<w:tab w:val=\"clear\" w:pos=\"794\"/><w:tab w:val=\"clear\" w:pos=\"1191\"/>"
    "<w:tab w:val=\"clear\" w:pos=\"1588\"/><w:tab w:val=\"clear\" w:pos=\"1985\"/></w:tabs>"
    "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>"
    "<w:b w:val=\"0\"/><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Restitle\"><w:name w:val=\"Res_title\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Resref\"/><w:qFormat/><w:pPr><w:keepNext/>"
    "<w:keepLines/><w:spacing w:before=\"360\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Resref\"><w:name w:val=\"Res_ref\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normalaftertitle\"/><w:qFormat/><w:pPr>"
    "<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val=\"clear\" w:pos=\"794\"/>"
    "<w:tab w:val=\"clear\" w:pos=\"1191\"/><w:tab w:val=\"clear\" w:pos=\"1588\"/>"
    "<w:tab w:val=\"clear\" w:pos=\"1985\"/></w:tabs><w:spacing w:before=\"120\" w:after=\"0\"/>"
    "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Resdate\"><w:name w:val=\"Res_date\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normalaftertitle\"/><w:pPr><w:keepNext/>"
    "<w:keepLines/><w:tabs><w:tab w:val=\"clear\" w:pos=\"794\"/>"
    "<w:tab w:val=\"clear\" w:pos=\"1191\"/><w:tab w:val=\"clear\" w:pos=\"1588\"/>"
    "<w:tab w:val=\"clear\" w:pos=\"1985\"/></w:tabs><w:jc w:val=\"right\"/></w:pPr><w:rPr>"
    "<w:i/><w:iCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Normalaftertitle\">"
    "<w:name w:val=\"Normal_after_title\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"360\"/></w:pPr>"
    "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Call\"><w:name w:val=\"Call\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
    "<w:keepLines/><w:spacing w:before=\"160\"/><w:ind w:left=\"794\"/><w:jc w:val=\"left\"/>"
    "</w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"enumlev1\"><w:name w:val=\"enumlev1\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"80\"/>"
    "<w:ind w:left=\"794\" w:hanging=\"794\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"enumlev2\"><w:name w:val=\"enumlev2\"/>"
    "<w:basedOn w:val=\"enumlev1\"/><w:qFormat/><w:pPr>"
    "<w:ind w:left=\"1191\" w:hanging=\"397\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"enumlev3\"><w:name w:val=\"enumlev3\"/>"
    "<w:basedOn w:val=\"enumlev2\"/><w:qFormat/><w:pPr>"
    "<w:ind w:left=\"1588\" w:hanging=\"397\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"AnnexNo\"><w:name w:val=\"Annex_No\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Annextitle\"/><w:qFormat/><w:pPr>"
    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"480\" w:after=\"80\"/>"
    "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
    "</w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Annextitle\">"
    "<w:name w:val=\"Annex_title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
    "<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"
    "<w:spacing w:before=\"240\" w:after=\"280\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/>"
    "<w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Annexref\"><w:name w:val=\"Annex_ref\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/>"
    "<w:keepLines/><w:spacing w:before=\"120\" w:after=\"280\"/><w:jc w:val=\"center\"/>"
    "</w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Proposal\">"
    "<w:name w:val=\"Proposal\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
    "<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/>"
    "<w:bCs/></w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Reasons\">"
    "<w:name w:val=\"Reasons\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>"
    "<w:spacing w:before=\"120\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Headingb\"><w:name w:val=\"Heading_b\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
    "<w:spacing w:before=\"160\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>"
    "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Headingi\">"
    "<w:name w:val=\"Heading_i\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
    "<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"160\"/><w:jc w:val=\"left\"/>"
    "</w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Source\"><w:name w:val=\"Source\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normalaftertitle\"/><w:qFormat/><w:pPr>"
    "<w:spacing w:before=\"840\" w:after=\"200\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/>"
    "<w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title1\"><w:name w:val=\"Title 1\"/>"
    "<w:basedOn w:val=\"Source\"/><w:next w:val=\"Title2\"/><w:qFormat/><w:pPr><w:tabs>"
    "<w:tab w:val=\"left\" w:pos=\"567\"/><w:tab w:val=\"left\" w:pos=\"1134\"/>"
    "<w:tab w:val=\"left\" w:pos=\"1701\"/><w:tab w:val=\"left\" w:pos=\"2268\"/>"
    "<w:tab w:val=\"left\" w:pos=\"2835\"/></w:tabs><w:spacing w:before=\"240\" w:after=\"0\"/>"
    "</w:pPr><w:rPr><w:b w:val=\"0\"/><w:bCs w:val=\"0\"/><w:caps/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title2\"><w:name w:val=\"Title 2\"/>"
    "<w:basedOn w:val=\"Source\"/><w:next w:val=\"Normal\"/><w:pPr>"
    "<w:spacing w:before=\"240\" w:after=\"0\"/></w:pPr><w:rPr><w:b w:val=\"0\"/>"
    "<w:bCs w:val=\"0\"/><w:caps/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"80\"/></w:pPr><w:rPr>"
    "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/>"
    "<w:basedOn w:val=\"Note\"/><w:uiPriority w:val=\"99\"/><w:qFormat/><w:pPr><w:keepLines/>"
    "<w:tabs><w:tab w:val=\"left\" w:pos=\"255\"/></w:tabs><w:spacing w:before=\"80\"/>"
    "<w:ind w:left=\"255\" w:hanging=\"255\"/></w:pPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\">"
    "<w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
    "<w:uiPriority w:val=\"99\"/><w:rPr><w:position w:val=\"6\"/><w:sz w:val=\"18\"/>"
    "<w:szCs w:val=\"18\"/></w:rPr></w:style><w:style w:type=\"character\" w:styleId=\"href\">"
    "<w:name w:val=\"href\"/><w:basedOn w:val=\"DefaultParagraphFont\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"CommentText\">"
    "<w:name w:val=\"annotation text\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:uiPriority w:val=\"99\"/><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:rPr>"
    "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"CommentReference\">"
    "<w:name w:val=\"annotation reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
    "<w:uiPriority w:val=\"99\"/><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"
    "</w:style></w:styles>\n";

/* word/settings.xml: footnote numbers restart in each section (each resolution). */
static const char settings_xml[] =
    XML_DECL
    "<w:settings xmlns:w=\"" W_NS "\">"
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

static const char package_rels[] =
    XML_DECL
    "<Relationships xmlns=\"" PKG_REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" OFFICE_REL "/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships"
    "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>\n";

static const char document_rels[] =
    XML_DECL
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

void docx_part_document_rels(struct docx_parts *out, int comments) {
  struct strbuf *sb = docx_part_add(out, "word/_rels/document.xml.rels", CT_RELS);
  sb_add(sb, document_rels, sizeof document_rels - 1);
  if (comments) sb_add(sb, comments_rel, sizeof comments_rel - 1);
  sb_adds(sb, "</Relationships>\n");
}

void docx_part_styles(struct docx_parts *out) {
  add_static(out, "word/styles.xml", DOCX_CT_WML "styles+xml", styles_xml, sizeof styles_xml - 1);
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

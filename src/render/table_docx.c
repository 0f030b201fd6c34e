/* Tables in DOCX: the caption in ITU's Table_NoTitle style above a w:tbl as wide as the
 * text, in equal columns, with single borders all round and between the cells; the
 * header row is repeated at the top of each page (w:tblHeader), its cells in
 * Table_head, the others in Table_text; a row inserted or deleted whole carries w:ins or
 * w:del in its w:trPr (after the base properties, as CT_TrPr orders them). Each cell's
 * paragraph is written by the renderer (t->content), with its revisions; when nothing
 * is written (the renderer's counting walk, OUT NULL) the paragraphs are still walked,
 * so their ordinals agree. */
#include "table.h"

#include <stdio.h>
#include <string.h>

#include "strbuf.h"
#include "view.h"

#define TEXT_WIDTH 9638 /* twentieths of a point: A4 less ITU's margins */

static void put(struct strbuf *out, const char *s) {
  if (out) sb_adds(out, s);
}

static const char borders[] =
    "<w:tblBorders>"
    "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    "</w:tblBorders>";

void table_docx(const struct table_out *t, const struct node *table,
                void (*row_change)(void *self, enum change change, struct strbuf *out)) {
  struct strbuf *out = t->out;
  int ncols = 0;
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW) continue;
    int n = 0;
    for (const struct node *c = r->first; c; c = c->next) n++;
    if (n > ncols) ncols = n;
  }
  if (!ncols) ncols = 1;
  char col[96];
  snprintf(col, sizeof col, "%d", TEXT_WIDTH / ncols);
  for (const struct node *k = table->first; k; k = k->next)
    if (k->kind == N_TITLE && view_visible(t->view, k)) t->content(t->self, k, "TableNoTitle", out);
  put(out, "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/>");
  put(out, borders);
  put(out, "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
           "w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" "
           "w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
  for (int j = 0; j < ncols; j++) {
    put(out, "<w:gridCol w:w=\"");
    put(out, col);
    put(out, "\"/>");
  }
  put(out, "</w:tblGrid>");
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW || !view_visible(t->view, r)) continue;
    int head = (r->flags & F_HEAD_ROW) != 0;
    put(out, head ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>" : "<w:tr><w:trPr><w:cantSplit/>");
    /* a row inserted or deleted whole: Word shows it as a row change, not only its text's */
    enum change change = t->change(t->self, r);
    if (change != CH_NONE && out) row_change(t->self, change, out);
    put(out, "</w:trPr>");
    for (const struct node *c = r->first; c; c = c->next) {
      put(out, "<w:tc><w:tcPr><w:tcW w:w=\"");
      put(out, col);
      put(out, "\" w:type=\"dxa\"/></w:tcPr>");
      t->content(t->self, c, head ? "Tablehead" : "Tabletext", out);
      put(out, "</w:tc>");
    }
    put(out, "</w:tr>");
  }
  put(out, "</w:tbl>");
}

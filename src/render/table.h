/* The table writers of the built-in renderers, one file per format (table_text.c,
 * table_html.c, table_docx.c). A table's frame (rows, cells, caption, borders) is
 * written here; its inline content by the renderer that calls, through CONTENT, so a
 * cell's emphasis, references, footnote marks and revisions read as anywhere else. */
#ifndef RESC_TABLE_H
#define RESC_TABLE_H

#include "ast.h"

struct strbuf;

struct table_out {
  enum view view;
  struct strbuf *out;
  /* Writes N's inline content (a caption or a cell) to OUT; in DOCX, a whole paragraph
   * of style STYLE (text and HTML ignore it). */
  void (*content)(void *self, const struct node *n, const char *style, struct strbuf *out);
  /* The revision N's line or row is wrapped in: CH_NONE outside the markup view. */
  enum change (*change)(void *self, const struct node *n);
  void *self;
};

/* The caption "Table 1 – ...", then the rows as "| a | b |" lines with their columns
 * aligned and a "|---|" line under the header row: the form the source has. */
void table_text(const struct table_out *t, const struct node *table);
/* <table class="table">, with <caption>, <thead> of <th> and <tbody>. */
void table_html(const struct table_out *t, const struct node *table);
/* A Table_NoTitle caption paragraph, then a w:tbl with single borders, the header row
 * repeated on each page (w:tblHeader), its cells Table_head, the others Table_text. A
 * row inserted or deleted whole is marked so in its w:trPr, as Word tracks it:
 * ROW_CHANGE writes to OUT the empty w:ins or w:del, with the renderer's next revision
 * id. */
void table_docx(const struct table_out *t, const struct node *table,
                void (*row_change)(void *self, enum change change, struct strbuf *out));

#endif

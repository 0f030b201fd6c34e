/* Tables in the text output: the rows as the source writes them, "| a | b |", padded
 * so that the columns line up (a column is as wide as its widest cell, counted in
 * characters), with the "|---|" line under the header row. A reader sees the table,
 * and the text reads back as the same table. */
#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "view.h"

/* Characters in S: the bytes that do not continue a UTF-8 sequence. */
static size_t chars(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

static void wrap(struct strbuf *out, enum change w, int close) {
  if (w == CH_INS) sb_adds(out, close ? "++}" : "{++");
  else if (w == CH_DEL) sb_adds(out, close ? "--}" : "{--");
}

void table_text(const struct table_out *t, const struct node *table) {
  struct strbuf *out = t->out;
  size_t ncols = 0, nrows = 0;
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW || !view_visible(t->view, r)) continue;
    size_t n = 0;
    for (const struct node *c = r->first; c; c = c->next) n++;
    if (n > ncols) ncols = n;
    nrows++;
  }
  /* the caption, then every cell's text, in the order of the XML (footnote marks are
   * numbered as they are met), to measure the columns before writing */
  struct strbuf caption = {0};
  enum change caption_w = CH_NONE;
  int has_caption = 0;
  for (const struct node *k = table->first; k; k = k->next)
    if (k->kind == N_TITLE && view_visible(t->view, k)) {
      caption_w = t->change(t->self, k);
      sb_adds(&caption, k->str ? k->str : "");
      sb_adds(&caption, " \xE2\x80\x93 ");
      t->content(t->self, k, NULL, &caption);
      has_caption = 1;
    }
  struct strbuf *cell = calloc(nrows * ncols + 1, sizeof *cell);
  size_t *width = calloc(ncols + 1, sizeof *width);
  if (!cell || !width) abort();
  size_t i = 0;
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW || !view_visible(t->view, r)) continue;
    size_t j = 0;
    for (const struct node *c = r->first; c; c = c->next, j++) {
      struct strbuf *b = &cell[i * ncols + j];
      t->content(t->self, c, NULL, b);
      size_t w = chars(sb_str(b), b->len);
      if (w > width[j]) width[j] = w;
    }
    i++;
  }
  if (has_caption) {
    wrap(out, caption_w, 0);
    sb_add(out, sb_str(&caption), caption.len);
    wrap(out, caption_w, 1);
    sb_addc(out, '\n');
  }
  sb_free(&caption);
  i = 0;
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW || !view_visible(t->view, r)) continue;
    enum change w = t->change(t->self, r);
    wrap(out, w, 0);
    for (size_t j = 0; j < ncols; j++) {
      struct strbuf *b = &cell[i * ncols + j];
      sb_adds(out, "| ");
      sb_add(out, sb_str(b), b->len);
      for (size_t pad = chars(sb_str(b), b->len); pad < width[j] + 1; pad++) sb_addc(out, ' ');
    }
    sb_addc(out, '|');
    wrap(out, w, 1);
    sb_addc(out, '\n');
    if (r->flags & F_HEAD_ROW) {
      for (size_t j = 0; j < ncols; j++) {
        sb_addc(out, '|');
        for (size_t d = 0; d < width[j] + 2; d++) sb_addc(out, '-');
      }
      sb_adds(out, "|\n");
    }
    i++;
  }
  for (size_t k = 0; k < nrows * ncols; k++) sb_free(&cell[k]);
  free(cell);
  free(width);
}

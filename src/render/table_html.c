/* Tables in HTML: <table class="table"> with the caption ITU prints above it, the
 * header row in <thead> as <th>, the others in <tbody>. A row under a revision is
 * classed change-ins or change-del, as a paragraph is. */
#include "table.h"

#include <string.h>

#include "escape.h"
#include "strbuf.h"
#include "view.h"

#define LIT(out, s) sb_add((out), (s), sizeof(s) - 1)

static void open_change(struct strbuf *out, enum change w) {
  if (w == CH_INS) LIT(out, "<ins>");
  else if (w == CH_DEL) LIT(out, "<del>");
}

static void close_change(struct strbuf *out, enum change w) {
  if (w == CH_INS) LIT(out, "</ins>");
  else if (w == CH_DEL) LIT(out, "</del>");
}

static void row(const struct table_out *t, const struct node *r) {
  struct strbuf *out = t->out;
  enum change w = t->change(t->self, r);
  int head = (r->flags & F_HEAD_ROW) != 0;
  LIT(out, "<tr");
  if (w == CH_INS) LIT(out, " class=\"change-ins\"");
  else if (w == CH_DEL) LIT(out, " class=\"change-del\"");
  LIT(out, ">");
  for (const struct node *c = r->first; c; c = c->next) {
    if (head) LIT(out, "<th scope=\"col\">");
    else LIT(out, "<td>");
    open_change(out, w);
    t->content(t->self, c, NULL, out);
    close_change(out, w);
    if (head) LIT(out, "</th>");
    else LIT(out, "</td>");
  }
  LIT(out, "</tr>");
}

void table_html(const struct table_out *t, const struct node *table) {
  struct strbuf *out = t->out;
  LIT(out, "<table class=\"table\">");
  for (const struct node *k = table->first; k; k = k->next) {
    if (k->kind != N_TITLE || !view_visible(t->view, k)) continue;
    enum change w = t->change(t->self, k);
    LIT(out, "<caption class=\"TableNoTitle\">");
    open_change(out, w);
    escape_add(out, k->str ? k->str : "", k->str ? strlen(k->str) : 0, ESC_HTML_TEXT);
    LIT(out, " \xE2\x80\x93 ");
    t->content(t->self, k, NULL, out);
    close_change(out, w);
    LIT(out, "</caption>");
  }
  int body = 0;
  for (const struct node *r = table->first; r; r = r->next) {
    if (r->kind != N_ROW || !view_visible(t->view, r)) continue;
    if (r->flags & F_HEAD_ROW) {
      LIT(out, "<thead>");
      row(t, r);
      LIT(out, "</thead>");
      continue;
    }
    if (!body) LIT(out, "<tbody>");
    body = 1;
    row(t, r);
  }
  if (body) LIT(out, "</tbody>");
  LIT(out, "</table>");
}

/* resc synopsis as HTML: the table of synopsis.c as one page whose table scrolls
 * horizontally on a narrow screen. Written directly (escaped here): the page is
 * small and fixed enough not to need a stylesheet. */
#include <string.h>

#include "ast.h"
#include "strbuf.h"
#include "escape.h"
#include "synopsis.h"
#include "view.h"

#define MAX_DEPTH 96

static void esc(struct strbuf *sb, const char *s, size_t n) { escape_add(sb, s, n, ESC_HTML_ATTR); }

static void escs(struct strbuf *sb, const char *s) { esc(sb, s, strlen(s)); }

void syn_html_text(struct strbuf *sb, const char *s) { escs(sb, s); }

/* A label in three pieces (view.h): the deleted and inserted parts marked. */
static void html_label(struct strbuf *sb, const struct view_label *l) {
  if (l->ndel) {
    sb_adds(sb, "<del>");
    esc(sb, l->del, l->ndel);
    sb_adds(sb, "</del>");
  }
  if (l->nins) {
    sb_adds(sb, "<ins>");
    esc(sb, l->ins, l->nins);
    sb_adds(sb, "</ins>");
  }
  esc(sb, l->tail, l->ntail);
}

/* Inline content with its marks as HTML; WHICH = CH_DEL for the old text only. */
static void html_inlines(struct strbuf *sb, const struct document *doc, const struct node *n,
                         enum change which, int depth) {
  if (depth > MAX_DEPTH) return;
  for (const struct node *c = n->first; c; c = c->next) {
    switch (c->kind) {
    case N_TEXT: escs(sb, c->str); break;
    case N_EMPH:
      sb_adds(sb, "<em>");
      html_inlines(sb, doc, c, which, depth + 1);
      sb_adds(sb, "</em>");
      break;
    case N_STRONG:
      sb_adds(sb, "<strong>");
      html_inlines(sb, doc, c, which, depth + 1);
      sb_adds(sb, "</strong>");
      break;
    case N_INS:
      if (which == CH_DEL) break;
      sb_adds(sb, "<ins>");
      html_inlines(sb, doc, c, which, depth + 1);
      sb_adds(sb, "</ins>");
      break;
    case N_DEL:
      if (which == CH_DEL) html_inlines(sb, doc, c, which, depth + 1);
      else {
        sb_adds(sb, "<del>");
        html_inlines(sb, doc, c, which, depth + 1);
        sb_adds(sb, "</del>");
      }
      break;
    case N_BREAK: sb_adds(sb, "<br/>"); break;
    case N_REF: {
      /* what the reference says: the section's phrase in italics and the label */
      struct view_ref vr;
      view_reference(doc, which == CH_DEL ? VIEW_OLD : VIEW_MARKUP, c, &vr);
      if (vr.target) {
        sb_adds(sb, "<i>");
        escs(sb, sb_str(&vr.phrase));
        sb_adds(sb, "</i>");
        if (view_ref_spaced(&vr)) sb_addc(sb, ' ');
        html_label(sb, &vr.label);
      } else {
        escs(sb, c->str);
      }
      view_ref_free(&vr);
      break;
    }
    case N_FNREF:
      sb_adds(sb, "<sup>");
      escs(sb, c->str);
      sb_adds(sb, "</sup>");
      break;
    default: break;
    }
  }
}

/* A cell: the line's text with its label; MARKED shows the proposal's marks, else the
 * old text alone. */
static void html_cell(struct strbuf *sb, const struct syn_prop *p, const struct syn_line *l,
                      int marked) {
  const char *cls = l->n->kind == N_PHRASE ? " class=\"phrase\"" : "";
  sb_printf(sb, "<td%s>", cls);
  syn_html_line(sb, p->doc, l, marked, NULL);
  sb_adds(sb, "</td>");
}

void syn_html_line(struct strbuf *sb, const struct document *doc, const struct syn_line *l,
                   int marked, const char *number_prefix) {
  enum change ch = marked ? ast_effective_change(l->blk) : CH_NONE;
  if (ch) sb_adds(sb, ch == CH_INS ? "<ins>" : "<del>");
  if (l->blk->kind == N_CLAUSE) {
    struct view_label vl;
    view_label(marked ? VIEW_MARKUP : VIEW_OLD, l->blk->as.clause.old_label,
               l->blk->as.clause.new_label, ch, &vl);
    html_label(sb, &vl);
    if (vl.ndel || vl.nins || vl.ntail) sb_addc(sb, ' ');
  }
  if (l->n->kind == N_PHRASE) sb_adds(sb, "<em>");
  if (l->n->kind == N_NUMBER) sb_adds(sb, number_prefix ? number_prefix : syn_number_prefix(l->n));
  if (l->n->kind == N_HISTORY) sb_addc(sb, '(');
  html_inlines(sb, doc, l->n, marked ? CH_NONE : CH_DEL, 0);
  if (l->n->kind == N_PHRASE) sb_adds(sb, "</em>");
  if (l->n->kind == N_HISTORY) sb_addc(sb, ')');
  if (ch) sb_adds(sb, ch == CH_INS ? "</ins>" : "</del>");
}

static const char html_head[] =
    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    "<title>Synopsis</title>\n<style>\n"
    "body{font-family:serif;margin:1em}\n"
    ".scroll{overflow-x:auto}\n"
    "table{border-collapse:collapse;min-width:100%}\n"
    "td,th{border:1px solid #888;padding:.3em;vertical-align:top;min-width:16em}\n"
    "th{background:#eee}\n"
    "ins{color:#06c;text-decoration:underline}\n"
    "del{color:#c00;text-decoration:line-through}\n"
    ".nochange{color:#888;font-style:italic}\n"
    "</style>\n</head>\n<body>\n<div class=\"scroll\">\n<table>\n";

void syn_html_open(struct strbuf *sb) { sb_adds(sb, html_head); }

void syn_html_close(struct strbuf *sb) { sb_adds(sb, "</table>\n</div>\n</body>\n</html>\n"); }

void synopsis_html(const struct synopsis *s, struct strbuf *sb) {
  syn_html_open(sb);
  sb_adds(sb, "<tr><th>Current text</th>");
  for (size_t i = 0; i < s->np; i++) {
    const struct syn_prop *p = &s->prop[i];
    sb_adds(sb, "<th>");
    escs(sb, p->proposal->str ? p->proposal->str : "");
    sb_addc(sb, ' ');
    escs(sb, p->proposal->str2 ? p->proposal->str2 : "");
    if (*p->source) {
      sb_adds(sb, "<br/>");
      escs(sb, p->source);
    }
    sb_adds(sb, "<br/><small>");
    escs(sb, p->file);
    sb_adds(sb, "</small></th>");
  }
  sb_adds(sb, "</tr>\n");
  for (size_t k = 0; k < s->nrows; k++) {
    const struct syn_row *r = &s->row[k];
    if (r->current) {
      sb_adds(sb, "<tr>");
      html_cell(sb, &s->prop[0], r->current, 0);
    } else {
      sb_adds(sb, "<tr class=\"inserted\"><td></td>");
    }
    for (size_t i = 0; i < s->np; i++) {
      const struct syn_cell *c = &r->cell[i];
      if (!c->line) sb_adds(sb, "<td></td>");
      else if (c->changed) html_cell(sb, &s->prop[i], c->line, 1);
      else sb_adds(sb, "<td class=\"nochange\">no change</td>");
    }
    sb_adds(sb, "</tr>\n");
  }
  syn_html_close(sb);
}

/* The built-in HTML renderer: one self-contained page (the CSS inside it) written
 * straight from the AST, in UTF-8. It follows xml_build.c's walk, so footnotes are
 * numbered in the same order as in every other output, and gives each block the class
 * of its ITU style (the DOCX renderer's style ids), which the CSS (stylesheets/resc.css,
 * or the user's --css) sets. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "ast.h"
#include "ast_iter.h"
#include "change_stack.h"
#include "escape.h"
#include "labels.h"
#include "lang/lang.h"
#include "lang/lang_doc.h"
#include "profile.h"
#include "strbuf.h"
#include "strmap.h"
#include "stylesheets.h"
#include "table.h"
#include "view.h"

#define LIT(out, s) sb_add((out), (s), sizeof(s) - 1)

/* N bytes of text, with & < > escaped. */
static void put_text_n(struct strbuf *out, const char *text, size_t n) {
  escape_add(out, text, n, ESC_HTML_TEXT);
}

static void put_text(struct strbuf *out, const char *text) { put_text_n(out, text, strlen(text)); }

/* The inside of a double-quoted attribute value. */
static void put_attr_text(struct strbuf *out, const char *v) {
  escape_add(out, v, strlen(v), ESC_HTML_ATTR);
}

/* ="value" of an attribute. */
static void put_attr(struct strbuf *out, const char *v) {
  LIT(out, "=\"");
  put_attr_text(out, v);
  sb_addc(out, '"');
}

/* ="#id" of a link within the page. */
static void put_href(struct strbuf *out, const char *id) {
  LIT(out, "=\"#");
  put_attr_text(out, id);
  sb_addc(out, '"');
}

static void put_int(struct strbuf *out, long v) {
  char buf[24];
  int n = snprintf(buf, sizeof buf, "%ld", v);
  sb_add(out, buf, (size_t)n);
}

/* How inline content is written. NORMAL is the default; COPY, NEW and OLD are for the
 * number line quoted in an annex heading (footnote marks and comments stay with the
 * number line; NEW and OLD drop the other version). */
enum mode { M_NORMAL, M_COPY, M_NEW, M_OLD };

struct rh {
  const struct document *doc;
  enum view view;
  struct strbuf *out;
  struct view_footnotes fn;
  /* The ids of the clauses and sections shown in this view (the first of each), so
   * that every id of the page is given once. */
  struct strmap *clause_ids, *section_ids;
  int res; /* @n of the resolution being written, 0 outside one */
  const struct node *stop; /* a walk ends before this child of its root (marks that follow
                              a line's suffix) */
};

static int visible(const struct rh *h, const struct node *n) { return view_visible(h->view, n); }

/* Whether a block whose change, or the nearest one above it, is E is in this view (as
 * view_visible, with the change known). */
static int shown(const struct rh *h, unsigned e) {
  return !(h->view == VIEW_NEW && e == CH_DEL) && !(h->view == VIEW_OLD && e == CH_INS);
}

static const char *clause_id(const struct node *c) { return c->str2 ? c->str2 : ""; }

/* The clauses below a section or an annex that this view shows, in document order. */
static void index_clauses(struct rh *h, const struct node *block) {
  /* the change of each clause entered or the nearest one above it, innermost last */
  unsigned char first[32];
  struct change_stack eff;
  change_stack_start(&eff, first, sizeof first, ast_effective_change(block));
  struct ast_iter it;
  enum ast_event ev;
  ast_iter_init(&it, block);
  ast_iter_next(&it); /* the block itself */
  while ((ev = ast_iter_next(&it)) != AST_DONE && it.node != block) {
    const struct node *c = it.node;
    if (c->kind != N_CLAUSE) {
      if (ev == AST_ENTER) ast_iter_skip(&it);
      continue;
    }
    if (ev == AST_EXIT) {
      change_stack_pop(&eff);
      continue;
    }
    unsigned e = c->change ? c->change : change_stack_top(&eff);
    change_stack_push(&eff, e);
    if (!shown(h, e)) {
      ast_iter_skip(&it);
      continue;
    }
    strmap_put(h->clause_ids, clause_id(c), (void *)c);
    /* sub-clauses follow a clause's text: a clause with one child has none */
    if (c->first == c->last) ast_iter_skip(&it);
  }
  change_stack_free(&eff);
}

static void index_resolution(struct rh *h, const struct node *r) {
  if (!visible(h, r)) return;
  for (const struct node *c = r->first; c; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_SECTION) strmap_put(h->section_ids, c->as.section.id, (void *)c);
    if (c->kind == N_SECTION || c->kind == N_ANNEX) index_clauses(h, c);
  }
}

static void index_ids(struct rh *h) {
  h->clause_ids = strmap_new();
  h->section_ids = strmap_new();
  for (const struct node *c = h->doc->root->first; c; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_RESOLUTION) index_resolution(h, c);
    else if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_RESOLUTION) index_resolution(h, k);
  }
}

/* The change of the nearest element with @change, from the paragraph's element up:
 * the blocks' own changes, which exist only in the markup view. */
static enum change wchange(const struct rh *h, const struct node *n) {
  return h->view == VIEW_MARKUP ? ast_effective_change(n) : CH_NONE;
}

static void put_change_class(struct strbuf *out, enum change c) {
  if (c == CH_INS) LIT(out, " change-ins");
  else if (c == CH_DEL) LIT(out, " change-del");
}

/* <p class [id]> [anchor] and, in a wholly changed block, the <ins>/<del> around the
 * whole content. */
static void p_open(struct rh *h, const char *cls, enum change w, const char *id,
                   const char *anchor) {
  struct strbuf *out = h->out;
  LIT(out, "<p class=\"");
  sb_adds(out, cls);
  put_change_class(out, w);
  sb_addc(out, '"');
  if (id && *id) {
    LIT(out, " id");
    put_attr(out, id);
  }
  sb_addc(out, '>');
  if (anchor) {
    LIT(out, "<a id");
    put_attr(out, anchor);
    LIT(out, "></a>");
  }
  if (w == CH_INS) LIT(out, "<ins>");
  else if (w == CH_DEL) LIT(out, "<del>");
}

static void p_close(struct rh *h, enum change w) {
  if (w == CH_INS) LIT(h->out, "</ins>");
  else if (w == CH_DEL) LIT(h->out, "</del>");
  LIT(h->out, "</p>");
}

static void label_pieces(struct strbuf *out, const struct view_label *l) {
  if (l->ndel) {
    LIT(out, "<del>");
    put_text_n(out, l->del, l->ndel);
    LIT(out, "</del>");
  }
  if (l->nins) {
    LIT(out, "<ins>");
    put_text_n(out, l->ins, l->nins);
    LIT(out, "</ins>");
  }
  put_text_n(out, l->tail, l->ntail);
}

/* Whether a clause lies in a preamble section (ancestor::r:section[1]/@kind); a clause
 * of an annex lies in none. */
static int in_preamble(const struct node *c) {
  while (c && c->kind == N_CLAUSE) c = c->parent;
  return c && c->kind == N_SECTION && !(c->flags & F_OPERATIVE);
}


/* A reference links to its clause: the phrase in italics, the label in italics too when
 * the clause shown under that id is a preamble clause. */
static void reference(struct rh *h, const struct node *r) {
  struct strbuf *out = h->out;
  struct view_ref ref;
  view_reference(h->doc, h->view, r, &ref);
  const struct node *shown = ref.href ? strmap_get(h->clause_ids, ref.href) : NULL;
  int italic = shown && in_preamble(shown);
  int rtl = h->doc->lang && h->doc->lang->rtl;
  if (rtl) LIT(out, "<bdi>"); /* its label and digits keep their order in Arabic text */
  LIT(out, "<a class=\"ref\" href");
  put_href(out, ref.href);
  LIT(out, ">");
  /* no empty <i></i>: the only clause of a section has no label, a clause of the annex
   * it is referred from no phrase */
  int has_label = ref.label.ndel || ref.label.nins || ref.label.ntail;
  if (ref.target && ref.phrase.len) {
    LIT(out, "<i>");
    put_text_n(out, sb_str(&ref.phrase), ref.phrase.len);
    LIT(out, "</i>");
  }
  if (!ref.target || view_ref_spaced(&ref)) LIT(out, " ");
  if (italic && has_label) LIT(out, "<i>");
  if (ref.target) label_pieces(out, &ref.label);
  if (italic && has_label) LIT(out, "</i>");
  LIT(out, "</a>");
  if (rtl) LIT(out, "</bdi>");
  view_ref_free(&ref);
}

/* A footnote mark links to its note when it lies in a resolution (whose notes are
 * listed at its end); the first mark of a note is the one the note links back to. */
static void fnref(struct rh *h, const struct node *n) {
  struct strbuf *out = h->out;
  if (view_mark_follows_mark(n)) LIT(out, "<span class=\"FootnoteReference\">, </span>");
  int k, num = view_footnote_mark(&h->fn, h->doc, h->view, n, &k);
  char mark[24];
  view_footnote_label(&h->fn, num, mark, sizeof mark);
  if (h->res && num) {
    LIT(out, "<a class=\"FootnoteReference\" href=\"#r");
    put_int(out, h->res);
    LIT(out, "-fn");
    put_int(out, num);
    LIT(out, "\" id=\"r");
    put_int(out, h->res);
    LIT(out, "-fnref");
    put_int(out, num);
    if (k > 1) {
      sb_addc(out, '-');
      put_int(out, k);
    }
    LIT(out, "\">");
    sb_adds(out, mark);
    LIT(out, "</a>");
  } else {
    LIT(out, "<span class=\"FootnoteReference\">");
    sb_adds(out, mark);
    LIT(out, "</span>");
  }
}

/* Whether an insertion (KIND = CH_INS) or a deletion stands in the text without its
 * element: in its own version, or in the annex heading's mode of that version. */
static int revision_unwrapped(const struct rh *h, enum mode m, enum change kind) {
  return h->view == (kind == CH_INS ? VIEW_NEW : VIEW_OLD) ||
         (h->view == VIEW_MARKUP && m == (kind == CH_INS ? M_NEW : M_OLD));
}

/* Whether it is written as <ins> or <del>: in the markup view, but for the annex
 * heading's mode of the other version, which drops it. */
static int revision_marked(const struct rh *h, enum mode m, enum change kind) {
  return h->view == VIEW_MARKUP && m != (kind == CH_INS ? M_OLD : M_NEW);
}

/* Writes CONTAINER's content when it is plain text only, the most common content,
 * which needs no walk; returns whether it was. */
static int text_only(struct rh *h, const struct node *container) {
  const struct node *c;
  for (c = container->first; c && c->kind == N_TEXT; c = c->next) {}
  if (c) return 0;
  for (c = container->first; c; c = c->next) put_text(h->out, c->str);
  return 1;
}

static void walk(struct rh *h, const struct node *root, enum mode m);

/* A table's caption or cell, for table_html.c: its inline content as any paragraph's. */
static enum change table_change(void *self, const struct node *n) {
  return wchange(self, n->kind == N_CELL ? n->parent : n);
}

static void table_content(void *self, const struct node *n, const char *style, struct strbuf *out) {
  struct rh *h = self;
  struct strbuf *keep = h->out;
  (void)style;
  h->out = out;
  walk(h, n, M_NORMAL);
  h->out = keep;
}

static void table(struct rh *h, const struct node *tb) {
  struct table_out t = {h->view, h->out, table_content, table_change, h};
  table_html(&t, tb);
}

/* The plain string of inline content (the stylesheet's mode "plain", for <title>):
 * the text of this view's XML without deletions, comments and footnote marks. */
static void plain(struct rh *h, const struct node *container, struct strbuf *sb) {
  view_plain_text(h->doc, h->view, container, sb);
}

/* XPath normalize-space(). */
static void normalize_space(const char *s, struct strbuf *out) {
  int pending = 0;
  for (; *s; s++) {
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
      pending = out->len > 0;
      continue;
    }
    if (pending) sb_addc(out, ' ');
    pending = 0;
    sb_addc(out, *s);
  }
}

/* The inline content xml_build writes for a header line: a wholly inserted or deleted
 * line becomes a changed element holding what the revision holds. */
static const struct node *header_content(const struct rh *h, const struct node *line) {
  return view_header_whole_change(h->view, line) != CH_NONE ? line->first : line;
}

/* The number line's word with its space, in the document's language. */
static const char *number_word(const struct rh *h, const struct node *number) {
  return lang_number_prefix(h->doc->lang, number->str,
                            lang_number_bare(h->view == VIEW_OLD, number));
}

static const char *number_suffix(const struct rh *h, const struct node *number) {
  return lang_number_bare(h->view == VIEW_OLD, number)
             ? lang_number_suffix(h->doc->lang, number->str)
             : "";
}

/* <title>: the number line and title of the first resolution as this view's XML has
 * them, else the subject, else "resc". */
static void page_title(struct rh *h) {
  const struct node *res = NULL;
  for (const struct node *c = h->doc->root->first; c && !res; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_RESOLUTION) res = c;
    else if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k && !res; k = k->next)
        if (k->kind == N_RESOLUTION && visible(h, k)) res = k;
  }
  const struct node *number = NULL, *title = NULL;
  for (const struct node *c = res ? res->first : NULL; c; c = c->next) {
    if (!visible(h, c) || ast_header_empty_in(c, h->view)) continue;
    if (c->kind == N_NUMBER && !number) number = c;
    else if (c->kind == N_TITLE && !title) title = c;
  }
  struct strbuf t = {0}, s = {0};
  if (number) {
    sb_adds(&t, number_word(h, number));
    plain(h, header_content(h, number), &t);
    sb_adds(&t, number_suffix(h, number));
  }
  if (number && title) sb_adds(&t, " \xE2\x80\x93 ");
  if (title) plain(h, header_content(h, title), &t);
  normalize_space(sb_str(&t), &s);
  if (!s.len) {
    int subject = 0;
    sb_clear(&t);
    for (const struct node *c = h->doc->root->first; c; c = c->next)
      if (c->kind == N_FIELD && visible(h, c) && strcmp(c->str, "subject") == 0) {
        subject = 1;
        plain(h, c, &t);
      }
    normalize_space(sb_str(&t), &s);
    if (!subject) sb_adds(&s, "resc");
  }
  put_text_n(h->out, sb_str(&s), s.len);
  sb_free(&t);
  sb_free(&s);
}

/* The class of a paragraph of inline content: a section's phrase, an annex's title, a
 * paragraph among clauses (Normal, or a NOTE or a figure caption). */
static const char *para_class(const struct node *p) {
  if (p->kind == N_PHRASE) return "Call";
  if (p->kind == N_TITLE)
    return p->parent->flags & F_RULES      ? "Sectiontitle"
           : p->parent->flags & F_APPENDIX ? "Appendixtitle"
                                           : "Annextitle";
  return p->flags & F_NOTE     ? "Note"
         : p->flags & F_FIGURE ? "FigureNoTitle"
                               : "Normal";
}

/* A clause's paragraph up to its text: the class of its level, its id, its own anchor,
 * its label. EFFECTIVE is the clause's change or the nearest one above it; returns the
 * paragraph's change. */
static enum change clause_open(struct rh *h, const struct node *c, enum change effective) {
  int level = labels_print_level(c);
  const char *cls = level == 1   ? "Normal"
                    : level == 2 ? "enumlev1"
                    : level == 3 ? "enumlev2"
                                 : "enumlev3";
  /* An explicit {#id} gets its own anchor unless a clause or section already has it as
   * its id. */
  const char *anchor = c->as.clause.anchor;
  if (anchor && (strmap_get(h->clause_ids, anchor) || strmap_get(h->section_ids, anchor)))
    anchor = NULL;
  enum change w = h->view == VIEW_MARKUP ? effective : CH_NONE;
  p_open(h, cls, w, c->str2 ? c->str2 : "", anchor);
  if (view_clause_has_label(h->view, c)) {
    struct view_label l;
    view_label(h->view, c->as.clause.old_label, c->as.clause.new_label, effective, &l);
    int italic = level == 1 && c->parent->kind == N_SECTION && !(c->parent->flags & F_OPERATIVE);
    int rtl = h->doc->lang && h->doc->lang->rtl;
    if (italic) LIT(h->out, "<i class=\"label\"");
    else LIT(h->out, "<span class=\"label\"");
    if (rtl) LIT(h->out, " dir=\"ltr\""); /* a) is not (a in a right-to-left line */
    LIT(h->out, ">");
    label_pieces(h->out, &l);
    if (italic) LIT(h->out, "</i>");
    else LIT(h->out, "</span>");
  }
  return w;
}

enum { NO_PARA = -1 };

/* What is below ROOT, in one loop over the tree's ENTER/EXIT events: the body of a
 * section or an annex (phrase or title, clauses with their sub-clauses, paragraphs, each
 * a paragraph of the page), or inline content, as what xml_build makes of it in this
 * view, then what the stylesheet's template in mode M makes of that. A clause's
 * paragraph closes before the first block inside it, or at its end. */
static void walk(struct rh *h, const struct node *root, enum mode m) {
  struct strbuf *out = h->out;
  int clause = 0; /* a clause's paragraph is open, with change clause_w */
  enum change clause_w = CH_NONE;
  int para_w = NO_PARA; /* the change of the phrase, title or paragraph open */
  /* the change of each clause entered or the nearest one above it, innermost last */
  unsigned char first[32];
  struct change_stack eff;
  int blocks = root->kind == N_SECTION || root->kind == N_ANNEX;
  change_stack_start(&eff, first, sizeof first, blocks ? ast_effective_change(root) : CH_NONE);
  struct ast_iter it;
  enum ast_event ev;
  ast_iter_init(&it, root);
  ast_iter_next(&it); /* root's own events are the caller's */
  while ((ev = ast_iter_next(&it)) != AST_DONE) {
    const struct node *n = it.node;
    if (n == h->stop) break;
    if (ev == AST_EXIT) {
      if (n == root) break;
      switch (n->kind) {
      case N_EMPH: LIT(out, "</i>"); break;
      case N_STRONG: LIT(out, "</b>"); break;
      case N_INS:
      case N_DEL: {
        enum change kind = n->kind == N_INS ? CH_INS : CH_DEL;
        if (!revision_unwrapped(h, m, kind) && revision_marked(h, m, kind))
          sb_adds(out, kind == CH_INS ? "</ins>" : "</del>");
        break;
      }
      case N_COMMENT:
        if (h->view == VIEW_MARKUP && m == M_NORMAL) LIT(out, "</span>");
        break;
      case N_CLAUSE:
        change_stack_pop(&eff);
        if (clause) p_close(h, clause_w), clause = 0;
        break;
      case N_PARA:
      case N_PHRASE:
      case N_TITLE:
        if (para_w != NO_PARA) p_close(h, (enum change)para_w);
        para_w = NO_PARA;
        break;
      default: break;
      }
      continue;
    }
    switch (n->kind) {
    case N_TEXT: put_text(out, n->str); break;
    case N_EMPH: LIT(out, "<i>"); break;
    case N_STRONG: LIT(out, "<b>"); break;
    case N_INS:
    case N_DEL: {
      enum change kind = n->kind == N_INS ? CH_INS : CH_DEL;
      if (revision_unwrapped(h, m, kind)) break;
      if (revision_marked(h, m, kind)) sb_adds(out, kind == CH_INS ? "<ins>" : "<del>");
      else ast_iter_skip(&it);
      break;
    }
    case N_COMMENT:
      if (h->view == VIEW_MARKUP && m == M_NORMAL)
        LIT(out, "<span class=\"comment\" role=\"note\"><span class=\"comment-label\">"
                 "Comment: </span>");
      else ast_iter_skip(&it);
      break;
    case N_BREAK: LIT(out, "<br>"); break;
    case N_REF:
      reference(h, n);
      ast_iter_skip(&it);
      break;
    case N_FNREF:
      if (m == M_NORMAL) fnref(h, n);
      ast_iter_skip(&it);
      break;
    case N_CLAUSE:
    case N_PARA:
      if (clause) p_close(h, clause_w), clause = 0;
      /* fall through */
    case N_TITLE:
    case N_PHRASE: {
      unsigned e = n->change ? n->change : change_stack_top(&eff);
      if (n->kind == N_CLAUSE) change_stack_push(&eff, e);
      /* a section's phrase is written whatever the view */
      if (n->kind != N_PHRASE && !shown(h, e)) {
        ast_iter_skip(&it);
        break;
      }
      if (n->kind == N_CLAUSE) {
        clause_w = clause_open(h, n, (enum change)e), clause = 1;
        /* a clause that is one paragraph of plain text needs no walk */
        const struct node *t = n->first;
        if (t && t == n->last && t->kind == N_CLAUSE_TEXT && text_only(h, t)) ast_iter_skip(&it);
        break;
      }
      para_w = h->view == VIEW_MARKUP ? (int)e : CH_NONE;
      p_open(h, para_class(n), (enum change)para_w, NULL, NULL);
      if (n->kind == N_PARA && n->str && (n->flags & (F_NOTE | F_FIGURE))) {
        put_text(out, n->str);
        LIT(out, " \xE2\x80\x93 ");
      }
      if (text_only(h, n)) ast_iter_skip(&it);
      break;
    }
    case N_CLAUSE_TEXT:
      if (text_only(h, n)) ast_iter_skip(&it);
      break;
    case N_TABLE: {
      if (clause) p_close(h, clause_w), clause = 0;
      unsigned e = n->change ? n->change : change_stack_top(&eff);
      if (shown(h, e)) table(h, n);
      ast_iter_skip(&it);
      break;
    }
    default: ast_iter_skip(&it); break;
    }
  }
  change_stack_free(&eff);
}

static void section(struct rh *h, const struct node *s) {
  if (!visible(h, s)) return;
  struct strbuf *out = h->out;
  /* The id goes on the wrapper unless a clause has it (ids stay unique). */
  LIT(out, "<div");
  if (!strmap_get(h->clause_ids, s->as.section.id)) {
    LIT(out, " id");
    put_attr(out, s->as.section.id);
  }
  if (s->flags & F_OPERATIVE) LIT(out, " class=\"section operative");
  else LIT(out, " class=\"section preamble");
  put_change_class(out, h->view == VIEW_MARKUP ? (enum change)s->change : CH_NONE);
  LIT(out, "\">");
  walk(h, s, M_NORMAL);
  LIT(out, "</div>");
}

static void annex(struct rh *h, const struct node *a, int n, int count, const struct node *number) {
  struct strbuf *out = h->out;
  int rules = (a->flags & F_RULES) != 0, appendix = (a->flags & F_APPENDIX) != 0;
  LIT(out, "<section id=\"resolution-");
  put_int(out, h->res);
  if (rules || appendix) { /* a SECTION of rules or an appendix, by its id */
    sb_addc(out, '-');
    put_text(out, a->str2 ? a->str2 : "");
    LIT(out, "\" class=\"");
    sb_adds(out, rules ? "rules-section" : "appendix");
  } else {
    LIT(out, "-annex-");
    put_int(out, n);
    LIT(out, "\" class=\"annex");
  }
  put_change_class(out, h->view == VIEW_MARKUP ? (enum change)a->change : CH_NONE);
  LIT(out, "\">");
  enum change w = wchange(h, a);
  p_open(h, rules ? "SectionNo" : appendix ? "AppendixNo" : "AnnexNo", w, NULL, NULL);
  const struct lang *l = h->doc->lang;
  int english = !l || strcmp(l->code, "en") == 0;
  if (rules || appendix) {
    sb_adds(out, rules ? "SECTION " : "Appendix ");
    put_text(out, a->str ? a->str : "");
  } else {
    sb_adds(out, lang_text(l, LW_ANNEX, "ANNEX"));
  }
  if (count > 1 && !rules && !appendix) {
    sb_addc(out, ' ');
    put_int(out, n);
  }
  if (appendix && number) {
    p_close(h, w);
    p_open(h, "Appendixref", w, NULL, NULL);
    LIT(out, "(");
  } else if (number && !rules) {
    LIT(out, " (");
  }
  if (number && !rules) {
    if (!english) { /* (RÉSOLUTION 99 (Rév. Dubaï, 2012)) */
      sb_adds(out, number_word(h, number));
    } else {
      LIT(out, "to ");
      sb_adds(out, profile_kind_title(number->str));
      sb_addc(out, ' ');
    }
    /* in a wholly inserted (deleted) annex, the number as in the new (old) text */
    walk(h, header_content(h, number), w == CH_INS ? M_NEW : w == CH_DEL ? M_OLD : M_COPY);
    sb_adds(out, number_suffix(h, number));
    sb_addc(out, ')');
  }
  p_close(h, w);
  walk(h, a, M_NORMAL);
  LIT(out, "</section>");
}

/* The notes of the current resolution, in the order their first marks were met; a
 * note's text may mark further notes, which extends the list while it is written. */
static void footnotes(struct rh *h, const struct node *res) {
  if (!h->fn.n) return;
  struct strbuf *out = h->out;
  LIT(out, "<section class=\"footnotes\" role=\"doc-endnotes\">");
  for (size_t i = 0; i < h->fn.n; i++) {
    const struct node *def = h->fn.list[i];
    enum change w = h->view != VIEW_MARKUP ? CH_NONE
                    : def->change          ? (enum change)def->change
                                           : ast_effective_change(res);
    char id[48];
    snprintf(id, sizeof id, "r%d-fn%zu", h->res, i + 1);
    p_open(h, "FootnoteText", w, id, NULL);
    LIT(out, "<a class=\"label FootnoteBack\" href=\"#r");
    put_int(out, h->res);
    LIT(out, "-fnref");
    put_int(out, (long)i + 1);
    LIT(out, "\" aria-label=\"back to the text\">");
    char mark[24];
    view_footnote_label(&h->fn, (int)i + 1, mark, sizeof mark);
    sb_adds(out, mark);
    LIT(out, "</a>");
    walk(h, def, M_NORMAL);
    p_close(h, w);
  }
  LIT(out, "</section>");
}

static void block_open(struct rh *h, const char *tag, const char *id_prefix, long id_n,
                       const char *cls, const struct node *n) {
  struct strbuf *out = h->out;
  sb_addc(out, '<');
  sb_adds(out, tag);
  LIT(out, " id=\"");
  sb_adds(out, id_prefix);
  put_int(out, id_n);
  LIT(out, "\" class=\"");
  sb_adds(out, cls);
  put_change_class(out, h->view == VIEW_MARKUP ? (enum change)n->change : CH_NONE);
  LIT(out, "\">");
}

/* A header line (number, title, history, assembly): a wholly inserted or deleted line
 * is a changed paragraph. */
static void header_line(struct rh *h, const struct node *line, const char *cls, const char *prefix,
                        const char *suffix) {
  enum change whole = view_header_whole_change(h->view, line);
  enum change w = whole != CH_NONE ? whole : wchange(h, line);
  p_open(h, cls, w, NULL, NULL);
  sb_adds(h->out, prefix);
  const struct node *content = whole != CH_NONE ? line->first : line;
  const struct node *marks = *suffix ? view_trailing_marks(content) : NULL;
  h->stop = marks;
  walk(h, content, M_NORMAL);
  h->stop = NULL;
  sb_adds(h->out, suffix);
  for (const struct node *k = marks; k; k = k->next) fnref(h, k);
  p_close(h, w);
}

static void resolution(struct rh *h, const struct node *r, int n) {
  if (!visible(h, r)) return;
  struct strbuf *out = h->out;
  h->res = n;
  view_footnotes_begin(&h->fn);
  block_open(h, "article", "resolution-", n, "resolution", r);
  /* The header lines are written in source order, as xml_build numbers the footnotes
   * they mark, and printed in the stylesheet's order. */
  struct strbuf lines[4] = {{0}};
  const struct node *number = NULL;
  int count = 0, k = 0;
  for (const struct node *c = r->first; c; c = c->next) {
    count += c->kind == N_ANNEX && !(c->flags & (F_RULES | F_APPENDIX)) && visible(h, c);
    if (!visible(h, c) || ast_header_empty_in(c, h->view)) continue;
    switch (c->kind) {
    case N_NUMBER: {
      h->out = &lines[0];
      header_line(h, c, "ResNo", number_word(h, c), number_suffix(h, c));
      number = c;
      break;
    }
    case N_TITLE: h->out = &lines[1], header_line(h, c, "Restitle", "", ""); break;
    case N_HISTORY:
      if (!(c->flags & F_AT_END)) h->out = &lines[2], header_line(h, c, "Resref", "(", ")");
      break;
    case N_ASSEMBLY: h->out = &lines[3], header_line(h, c, "Normalaftertitle", "", ""); break;
    default: break;
    }
    h->out = out;
  }
  for (int i = 0; i < 4; i++) {
    sb_add(out, sb_str(&lines[i]), lines[i].len);
    sb_free(&lines[i]);
  }
  for (const struct node *c = r->first; c; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_SECTION) section(h, c);
    else if (c->kind == N_HISTORY && (c->flags & F_AT_END) && !ast_header_empty_in(c, h->view))
      header_line(h, c, "Resref", "", "");
    else if (c->kind == N_ANNEX)
      annex(h, c, c->flags & (F_RULES | F_APPENDIX) ? k : ++k, count, number);
  }
  footnotes(h, r);
  LIT(out, "</article>");
  h->res = 0;
}

static void proposal(struct rh *h, const struct node *p, int n, int *resno) {
  struct strbuf *out = h->out;
  block_open(h, "div", "proposal-", n, "proposal", p);
  enum change w = wchange(h, p);
  p_open(h, "Proposal", w, NULL, NULL);
  if (p->str && *p->str) {
    LIT(out, "<span class=\"label\">");
    put_text(out, p->str);
    LIT(out, "</span>");
  }
  if (p->str2) put_text(out, p->str2);
  p_close(h, w);
  for (const struct node *k = p->first; k; k = k->next)
    if (k->kind == N_RESOLUTION) resolution(h, k, ++*resno);
  for (const struct node *k = p->first; k; k = k->next) {
    if (k->kind != N_REASONS || !visible(h, k)) continue;
    enum change rw = wchange(h, k);
    p_open(h, "Reasons", rw, NULL, NULL);
    LIT(out, "<span class=\"label\">");
    put_text_n(out, lang_text(h->doc->lang, LW_REASONS, "Reasons:"),
               strlen(lang_text(h->doc->lang, LW_REASONS, "Reasons:")));
    LIT(out, "</span>");
    walk(h, k, M_NORMAL);
    p_close(h, rw);
  }
  LIT(out, "</div>");
}

static int field_is(const struct node *f, const char *name) { return strcmp(f->str, name) == 0; }

static int docref_field(const struct node *f) {
  return field_is(f, "committee") || field_is(f, "document") || field_is(f, "date") ||
         field_is(f, "original");
}

/* The document header and the abstract. Their fields and paragraphs are written in
 * source order (footnote numbering follows it), then grouped as the stylesheet
 * prints them. */
static void doc_header(struct rh *h) {
  struct strbuf *out = h->out;
  size_t n = 0, i = 0;
  for (const struct node *c = h->doc->root->first; c; c = c->next)
    n += (c->kind == N_FIELD || c->kind == N_ABSTRACT) && visible(h, c);
  if (!n) return;
  const struct node **node = xcalloc(n, sizeof *node);
  struct strbuf *buf = xcalloc(n, sizeof *buf);
  int fields = 0, table = 0;
  for (const struct node *c = h->doc->root->first; c; c = c->next) {
    if ((c->kind != N_FIELD && c->kind != N_ABSTRACT) || !visible(h, c)) continue;
    node[i] = c;
    h->out = &buf[i++];
    if (c->kind == N_FIELD) {
      fields = 1;
      table |= field_is(c, "conference") || docref_field(c);
      walk(h, c, M_NORMAL);
      continue;
    }
    LIT(h->out, "<section class=\"abstract\"><p class=\"Headingb\">");
    sb_adds(h->out, lang_text(h->doc->lang, LW_ABSTRACT, "Abstract:"));
    LIT(h->out, "</p>");
    for (const struct node *p = c->first; p; p = p->next) {
      if (!visible(h, p)) continue;
      LIT(h->out, "<p class=\"Normal\">");
      walk(h, p, M_NORMAL);
      LIT(h->out, "</p>");
    }
    LIT(h->out, "</section>");
  }
  h->out = out;
  if (fields) {
    LIT(out, "<header class=\"docheader\">");
    if (table) {
      LIT(out, "<div class=\"docheader-table\"><div class=\"conference\">");
      for (i = 0; i < n; i++)
        if (node[i]->kind == N_FIELD && field_is(node[i], "conference")) {
          LIT(out, "<p class=\"Headingb\">");
          sb_add(out, sb_str(&buf[i]), buf[i].len);
          LIT(out, "</p>");
        }
      LIT(out, "</div><div class=\"docref\">");
      for (i = 0; i < n; i++)
        if (node[i]->kind == N_FIELD && docref_field(node[i])) {
          LIT(out, "<p class=\"docref-");
          sb_adds(out, node[i]->str);
          LIT(out, "\">");
          if (field_is(node[i], "document")) LIT(out, "Document ");
          else if (field_is(node[i], "original")) LIT(out, "Original: ");
          sb_add(out, sb_str(&buf[i]), buf[i].len);
          LIT(out, "</p>");
        }
      LIT(out, "</div></div>");
    }
    for (i = 0; i < n; i++)
      if (node[i]->kind == N_FIELD && field_is(node[i], "source")) {
        LIT(out, "<p class=\"Source\">");
        sb_add(out, sb_str(&buf[i]), buf[i].len);
        LIT(out, "</p>");
      }
    for (i = 0; i < n; i++)
      if (node[i]->kind == N_FIELD && field_is(node[i], "subject")) {
        LIT(out, "<p class=\"Title1\">");
        sb_add(out, sb_str(&buf[i]), buf[i].len);
        LIT(out, "</p>");
      }
    LIT(out, "</header>");
  }
  for (i = 0; i < n; i++)
    if (node[i]->kind == N_ABSTRACT) sb_add(out, sb_str(&buf[i]), buf[i].len);
  for (i = 0; i < n; i++) sb_free(&buf[i]);
  free(buf);
  free(node);
}

/* The page's CSS: the user's (--css) or the built-in stylesheets/resc.css. It is
 * written raw into <style>, so it must not close that element. */
static const char *page_css(const struct render_opts *o, char *err, size_t errlen) {
  const struct embedded_stylesheet *e = embedded_file("css");
  const char *css = o->css ? o->css : e ? (const char *)e->data : "";
  for (const char *p = strchr(css, '<'); p; p = strchr(p + 1, '<'))
    if (strncasecmp(p, "</style", 7) == 0) {
      snprintf(err, errlen, "the CSS contains '</style', which would end the page's style");
      return NULL;
    }
  return css;
}

int render_html(const struct document *doc, const struct render_opts *o, struct strbuf *out,
                char *err, size_t errlen) {
  const char *css = page_css(o, err, errlen);
  if (!css) return -1;
  struct rh h = {.doc = doc, .view = o->view, .out = out};
  index_ids(&h);

  /* The language, and for Arabic the direction: labels and references, Latin runs,
   * stay left to right inside (see clause and reference). */
  LIT(out, "<!DOCTYPE html>\n<html lang=\"");
  sb_adds(out, doc->lang ? doc->lang->code : "en");
  if (doc->lang && doc->lang->rtl) LIT(out, "\" dir=\"rtl");
  LIT(out, "\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"generator\" content=\"resc\"><title>");
  page_title(&h);
  LIT(out, "</title><style>");
  sb_adds(out, css);
  LIT(out, "</style></head><body class=\"view-");
  sb_adds(out, o->view == VIEW_MARKUP ? "markup" : o->view == VIEW_OLD ? "old" : "new");
  LIT(out, "\"><main class=\"page\">");
  doc_header(&h);
  int resno = 0, proposals = 0;
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (!visible(&h, c)) continue;
    if (c->kind == N_PROPOSAL) proposal(&h, c, ++proposals, &resno);
    else if (c->kind == N_RESOLUTION) resolution(&h, c, ++resno);
  }
  LIT(out, "</main></body></html>\n");

  view_footnotes_free(&h.fn);
  strmap_free(h.clause_ids);
  strmap_free(h.section_ids);
  return 0;
}

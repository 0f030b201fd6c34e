/* The built-in text renderer (see render.h): plain text written straight from the AST,
 * block by block in the order of the intermediate XML (xml_build.c), so footnotes are
 * numbered as in every other output. Blocks and inline content are each walked in one
 * loop over the tree's ENTER/EXIT events (ast_iter.h), so nesting costs no stack. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_iter.h"
#include "change_stack.h"
#include "arena.h"
#include "lang/lang.h"
#include "lang/lang_doc.h"
#include "profile.h"
#include "strbuf.h"
#include "table.h"
#include "view.h"

/* How inline content is written: inline content is printed as it is (DEFAULT), or, for the
 * number line quoted in an annex heading, without its footnote marks and comments
 * (COPY), or as it reads in the new (NEW) or old (OLD) text. */
enum mode { M_DEFAULT, M_COPY, M_NEW, M_OLD };

struct rt {
  const struct document *doc;
  enum view view;
  struct strbuf *out;
  struct view_footnotes fn;
  const struct node *stop; /* a walk ends before this child of its root (marks that follow
                              a line's suffix) */
};

/* The change of the nearest element carrying @change: the XML marks a block with its
 * own change only, and only in the markup view, so the wrap a line gets is that of the
 * element or of its nearest marked ancestor in the XML (which is not always the AST
 * parent: a footnote's is its resolution). */
static enum change own(const struct rt *r, const struct node *n, enum change parent) {
  return r->view == VIEW_MARKUP && n->change ? (enum change)n->change : parent;
}

static void open_wrap(struct rt *r, enum change w) {
  if (w == CH_INS) sb_add(r->out, "{++", 3);
  else if (w == CH_DEL) sb_add(r->out, "{--", 3);
}

static void close_wrap(struct rt *r, enum change w) {
  if (w == CH_INS) sb_add(r->out, "++}", 3);
  else if (w == CH_DEL) sb_add(r->out, "--}", 3);
}

static void end_line(struct rt *r, enum change w) {
  close_wrap(r, w);
  sb_addc(r->out, '\n');
}

/* Footnote number NUM's mark in superscript digits (a star mark as it is). */
static void superscript(struct rt *r, int num) {
  static const char *const digit[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                      "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  char buf[24];
  view_footnote_label(&r->fn, num, buf, sizeof buf);
  int len = (int)strlen(buf);
  for (int i = 0; i < len; i++) {
    if (buf[i] >= '0' && buf[i] <= '9') sb_adds(r->out, digit[buf[i] - '0']);
    else sb_addc(r->out, buf[i]);
  }
}

/* A footnote mark, parted from a mark just before it by a comma. */
static void footnote_mark(struct rt *r, const struct node *n) {
  int k;
  if (view_mark_follows_mark(n)) sb_adds(r->out, ", ");
  superscript(r, view_footnote_mark(&r->fn, r->doc, r->view, n, &k));
}

static void label(struct rt *r, const struct view_label *l) {
  if (l->ndel) {
    open_wrap(r, CH_DEL);
    sb_add(r->out, l->del, l->ndel);
    close_wrap(r, CH_DEL);
  }
  if (l->nins) {
    open_wrap(r, CH_INS);
    sb_add(r->out, l->ins, l->nins);
    close_wrap(r, CH_INS);
  }
  sb_add(r->out, l->tail, l->ntail);
}

/* A reference prints its phrase, a space and its label in every mode, an unknown
 * target leaving only the space. */
static void reference(struct rt *r, const struct node *n) {
  struct view_ref ref;
  view_reference(r->doc, r->view, n, &ref);
  if (ref.target) sb_add(r->out, sb_str(&ref.phrase), ref.phrase.len);
  if (!ref.target || view_ref_spaced(&ref)) sb_addc(r->out, ' ');
  if (ref.target) label(r, &ref.label);
  view_ref_free(&ref);
}

/* Whether an insertion (KIND = CH_INS) or deletion is written with its marks: in the
 * markup view it is an element printed with them, which the annex heading's modes unwrap
 * in the version it belongs to and drop in the other; outside the markup view it is no
 * element at all, its content standing in place in its own version. */
static int revision_marked(const struct rt *r, enum mode m, enum change kind) {
  return r->view == VIEW_MARKUP && m != (kind == CH_INS ? M_NEW : M_OLD);
}

/* Whether the content of an insertion or deletion is absent: in the other version, or
 * in the mode that drops it. */
static int revision_dropped(const struct rt *r, enum mode m, enum change kind) {
  if (r->view == VIEW_MARKUP) return m == (kind == CH_INS ? M_OLD : M_NEW);
  return r->view != (kind == CH_INS ? VIEW_NEW : VIEW_OLD);
}

/* A block the view leaves out, on the stack of wraps. */
enum { SKIPPED = 0xff };

/* Writes CONTAINER's content when it is plain text only, the most common content,
 * which needs no walk; returns whether it was. */
static int text_only(struct rt *r, const struct node *container) {
  const struct node *c;
  for (c = container->first; c && c->kind == N_TEXT; c = c->next) {}
  if (c) return 0;
  for (c = container->first; c; c = c->next) sb_adds(r->out, c->str);
  return 1;
}

/* A clause's line up to its text: the label and a tab. */
static void clause_head(struct rt *r, const struct node *c, enum change w) {
  open_wrap(r, w);
  if (view_clause_has_label(r->view, c)) {
    struct view_label l;
    view_label(r->view, c->as.clause.old_label, c->as.clause.new_label, ast_effective_change(c),
               &l);
    label(r, &l);
    sb_addc(r->out, '\t');
  }
}

static void table(struct rt *r, const struct node *tb, enum change parent);

/* What is below ROOT, in one loop over the tree's ENTER/EXIT events: the body of a
 * section or an annex (phrase or title, clauses with their sub-clauses, paragraphs,
 * each a line), or inline content. W is the wrap of ROOT, which a line break closes
 * and reopens; a clause's line ends before the first block inside it, or at its end.
 * Footnote marks are numbered only in DEFAULT mode, where the XML builder meets them;
 * the other modes drop them. */
static void walk(struct rt *r, const struct node *root, enum mode m, enum change w) {
  if (text_only(r, root)) return;
  /* the wraps of the blocks entered, innermost last: a block's is its own change or
   * the wrap of the block around it */
  unsigned char first[32];
  struct change_stack st;
  change_stack_start(&st, first, sizeof first, w);
  int line_open = 0; /* a clause's line waits for its end, with wrap line_w */
  enum change line_w = CH_NONE;
  struct ast_iter it;
  enum ast_event ev;
  ast_iter_init(&it, root);
  ast_iter_next(&it); /* root's own events are the caller's */
  while ((ev = ast_iter_next(&it)) != AST_DONE) {
    const struct node *n = it.node;
    if (n == r->stop) break;
    if (ev == AST_EXIT) {
      if (n == root) break;
      switch (n->kind) {
      case N_INS:
      case N_DEL: {
        enum change kind = n->kind == N_INS ? CH_INS : CH_DEL;
        if (revision_marked(r, m, kind) && !revision_dropped(r, m, kind)) close_wrap(r, kind);
        break;
      }
      case N_COMMENT:
        if (r->view == VIEW_MARKUP && m == M_DEFAULT) sb_add(r->out, "<<}", 3);
        break;
      case N_CLAUSE:
        change_stack_pop(&st);
        if (line_open) end_line(r, line_w), line_open = 0;
        break;
      case N_PARA:
      case N_PHRASE:
      case N_TITLE: {
        unsigned cw = change_stack_pop(&st);
        if (cw != SKIPPED) end_line(r, (enum change)cw);
        break;
      }
      case N_CLAUSE_TEXT: change_stack_pop(&st); break;
      default: break;
      }
      continue;
    }
    switch (n->kind) {
    case N_TEXT: sb_adds(r->out, n->str); break;
    case N_EMPH:
    case N_STRONG: break; /* their content as it is */
    case N_INS:
    case N_DEL: {
      enum change kind = n->kind == N_INS ? CH_INS : CH_DEL;
      if (revision_dropped(r, m, kind)) ast_iter_skip(&it);
      else if (revision_marked(r, m, kind)) open_wrap(r, kind);
      break;
    }
    case N_COMMENT:
      if (r->view != VIEW_MARKUP || m != M_DEFAULT) ast_iter_skip(&it);
      else sb_add(r->out, "{>>", 3);
      break;
    case N_BREAK:
      close_wrap(r, (enum change)change_stack_top(&st));
      sb_addc(r->out, '\n');
      open_wrap(r, (enum change)change_stack_top(&st));
      break;
    case N_REF:
      reference(r, n);
      ast_iter_skip(&it);
      break;
    case N_FNREF:
      if (m == M_DEFAULT) footnote_mark(r, n);
      ast_iter_skip(&it);
      break;
    case N_CLAUSE:
    case N_PARA:
      if (line_open) end_line(r, line_w), line_open = 0;
      /* fall through */
    case N_TITLE: /* a section's phrase is printed whatever the view */
      if (!view_visible(r->view, n)) {
        change_stack_push(&st, SKIPPED);
        ast_iter_skip(&it);
        break;
      }
      /* fall through */
    case N_PHRASE:
    case N_CLAUSE_TEXT: {
      enum change cw = own(r, n, (enum change)change_stack_top(&st));
      change_stack_push(&st, cw);
      if (n->kind == N_CLAUSE) {
        clause_head(r, n, cw);
        line_open = 1, line_w = cw;
        /* a clause that is one line of plain text needs no walk either */
        const struct node *t = n->first;
        if (t && t == n->last && t->kind == N_CLAUSE_TEXT && text_only(r, t)) ast_iter_skip(&it);
      } else if (n->kind != N_CLAUSE_TEXT) {
        open_wrap(r, cw);
        /* a NOTE or a figure caption is printed with its label and an en dash, as
         * ITU prints them */
        if (n->kind == N_PARA && n->str && (n->flags & (F_NOTE | F_FIGURE)))
          sb_printf(r->out, "%s \xE2\x80\x93 ", n->str);
      }
      if (n->kind != N_CLAUSE && text_only(r, n)) ast_iter_skip(&it);
      break;
    }
    case N_TABLE:
      if (line_open) end_line(r, line_w), line_open = 0;
      if (view_visible(r->view, n)) table(r, n, (enum change)change_stack_top(&st));
      ast_iter_skip(&it);
      break;
    default: ast_iter_skip(&it); break;
    }
  }
  change_stack_free(&st);
}

/* A line of inline content: the stylesheet's "line" template with the wrap W. */
static void content_line(struct rt *r, const char *prefix, const struct node *container,
                         const char *suffix, enum change w) {
  open_wrap(r, w);
  sb_adds(r->out, prefix);
  const struct node *marks = *suffix ? view_trailing_marks(container) : NULL;
  r->stop = marks;
  walk(r, container, M_DEFAULT, w);
  r->stop = NULL;
  sb_adds(r->out, suffix);
  for (const struct node *k = marks; k; k = k->next) footnote_mark(r, k);
  end_line(r, w);
}

static void section(struct rt *r, const struct node *s, enum change parent) {
  if (view_visible(r->view, s)) walk(r, s, M_DEFAULT, own(r, s, parent));
}

/* A table's caption or cell, for table_text.c: its inline content as any line's, in
 * the wrap of the table's line it stands on. */
struct rt_table {
  struct rt *r;
  enum change w; /* the table's wrap */
};

static enum change table_change(void *self, const struct node *n) {
  struct rt_table *t = self;
  enum change w = own(t->r, n, t->w);
  return n->kind == N_CELL ? own(t->r, n->parent, t->w) : w;
}

static void table_content(void *self, const struct node *n, const char *style, struct strbuf *out) {
  struct rt_table *t = self;
  struct strbuf *keep = t->r->out;
  (void)style;
  t->r->out = out;
  walk(t->r, n, M_DEFAULT, table_change(self, n));
  t->r->out = keep;
}

static void table(struct rt *r, const struct node *tb, enum change parent) {
  struct rt_table self = {r, own(r, tb, parent)};
  struct table_out t = {r->view, r->out, table_content, table_change, &self};
  table_text(&t, tb);
}

/* The number line as the XML holds it: a header line wholly inserted or deleted is an
 * element marked with that change whose content is that of the insertion or deletion. */
struct header {
  const struct node *node, *content;
  enum change w;
};

static struct header header_of(const struct rt *r, const struct node *n, enum change parent) {
  enum change whole = view_header_whole_change(r->view, n);
  struct header h = {n, n, own(r, n, parent)};
  if (whole != CH_NONE) h.content = n->first, h.w = whole;
  return h;
}

/* An annex heading quotes the resolution's number line; inside a wholly inserted
 * (deleted) annex it reads as in the new (old) text, so that marks never nest. A line
 * break in it still closes and reopens the number line's own wrap, not the annex's. */
static void annex(struct rt *r, const struct node *a, enum change parent, int n, int count,
                  const struct header *number) {
  enum change w = own(r, a, parent);
  open_wrap(r, w);
  const struct lang *l = r->doc->lang;
  /* A SECTION of rules prints its number alone; an appendix its number, then the
   * resolution it belongs to on a line of its own; an annex both on one line. */
  int part = (a->flags & (F_RULES | F_APPENDIX)) != 0;
  if (a->flags & F_RULES) sb_printf(r->out, "SECTION %s", a->str);
  else if (a->flags & F_APPENDIX) sb_printf(r->out, "Appendix %s", a->str);
  else sb_adds(r->out, lang_text(l, LW_ANNEX, "ANNEX"));
  if (count > 1 && !part) sb_printf(r->out, " %d", n);
  if (part) end_line(r, w);
  if (number && !(a->flags & F_RULES)) {
    const char *kind = number->node->str ? number->node->str : "";
    int bare = lang_number_bare(r->view == VIEW_OLD, number->node);
    if (part) open_wrap(r, w);
    else sb_addc(r->out, ' ');
    if (l && strcmp(l->code, "en") != 0) /* (RÉSOLUTION 99 (Rév. Dubaï, 2012)) */
      sb_printf(r->out, "(%s", lang_number_prefix(l, kind, bare));
    else sb_printf(r->out, "(to %s ", profile_kind_title(kind));
    walk(r, number->content, w == CH_INS ? M_NEW : w == CH_DEL ? M_OLD : M_COPY, number->w);
    if (bare) sb_adds(r->out, lang_number_suffix(l, kind));
    sb_addc(r->out, ')');
    end_line(r, w);
  } else if (!part) {
    end_line(r, w);
  }
  walk(r, a, M_DEFAULT, w);
}

static void header_line(struct rt *r, const char *prefix, const struct node *n, const char *suffix,
                        enum change parent) {
  struct header h = header_of(r, n, parent);
  content_line(r, prefix, h.content, suffix, h.w);
}

/* Header lines in ITU order, then sections and annexes in the order the tree builder
 * keeps them (view_in_pass), which is also the order in which the XML builder numbers
 * footnote marks; then the footnotes this numbering met,
 * which may extend the list with marks of their own. */
static void resolution(struct rt *r, const struct node *res, enum change parent) {
  if (!view_visible(r->view, res)) return;
  enum change w = own(r, res, parent);
  view_footnotes_begin(&r->fn);
  int count = 0, k = 0;
  struct header number;
  const struct header *has_number = NULL;
  for (const struct node *c = res->first; c; c = c->next) {
    if (!view_visible(r->view, c)) continue;
    if (c->kind == N_ANNEX && !(c->flags & (F_RULES | F_APPENDIX))) count++;
    if (c->kind == N_NUMBER && !has_number && !ast_header_empty_in(c, r->view)) {
      number = header_of(r, c, w);
      has_number = &number;
    }
  }
  for (int pass = 0; pass < VIEW_ORDER_PASSES; pass++)
    for (const struct node *c = res->first; c; c = c->next) {
      if (!view_visible(r->view, c) || ast_header_empty_in(c, r->view)) continue;
      if (!view_in_print_pass(c, pass)) continue;
      switch (c->kind) {
      case N_NUMBER: {
        const char *kind = c->str ? c->str : "";
        int bare = lang_number_bare(r->view == VIEW_OLD, c);
        header_line(r, lang_number_prefix(r->doc->lang, kind, bare), c,
                    bare ? lang_number_suffix(r->doc->lang, kind) : "", w);
        break;
      }
      case N_TITLE:
      case N_ASSEMBLY: header_line(r, "", c, "", w); break;
      case N_HISTORY:
        if (c->flags & F_AT_END) header_line(r, "", c, "", w);
        else header_line(r, "(", c, ")", w);
        break;
      case N_SECTION: section(r, c, w); break;
      case N_ANNEX:
        annex(r, c, w, c->flags & (F_RULES | F_APPENDIX) ? k : ++k, count, has_number);
        break;
      default: break;
      }
    }
  for (size_t i = 0; i < r->fn.n; i++) {
    const struct node *def = r->fn.list[i];
    enum change fw = own(r, def, w);
    open_wrap(r, fw);
    superscript(r, (int)i + 1);
    sb_addc(r->out, '\t');
    walk(r, def, M_DEFAULT, fw);
    end_line(r, fw);
  }
}

static void proposal(struct rt *r, const struct node *p) {
  enum change w = own(r, p, CH_NONE);
  open_wrap(r, w);
  sb_adds(r->out, p->str ? p->str : "");
  sb_addc(r->out, '\t');
  sb_adds(r->out, p->str2 ? p->str2 : "");
  end_line(r, w);
  char reasons[64];
  snprintf(reasons, sizeof reasons, "%s\t", lang_text(r->doc->lang, LW_REASONS, "Reasons:"));
  for (const struct node *k = p->first; k; k = k->next) {
    if (k->kind == N_RESOLUTION) resolution(r, k, w);
    else if (k->kind == N_REASONS && view_visible(r->view, k))
      content_line(r, reasons, k, "", own(r, k, w));
  }
}

/* The document header prints every field before the abstract, while the XML builder
 * numbers footnote marks in file order, where the two may alternate: the abstract's
 * lines are collected aside and appended after the fields. An abstract carries no
 * change of its own in the XML, so its paragraphs are wrapped by their own only. */
int render_text(const struct document *doc, const struct render_opts *o, struct strbuf *out,
                char *err, size_t errlen) {
  (void)err, (void)errlen;
  struct strbuf abstract = {0};
  struct rt r = {.doc = doc, .view = o->view, .out = out};
  /* A blank line comes before every proposal or resolution but a first one with no
   * header above it. */
  int blank = 0, has_abstract = 0;
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (!view_visible(r.view, c)) continue;
    if (c->kind == N_FIELD) {
      const char *name = c->str ? c->str : "";
      content_line(&r,
                   strcmp(name, "document") == 0 ? lang_prefix(doc->lang, LW_DOCUMENT, "Document ")
                   : strcmp(name, "original") == 0
                       ? lang_prefix(doc->lang, LW_ORIGINAL, "Original: ")
                       : "",
                   c, "", own(&r, c, CH_NONE));
      blank = 1;
    } else if (c->kind == N_ABSTRACT) {
      r.out = &abstract;
      for (const struct node *p = c->first; p; p = p->next)
        if (view_visible(r.view, p)) content_line(&r, "", p, "", own(&r, p, CH_NONE));
      r.out = out;
      blank = has_abstract = 1;
    }
  }
  if (has_abstract) {
    sb_printf(out, "%s\n", lang_text(doc->lang, LW_ABSTRACT, "Abstract:"));
    sb_add(out, sb_str(&abstract), abstract.len);
  }
  sb_free(&abstract);
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (c->kind != N_PROPOSAL && c->kind != N_RESOLUTION) continue;
    if (!view_visible(r.view, c)) continue;
    if (blank) sb_addc(out, '\n');
    blank = 1;
    if (c->kind == N_PROPOSAL) proposal(&r, c);
    else resolution(&r, c, CH_NONE);
  }
  view_footnotes_free(&r.fn);
  return 0;
}

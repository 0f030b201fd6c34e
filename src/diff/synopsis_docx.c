/* resc synopsis as DOCX: the table of synopsis.c as a Word table on landscape A4, the
 * header row repeated on every page, each proposal's marks as real tracked changes
 * signed with that proposal's source, so that a secretariat can accept or reject one
 * region's text in its column.
 *
 * The package around the table (styles, settings, relationships, properties) is the
 * DOCX renderer's (render_docx_parts.h): the synopsis uses the same ITU styles as every
 * other resc DOCX without a second copy of them. Only word/document.xml is built here,
 * as a libxml2 tree, and the parts are zipped by build_write_docx(). */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "arena.h"
#include "ast.h"
#include "build.h"
#include "docx_walk.h"
#include "render.h"
#include "render_docx_parts.h"
#include "strbuf.h"
#include "synopsis.h"
#include "view.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Landscape A4 with the ITU margins (itu-conventions.md §1.4); the table fills the
 * width between the margins. */
#define PAGE_W 16838
#define PAGE_H 11906
#define MARGIN 1134
#define TEXT_W (PAGE_W - 2 * MARGIN)

struct wml {
  xmlNsPtr w;
  const char *date;
  const char *author;         /* of the column being written */
  const struct document *doc; /* of the column being written, for references */
  long next_id;               /* revision ids: unique in the document */
};

/* Run properties in force. */
struct rprops {
  int i, b;
  const char *rstyle;
};

enum run_kind { RUN_TEXT, RUN_TAB, RUN_BREAK };

static xmlNodePtr el(struct wml *x, xmlNodePtr parent, const char *name) {
  return xmlNewChild(parent, x->w, BAD_CAST name, NULL);
}

static void set(struct wml *x, xmlNodePtr n, const char *name, const char *value) {
  xmlNewNsProp(n, x->w, BAD_CAST name, BAD_CAST value);
}

static void set_int(struct wml *x, xmlNodePtr n, const char *name, long value) {
  char buf[24];
  snprintf(buf, sizeof buf, "%ld", value);
  set(x, n, name, buf);
}

static xmlNodePtr el_val(struct wml *x, xmlNodePtr parent, const char *name, const char *value) {
  xmlNodePtr n = el(x, parent, name);
  set(x, n, "val", value);
  return n;
}

/* Where a run goes: into a new w:ins or w:del under P when CH is a change, else P. */
static xmlNodePtr revision(struct wml *x, xmlNodePtr p, enum change ch) {
  if (ch == CH_NONE) return p;
  xmlNodePtr r = el(x, p, ch == CH_INS ? "ins" : "del");
  set_int(x, r, "id", x->next_id++);
  set(x, r, "author", x->author);
  set(x, r, "date", x->date);
  return r;
}

/* One run of text (N bytes of TEXT), a tab or a line break, tracked as CH. Deleted
 * text goes in w:delText, as Word requires. */
static void run(struct wml *x, xmlNodePtr p, enum change ch, const struct rprops *rp,
                enum run_kind kind, const char *text, size_t n) {
  if (kind == RUN_TEXT && n == 0) return;
  xmlNodePtr r = el(x, revision(x, p, ch), "r");
  if (rp && (rp->rstyle || rp->i || rp->b)) {
    xmlNodePtr pr = el(x, r, "rPr");
    if (rp->rstyle) el_val(x, pr, "rStyle", rp->rstyle);
    if (rp->b) {
      el(x, pr, "b");
      el(x, pr, "bCs");
    }
    if (rp->i) {
      el(x, pr, "i");
      el(x, pr, "iCs");
    }
  }
  if (kind == RUN_TAB) {
    el(x, r, "tab");
  } else if (kind == RUN_BREAK) {
    el(x, r, "br");
  } else {
    xmlChar *s = xmlStrndup(BAD_CAST text, (int)n);
    xmlNodePtr t = xmlNewTextChild(r, x->w, BAD_CAST(ch == CH_DEL ? "delText" : "t"), s);
    xmlFree(s);
    xmlNodeSetSpacePreserve(t, 1);
  }
}

static void text_run(struct wml *x, xmlNodePtr p, enum change ch, const struct rprops *rp,
                     const char *s) {
  run(x, p, ch, rp, RUN_TEXT, s, strlen(s));
}

/* A label in its three pieces (view.h): the deleted and the inserted part tracked,
 * or all of it under REV inside a change. */
static void label_runs(struct wml *x, xmlNodePtr p, const struct view_label *l, enum change rev,
                       const struct rprops *rp) {
  run(x, p, rev ? rev : CH_DEL, rp, RUN_TEXT, l->del, l->ndel);
  run(x, p, rev ? rev : CH_INS, rp, RUN_TEXT, l->ins, l->nins);
  run(x, p, rev, rp, RUN_TEXT, l->tail, l->ntail);
}

static int in_preamble(const struct node *clause) {
  const struct node *s = clause ? clause->parent : NULL;
  while (s && s->kind == N_CLAUSE) s = s->parent;
  return s && s->kind == N_SECTION && !(s->flags & F_OPERATIVE);
}

/* The view a piece of text is read in: the old or new text inside a change or a
 * wholly changed block, the markup elsewhere. */
static enum view view_of(enum change rev, enum change keep) {
  enum change c = rev ? rev : keep;
  return c == CH_INS ? VIEW_NEW : c == CH_DEL ? VIEW_OLD : VIEW_MARKUP;
}

/* A reference as the regular DOCX prints it: the section's phrase in italics, then
 * the label (italic when it is a preamble letter), its relettering tracked. */
static void reference(struct wml *x, xmlNodePtr p, const struct node *ref, enum change rev,
                      enum change keep, struct rprops rp) {
  struct view_ref vr;
  view_reference(x->doc, view_of(rev, keep), ref, &vr);
  if (!vr.target) {
    text_run(x, p, rev, &rp, ref->str);
  } else {
    struct rprops ip = rp;
    ip.i = 1;
    run(x, p, rev, &ip, RUN_TEXT, vr.phrase.data, vr.phrase.len);
    if (view_ref_spaced(&vr)) text_run(x, p, rev, &rp, " ");
    struct rprops lp = rp;
    lp.i = in_preamble(vr.target);
    label_runs(x, p, &vr.label, rev, &lp);
  }
  view_ref_free(&vr);
}

/* Whether inline node N sets its content's properties (and pushes the ones it found):
 * emphasis, and the marks of the text KEEP shows. */
static int pushes(const struct node *n, enum change keep) {
  if (n->kind == N_EMPH || n->kind == N_STRONG) return 1;
  if (n->kind != N_INS && n->kind != N_DEL) return 0;
  return keep == CH_NONE || keep == (n->kind == N_INS ? CH_INS : CH_DEL);
}

/* Inline content, in one loop over the ENTER/EXIT iterator (no recursion, so nesting
 * costs no stack). REV is the revision in force (a wholly changed block's, or a
 * mark's); KEEP says which text is shown: CH_NONE every mark, CH_DEL the old text only
 * (the current text, a wholly deleted block), CH_INS the new text only. Emphasis and
 * marks push the italic, bold and revision they found, and restore them at their end. */
static void inlines(struct wml *x, xmlNodePtr p, const struct node *n, enum change rev,
                    enum change keep, struct rprops rp) {
  struct ast_iter it;
  struct docx_walk_stack st;
  enum ast_event ev;
  docx_walk_start(&it, &st, n, 0);
  while ((ev = docx_walk_next(&it)) != AST_DONE) {
    const struct node *c = it.node;
    if (ev == AST_EXIT) {
      if (pushes(c, keep)) {
        unsigned v = change_stack_pop(&st.s);
        rp.i = v & 1;
        rp.b = v >> 1 & 1;
        rev = (enum change)(v >> 2);
      }
      continue;
    }
    unsigned now = (unsigned)(rp.i != 0) | (unsigned)(rp.b != 0) << 1 | (unsigned)rev << 2;
    switch (c->kind) {
    case N_TEXT: text_run(x, p, rev, &rp, c->str); break;
    case N_EMPH:
    case N_STRONG:
      change_stack_push(&st.s, now);
      if (c->kind == N_EMPH) rp.i = 1;
      else rp.b = 1;
      continue;
    case N_INS:
    case N_DEL: {
      enum change mark = c->kind == N_INS ? CH_INS : CH_DEL;
      if (!pushes(c, keep)) break; /* the other text's mark: left out */
      change_stack_push(&st.s, now);
      if (keep == CH_NONE) rev = mark;
      continue;
    }
    case N_BREAK: run(x, p, rev, &rp, RUN_BREAK, NULL, 0); break;
    case N_REF: reference(x, p, c, rev, keep, rp); break;
    case N_FNREF: {
      struct rprops sub = rp;
      sub.rstyle = "FootnoteReference";
      text_run(x, p, rev, &sub, c->str);
      break;
    }
    default: break;
    }
    ast_iter_skip(&it);
  }
  change_stack_free(&st.s);
}

static const char *line_style(const struct syn_line *l) {
  switch (l->n->kind) {
  case N_NUMBER: return "ResNo";
  case N_TITLE: return l->n->parent && l->n->parent->kind == N_ANNEX ? "Annextitle" : "Restitle";
  case N_HISTORY: return "Resref";
  case N_ASSEMBLY: return "Normalaftertitle";
  case N_PHRASE: return "Call";
  case N_CLAUSE_TEXT: {
    int level = l->blk->as.clause.level;
    return level <= 1 ? NULL : level == 2 ? "enumlev1" : level == 3 ? "enumlev2" : "enumlev3";
  }
  default: return NULL;
  }
}

/* A paragraph of a cell in STYLE (Normal when NULL). Two properties of the styles are
 * meant for a page, not for a narrow cell, and are overridden: the spacing before (up
 * to 18 pt for a title) is evened out, and justified text is set ragged right (a
 * justified line of three words is mostly gaps). Centred lines stay centred. */
static xmlNodePtr para(struct wml *x, xmlNodePtr tc, const char *style) {
  static const char *const centred[] = {"ResNo", "Restitle", "Resref", "Annextitle"};
  xmlNodePtr p = el(x, tc, "p");
  xmlNodePtr pr = el(x, p, "pPr");
  if (style) el_val(x, pr, "pStyle", style);
  xmlNodePtr sp = el(x, pr, "spacing");
  set(x, sp, "before", "60");
  set(x, sp, "after", "60");
  int left = 1;
  for (size_t i = 0; style && i < sizeof centred / sizeof *centred; i++)
    if (strcmp(style, centred[i]) == 0) left = 0;
  if (left) el_val(x, pr, "jc", "left");
  return p;
}

/* A line in its ITU paragraph style: the label, a tab and the text, as in the regular
 * DOCX. MARKED shows the proposal's marks as tracked changes; otherwise the old text
 * alone (the current text). */
static void line_para(struct wml *x, xmlNodePtr tc, const struct syn_line *l, int marked) {
  const struct node *n = l->n;
  xmlNodePtr p = para(x, tc, line_style(l));
  enum change whole = CH_NONE;
  if (marked) {
    whole = ast_effective_change(l->blk);
    if (!whole) whole = view_header_whole_change(VIEW_MARKUP, n);
  }
  enum change keep = marked ? whole : CH_DEL;
  if (l->blk->kind == N_CLAUSE) {
    const struct node *c = l->blk;
    const char *ol = c->as.clause.old_label, *nl = c->as.clause.new_label;
    struct view_label vl;
    view_label(marked ? VIEW_MARKUP : VIEW_OLD, ol, nl, whole, &vl);
    struct rprops lp = {.i = c->as.clause.level == 1 && in_preamble(c)};
    label_runs(x, p, &vl, whole, &lp);
    /* the tab goes with the label: inserted when only the new text has one (a
     * section's single clause gets a sibling), deleted in the opposite case */
    int had = ol && *ol, has = nl && *nl;
    int shown = keep == CH_DEL ? had : keep == CH_INS ? has : had || has;
    enum change tab = whole ? whole : had && !has ? CH_DEL : has && !had ? CH_INS : CH_NONE;
    if (!marked) tab = CH_NONE;
    if (shown) run(x, p, tab, NULL, RUN_TAB, NULL, 0);
  }
  if (n->kind == N_NUMBER) text_run(x, p, whole, NULL, syn_number_prefix(n));
  if (n->kind == N_HISTORY) text_run(x, p, whole, NULL, "(");
  struct rprops rp = {.rstyle = n->kind == N_NUMBER ? "href" : NULL};
  inlines(x, p, n, whole, keep, rp);
  if (n->kind == N_HISTORY) text_run(x, p, whole, NULL, ")");
}

static xmlNodePtr cell(struct wml *x, xmlNodePtr tr, long width, int header) {
  xmlNodePtr tc = el(x, tr, "tc");
  xmlNodePtr pr = el(x, tc, "tcPr");
  xmlNodePtr w = el(x, pr, "tcW");
  set_int(x, w, "w", width);
  set(x, w, "type", "dxa");
  if (header) {
    xmlNodePtr shd = el_val(x, pr, "shd", "clear");
    set(x, shd, "color", "auto");
    set(x, shd, "fill", "EEEEEE");
  }
  return tc;
}

/* A row; the header row is repeated on every page and never split. Other rows may
 * split: a long clause in a narrow column would otherwise leave half a page blank. */
static xmlNodePtr row(struct wml *x, xmlNodePtr tbl, int header) {
  xmlNodePtr tr = el(x, tbl, "tr");
  if (header) {
    xmlNodePtr pr = el(x, tr, "trPr");
    el(x, pr, "cantSplit");
    el(x, pr, "tblHeader");
  }
  return tr;
}

/* The header row, repeated on every page: "Current text", then each proposal's
 * action and identifier, its source and its file. */
static void header_row(struct wml *x, xmlNodePtr tbl, const struct synopsis *s, const long *width) {
  xmlNodePtr tr = row(x, tbl, 1);
  text_run(x, para(x, cell(x, tr, width[0], 1), "Headingb"), CH_NONE, NULL, "Current text");
  for (size_t i = 0; i < s->np; i++) {
    const struct syn_prop *pr = &s->prop[i];
    xmlNodePtr tc = cell(x, tr, width[i + 1], 1);
    struct strbuf sb = {0};
    sb_printf(&sb, "%s %s", pr->proposal->str ? pr->proposal->str : "",
              pr->proposal->str2 ? pr->proposal->str2 : "");
    text_run(x, para(x, tc, "Headingb"), CH_NONE, NULL, sb_str(&sb));
    sb_free(&sb);
    if (*pr->source) text_run(x, para(x, tc, "Headingb"), CH_NONE, NULL, pr->source);
    text_run(x, para(x, tc, "Note"), CH_NONE, NULL, pr->file);
  }
}

static void body_row(struct wml *x, xmlNodePtr tbl, const struct synopsis *s,
                     const struct syn_row *r, const long *width) {
  static const struct rprops nochange = {.i = 1};
  xmlNodePtr tr = row(x, tbl, 0);
  xmlNodePtr tc = cell(x, tr, width[0], 0);
  if (r->current) {
    x->doc = s->prop[0].doc;
    line_para(x, tc, r->current, 0);
  } else {
    el(x, tc, "p");
  }
  for (size_t i = 0; i < s->np; i++) {
    const struct syn_cell *c = &r->cell[i];
    tc = cell(x, tr, width[i + 1], 0);
    x->author = syn_author(&s->prop[i]);
    x->doc = s->prop[i].doc;
    if (!c->line) el(x, tc, "p");
    else if (c->changed) line_para(x, tc, c->line, 1);
    else text_run(x, para(x, tc, NULL), CH_NONE, &nochange, "no change");
  }
}

static void borders(struct wml *x, xmlNodePtr tblpr) {
  static const char *const sides[] = {"top", "left", "bottom", "right", "insideH", "insideV"};
  xmlNodePtr b = el(x, tblpr, "tblBorders");
  for (size_t i = 0; i < sizeof sides / sizeof *sides; i++) {
    xmlNodePtr e = el_val(x, b, sides[i], "single");
    set(x, e, "sz", "4");
    set(x, e, "space", "0");
    set(x, e, "color", "888888");
  }
}

/* word/document.xml: the table, an empty paragraph (Word ends a body with one), and
 * the landscape page. Columns share the width equally; the first takes what the
 * division leaves. */
static void document(struct wml *x, xmlNodePtr root, const struct synopsis *s) {
  xmlNodePtr body = el(x, root, "body");
  size_t ncols = s->np + 1;
  long *width = xcalloc(ncols, sizeof *width);
  for (size_t i = 0; i < ncols; i++) width[i] = TEXT_W / (long)ncols;
  width[0] += TEXT_W % (long)ncols;

  xmlNodePtr tbl = el(x, body, "tbl");
  xmlNodePtr pr = el(x, tbl, "tblPr");
  xmlNodePtr tw = el(x, pr, "tblW");
  set_int(x, tw, "w", TEXT_W);
  set(x, tw, "type", "dxa");
  borders(x, pr);
  set(x, el(x, pr, "tblLayout"), "type", "fixed");
  el_val(x, pr, "tblLook", "0000");
  xmlNodePtr grid = el(x, tbl, "tblGrid");
  for (size_t i = 0; i < ncols; i++) set_int(x, el(x, grid, "gridCol"), "w", width[i]);

  header_row(x, tbl, s, width);
  for (size_t k = 0; k < s->nrows; k++) body_row(x, tbl, s, &s->row[k], width);
  free(width);

  el(x, body, "p");
  xmlNodePtr sect = el(x, body, "sectPr");
  xmlNodePtr sz = el(x, sect, "pgSz");
  set_int(x, sz, "w", PAGE_W);
  set_int(x, sz, "h", PAGE_H);
  set(x, sz, "orient", "landscape");
  set(x, sz, "code", "9");
  xmlNodePtr mar = el(x, sect, "pgMar");
  static const char *const sides[] = {"top", "right", "bottom", "left"};
  for (size_t i = 0; i < 4; i++) set_int(x, mar, sides[i], MARGIN);
  set(x, mar, "header", "567");
  set(x, mar, "footer", "567");
  set(x, mar, "gutter", "0");
  set(x, el(x, sect, "cols"), "space", "720");
}

/* The document's title (docProps/core.xml): "Resolution 98 (Hammamet, 2016):
 * proposals side by side", from the current text's number line. */
static void title(const struct synopsis *s, struct strbuf *sb) {
  for (size_t k = 0; k < s->nrows; k++) {
    const struct syn_line *l = s->row[k].current;
    if (!l || l->n->kind != N_NUMBER) continue;
    sb_adds(sb, strcmp(l->n->str, "draft") == 0      ? "Draft new resolution "
                : strcmp(l->n->str, "decision") == 0 ? "Decision "
                                                     : "Resolution ");
    ast_plain_text(l->n, CH_DEL, sb);
    sb_adds(sb, ": ");
    break;
  }
  sb_adds(sb, sb->len ? "proposals side by side" : "Proposals side by side");
}

/* word/document.xml of the synopsis, serialized into a part of OUT. */
static void document_part(const struct synopsis *s, const char *iso, struct docx_parts *out) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  doc->standalone = 1;
  xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "document", NULL);
  xmlDocSetRootElement(doc, root);
  struct wml x = {
      .w = xmlNewNs(root, BAD_CAST W_NS, BAD_CAST "w"), .date = iso, .author = "", .next_id = 1};
  xmlSetNs(root, x.w);
  document(&x, root, s);
  xmlChar *buf = NULL;
  int len = 0;
  xmlDocDumpMemoryEnc(doc, &buf, &len, "UTF-8");
  sb_add(docx_part_add(out, "word/document.xml", DOCX_CT_WML "document.main+xml"),
         (const char *)buf, (size_t)len);
  xmlFree(buf);
  xmlFreeDoc(doc);
}

int synopsis_docx(const struct synopsis *s, const char *path, const char *iso, time_t when,
                  char *err, size_t errlen) {
  struct strbuf subject = {0}, none = {0};
  title(s, &subject);
  struct docx_parts parts = {0};
  docx_part_package_rels(&parts);
  document_part(s, iso, &parts);
  docx_part_document_rels(&parts, 0, NULL);
  docx_part_styles(&parts);
  docx_part_settings(&parts);
  struct strbuf *notes = docx_part_add(&parts, "word/footnotes.xml", DOCX_CT_WML "footnotes+xml");
  sb_adds(notes, DOCX_FOOTNOTES_START "</w:footnotes>\n");
  docx_part_core(&parts, &none, &subject, "resc", iso);
  int rc = build_write_docx(path, &parts, when, err, errlen);
  docx_parts_free(&parts);
  sb_free(&subject);
  return rc;
}

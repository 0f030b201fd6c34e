/* Building the intermediate XML. The tree's depth is bounded (blocks by the builder's
 * sub-clause limit, inlines by the parser's nesting limit), so plain recursion is safe. */
#include "xml_build.h"

#include <string.h>

#include "arena.h"
#include "ast.h"
#include "lang/lang.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"
#include "view.h"

struct xb {
  struct document *doc;
  enum view view;
  xmlNsPtr ns;
  struct view_footnotes fn;
  int footnote_seq, comment_seq; /* document-wide order, for ids in DOCX parts */
};

static xmlNodePtr elem(struct xb *x, xmlNodePtr parent, const char *name) {
  return xmlNewChild(parent, x->ns, BAD_CAST name, NULL);
}

static void text(xmlNodePtr parent, const char *s, size_t n) {
  if (n) xmlAddChild(parent, xmlNewTextLen(BAD_CAST s, (int)n));
}

static void attr(xmlNodePtr e, const char *name, const char *value) {
  xmlNewProp(e, BAD_CAST name, BAD_CAST value);
}

static void attr_int(xmlNodePtr e, const char *name, int v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%d", v);
  attr(e, name, buf);
}

static int visible(const struct xb *x, const struct node *n) { return view_visible(x->view, n); }

static void mark_change(const struct xb *x, xmlNodePtr e, const struct node *n) {
  if (x->view == VIEW_MARKUP && n->change) attr(e, "change", n->change == CH_INS ? "ins" : "del");
}

static void label_content(struct xb *x, xmlNodePtr parent, const struct view_label *l) {
  if (l->ndel) text(elem(x, parent, "del"), l->del, l->ndel);
  if (l->nins) text(elem(x, parent, "ins"), l->ins, l->nins);
  text(parent, l->tail, l->ntail);
}

static void inlines(struct xb *x, xmlNodePtr parent, const struct node *container);

/* A reference: the section phrase up to its first comma, and the clause's label
 * (with the labels of the clauses above it, for a sub-clause). */
static void reference(struct xb *x, xmlNodePtr parent, const struct node *r) {
  struct view_ref ref;
  view_reference(x->doc, x->view, r, &ref);
  xmlNodePtr e = elem(x, parent, "ref");
  attr(e, "target", r->str);
  attr(e, "href", ref.href);
  xmlNodePtr ph = elem(x, e, "phrase");
  xmlNodePtr lb = elem(x, e, "label");
  if (ref.target) {
    text(ph, sb_str(&ref.phrase), ref.phrase.len);
    label_content(x, lb, &ref.label);
  }
  view_ref_free(&ref);
}

static void inline_node(struct xb *x, xmlNodePtr parent, const struct node *n) {
  switch (n->kind) {
  case N_TEXT: text(parent, n->str, strlen(n->str)); break;
  case N_EMPH: inlines(x, elem(x, parent, "i"), n); break;
  case N_STRONG: inlines(x, elem(x, parent, "b"), n); break;
  case N_INS:
    if (x->view == VIEW_MARKUP) inlines(x, elem(x, parent, "ins"), n);
    else if (x->view == VIEW_NEW) inlines(x, parent, n);
    break;
  case N_DEL:
    if (x->view == VIEW_MARKUP) inlines(x, elem(x, parent, "del"), n);
    else if (x->view == VIEW_OLD) inlines(x, parent, n);
    break;
  case N_COMMENT:
    if (x->view == VIEW_MARKUP) {
      xmlNodePtr c = elem(x, parent, "comment");
      attr_int(c, "seq", ++x->comment_seq);
      inlines(x, c, n);
    }
    break;
  case N_BREAK: elem(x, parent, "br"); break;
  case N_REF: reference(x, parent, n); break;
  case N_FNREF: {
    xmlNodePtr e = elem(x, parent, "fnref");
    int k, num = view_footnote_mark(&x->fn, x->doc, x->view, n, &k);
    attr_int(e, "n", num);
    attr(e, "ref", n->str);
    /* the printed mark, where it is not the number: a star note's stars, and the
     * number among the numbered notes of one that follows a star note */
    char mark[24], plain[24];
    view_footnote_label(&x->fn, num, mark, sizeof mark);
    snprintf(plain, sizeof plain, "%d", num);
    if (strcmp(mark, plain) != 0) attr(e, "mark", mark);
    /* Which mark of the footnote this is: stylesheets treat the first one apart, and
     * counting preceding marks in XSLT is quadratic. */
    attr_int(e, "k", k);
    break;
  }
  default: break;
  }
}

static void inlines(struct xb *x, xmlNodePtr parent, const struct node *container) {
  for (const struct node *c = container->first; c; c = c->next) inline_node(x, parent, c);
}

static xmlNodePtr inline_elem(struct xb *x, xmlNodePtr parent, const char *name,
                              const struct node *n) {
  xmlNodePtr e = elem(x, parent, name);
  mark_change(x, e, n);
  inlines(x, e, n);
  return e;
}

/* A paragraph among clauses or in an annex: <p>, with type="note" or type="figure" and
 * the label as written ("NOTE 2", "Figure 7.1a") for a note or a figure caption. */
static void para(struct xb *x, xmlNodePtr parent, const struct node *p) {
  if (!visible(x, p)) return;
  xmlNodePtr e = inline_elem(x, parent, "p", p);
  if (p->flags & (F_NOTE | F_FIGURE)) {
    attr(e, "type", p->flags & F_NOTE ? "note" : "figure");
    attr(e, "label", p->str ? p->str : "");
  }
}

static void clause(struct xb *x, xmlNodePtr parent, const struct node *c) {
  if (!visible(x, c)) return;
  xmlNodePtr e = elem(x, parent, "clause");
  attr(e, "id", c->str2 ? c->str2 : "");
  if (c->as.clause.anchor) attr(e, "anchor", c->as.clause.anchor);
  attr_int(e, "level", c->as.clause.level);
  mark_change(x, e, c);
  const char *ol = c->as.clause.old_label, *nl = c->as.clause.new_label;
  if (x->view != VIEW_NEW && ol && *ol) attr(e, "old", ol);
  if (x->view != VIEW_OLD && nl && *nl) attr(e, "new", nl);
  const char *shown_old = x->view == VIEW_NEW ? NULL : ol;
  const char *shown_new = x->view == VIEW_OLD ? NULL : nl;
  if ((shown_old && *shown_old) || (shown_new && *shown_new)) {
    struct view_label l;
    view_label(x->view, ol, nl, ast_effective_change(c), &l);
    label_content(x, elem(x, e, "label"), &l);
  }
  for (const struct node *k = c->first; k; k = k->next) {
    if (k->kind == N_CLAUSE_TEXT) inline_elem(x, e, "text", k);
    else if (k->kind == N_CLAUSE) clause(x, e, k);
    else if (k->kind == N_PARA) para(x, e, k);
  }
}

static void section(struct xb *x, xmlNodePtr parent, const struct node *s) {
  if (!visible(x, s)) return;
  xmlNodePtr e = elem(x, parent, "section");
  attr(e, "kind", s->flags & F_OPERATIVE ? "operative" : "preamble");
  attr(e, "id", s->as.section.id);
  mark_change(x, e, s);
  for (const struct node *k = s->first; k; k = k->next) {
    if (k->kind == N_PHRASE) inline_elem(x, e, "phrase", k);
    else if (k->kind == N_CLAUSE) clause(x, e, k);
    else if (k->kind == N_PARA) para(x, e, k);
  }
}

/* A table: <caption label="Table 1">, then <row> of <cell>, head="yes" on the header
 * row. */
static void table(struct xb *x, xmlNodePtr parent, const struct node *t) {
  xmlNodePtr e = elem(x, parent, "table");
  mark_change(x, e, t);
  for (const struct node *k = t->first; k; k = k->next) {
    if (!visible(x, k)) continue;
    if (k->kind == N_TITLE) {
      attr(inline_elem(x, e, "caption", k), "label", k->str ? k->str : "");
      continue;
    }
    xmlNodePtr r = elem(x, e, "row");
    if (k->flags & F_HEAD_ROW) attr(r, "head", "yes");
    mark_change(x, r, k);
    for (const struct node *c = k->first; c; c = c->next) inlines(x, elem(x, r, "cell"), c);
  }
}

/* An annex; or a SECTION of rules or an appendix, written <part kind="section"
 * number="1bis"> with the same content. */
static void annex(struct xb *x, xmlNodePtr parent, const struct node *a, int n, int count) {
  xmlNodePtr e;
  if (a->flags & (F_RULES | F_APPENDIX)) {
    e = elem(x, parent, "part");
    attr(e, "kind", a->flags & F_RULES ? "section" : "appendix");
    attr(e, "number", a->str ? a->str : "");
  } else {
    e = elem(x, parent, "annex");
    attr_int(e, "n", n);
    attr_int(e, "count", count);
  }
  attr(e, "id", a->str2 ? a->str2 : "");
  mark_change(x, e, a);
  for (const struct node *k = a->first; k; k = k->next) {
    if (!visible(x, k)) continue;
    if (k->kind == N_TITLE) inline_elem(x, e, "title", k);
    else if (k->kind == N_PARA) para(x, e, k);
    else if (k->kind == N_CLAUSE) clause(x, e, k);
    else if (k->kind == N_TABLE) table(x, e, k);
  }
}

static void footnotes(struct xb *x, xmlNodePtr parent) {
  if (!x->fn.n) return;
  xmlNodePtr e = elem(x, parent, "footnotes");
  /* Footnote texts may themselves mark footnotes, which extends the list. */
  for (size_t i = 0; i < x->fn.n; i++) {
    const struct node *def = x->fn.list[i];
    xmlNodePtr f = elem(x, e, "footnote");
    attr_int(f, "n", (int)i + 1);
    attr_int(f, "seq", ++x->footnote_seq);
    attr(f, "id", def->str);
    mark_change(x, f, def);
    inlines(x, f, def);
  }
}

/* A header line whose whole content is one insertion (or deletion) is a wholly
 * inserted (deleted) line: written as a changed block, so that its parentheses and its
 * paragraph go with it when a client accepts or rejects the change. */
static xmlNodePtr header_elem(struct xb *x, xmlNodePtr parent, const char *name,
                              const struct node *n) {
  enum change whole = view_header_whole_change(x->view, n);
  if (whole != CH_NONE) {
    xmlNodePtr e = elem(x, parent, name);
    attr(e, "change", whole == CH_INS ? "ins" : "del");
    inlines(x, e, n->first);
    return e;
  }
  return inline_elem(x, parent, name, n);
}

static void resolution(struct xb *x, xmlNodePtr parent, const struct node *r, int n) {
  if (!visible(x, r)) return;
  xmlNodePtr e = elem(x, parent, "resolution");
  attr_int(e, "n", n);
  mark_change(x, e, r);
  view_footnotes_begin(&x->fn);
  int count = 0, k = 0;
  for (const struct node *c = r->first; c; c = c->next)
    count += c->kind == N_ANNEX && !(c->flags & (F_RULES | F_APPENDIX)) && visible(x, c);
  for (int pass = 0; pass < VIEW_ORDER_PASSES; pass++)
    for (const struct node *c = r->first; c; c = c->next) {
      if (!visible(x, c) || ast_header_empty_in(c, x->view) || !view_in_pass(c, pass)) continue;
      switch (c->kind) {
      case N_NUMBER: attr(header_elem(x, e, "number", c), "kind", c->str); break;
      case N_TITLE: header_elem(x, e, "title", c); break;
      case N_HISTORY: {
        xmlNodePtr h = header_elem(x, e, "history", c);
        if (c->flags & F_AT_END) attr(h, "printed", "end");
        break;
      }
      case N_ASSEMBLY: header_elem(x, e, "assembly", c); break;
      case N_SECTION: section(x, e, c); break;
      case N_ANNEX: annex(x, e, c, c->flags & (F_RULES | F_APPENDIX) ? 0 : ++k, count); break;
      default: break;
      }
    }
  footnotes(x, e);
}

xmlDocPtr xml_build(struct document *doc, enum view view) {
  struct xb x = {.doc = doc, .view = view};
  xmlDocPtr d = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewDocNode(d, NULL, BAD_CAST "document", NULL);
  xmlDocSetRootElement(d, root);
  x.ns = xmlNewNs(root, BAD_CAST RESC_XML_NS, NULL);
  xmlSetNs(root, x.ns);
  attr(root, "view", view == VIEW_MARKUP ? "markup" : view == VIEW_OLD ? "old" : "new");
  attr(root, "file", doc->src ? doc->src->name : "");
  /* English unstated is the language resc always assumed: its XML stays as it was. */
  if (doc->lang && (doc->lang_loc.first_line || strcmp(doc->lang->code, "en") != 0))
    xmlNodeSetLang(root, BAD_CAST doc->lang->code);
  int resno = 0;
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (!visible(&x, c)) continue;
    switch (c->kind) {
    case N_FIELD: attr(inline_elem(&x, root, "field", c), "name", c->str); break;
    case N_ABSTRACT: {
      xmlNodePtr a = elem(&x, root, "abstract");
      for (const struct node *p = c->first; p; p = p->next)
        if (visible(&x, p)) inline_elem(&x, a, "p", p);
      break;
    }
    case N_PROPOSAL: {
      xmlNodePtr p = elem(&x, root, "proposal");
      attr(p, "action", c->str);
      attr(p, "id", c->str2);
      mark_change(&x, p, c);
      for (const struct node *k = c->first; k; k = k->next) {
        if (k->kind == N_RESOLUTION) resolution(&x, p, k, ++resno);
        else if (k->kind == N_REASONS && visible(&x, k)) inline_elem(&x, p, "reasons", k);
      }
      break;
    }
    case N_RESOLUTION: resolution(&x, root, c, ++resno); break;
    default: break;
    }
  }
  view_footnotes_free(&x.fn);
  return d;
}

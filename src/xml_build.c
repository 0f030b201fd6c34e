/* Building the intermediate XML. The tree's depth is bounded (blocks by the builder's
 * sub-clause limit, inlines by the parser's nesting limit), so plain recursion is safe. */
#include "xml_build.h"

#include <string.h>

#include "arena.h"
#include "ast.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"

struct xb {
  struct document *doc;
  enum view view;
  xmlNsPtr ns;
  unsigned serial;         /* current resolution walk, for footnote numbering */
  int fn_count;
  struct node **fns;       /* footnotes numbered in the current resolution */
  size_t nfns, capfns;
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

/* Whether a block exists in this view. */
static int visible(const struct xb *x, const struct node *n) {
  enum change c = ast_effective_change(n);
  return !(x->view == VIEW_NEW && c == CH_DEL) && !(x->view == VIEW_OLD && c == CH_INS);
}

static void mark_change(const struct xb *x, xmlNodePtr e, const struct node *n) {
  if (x->view == VIEW_MARKUP && n->change)
    attr(e, "change", n->change == CH_INS ? "ins" : "del");
}

/* A label in this view; in the markup view a label that changes is shown as the old
 * text deleted and the new inserted, sharing only a closing parenthesis (as in the
 * seeds' "kj)"). */
static void label_content(struct xb *x, xmlNodePtr parent, const char *old, const char *nw,
                          enum change whole) {
  if (x->view == VIEW_OLD || whole == CH_DEL) {
    text(parent, old ? old : "", old ? strlen(old) : 0);
    return;
  }
  if (x->view == VIEW_NEW || whole == CH_INS || !old || strcmp(old, nw) == 0) {
    text(parent, nw ? nw : "", nw ? strlen(nw) : 0);
    return;
  }
  size_t lo = strlen(old), ln = strlen(nw), common = 0;
  if (lo && ln && old[lo - 1] == ')' && nw[ln - 1] == ')') common = 1;
  if (lo > common) text(elem(x, parent, "del"), old, lo - common);
  if (ln > common) text(elem(x, parent, "ins"), nw, ln - common);
  text(parent, ")", common);
}

static void inlines(struct xb *x, xmlNodePtr parent, const struct node *container);

static int footnote_number(struct xb *x, struct node *def) {
  if (def->as.fn.stamp != x->serial) {
    def->as.fn.stamp = x->serial;
    def->as.fn.number = ++x->fn_count;
    def->as.fn.marks = 0;
    if (x->nfns == x->capfns) {
      x->capfns = x->capfns ? 2 * x->capfns : 8;
      x->fns = xrealloc(x->fns, x->capfns * sizeof *x->fns);
    }
    x->fns[x->nfns++] = def;
  }
  return def->as.fn.number;
}

static const struct node *enclosing(const struct node *n, enum node_kind k1, enum node_kind k2) {
  while (n && n->kind != k1 && n->kind != k2) n = n->parent;
  return n;
}

/* A reference: the section phrase up to its first comma, and the clause's label
 * (with the labels of the clauses above it, for a sub-clause). */
static void reference(struct xb *x, xmlNodePtr parent, const struct node *r) {
  xmlNodePtr e = elem(x, parent, "ref");
  attr(e, "target", r->str);
  const struct node *c = strmap_get(x->doc->anchor_map, r->str);
  attr(e, "href", c ? c->str2 : "");
  xmlNodePtr ph = elem(x, e, "phrase");
  xmlNodePtr lb = elem(x, e, "label");
  if (!c) return;
  const struct node *sec = enclosing(c, N_SECTION, N_ANNEX);
  if (sec && sec->kind == N_SECTION) {
    struct strbuf sb = {0};
    ast_plain_text(sec->first, x->view == VIEW_OLD ? CH_DEL : CH_INS, &sb);
    const char *s = sb_str(&sb);
    const char *comma = strchr(s, ',');
    text(ph, s, comma ? (size_t)(comma - s) : sb.len);
    sb_free(&sb);
  }
  struct strbuf o = {0}, n = {0};
  const struct node *chain[16];
  int k = 0;
  for (const struct node *p = c; p && p->kind == N_CLAUSE && k < 16; p = p->parent) chain[k++] = p;
  for (int i = k - 1; i >= 0; i--) {
    const char *ol = chain[i]->as.clause.old_label, *nl = chain[i]->as.clause.new_label;
    if (ol && *ol) sb_printf(&o, "%s%s", o.len ? " " : "", ol);
    if (nl && *nl) sb_printf(&n, "%s%s", n.len ? " " : "", nl);
  }
  enum change whole = ast_effective_change(c);
  label_content(x, lb, whole == CH_INS ? NULL : sb_str(&o), whole == CH_DEL ? NULL : sb_str(&n),
                whole);
  sb_free(&o);
  sb_free(&n);
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
    struct node *def = strmap_get(x->doc->footnote_map, n->str);
    attr_int(e, "n", def && visible(x, def) ? footnote_number(x, def) : 0);
    attr(e, "ref", n->str);
    /* Which mark of the footnote this is: stylesheets treat the first one apart, and
     * counting preceding marks in XSLT is quadratic. */
    attr_int(e, "k", def && visible(x, def) ? ++def->as.fn.marks : 1);
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
  if ((shown_old && *shown_old) || (shown_new && *shown_new))
    label_content(x, elem(x, e, "label"), ol, nl, ast_effective_change(c));
  for (const struct node *k = c->first; k; k = k->next) {
    if (k->kind == N_CLAUSE_TEXT) inline_elem(x, e, "text", k);
    else if (k->kind == N_CLAUSE) clause(x, e, k);
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
  }
}

static void annex(struct xb *x, xmlNodePtr parent, const struct node *a, int n, int count) {
  xmlNodePtr e = elem(x, parent, "annex");
  attr_int(e, "n", n);
  attr_int(e, "count", count);
  attr(e, "id", a->str2 ? a->str2 : "");
  mark_change(x, e, a);
  for (const struct node *k = a->first; k; k = k->next) {
    if (!visible(x, k)) continue;
    if (k->kind == N_TITLE) inline_elem(x, e, "title", k);
    else if (k->kind == N_PARA) inline_elem(x, e, "p", k);
    else if (k->kind == N_CLAUSE) clause(x, e, k);
  }
}

static void footnotes(struct xb *x, xmlNodePtr parent) {
  if (!x->nfns) return;
  xmlNodePtr e = elem(x, parent, "footnotes");
  /* Footnote texts may themselves mark footnotes, which extends the list. */
  for (size_t i = 0; i < x->nfns; i++) {
    struct node *def = x->fns[i];
    xmlNodePtr f = elem(x, e, "footnote");
    attr_int(f, "n", def->as.fn.number);
    attr_int(f, "seq", ++x->footnote_seq);
    attr(f, "id", def->str);
    mark_change(x, f, def);
    inlines(x, f, def);
  }
  x->nfns = 0;
}

/* A header line whose whole content is one insertion (or deletion) is a wholly
 * inserted (deleted) line: written as a changed block, so that its parentheses and its
 * paragraph go with it when a client accepts or rejects the change. */
static xmlNodePtr header_elem(struct xb *x, xmlNodePtr parent, const char *name,
                              const struct node *n) {
  const struct node *only = n->first;
  if (x->view == VIEW_MARKUP && only && !only->next && !n->change &&
      (only->kind == N_INS || only->kind == N_DEL) && !(only->flags & F_SUBST)) {
    xmlNodePtr e = elem(x, parent, name);
    attr(e, "change", only->kind == N_INS ? "ins" : "del");
    inlines(x, e, only);
    return e;
  }
  return inline_elem(x, parent, name, n);
}

static void resolution(struct xb *x, xmlNodePtr parent, const struct node *r, int n) {
  if (!visible(x, r)) return;
  xmlNodePtr e = elem(x, parent, "resolution");
  attr_int(e, "n", n);
  mark_change(x, e, r);
  x->serial++;
  x->fn_count = 0;
  x->nfns = 0;
  int count = 0, k = 0;
  for (const struct node *c = r->first; c; c = c->next) count += c->kind == N_ANNEX && visible(x, c);
  for (const struct node *c = r->first; c; c = c->next) {
    if (!visible(x, c) || ast_header_empty_in(c, x->view)) continue;
    switch (c->kind) {
    case N_NUMBER: attr(header_elem(x, e, "number", c), "kind", c->str); break;
    case N_TITLE: header_elem(x, e, "title", c); break;
    case N_HISTORY: header_elem(x, e, "history", c); break;
    case N_ASSEMBLY: header_elem(x, e, "assembly", c); break;
    case N_SECTION: section(x, e, c); break;
    case N_ANNEX: annex(x, e, c, ++k, count); break;
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
  int resno = 0;
  x.serial = 1;
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
  free(x.fns);
  return d;
}

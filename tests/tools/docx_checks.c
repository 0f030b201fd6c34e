/* docx_checks: see docx_checks.h. Every message names the part, the element and the id
 * (or the element's path), so that a failing test says what to fix. */
#include "docx_checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

static const char W_NS[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
static const char R_NS[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
static const char RELS_NS[] = "http://schemas.openxmlformats.org/package/2006/relationships";
static const char CT_NS[] = "http://schemas.openxmlformats.org/package/2006/content-types";

static int is_w(xmlNodePtr n) {
  return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, W_NS) == 0;
}
static int is_el(xmlNodePtr n, const char *ns, const char *local) {
  return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
         strcmp((const char *)n->name, local) == 0;
}
static int in_list(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return 1;
  return 0;
}
static char *wattr(xmlNodePtr n, const char *local) {
  return (char *)xmlGetNsProp(n, BAD_CAST local, BAD_CAST W_NS);
}
static xmlNodePtr root_of(const DocxPart *p) {
  return p->doc ? xmlDocGetRootElement(p->doc) : NULL;
}
static int root_is(const DocxPart *p, const char *local) {
  xmlNodePtr r = root_of(p);
  return r && is_el(r, W_NS, local);
}

/* ---- ids: every use of an id, sorted by (kind, id, order seen) to find repeats ---- */

typedef struct {
  int kind; /* which family of ids: the ids of one family must not repeat */
  char *id;
  const char *part;
  const char *elem; /* local name, in the w: namespace */
  size_t seq;
} IdUse;

typedef struct {
  IdUse *v;
  size_t n, cap;
} IdList;

static void id_add(IdList *l, int kind, char *id, const char *part, const char *elem) {
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 64;
    l->v = realloc(l->v, l->cap * sizeof *l->v);
    if (!l->v) {
      perror("docx_lint");
      exit(2);
    }
  }
  l->v[l->n] = (IdUse){kind, id ? id : (char *)xmlStrdup(BAD_CAST "(none)"), part, elem, l->n};
  l->n++;
}

static int by_kind_id(const void *a, const void *b) {
  const IdUse *x = a, *y = b;
  if (x->kind != y->kind) return x->kind - y->kind;
  int c = strcmp(x->id, y->id);
  if (c) return c;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void id_free(IdList *l) {
  for (size_t i = 0; i < l->n; i++) xmlFree(l->v[i].id);
  free(l->v);
}

/* The count of uses of (KIND, ID), and the first one. The list is sorted. */
static size_t id_count(const IdList *l, int kind, const char *id, const IdUse **first) {
  size_t lo = 0, hi = l->n;
  IdUse key = {kind, (char *)id, NULL, NULL, 0};
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (by_kind_id(&l->v[mid], &key) < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t n = 0;
  while (lo + n < l->n && l->v[lo + n].kind == kind && strcmp(l->v[lo + n].id, id) == 0) n++;
  if (first) *first = n ? &l->v[lo] : NULL;
  return n;
}

enum {
  K_REVISION,     /* w:ins, w:del, w:rPrChange ...: one id space per document */
  K_COMMENT,      /* w:comment */
  K_COMMENT_REF,  /* w:commentReference */
  K_COMMENT_MARK, /* w:commentRangeStart, w:commentRangeEnd */
  K_FOOTNOTE,
  K_FOOTNOTE_REF,
  K_ENDNOTE,
  K_ENDNOTE_REF,
  K_BOOKMARK,
  K_BOOKMARK_END,
  K_BOOKMARK_NAME
};

static const char *const REVISIONS[] = {"ins",
                                        "del",
                                        "moveFrom",
                                        "moveTo",
                                        "moveFromRangeStart",
                                        "moveToRangeStart",
                                        "rPrChange",
                                        "pPrChange",
                                        "sectPrChange",
                                        "tblPrChange",
                                        "tblPrExChange",
                                        "trPrChange",
                                        "tcPrChange",
                                        "tblGridChange",
                                        "numberingChange",
                                        "cellIns",
                                        "cellDel",
                                        "cellMerge",
                                        "customXmlInsRangeStart",
                                        "customXmlDelRangeStart",
                                        "customXmlMoveFromRangeStart",
                                        "customXmlMoveToRangeStart",
                                        NULL};

/* The id-bearing elements of one part. Notes of type separator and the like are
 * referenced from settings.xml (whose w:footnotePr names them with w:footnote too),
 * not from the text, and are left out. */
static void collect_ids(IdList *l, xmlNodePtr n, const char *part) {
  for (; n; n = n->next) {
    if (!is_w(n)) continue;
    const char *name = (const char *)n->name;
    int kind = -1;
    if (in_list(name, REVISIONS)) kind = K_REVISION;
    else if (strcmp(name, "comment") == 0) kind = K_COMMENT;
    else if (strcmp(name, "commentReference") == 0) kind = K_COMMENT_REF;
    else if (strcmp(name, "commentRangeStart") == 0 || strcmp(name, "commentRangeEnd") == 0)
      kind = K_COMMENT_MARK;
    else if (strcmp(name, "footnoteReference") == 0) kind = K_FOOTNOTE_REF;
    else if (strcmp(name, "endnoteReference") == 0) kind = K_ENDNOTE_REF;
    else if (strcmp(name, "bookmarkStart") == 0) kind = K_BOOKMARK;
    else if (strcmp(name, "bookmarkEnd") == 0) kind = K_BOOKMARK_END;
    else if ((strcmp(name, "footnote") == 0 || strcmp(name, "endnote") == 0) && n->parent &&
             n->parent->type == XML_ELEMENT_NODE && is_w(n->parent) &&
             strcmp((const char *)n->parent->name, name[0] == 'f' ? "footnotes" : "endnotes") ==
                 0) {
      char *type = wattr(n, "type");
      if (!type || strcmp(type, "normal") == 0) kind = name[0] == 'f' ? K_FOOTNOTE : K_ENDNOTE;
      xmlFree(type);
    }
    if (kind >= 0) id_add(l, kind, wattr(n, "id"), part, name);
    if (kind == K_BOOKMARK) id_add(l, K_BOOKMARK_NAME, wattr(n, "name"), part, name);
    collect_ids(l, n->children, part);
  }
}

/* Every later use of an id already used in the same family. */
static void report_repeats(DocxPackage *pkg, const IdList *l, int kind, const char *what) {
  for (size_t i = 1; i < l->n; i++) {
    const IdUse *a = &l->v[i - 1], *b = &l->v[i];
    if (b->kind != kind || a->kind != kind || strcmp(a->id, b->id) != 0) continue;
    size_t f = i - 1;
    while (f > 0 && l->v[f - 1].kind == kind && strcmp(l->v[f - 1].id, b->id) == 0) f--;
    docx_report(pkg, b->part, "w:%s %s %s repeats the %s of w:%s in %s (%s)", b->elem,
                kind == K_BOOKMARK_NAME ? "name" : "id", b->id,
                kind == K_BOOKMARK_NAME ? "name" : "id", l->v[f].elem, l->v[f].part, what);
  }
}

/* Every id is an ST_DecimalNumber that Word reads: the schema allows any integer, Word
 * a signed 32-bit one (a larger id makes it report the file as corrupt). */
static void report_out_of_range(DocxPackage *pkg, const IdList *l) {
  for (size_t i = 0; i < l->n; i++) {
    const IdUse *u = &l->v[i];
    if (u->kind == K_BOOKMARK_NAME || strcmp(u->id, "(none)") == 0) continue;
    const char *s = u->id + (u->id[0] == '-');
    size_t n = strlen(s);
    int ok = n > 0 && n <= 10 && strspn(s, "0123456789") == n;
    if (ok && n == 10) ok = strcmp(s, u->id[0] == '-' ? "2147483648" : "2147483647") <= 0;
    if (!ok)
      docx_report(pkg, u->part, "w:%s id %s is not a 32-bit decimal number (Word's w:id)",
                  u->elem, u->id);
  }
}

/* Each use of FROM must name exactly one of TO (and, with BOTH, the other way round). */
static void report_unmatched(DocxPackage *pkg, const IdList *l, int from, int to,
                             const char *to_what, const char *where) {
  for (size_t i = 0; i < l->n; i++) {
    const IdUse *u = &l->v[i];
    if (u->kind != from) continue;
    if (id_count(l, to, u->id, NULL) == 0)
      docx_report(pkg, u->part, "w:%s id %s has no %s%s", u->elem, u->id, to_what, where);
  }
}

static void check_ids(DocxPackage *pkg) {
  IdList l = {0};
  for (size_t i = 0; i < pkg->n; i++) {
    xmlNodePtr r = root_of(&pkg->parts[i]);
    if (r && is_w(r)) collect_ids(&l, r, pkg->parts[i].name);
  }
  if (l.n) qsort(l.v, l.n, sizeof *l.v, by_kind_id);
  report_out_of_range(pkg, &l);
  report_repeats(pkg, &l, K_REVISION, "revision ids must be unique in a document");
  report_repeats(pkg, &l, K_COMMENT, "comment ids must be unique");
  report_repeats(pkg, &l, K_COMMENT_REF, "a comment is referenced once");
  report_repeats(pkg, &l, K_FOOTNOTE, "footnote ids must be unique");
  report_repeats(pkg, &l, K_FOOTNOTE_REF, "a footnote is referenced once");
  report_repeats(pkg, &l, K_ENDNOTE, "endnote ids must be unique");
  report_repeats(pkg, &l, K_ENDNOTE_REF, "an endnote is referenced once");
  report_repeats(pkg, &l, K_BOOKMARK, "bookmark ids must be unique");
  report_repeats(pkg, &l, K_BOOKMARK_END, "a bookmark ends once");
  report_repeats(pkg, &l, K_BOOKMARK_NAME, "bookmark names must be unique");
  report_unmatched(pkg, &l, K_COMMENT_REF, K_COMMENT, "w:comment", " in the comments part");
  report_unmatched(pkg, &l, K_COMMENT_MARK, K_COMMENT, "w:comment", " in the comments part");
  report_unmatched(pkg, &l, K_COMMENT, K_COMMENT_REF, "w:commentReference", " in the text");
  report_unmatched(pkg, &l, K_FOOTNOTE_REF, K_FOOTNOTE, "w:footnote", " in the footnotes part");
  report_unmatched(pkg, &l, K_ENDNOTE_REF, K_ENDNOTE, "w:endnote", " in the endnotes part");
  /* A note with no reference is not an error for Word (it is never shown): resc writes
   * one when a note's first mark is in a comment, which cannot hold a reference. */
  report_unmatched(pkg, &l, K_BOOKMARK, K_BOOKMARK_END, "w:bookmarkEnd", "");
  report_unmatched(pkg, &l, K_BOOKMARK_END, K_BOOKMARK, "w:bookmarkStart", "");
  id_free(&l);
}

/* ---- relationships and content types ---- */

/* The part a relationship of SOURCE_DIR points at: TARGET resolved like a relative URI
 * ("../x", "./x", "/x"). Writes the part name into OUT. */
static void resolve(const char *source_dir, const char *target, char *out, size_t size) {
  char buf[2048];
  if (target[0] == '/') snprintf(buf, sizeof buf, "%s", target + 1);
  else if (*source_dir) snprintf(buf, sizeof buf, "%s/%s", source_dir, target);
  else snprintf(buf, sizeof buf, "%s", target);
  size_t o = 0;
  out[0] = '\0';
  for (char *seg = strtok(buf, "/"); seg; seg = strtok(NULL, "/")) {
    if (strcmp(seg, ".") == 0) continue;
    if (strcmp(seg, "..") == 0) {
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;
      out[o] = '\0';
      continue;
    }
    o += (size_t)snprintf(out + o, size - o, "%s%s", o ? "/" : "", seg);
    if (o >= size) o = size - 1;
  }
}

/* "word/_rels/document.xml.rels" is the relationships of "word/document.xml". */
static int rels_source(const char *rels, char *source, size_t size) {
  const char *r = strstr(rels, "_rels/");
  size_t n = strlen(rels);
  if (!r || (r != rels && r[-1] != '/') || n < 5 || strcmp(rels + n - 5, ".rels") != 0) return 0;
  snprintf(source, size, "%.*s%.*s", (int)(r - rels), rels, (int)(rels + n - 5 - (r + 6)), r + 6);
  return 1;
}

/* Every r:id (r:embed, ...) of PART names a relationship of PART. */
static void check_rel_uses(DocxPackage *pkg, const DocxPart *part, xmlNodePtr n, xmlNodePtr rels) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
      if (!a->ns || strcmp((const char *)a->ns->href, R_NS) != 0) continue;
      xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
      int found = 0;
      for (xmlNodePtr r = rels ? rels->children : NULL; r && !found; r = r->next) {
        if (!is_el(r, RELS_NS, "Relationship")) continue;
        xmlChar *id = xmlGetNoNsProp(r, BAD_CAST "Id");
        found = id && v && xmlStrcmp(id, v) == 0;
        xmlFree(id);
      }
      if (!found)
        docx_report(pkg, part->name, "%s:%s r:%s=\"%s\" names no relationship of the part",
                    n->ns && n->ns->prefix ? (const char *)n->ns->prefix : "",
                    (const char *)n->name, (const char *)a->name, v ? (const char *)v : "");
      xmlFree(v);
    }
    check_rel_uses(pkg, part, n->children, rels);
  }
}

static void check_relationships(DocxPackage *pkg) {
  for (size_t i = 0; i < pkg->n; i++) {
    DocxPart *p = &pkg->parts[i];
    char source[1024], dir[1024], target[2048];
    if (!rels_source(p->name, source, sizeof source)) continue;
    if (*source && !docx_package_find(pkg, source))
      docx_report(pkg, p->name, "the relationships of %s, a part that is not in the package",
                  source);
    const char *slash = strrchr(source, '/');
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - source) : 0, source);
    xmlNodePtr root = root_of(p);
    for (xmlNodePtr r = root ? root->children : NULL; r; r = r->next) {
      if (!is_el(r, RELS_NS, "Relationship")) continue;
      xmlChar *mode = xmlGetNoNsProp(r, BAD_CAST "TargetMode");
      xmlChar *t = xmlGetNoNsProp(r, BAD_CAST "Target");
      xmlChar *id = xmlGetNoNsProp(r, BAD_CAST "Id");
      if (t && !(mode && xmlStrcmp(mode, BAD_CAST "External") == 0)) {
        resolve(dir, (const char *)t, target, sizeof target);
        if (!docx_package_find(pkg, target))
          docx_report(pkg, p->name, "Relationship %s: the target %s (%s) is not in the package",
                      id ? (const char *)id : "?", (const char *)t, target);
      }
      xmlFree(mode);
      xmlFree(t);
      xmlFree(id);
    }
  }
  for (size_t i = 0; i < pkg->n; i++) {
    DocxPart *p = &pkg->parts[i];
    if (!p->doc) continue;
    char rels[1100];
    const char *slash = strrchr(p->name, '/');
    snprintf(rels, sizeof rels, "%.*s_rels/%s.rels", slash ? (int)(slash + 1 - p->name) : 0,
             p->name, slash ? slash + 1 : p->name);
    DocxPart *rp = docx_package_find(pkg, rels);
    check_rel_uses(pkg, p, root_of(p), rp ? root_of(rp) : NULL);
  }
}

static void check_content_types(DocxPackage *pkg) {
  DocxPart *ct = docx_package_find(pkg, "[Content_Types].xml");
  if (!pkg->flat && !ct) docx_report(pkg, "[Content_Types].xml", "missing from the package");
  for (size_t i = 0; i < pkg->n; i++) {
    DocxPart *p = &pkg->parts[i];
    if (p != ct && !p->type) docx_report(pkg, p->name, "no content type declared for the part");
  }
  xmlNodePtr root = ct ? root_of(ct) : NULL;
  for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
    if (!is_el(n, CT_NS, "Override")) continue;
    xmlChar *pn = xmlGetNoNsProp(n, BAD_CAST "PartName");
    if (pn && (pn[0] != '/' || !docx_package_find(pkg, (const char *)pn + 1)))
      docx_report(pkg, ct->name, "Override %s names a part that is not in the package",
                  (const char *)pn);
    xmlFree(pn);
  }
}

/* ---- styles ---- */

typedef struct {
  const char *elem; /* the element that names a style */
  const char *type; /* the w:type the style must have */
} StyleUse;

static const StyleUse STYLE_USES[] = {
    {"pStyle", "paragraph"}, {"rStyle", "character"}, {"tblStyle", "table"}, {"basedOn", NULL},
    {"next", NULL},          {"link", NULL},          {NULL, NULL}};

static xmlNodePtr find_style(xmlNodePtr styles, const char *id) {
  for (xmlNodePtr s = styles ? styles->children : NULL; s; s = s->next) {
    if (!is_el(s, W_NS, "style")) continue;
    char *sid = wattr(s, "styleId");
    int same = sid && strcmp(sid, id) == 0;
    xmlFree(sid);
    if (same) return s;
  }
  return NULL;
}

static void check_style_uses(DocxPackage *pkg, const char *part, xmlNodePtr n, xmlNodePtr styles) {
  for (; n; n = n->next) {
    if (!is_w(n)) continue;
    for (const StyleUse *u = STYLE_USES; u->elem; u++) {
      if (strcmp((const char *)n->name, u->elem) != 0) continue;
      /* w:basedOn, w:next and w:link are style references only inside w:style. */
      if (!u->type && !(n->parent && is_el(n->parent, W_NS, "style"))) continue;
      char *val = wattr(n, "val");
      xmlNodePtr s = val ? find_style(styles, val) : NULL;
      char *type = s ? wattr(s, "type") : NULL;
      if (!s)
        docx_report(pkg, part, "w:%s '%s' names a style that styles.xml does not define", u->elem,
                    val ? val : "");
      else if (u->type && strcmp(type ? type : "paragraph", u->type) != 0)
        docx_report(pkg, part, "w:%s '%s' names a %s style, not a %s style", u->elem, val,
                    type ? type : "paragraph", u->type);
      xmlFree(type);
      xmlFree(val);
    }
    check_style_uses(pkg, part, n->children, styles);
  }
}

static void check_styles(DocxPackage *pkg) {
  xmlNodePtr styles = NULL;
  const char *styles_part = "word/styles.xml";
  for (size_t i = 0; i < pkg->n; i++)
    if (root_is(&pkg->parts[i], "styles")) {
      styles = root_of(&pkg->parts[i]);
      styles_part = pkg->parts[i].name;
    }
  for (xmlNodePtr s = styles ? styles->children : NULL; s; s = s->next) {
    if (!is_el(s, W_NS, "style")) continue;
    char *id = wattr(s, "styleId");
    if (id && find_style(styles, id) != s)
      docx_report(pkg, styles_part, "w:style id '%s' is defined twice", id);
    xmlFree(id);
  }
  for (size_t i = 0; i < pkg->n; i++) {
    xmlNodePtr r = root_of(&pkg->parts[i]);
    if (r && is_w(r)) check_style_uses(pkg, pkg->parts[i].name, r, styles);
  }
}

/* ---- order the schema does not enforce, and table cells ---- */

/* The order Word writes and expects for the children of w:rPr: EG_RPrBase in wml.xsd
 * lists them in this order but inside an unbounded xsd:choice, so any order validates;
 * CT_ParaRPr puts the paragraph mark's w:ins ... w:moveTo first and CT_RPr / CT_ParaRPr
 * put w:rPrChange last. */
static const char *const RPR_ORDER[] = {"ins",
                                        "del",
                                        "moveFrom",
                                        "moveTo",
                                        "rStyle",
                                        "rFonts",
                                        "b",
                                        "bCs",
                                        "i",
                                        "iCs",
                                        "caps",
                                        "smallCaps",
                                        "strike",
                                        "dstrike",
                                        "outline",
                                        "shadow",
                                        "emboss",
                                        "imprint",
                                        "noProof",
                                        "snapToGrid",
                                        "vanish",
                                        "webHidden",
                                        "color",
                                        "spacing",
                                        "w",
                                        "kern",
                                        "position",
                                        "sz",
                                        "szCs",
                                        "highlight",
                                        "u",
                                        "effect",
                                        "bdr",
                                        "shd",
                                        "fitText",
                                        "vertAlign",
                                        "rtl",
                                        "cs",
                                        "em",
                                        "lang",
                                        "eastAsianLayout",
                                        "specVanish",
                                        "oMath",
                                        "rPrChange",
                                        NULL};
/* CT_TrPrBase, likewise an unbounded choice; CT_TrPr adds w:ins, w:del, w:trPrChange. */
static const char *const TRPR_ORDER[] = {
    "cnfStyle",   "divId",     "gridBefore",     "gridAfter", "wBefore", "wAfter", "cantSplit",
    "trHeight",   "tblHeader", "tblCellSpacing", "jc",        "hidden",  "ins",    "del",
    "trPrChange", NULL};

static int order_of(const char *name, const char *const *order) {
  for (int i = 0; order[i]; i++)
    if (strcmp(order[i], name) == 0) return i;
  return -1; /* unknown: the schema reports it */
}

static void check_order(DocxPackage *pkg, const char *part, xmlNodePtr parent,
                        const char *const *order) {
  xmlNodePtr prev = NULL;
  int prev_k = -1;
  for (xmlNodePtr c = parent->children; c; c = c->next) {
    if (!is_w(c)) continue;
    int k = order_of((const char *)c->name, order);
    if (k < 0) continue;
    if (prev && k <= prev_k) {
      xmlChar *path = xmlGetNodePath(parent);
      if (k == prev_k)
        docx_report(pkg, part, "%s: w:%s twice in a row (w:%s takes each property once)",
                    (const char *)path, (const char *)c->name, (const char *)parent->name);
      else
        docx_report(pkg, part,
                    "%s: w:%s comes after w:%s (the schema lists w:%s before w:%s in w:%s)",
                    (const char *)path, (const char *)c->name, (const char *)prev->name,
                    (const char *)c->name, (const char *)prev->name, (const char *)parent->name);
      xmlFree(path);
    }
    prev = c;
    prev_k = k;
  }
}

static void check_tree(DocxPackage *pkg, const char *part, xmlNodePtr n) {
  for (; n; n = n->next) {
    if (!is_w(n)) continue;
    const char *name = (const char *)n->name;
    if (strcmp(name, "rPr") == 0) check_order(pkg, part, n, RPR_ORDER);
    else if (strcmp(name, "trPr") == 0) check_order(pkg, part, n, TRPR_ORDER);
    else if (strcmp(name, "tc") == 0) {
      xmlNodePtr last = xmlLastElementChild(n);
      if (!last || !is_el(last, W_NS, "p")) {
        xmlChar *path = xmlGetNodePath(n);
        docx_report(pkg, part, "%s: w:tc does not end with a w:p (its last child is %s%s)",
                    (const char *)path, last ? "w:" : "nothing",
                    last ? (const char *)last->name : "");
        xmlFree(path);
      }
    }
    check_tree(pkg, part, n->children);
  }
}

void docx_checks_print_orders(FILE *out) {
  const char *const *lists[] = {RPR_ORDER, TRPR_ORDER};
  const char *names[] = {"rPr", "trPr"};
  for (int i = 0; i < 2; i++) {
    fprintf(out, "%s:", names[i]);
    for (const char *const *e = lists[i]; *e; e++) fprintf(out, " %s", *e);
    fputc('\n', out);
  }
}

void docx_checks_run(DocxPackage *pkg) {
  check_content_types(pkg);
  check_relationships(pkg);
  check_ids(pkg);
  check_styles(pkg);
  for (size_t i = 0; i < pkg->n; i++) {
    xmlNodePtr r = root_of(&pkg->parts[i]);
    if (r && is_w(r)) check_tree(pkg, pkg->parts[i].name, r);
  }
}

/* DOCX import: word/document.xml (with footnotes.xml and comments.xml) read with libzip
 * and libxml2, as untrusted input: no network, no DTD, no entity expansion, and caps on
 * the entry count and on uncompressed sizes against zip bombs. ITU paragraph styles map
 * to resc constructs; a document without them goes through the plain-text reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "arena.h"
#include "import.h"

#define DOCX_MAX_ENTRIES 10000
#define DOCX_MAX_ENTRY ((zip_uint64_t)64 * 1024 * 1024)
#define MAX_COMMENTS 10000

enum seg_kind { SEG_TEXT, SEG_TAB, SEG_BREAK, SEG_RAW };

struct seg {
  enum seg_kind kind;
  unsigned char ch, i, b;
  struct strbuf s;
};

struct para {
  struct seg *v;
  size_t n, cap;
};

struct dctx {
  struct imp *im;
  char *comment_text[MAX_COMMENTS]; /* escaped text by comment id */
  int in_annex, seen_resolution, ituled;
  struct strbuf anchors;  /* " _resc1 _resc7 ": bookmarks that a hyperlink points to */
  const char *anchor;     /* the referenced bookmark that starts the paragraph read */
  char fn_ids[256][16];   /* Word ids of the notes of this resolution, by number */
  int nfn;
};

static int is_w(const xmlNode *n, const char *name);
static char *wval(const xmlNode *n, const char *attr);

static int referenced(const struct dctx *d, const char *name) {
  if (!name || strncmp(name, "_resc", 5) != 0 || strlen(name) > 40) return 0;
  char key[48];
  snprintf(key, sizeof key, " %s ", name);
  return strstr(sb_str(&d->anchors), key) != NULL;
}

static int is_w(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
         strstr((const char *)n->ns->href, "wordprocessingml") && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *child_w(const xmlNode *n, const char *name) {
  for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (is_w(c, name)) return c;
  return NULL;
}

/* w:val of a w: element, or NULL; the caller frees. */
static char *wval(const xmlNode *n, const char *attr) {
  xmlChar *v = NULL;
  for (xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
    if (strcmp((const char *)a->name, attr) == 0) v = xmlNodeGetContent((xmlNode *)a);
  return (char *)v;
}

/* A toggle property (w:i, w:b) is on unless w:val says 0 or false. */
static int toggle(const xmlNode *rpr, const char *name) {
  xmlNode *e = child_w(rpr, name);
  if (!e) return 0;
  char *v = wval(e, "val");
  int on = !v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0);
  xmlFree(v);
  return on;
}

static struct seg *seg_add(struct para *p, enum seg_kind k, int ch, int i, int b) {
  if (p->n && k == SEG_TEXT && p->v[p->n - 1].kind == SEG_TEXT && p->v[p->n - 1].ch == ch &&
      p->v[p->n - 1].i == i && p->v[p->n - 1].b == b)
    return &p->v[p->n - 1];
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 16;
    p->v = xrealloc(p->v, p->cap * sizeof *p->v);
  }
  struct seg *s = &p->v[p->n++];
  memset(s, 0, sizeof *s);
  s->kind = k;
  s->ch = (unsigned char)ch;
  s->i = (unsigned char)i;
  s->b = (unsigned char)b;
  return s;
}

static void para_free(struct para *p) {
  for (size_t i = 0; i < p->n; i++) sb_free(&p->v[i].s);
  free(p->v);
  memset(p, 0, sizeof *p);
}

/* The tracked change a run is in: the nearest w:ins / w:del between it and P. */
static int run_change(const xmlNode *r, const xmlNode *p) {
  for (const xmlNode *a = r->parent; a && a != p; a = a->parent) {
    if (is_w(a, "ins")) return CH_INS;
    if (is_w(a, "del")) return CH_DEL;
  }
  return CH_NONE;
}

/* Collects the runs of paragraph P into segments. Iterative walk of its subtree;
 * property elements are not entered. */
static void collect_runs(struct dctx *d, xmlNode *p, struct para *out, int skip_fnref) {
  xmlNode *n = p->children;
  while (n) {
    int descend = 1;
    if (is_w(n, "pPr") || is_w(n, "rPr") || is_w(n, "instrText")) descend = 0;
    if (is_w(n, "hyperlink")) {
      char *a = wval(n, "anchor");
      if (referenced(d, a)) { /* a {ref}: the phrase and label are resc's to print */
        sb_printf(&seg_add(out, SEG_RAW, run_change(n, p), 0, 0)->s, "{ref %s}", a + 1);
        descend = 0;
      }
      xmlFree(a);
    }
    if (is_w(n, "bookmarkStart") && !out->n && !d->anchor) {
      char *a = wval(n, "name");
      if (referenced(d, a)) d->anchor = strstr(sb_str(&d->anchors), a);
      xmlFree(a);
    }
    if (is_w(n, "r")) {
      descend = 0;
      xmlNode *rpr = child_w(n, "rPr");
      int ch = run_change(n, p), it = toggle(rpr, "i"), bo = toggle(rpr, "b");
      char *rs = wval(child_w(rpr, "rStyle"), "val");
      int fnmark = rs && strcmp(rs, "FootnoteReference") == 0 && !child_w(n, "footnoteReference");
      xmlFree(rs);
      if (fnmark && !skip_fnref) { /* a later mark of a note: its number as text */
        xmlChar *t = xmlNodeGetContent(n);
        long k = t ? strtol((const char *)t, NULL, 10) : 0;
        xmlFree(t);
        if (k >= 1 && k <= d->nfn) {
          sb_printf(&seg_add(out, SEG_RAW, ch, 0, 0)->s, "[^%s]", d->fn_ids[k - 1]);
          goto next;
        }
      }
      for (xmlNode *c = n->children; c; c = c->next) {
        if (is_w(c, "t") || is_w(c, "delText")) {
          xmlChar *t = xmlNodeGetContent(c);
          if (t && *t) sb_adds(&seg_add(out, SEG_TEXT, ch, it, bo)->s, (const char *)t);
          xmlFree(t);
        } else if (is_w(c, "tab")) {
          seg_add(out, SEG_TAB, ch, 0, 0);
        } else if (is_w(c, "br") || is_w(c, "cr")) {
          seg_add(out, SEG_BREAK, ch, 0, 0);
        } else if (is_w(c, "noBreakHyphen")) {
          sb_adds(&seg_add(out, SEG_TEXT, ch, it, bo)->s, "\xE2\x80\x91");
        } else if (is_w(c, "footnoteReference")) {
          char *id = wval(c, "id");
          if (id) sb_printf(&seg_add(out, SEG_RAW, ch, 0, 0)->s, "[^%s]", id);
          if (id && d->nfn < 256) snprintf(d->fn_ids[d->nfn++], sizeof d->fn_ids[0], "%s", id);
          xmlFree(id);
        } else if (is_w(c, "footnoteRef") && skip_fnref) {
          seg_add(out, SEG_RAW, ch, 0, 0); /* the note's own number: nothing */
        } else if (is_w(c, "commentReference")) {
          char *id = wval(c, "id");
          long k = id ? strtol(id, NULL, 10) : -1;
          if (k >= 0 && k < MAX_COMMENTS && d->comment_text[k])
            sb_printf(&seg_add(out, SEG_RAW, ch, 0, 0)->s, "{>>%s<<}", d->comment_text[k]);
          xmlFree(id);
        }
      }
    }
  next:
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != p && !n->next) n = n->parent;
    if (!n || n == p) break;
    n = n->next;
  }
}

/* Emphasis around escaped text, with the spaces at its ends left outside the marks. */
static void emph(struct strbuf *out, const struct seg *s) {
  struct strbuf e = {0};
  imp_escape(&e, s->s.data ? s->s.data : "", s->s.len);
  const char *t = sb_str(&e);
  size_t a = 0, z = e.len;
  const char *mk = s->b && s->i ? "***" : s->b ? "**" : s->i ? "*" : "";
  while (*mk && a < z && t[a] == ' ') a++;
  while (*mk && z > a && t[z - 1] == ' ') z--;
  sb_add(out, t, a);
  if (z > a) {
    if (s->b && s->i) sb_adds(out, "***");
    else sb_adds(out, mk);
    sb_add(out, t + a, z - a);
    if (s->b && s->i) sb_adds(out, "***");
    else sb_adds(out, mk);
  }
  sb_add(out, t + z, e.len - z);
  sb_free(&e);
}

static void seg_markup(struct strbuf *out, const struct seg *s) {
  switch (s->kind) {
  case SEG_TEXT: emph(out, s); break;
  case SEG_TAB: sb_addc(out, ' '); break;
  case SEG_BREAK: sb_addc(out, '\n'); break;
  case SEG_RAW: sb_add(out, s->s.data ? s->s.data : "", s->s.len); break;
  }
}

/* Segments [from, to) as resc inline markup; a deletion followed at once by an
 * insertion is a substitution. BLOCK: the paragraph's own change, implied. */
static void render(const struct para *p, size_t from, size_t to, int block, struct strbuf *out) {
  size_t i = from;
  while (i < to) {
    int ch = p->v[i].ch == block ? CH_NONE : p->v[i].ch;
    size_t j = i;
    while (j < to && (p->v[j].ch == block ? CH_NONE : p->v[j].ch) == ch) j++;
    if (ch == CH_NONE) {
      for (size_t k = i; k < j; k++) seg_markup(out, &p->v[k]);
    } else if (ch == CH_DEL && j < to && p->v[j].ch == CH_INS && block == CH_NONE) {
      size_t m = j;
      while (m < to && p->v[m].ch == CH_INS) m++;
      sb_adds(out, "{~~");
      for (size_t k = i; k < j; k++) seg_markup(out, &p->v[k]);
      sb_adds(out, "~>");
      for (size_t k = j; k < m; k++) seg_markup(out, &p->v[k]);
      sb_adds(out, "~~}");
      j = m;
    } else {
      sb_adds(out, ch == CH_INS ? "{++" : "{--");
      for (size_t k = i; k < j; k++) seg_markup(out, &p->v[k]);
      sb_adds(out, ch == CH_INS ? "++}" : "--}");
    }
    i = j;
  }
  /* trim */
  size_t a = 0;
  while (a < out->len && out->data[a] == ' ') a++;
  if (a) {
    memmove(out->data, out->data + a, out->len - a + 1);
    out->len -= a;
  }
  while (out->len && out->data[out->len - 1] == ' ') out->data[--out->len] = '\0';
}

static int para_change(const xmlNode *p) {
  xmlNode *rpr = child_w(child_w(p, "pPr"), "rPr");
  if (child_w(rpr, "ins")) return CH_INS;
  if (child_w(rpr, "del")) return CH_DEL;
  return CH_NONE;
}

static int starts(const char *s, const char *pre) { return strncmp(s, pre, strlen(pre)) == 0; }

/* One body paragraph, by its style. */
static void body_para(struct dctx *d, xmlNode *p, int in_table, struct strbuf *plain) {
  char *style = wval(child_w(child_w(p, "pPr"), "pStyle"), "val");
  const char *st = style ? style : "";
  int block = para_change(p);
  struct para pa = {0};
  if (strcmp(st, "ResNo") == 0) d->nfn = 0; /* Word numbers notes per section */
  d->anchor = NULL;
  collect_runs(d, p, &pa, 0);
  /* the label: the segments before the first tab */
  size_t tab = 0;
  while (tab < pa.n && pa.v[tab].kind != SEG_TAB) tab++;
  struct strbuf oldl = {0}, newl = {0}, m = {0};
  int lchange = 0;
  if (tab < pa.n) {
    for (size_t k = 0; k < tab; k++) {
      if (pa.v[k].kind != SEG_TEXT) continue;
      int ch = pa.v[k].ch == block ? CH_NONE : pa.v[k].ch;
      if (ch) lchange = 1;
      if (pa.v[k].ch != CH_INS) sb_add(&oldl, pa.v[k].s.data, pa.v[k].s.len);
      if (pa.v[k].ch != CH_DEL) sb_add(&newl, pa.v[k].s.data, pa.v[k].s.len);
    }
  }
  /* plain text, for documents without ITU styles */
  for (size_t k = 0; k < pa.n; k++) {
    if (pa.v[k].ch == CH_DEL) continue;
    if (pa.v[k].kind == SEG_TAB) sb_addc(plain, '\t');
    else if (pa.v[k].kind == SEG_TEXT) sb_add(plain, pa.v[k].s.data, pa.v[k].s.len);
  }
  sb_addc(plain, '\n');
  int level = 0;
  if (strcmp(st, "enumlev1") == 0) level = 2;
  else if (strcmp(st, "enumlev2") == 0) level = 3;
  else if (strcmp(st, "enumlev3") == 0) level = 4;
  struct imp *im = d->im;
  imp_block(im, (enum change)block);
  if (strcmp(st, "Restitle") == 0 || strcmp(st, "Resref") == 0 || strcmp(st, "Call") == 0 ||
      strcmp(st, "Normalaftertitle") == 0 || level)
    d->seen_resolution = 1; /* a resolution without a number line starts here */
  if (strcmp(st, "Proposal") == 0) {
    d->ituled = 1;
    render(&pa, tab < pa.n ? tab + 1 : 0, pa.n, block, &m);
    char *full = xstrdup(sb_str(&m));
    sb_clear(&m);
    sb_printf(&m, "%s %s", sb_str(&newl), full);
    free(full);
    imp_directive(im, "proposal", sb_str(&m));
  } else if (strcmp(st, "Reasons") == 0) {
    d->ituled = 1;
    render(&pa, tab < pa.n ? tab + 1 : 0, pa.n, block, &m);
    imp_directive(im, "reasons", sb_str(&m));
  } else if (strcmp(st, "ResNo") == 0) {
    d->ituled = 1;
    d->in_annex = 0;
    d->seen_resolution = 1;
    render(&pa, 0, pa.n, block, &m);
    const char *t = sb_str(&m), *dir = "resolution";
    if (starts(t, "DRAFT NEW RESOLUTION ")) dir = "draft", t += 21;
    else if (starts(t, "RESOLUTION ")) t += 11;
    else if (starts(t, "DECISION ")) dir = "decision", t += 9;
    imp_directive(im, dir, t);
  } else if (strcmp(st, "Restitle") == 0 || strcmp(st, "Normalaftertitle") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_directive(im, st[0] == 'R' ? "title" : "assembly", sb_str(&m));
  } else if (strcmp(st, "Resref") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    char *t = m.data ? m.data : (char *)"";
    if (*t == '(') t++;
    size_t n = strlen(t);
    if (n && t[n - 1] == ')') t[n - 1] = '\0';
    imp_directive(im, "history", t);
  } else if (strcmp(st, "Call") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_heading(im, sb_str(&m));
  } else if (strcmp(st, "AnnexNo") == 0) {
    d->ituled = 1;
  } else if (strcmp(st, "Annextitle") == 0) {
    d->ituled = 1;
    d->in_annex = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_directive(im, "annex", sb_str(&m));
  } else if (strcmp(st, "Headingb") == 0 || strcmp(st, "Source") == 0 || strcmp(st, "Title1") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    const char *t = sb_str(&m);
    if (strcmp(t, "Abstract:") == 0) {
    } else if (strcmp(st, "Source") == 0) {
      imp_directive(im, "source", t);
    } else if (strcmp(st, "Title1") == 0) {
      imp_directive(im, "subject", t);
    } else if (starts(t, "Document ")) {
      imp_directive(im, "document", t + 9);
    } else if (starts(t, "Original: ")) {
      imp_directive(im, "original", t + 10);
    } else if (in_table == 1) {
      imp_directive(im, "conference", t);
    } else if (t[0] >= '0' && t[0] <= '9') {
      imp_directive(im, "date", t);
    } else {
      imp_directive(im, in_table ? "committee" : "abstract", t);
    }
  } else if (level || (tab < pa.n && imp_label_mask(newl.len ? sb_str(&newl) : sb_str(&oldl)))) {
    if (d->anchor) {
      const char *e = strchr(d->anchor, ' ');
      sb_printf(&m, "{#%.*s} ", (int)(e - d->anchor - 1), d->anchor + 1);
    }
    render(&pa, tab < pa.n ? tab + 1 : 0, pa.n, block, &m);
    const char *label = lchange ? NULL : sb_str(&newl);
    if (level && tab >= pa.n) label = NULL;
    imp_clause(im, level ? level : 1, label, sb_str(&m));
  } else if (pa.n) {
    render(&pa, 0, pa.n, block, &m);
    if (d->in_annex) imp_heading(im, sb_str(&m));
    else if (!d->seen_resolution) imp_directive(im, "abstract", sb_str(&m));
    else imp_clause(im, 1, NULL, sb_str(&m));
  }
  sb_free(&m);
  sb_free(&oldl);
  sb_free(&newl);
  para_free(&pa);
  xmlFree(style);
}

/* Reads one zip entry, refusing entries bigger than DOCX_MAX_ENTRY. */
static char *read_entry(zip_t *z, const char *name, size_t *len, char *err, size_t errlen) {
  zip_stat_t zs;
  if (zip_stat(z, name, 0, &zs) != 0) return NULL;
  if (!(zs.valid & ZIP_STAT_SIZE) || zs.size > DOCX_MAX_ENTRY) {
    snprintf(err, errlen, "%s: entry too large (over %llu MiB)", name,
             (unsigned long long)(DOCX_MAX_ENTRY >> 20));
    return NULL;
  }
  zip_file_t *f = zip_fopen(z, name, 0);
  if (!f) {
    snprintf(err, errlen, "%s: cannot read: %s", name, zip_strerror(z));
    return NULL;
  }
  char *buf = xmalloc((size_t)zs.size + 1);
  zip_int64_t got = zip_fread(f, buf, zs.size);
  zip_fclose(f);
  if (got < 0 || (zip_uint64_t)got != zs.size) {
    snprintf(err, errlen, "%s: corrupt entry", name);
    free(buf);
    return NULL;
  }
  buf[zs.size] = '\0';
  *len = (size_t)zs.size;
  return buf;
}

/* XML parsed as untrusted input: no network, no DTD loading, no entity expansion. */
static xmlDocPtr parse_part(zip_t *z, const char *name, char *err, size_t errlen) {
  size_t len = 0;
  char *data = read_entry(z, name, &len, err, errlen);
  if (!data) return NULL;
  xmlDocPtr doc = xmlReadMemory(data, (int)len, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  free(data);
  if (!doc) {
    snprintf(err, errlen, "%s: not well-formed XML", name);
  } else if (doc->intSubset || doc->extSubset) {
    /* Word never writes a DOCTYPE; one here can only declare entities */
    snprintf(err, errlen, "%s: a DOCTYPE declaration (not allowed in a Word document)", name);
    xmlFreeDoc(doc);
    doc = NULL;
  }
  return doc;
}

/* Returns 0, or 1 (message in ERR) when the part exists but cannot be read. */
static int read_comments(struct dctx *d, zip_t *z, char *err, size_t errlen) {
  zip_stat_t zs;
  if (zip_stat(z, "word/comments.xml", 0, &zs) != 0) return 0; /* no such part */
  xmlDocPtr doc = parse_part(z, "word/comments.xml", err, errlen);
  if (!doc) return 1;
  for (xmlNode *c = xmlDocGetRootElement(doc)->children; c; c = c->next) {
    if (!is_w(c, "comment")) continue;
    char *id = wval(c, "id");
    long k = id ? strtol(id, NULL, 10) : -1;
    xmlFree(id);
    if (k < 0 || k >= MAX_COMMENTS || d->comment_text[k]) continue;
    struct strbuf t = {0};
    for (xmlNode *p = c->children; p; p = p->next) {
      if (!is_w(p, "p")) continue;
      struct para pa = {0};
      collect_runs(d, p, &pa, 1);
      struct strbuf m = {0};
      render(&pa, 0, pa.n, CH_NONE, &m);
      if (t.len && m.len) sb_addc(&t, ' ');
      sb_add(&t, sb_str(&m), m.len);
      sb_free(&m);
      para_free(&pa);
    }
    d->comment_text[k] = xstrdup(sb_str(&t));
    sb_free(&t);
  }
  xmlFreeDoc(doc);
  return 0;
}

/* Returns 0, or 1 (message in ERR) when the part exists but cannot be read. */
static int read_footnotes(struct dctx *d, zip_t *z, char *err, size_t errlen) {
  zip_stat_t zs;
  if (zip_stat(z, "word/footnotes.xml", 0, &zs) != 0) return 0; /* no such part */
  xmlDocPtr doc = parse_part(z, "word/footnotes.xml", err, errlen);
  if (!doc) return 1;
  for (xmlNode *f = xmlDocGetRootElement(doc)->children; f; f = f->next) {
    if (!is_w(f, "footnote")) continue;
    char *type = wval(f, "type");
    char *id = wval(f, "id");
    if (!type && id) {
      struct strbuf t = {0};
      for (xmlNode *p = f->children; p; p = p->next) {
        if (!is_w(p, "p")) continue;
        struct para pa = {0};
        collect_runs(d, p, &pa, 1);
        /* drop the tab after the note's own number */
        size_t from = 0;
        while (from < pa.n && pa.v[from].kind == SEG_RAW && !pa.v[from].s.len) from++;
        if (from < pa.n && pa.v[from].kind == SEG_TAB) from++;
        struct strbuf m = {0};
        render(&pa, from, pa.n, CH_NONE, &m);
        if (t.len && m.len) sb_addc(&t, ' ');
        sb_add(&t, sb_str(&m), m.len);
        sb_free(&m);
        para_free(&pa);
      }
      imp_footnote(d->im, id, sb_str(&t));
      sb_free(&t);
    }
    xmlFree(type);
    xmlFree(id);
  }
  xmlFreeDoc(doc);
  return 0;
}

int import_docx(struct imp *im, const char *path, char *err, size_t errlen) {
  int zerr = 0;
  zip_t *z = zip_open(path, ZIP_RDONLY, &zerr);
  if (!z) {
    snprintf(err, errlen, "not a Word document (not a readable zip archive)");
    return 1;
  }
  zip_int64_t entries = zip_get_num_entries(z, 0);
  if (entries < 0 || entries > DOCX_MAX_ENTRIES) {
    snprintf(err, errlen, "too many entries in the archive (over %d)", DOCX_MAX_ENTRIES);
    zip_close(z);
    return 1;
  }
  zip_stat_t zs;
  if (zip_stat(z, "word/document.xml", 0, &zs) != 0) {
    snprintf(err, errlen, "not a Word document (no word/document.xml)");
    zip_close(z);
    return 1;
  }
  xmlDocPtr doc = parse_part(z, "word/document.xml", err, errlen);
  if (!doc) {
    zip_close(z);
    return 1;
  }
  struct dctx *d = xcalloc(1, sizeof *d);
  d->im = im;
  xmlNode *body = child_w(xmlDocGetRootElement(doc), "body");
  if (!body || read_comments(d, z, err, errlen) != 0) {
    if (!body) snprintf(err, errlen, "not a Word document (no w:body)");
    for (int i = 0; i < MAX_COMMENTS; i++) free(d->comment_text[i]);
    xmlFreeDoc(doc);
    zip_close(z);
    free(d);
    return 1;
  }
  /* the bookmarks that references point to (iterative walk) */
  sb_adds(&d->anchors, " ");
  for (xmlNode *h = body->children; h;) {
    if (is_w(h, "hyperlink")) {
      char *a = wval(h, "anchor");
      if (a && strncmp(a, "_resc", 5) == 0 && strlen(a) <= 40 && !strchr(a, ' '))
        sb_printf(&d->anchors, "%s ", a);
      xmlFree(a);
    }
    if (h->children && h->type == XML_ELEMENT_NODE) {
      h = h->children;
      continue;
    }
    while (h && h != body && !h->next) h = h->parent;
    if (!h || h == body) break;
    h = h->next;
  }
  struct strbuf plain = {0};
  /* Iterative walk: paragraphs, also those in table cells (the document header). */
  xmlNode *n = body->children;
  int cell = 0;
  while (n) {
    int descend = 1;
    if (is_w(n, "p")) {
      body_para(d, n, cell, &plain);
      descend = 0;
    } else if (is_w(n, "tc")) {
      cell++;
    } else if (is_w(n, "sectPr")) {
      descend = 0;
    }
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != body && !n->next) {
      n = n->parent;
      if (is_w(n, "tbl")) cell = 0;
    }
    if (!n || n == body) break;
    n = n->next;
  }
  if (!d->ituled) {
    /* no ITU styles: the structure comes from the text, as for plain text */
    sb_clear(&im->out);
    sb_clear(&im->notes);
    im->block = CH_NONE;
    import_text(im, sb_str(&plain), plain.len, err, errlen);
  }
  int rc = read_footnotes(d, z, err, errlen);
  sb_free(&plain);
  sb_free(&d->anchors);
  for (int i = 0; i < MAX_COMMENTS; i++) free(d->comment_text[i]);
  free(d);
  xmlFreeDoc(doc);
  zip_close(z);
  return rc;
}

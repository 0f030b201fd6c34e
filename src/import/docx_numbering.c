/* Word's list numbering, for DOCX import: a document whose clause labels are automatic
 * list numbers has no label in its text at all, so the labels are counted here the way
 * Word counts them. word/numbering.xml defines abstract lists (w:abstractNum, nine
 * levels each: w:start, w:numFmt, w:lvlText, w:lvlRestart, w:isLgl, w:pStyle) and list
 * instances (w:num, pointing to an abstract list, with w:lvlOverride/w:startOverride or a
 * whole w:lvl); a paragraph joins a list by its w:numPr (w:numId, w:ilvl) or through its
 * paragraph style's (with w:basedOn). As in Word, instances of one abstract list
 * continue each other's numbering, and an instance that overrides a level's start
 * restarts that level where it is first used. Every count is kept twice, for the old
 * text (inserted paragraphs skipped) and the new text (deleted ones skipped), so that a
 * list relettered under tracked changes gives the same old and new labels as resc
 * computes. The input is untrusted: every table and string is capped. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "docx.h"
#include "import.h"

#define NB_LEVELS 9
#define NB_MAX_DEFS 4096     /* w:abstractNum, w:num and w:style elements read, each */
#define NB_MAX_COUNT 1000000 /* a counter stops there */
#define NB_STYLE_HOPS 16     /* w:basedOn links followed */

enum nfmt {
  NF_DECIMAL,
  NF_LOWER_LETTER,
  NF_UPPER_LETTER,
  NF_LOWER_ROMAN,
  NF_UPPER_ROMAN,
  NF_BULLET,
  NF_NONE
};

struct nlvl {
  int start;
  enum nfmt fmt;
  int restart; /* w:lvlRestart: -1 when absent (after any higher level), 0 never */
  int legal;   /* w:isLgl: every level's number in decimal */
  char text[64];
  char *pstyle;
};

struct nabs {
  long id;
  struct nlvl lvl[NB_LEVELS];
  int count[2][NB_LEVELS];
  int active[2][NB_LEVELS]; /* counted since the level last restarted */
};

struct nnum {
  long id;
  long abs_id;
  struct nabs *abs;
  int has_start[NB_LEVELS], start[NB_LEVELS];
  int has_lvl[NB_LEVELS];
  struct nlvl lvl[NB_LEVELS];
  int seen[2];
};

struct nstyle {
  char *id, *based_on;
  long num_id;
  int has_num, ilvl, has_ilvl;
};

struct docx_numbering {
  struct nabs *abs;
  size_t nabs;
  struct nnum *num;
  size_t nnum;
  struct nstyle *style;
  size_t nstyle;
  const char *default_style;
};

/* The w:val of N's child CHILD as a number, DFLT when absent, kept within LO..HI (the
 * input is untrusted: no value may overflow what it is stored in). */
static int lval(const xmlNode *n, const char *child, long dflt, long lo, long hi) {
  char *v = docx_wval(docx_child_w(n, child), "val");
  long r = v ? strtol(v, NULL, 10) : dflt;
  xmlFree(v);
  return (int)(r < lo ? lo : r > hi ? hi : r);
}

static enum nfmt parse_fmt(const char *f) {
  if (!f) return NF_DECIMAL;
  if (strcmp(f, "lowerLetter") == 0) return NF_LOWER_LETTER;
  if (strcmp(f, "upperLetter") == 0) return NF_UPPER_LETTER;
  if (strcmp(f, "lowerRoman") == 0) return NF_LOWER_ROMAN;
  if (strcmp(f, "upperRoman") == 0) return NF_UPPER_ROMAN;
  if (strcmp(f, "bullet") == 0) return NF_BULLET;
  if (strcmp(f, "none") == 0) return NF_NONE;
  return NF_DECIMAL; /* decimal, decimalZero, ordinal, ...: a number */
}

static void parse_lvl(const xmlNode *l, struct nlvl *out) {
  out->start = lval(l, "start", 0, 0, NB_MAX_COUNT); /* ECMA-376: 0 when absent */
  char *f = docx_wval(docx_child_w(l, "numFmt"), "val");
  out->fmt = parse_fmt(f);
  xmlFree(f);
  out->restart = docx_child_w(l, "lvlRestart") ? lval(l, "lvlRestart", -1, -1, NB_LEVELS) : -1;
  xmlNode *lg = docx_child_w(l, "isLgl");
  if (lg) {
    char *v = docx_wval(lg, "val");
    out->legal = !v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0);
    xmlFree(v);
  }
  char *t = docx_wval(docx_child_w(l, "lvlText"), "val");
  snprintf(out->text, sizeof out->text, "%s", t ? t : "");
  xmlFree(t);
  char *ps = docx_wval(docx_child_w(l, "pStyle"), "val");
  free(out->pstyle);
  out->pstyle = ps ? xstrdup(ps) : NULL;
  xmlFree(ps);
}

/* The 0-based level of a w:lvl, or -1 when out of range. */
static int lvl_index(const xmlNode *l) {
  char *v = docx_wval(l, "ilvl");
  long k = v ? strtol(v, NULL, 10) : -1;
  xmlFree(v);
  return k >= 0 && k < NB_LEVELS ? (int)k : -1;
}

static void default_levels(struct nlvl *lv) {
  for (int k = 0; k < NB_LEVELS; k++) {
    lv[k].fmt = NF_DECIMAL;
    lv[k].restart = -1;
    snprintf(lv[k].text, sizeof lv[k].text, "%%%d", k + 1);
  }
}

static void read_numbering(struct docx_numbering *nb, xmlDocPtr doc) {
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  size_t na = 0, nn = 0;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    if (docx_is_w(c, "abstractNum")) na++;
    else if (docx_is_w(c, "num")) nn++;
  }
  if (na > NB_MAX_DEFS) na = NB_MAX_DEFS;
  if (nn > NB_MAX_DEFS) nn = NB_MAX_DEFS;
  nb->abs = xcalloc(na ? na : 1, sizeof *nb->abs);
  nb->num = xcalloc(nn ? nn : 1, sizeof *nb->num);
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    if (docx_is_w(c, "abstractNum") && nb->nabs < na) {
      struct nabs *a = &nb->abs[nb->nabs++];
      char *id = docx_wval(c, "abstractNumId");
      a->id = id ? strtol(id, NULL, 10) : -1;
      xmlFree(id);
      default_levels(a->lvl);
      for (xmlNode *l = c->children; l; l = l->next) {
        int k = docx_is_w(l, "lvl") ? lvl_index(l) : -1;
        if (k >= 0) parse_lvl(l, &a->lvl[k]);
      }
    } else if (docx_is_w(c, "num") && nb->nnum < nn) {
      struct nnum *n = &nb->num[nb->nnum++];
      char *id = docx_wval(c, "numId");
      n->id = id ? strtol(id, NULL, 10) : -1;
      xmlFree(id);
      n->abs_id = lval(c, "abstractNumId", -1, -1, INT_MAX);
      default_levels(n->lvl);
      for (xmlNode *o = c->children; o; o = o->next) {
        int k = docx_is_w(o, "lvlOverride") ? lvl_index(o) : -1;
        if (k < 0) continue;
        if (docx_child_w(o, "startOverride")) {
          n->has_start[k] = 1;
          n->start[k] = lval(o, "startOverride", 0, 0, NB_MAX_COUNT);
        }
        xmlNode *l = docx_child_w(o, "lvl");
        if (l) {
          parse_lvl(l, &n->lvl[k]);
          n->has_lvl[k] = 1;
          if (!n->has_start[k]) n->has_start[k] = 1, n->start[k] = n->lvl[k].start;
        }
      }
    }
  }
  for (size_t i = 0; i < nb->nnum; i++)
    for (size_t j = 0; j < nb->nabs && !nb->num[i].abs; j++)
      if (nb->abs[j].id == nb->num[i].abs_id) nb->num[i].abs = &nb->abs[j];
}

static int style_cmp(const void *a, const void *b) {
  return strcmp(((const struct nstyle *)a)->id, ((const struct nstyle *)b)->id);
}

static int num_cmp(const void *a, const void *b) {
  long x = ((const struct nnum *)a)->id, y = ((const struct nnum *)b)->id;
  return x < y ? -1 : x > y;
}

static void read_styles(struct docx_numbering *nb, xmlDocPtr doc) {
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  size_t ns = 0;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next)
    if (docx_is_w(c, "style")) ns++;
  if (ns > NB_MAX_DEFS) ns = NB_MAX_DEFS;
  nb->style = xcalloc(ns ? ns : 1, sizeof *nb->style);
  for (xmlNode *c = root ? root->children : NULL; c && nb->nstyle < ns; c = c->next) {
    if (!docx_is_w(c, "style")) continue;
    char *type = docx_wval(c, "type"), *id = docx_wval(c, "styleId");
    char *def = docx_wval(c, "default");
    if (id && (!type || strcmp(type, "paragraph") == 0)) {
      struct nstyle *s = &nb->style[nb->nstyle++];
      s->id = xstrdup(id);
      char *b = docx_wval(docx_child_w(c, "basedOn"), "val");
      s->based_on = b ? xstrdup(b) : NULL;
      xmlFree(b);
      xmlNode *np = docx_child_w(docx_child_w(c, "pPr"), "numPr");
      s->has_num = docx_child_w(np, "numId") != NULL;
      s->num_id = lval(np, "numId", 0, -1, INT_MAX);
      s->has_ilvl = docx_child_w(np, "ilvl") != NULL;
      s->ilvl = lval(np, "ilvl", 0, 0, NB_LEVELS - 1);
      if (def && (strcmp(def, "1") == 0 || strcmp(def, "true") == 0)) nb->default_style = s->id;
    }
    xmlFree(type);
    xmlFree(id);
    xmlFree(def);
  }
  qsort(nb->style, nb->nstyle, sizeof *nb->style, style_cmp);
}

struct docx_numbering *docx_numbering_new(xmlDocPtr numbering, xmlDocPtr styles) {
  struct docx_numbering *nb = xcalloc(1, sizeof *nb);
  read_numbering(nb, numbering);
  qsort(nb->num, nb->nnum, sizeof *nb->num, num_cmp);
  read_styles(nb, styles);
  return nb;
}

void docx_numbering_free(struct docx_numbering *nb) {
  if (!nb) return;
  for (size_t i = 0; i < nb->nabs; i++)
    for (int k = 0; k < NB_LEVELS; k++) free(nb->abs[i].lvl[k].pstyle);
  for (size_t i = 0; i < nb->nnum; i++)
    for (int k = 0; k < NB_LEVELS; k++) free(nb->num[i].lvl[k].pstyle);
  for (size_t i = 0; i < nb->nstyle; i++) {
    free(nb->style[i].id);
    free(nb->style[i].based_on);
  }
  free(nb->abs);
  free(nb->num);
  free(nb->style);
  free(nb);
}

static struct nnum *find_num(struct docx_numbering *nb, long id) {
  struct nnum key = {.id = id};
  return bsearch(&key, nb->num, nb->nnum, sizeof *nb->num, num_cmp);
}

static const struct nstyle *find_style(const struct docx_numbering *nb, const char *id) {
  if (!id) return NULL;
  struct nstyle key = {.id = (char *)id};
  return bsearch(&key, nb->style, nb->nstyle, sizeof *nb->style, style_cmp);
}

static const struct nlvl *level_of(const struct nnum *n, int k) {
  return n->has_lvl[k] ? &n->lvl[k] : &n->abs->lvl[k];
}

/* Word's letters: a ... z, aa ... zz, aaa ... */
static void put_letters(struct strbuf *sb, int v, int upper) {
  int reps = (v - 1) / 26 + 1;
  char c = (char)((upper ? 'A' : 'a') + (v - 1) % 26);
  for (int i = 0; i < reps && i < 64; i++) sb_addc(sb, c);
}

static void put_roman(struct strbuf *sb, int v, int upper) {
  static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char *const sym[] = {"m",  "cm", "d",  "cd", "c",  "xc", "l",
                                    "xl", "x",  "ix", "v",  "iv", "i"};
  for (int i = 0; i < 13; i++)
    while (v >= val[i]) {
      for (const char *s = sym[i]; *s; s++) sb_addc(sb, upper ? (char)(*s - 'a' + 'A') : *s);
      v -= val[i];
    }
}

/* One level's number in its format; letters and roman numerals need a positive value
 * (and roman at most 3999), else the number is written in decimal. */
static void put_number(struct strbuf *sb, int v, enum nfmt f) {
  if ((f == NF_LOWER_LETTER || f == NF_UPPER_LETTER) && v > 0)
    put_letters(sb, v, f == NF_UPPER_LETTER);
  else if ((f == NF_LOWER_ROMAN || f == NF_UPPER_ROMAN) && v > 0 && v < 4000)
    put_roman(sb, v, f == NF_UPPER_ROMAN);
  else sb_printf(sb, "%d", v);
}

/* The label as resc writes it: w:lvlText with its %1 ... %9 filled in when that gives a
 * resc label ("a)", "1", "ii)"); otherwise (Word's "1.", "(a)", "A)", "1.2") the
 * level's own number in resc's form, which is what the clause's label means. */
static void label_text(const struct nnum *n, int view, int lv, struct strbuf *out) {
  const struct nlvl *L = level_of(n, lv);
  if (L->fmt == NF_NONE) return;
  if (L->fmt == NF_BULLET) {
    sb_adds(out, "–");
    return;
  }
  struct strbuf t = {0};
  for (const char *p = L->text; *p; p++) {
    if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
      int k = p[1] - '1';
      const struct nlvl *K = level_of(n, k);
      int v = n->abs->active[view][k] ? n->abs->count[view][k]
                                      : (n->has_start[k] ? n->start[k] : K->start);
      put_number(&t, v, L->legal ? NF_DECIMAL : K->fmt);
      p++;
    } else {
      sb_addc(&t, *p);
    }
  }
  if (t.len && imp_label_mask(sb_str(&t))) {
    sb_add(out, t.data, t.len);
  } else {
    int v = n->abs->count[view][lv];
    enum nfmt f = L->fmt;
    if (f == NF_UPPER_LETTER) f = NF_LOWER_LETTER;
    if (f == NF_UPPER_ROMAN) f = NF_LOWER_ROMAN;
    size_t at = out->len;
    put_number(out, v, f);
    if (out->len > at && out->data[at] >= 'a' && out->data[at] <= 'z') sb_addc(out, ')');
  }
  sb_free(&t);
}

/* Counts one list item at level LV of instance N in VIEW (0 old, 1 new), restarting the
 * deeper levels as their w:lvlRestart says. */
static void count(struct nnum *n, int view, int lv) {
  struct nabs *a = n->abs;
  if (!n->seen[view]) { /* an instance that overrides a start restarts there */
    n->seen[view] = 1;
    for (int k = 0; k < NB_LEVELS; k++)
      if (n->has_start[k]) a->active[view][k] = 0;
  }
  if (!a->active[view][lv]) {
    a->count[view][lv] = n->has_start[lv] ? n->start[lv] : level_of(n, lv)->start;
    a->active[view][lv] = 1;
  } else if (a->count[view][lv] < NB_MAX_COUNT) {
    a->count[view][lv]++;
  }
  for (int k = lv + 1; k < NB_LEVELS; k++) {
    int r = level_of(n, k)->restart;
    if (r < 0 || (r > 0 && lv < r)) a->active[view][k] = 0;
  }
}

int docx_numbering_label(struct docx_numbering *nb, const xmlNode *p, int block,
                         struct strbuf *old_label, struct strbuf *new_label, int *ilvl) {
  if (!nb || !nb->nnum) return 0;
  xmlNode *ppr = docx_child_w(p, "pPr");
  xmlNode *np = docx_child_w(ppr, "numPr");
  long num_id = -1;
  int lv = -1;
  if (docx_child_w(np, "numId")) num_id = lval(np, "numId", 0, -1, INT_MAX);
  if (docx_child_w(np, "ilvl")) lv = lval(np, "ilvl", 0, 0, NB_LEVELS - 1);
  char *sv = docx_wval(docx_child_w(ppr, "pStyle"), "val");
  const struct nstyle *own = find_style(nb, sv ? sv : nb->default_style);
  xmlFree(sv);
  const struct nstyle *s = own;
  for (int hop = 0; s && hop < NB_STYLE_HOPS && (num_id < 0 || lv < 0); hop++) {
    if (num_id < 0 && s->has_num) num_id = s->num_id;
    if (lv < 0 && s->has_ilvl) lv = s->ilvl;
    s = find_style(nb, s->based_on);
  }
  if (num_id <= 0) return 0; /* w:numId 0: numbering switched off */
  struct nnum *n = find_num(nb, num_id);
  if (!n || !n->abs) return 0;
  if (lv < 0 && own) /* a level tied to the paragraph's style */
    for (int k = 0; k < NB_LEVELS && lv < 0; k++)
      if (level_of(n, k)->pstyle && strcmp(level_of(n, k)->pstyle, own->id) == 0) lv = k;
  if (lv < 0 || lv >= NB_LEVELS) lv = lv < 0 ? 0 : NB_LEVELS - 1;
  *ilvl = lv;
  if (block != CH_INS) {
    count(n, 0, lv);
    label_text(n, 0, lv, old_label);
  }
  if (block != CH_DEL) {
    count(n, 1, lv);
    label_text(n, 1, lv, new_label);
  }
  return 1;
}

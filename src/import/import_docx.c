/* DOCX import: word/document.xml (with footnotes.xml, comments.xml, and numbering.xml
 * and styles.xml for list numbers) read with libzip and libxml2, as untrusted input: no
 * network, no DTD, no entity expansion, and caps on the entry count and on uncompressed
 * sizes against zip bombs. ITU paragraph styles map to resc constructs; a document
 * without them goes through the plain-text reader. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "arena.h"
#include "docx.h"
#include "import.h"
#include "lang/lang.h"
#include "phrases.h"
#include "strmap.h"
#include "utf8.h"

#define DOCX_MAX_ENTRIES 10000
#define DOCX_MAX_ENTRY ((zip_uint64_t)64 * 1024 * 1024)
#define DOCX_MAX_RATIO 200 /* Word's XML deflates 5 to 30 times; a bomb, thousands */
#define DOCX_RATIO_FROM ((zip_uint64_t)1024 * 1024) /* small entries are not checked */
#define MAX_COMMENTS 10000
#define MAX_NOTES 100000
#define MAX_NOTE_ID 40 /* Word's limit on a bookmark name bounds the ids carried */

enum seg_kind { SEG_TEXT, SEG_TAB, SEG_BREAK, SEG_RAW };

struct seg {
  enum seg_kind kind;
  unsigned char ch, i, b;
  const char *note; /* SEG_RAW of a footnote mark: the note's resc id */
  struct strbuf s;
};

struct para {
  struct seg *v;
  size_t n, cap;
};

/* A footnote of footnotes.xml: Word's id, the id it wants in resc (the one resc wrote,
 * read back from the note's "_rescfn" bookmark, else Word's), the id it gets, and its
 * text. A note whose wanted id and text are those of an earlier one (the same note in
 * two resolutions of one file) is that note: one definition. */
struct note {
  const char *word, *want, *id, *text;
  const char *suffix; /* an inserted note's "bis", typed after Word's number */
  int dup;
  int last_k; /* of the first note wanting an id: the last suffix given ("-3") */
};

/* Everything a document holds of its own is looked up through hash maps, so that no
 * input, however many notes or links it has, makes import quadratic. */
struct dctx {
  struct imp *im;
  struct arena *a;
  char *comment_text[MAX_COMMENTS]; /* escaped text by comment id */
  int in_annex, seen_resolution, ituled;
  /* an appendix's number ("Appendix I" in AppendixNo), written with its title */
  char appendix[32];
  int appendix_open;
  int seen_language; /* @language written (before the first number line) */
  /* a proposal line held until the number line after it tells the language, which the
   * header states before the proposal */
  char *pending_proposal;
  /* a body of rules (ITU's SectionNo paragraphs, WTSA Res. 1): its structure is read
   * from its text, from its number line (PLAIN_FROM in the plain text) on */
  int rules;
  size_t plain_from;
  /* the labels of the open clauses, to nest a dotted provision (7.4.1) under the one
   * it extends; the level of the last provision, whose paragraphs follow it */
  char lab[10][32];
  int depth, prov;
  struct strmap *anchors;   /* bookmarks that a hyperlink points to */
  struct strmap *ids;       /* "_resc<n>" -> the clause id its "_rescid<n>_" bookmark carries */
  struct strmap *bookmarks; /* the names of the bookmarks of resc's in the body */
  const char *anchor;       /* the referenced bookmark that starts the paragraph read */
  const char *anchor_id;    /* the clause id that the paragraph read carries */
  int clause_mark;          /* the paragraph read starts with a clause bookmark of resc's */
  struct note *notes;
  size_t nnotes, cap;
  /* index + 1 of a note by Word's id, by wanted id and text, by id given, and of the
   * first note by wanted id */
  struct strmap *by_word, *by_key, *by_id, *by_want;
  const char *fn_ids[256]; /* resc ids of the notes of this resolution, by number */
  int nfn;
  struct docx_numbering *nb;
  struct strmap *styles; /* paragraph style id -> the ITU style it is (by id or name) */
  int abstract_open;     /* an "Abstract:" heading was read */
  int in_body;           /* a section heading was read since the number line */
  const char *drop_typed; /* "bis" typed after a reference to an inserted note */
  int auto_notes;         /* notes of footnotes.xml that Word numbers itself */
  /* a Recommendation (a RecNo paragraph, as ITU-T's Word files have): 1 before its
   * number line, 2 after it, 3 after its title; REC_OPEN: a section is open */
  int rec, rec_open, rec_lines; /* REC_LINES: lines written in the open section */
  int rec_section; /* the part open is a @section (Heading1), where a table may stand */
  char rec_sec[32]; /* the number of the open @section of a Recommendation */
};

/* The paragraph styles of ITU's template that import reads. */
static const char *const itu_styles[] = {"ResNo",      "Restitle", "Resref",  "Normalaftertitle",
                                         "Call",       "Proposal", "Reasons", "AnnexNo",
                                         "Annextitle", "Headingb", "Source",  "Title1",
                                         "enumlev1",   "enumlev2", "enumlev3", "AppendixNo",
                                         "Appendixref", "Appendixtitle"};

/* The ITU style that a style id or name stands for, compared without case and spaces
 * (LibreOffice saves "enumlev1" as "Enumlev1"; ITU's "Normalaftertitle0" is named
 * "Normal after title"), or NULL. */
static const char *itu_style(const char *name) {
  char key[64];
  size_t n = 0;
  for (const char *p = name; p && *p && n < sizeof key - 1; p++)
    if (*p != ' ') key[n++] = *p;
  key[n] = '\0';
  for (size_t i = 0; i < sizeof itu_styles / sizeof *itu_styles; i++)
    if (strcasecmp(key, itu_styles[i]) == 0) return itu_styles[i];
  return NULL;
}

/* Maps the paragraph styles of styles.xml to the ITU styles they are, by id or name. */
static void read_style_names(struct dctx *d, xmlDocPtr styles) {
  xmlNode *root = styles ? xmlDocGetRootElement(styles) : NULL;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    if (!docx_is_w(c, "style")) continue;
    char *id = docx_wval(c, "styleId"), *name = docx_wval(docx_child_w(c, "name"), "val");
    const char *itu = itu_style(id);
    if (!itu) itu = itu_style(name);
    if (id && itu && !strmap_get(d->styles, id))
      strmap_put(d->styles, arena_strdup(d->a, id), (void *)itu);
    xmlFree(id);
    xmlFree(name);
  }
}

/* The ITU style of paragraph style id ID, else ID itself. */
static const char *style_of(const struct dctx *d, const char *id) {
  const char *itu = id ? strmap_get(d->styles, id) : NULL;
  if (!itu) itu = itu_style(id);
  return itu ? itu : id ? id : "";
}

/* Whether NAME is a bookmark of resc's that may stand in "{#...}" and "{ref ...}". */
static int anchor_name(const char *a) {
  return a && strncmp(a, "_resc", 5) == 0 && strlen(a) <= 40 &&
         strspn(a, "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") == strlen(a);
}

/* A resc id from its escaped form in a bookmark name (resc writes '_', '-', '.' and
 * ':' as '_' and two hex digits, letters and digits as they are), or NULL when ENC is
 * not one. */
static char *unescape_id(struct arena *a, const char *enc) {
  char id[41];
  size_t n = 0;
  for (const char *p = enc; *p;) {
    int c = (unsigned char)*p;
    if (c == '_') {
      unsigned v;
      if (!isxdigit((unsigned char)p[1]) || !isxdigit((unsigned char)p[2]) ||
          sscanf(p + 1, "%2x", &v) != 1)
        return NULL;
      c = (int)v;
      p += 3;
    } else {
      p++;
    }
    if ((!isalnum(c) && c != '_' && c != '-' && c != '.' && c != ':') || n == sizeof id - 1)
      return NULL;
    id[n++] = (char)c;
  }
  return n ? arena_strndup(a, id, n) : NULL;
}

/* The clause id that resc's bookmark "_rescid<n>_<escaped id>" carries, with in *KEY
 * the name of the clause's own bookmark "_resc<n>"; NULL when NAME is no such bookmark. */
static char *carried_id(struct arena *a, const char *name, char *key, size_t cap) {
  if (!name || strncmp(name, "_rescid", 7) != 0 || strlen(name) > 40) return NULL;
  const char *p = name + 7;
  size_t digits = strspn(p, "0123456789");
  if (!digits || p[digits] != '_' || digits + 6 > cap) return NULL;
  snprintf(key, cap, "_resc%.*s", (int)digits, p);
  return unescape_id(a, p + digits + 1);
}

/* How resc's bookmark NAME reads in the source: the clause id it carries, else the
 * name without its leading '_'. */
static const char *anchor_text(const struct dctx *d, const char *name) {
  const char *id = strmap_get(d->ids, name);
  return id ? id : name + 1;
}

/* A hyperlink to a bookmark of resc's that the document still has (one whose bookmark
 * was deleted is only its text). */
static int referenced(const struct dctx *d, const char *name) {
  return anchor_name(name) && strmap_get(d->anchors, name) && strmap_get(d->bookmarks, name);
}

int docx_is_w(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
         strstr((const char *)n->ns->href, "wordprocessingml") &&
         strcmp((const char *)n->name, name) == 0;
}

xmlNode *docx_child_w(const xmlNode *n, const char *name) {
  for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (docx_is_w(c, name)) return c;
  return NULL;
}

/* The attribute in Word's namespace wins over one of the same name in another. */
char *docx_wval(const xmlNode *n, const char *attr) {
  xmlAttr *found = NULL;
  for (xmlAttr *a = n ? n->properties : NULL; a; a = a->next) {
    if (strcmp((const char *)a->name, attr) != 0) continue;
    int ours = a->ns && a->ns->href && strstr((const char *)a->ns->href, "wordprocessingml");
    if (ours || !found) found = a;
    if (ours) break;
  }
  return found ? (char *)xmlNodeGetContent((xmlNode *)found) : NULL;
}

/* The resc id of Word's note WORD, or NULL when footnotes.xml has no such note. */
static const char *note_id(const struct dctx *d, const char *word) {
  size_t i = word ? (size_t)strmap_get(d->by_word, word) : 0;
  return i ? d->notes[i - 1].id : NULL;
}

/* Whether a note's id is a number the plain-text reader reads back ("2", "1bis"). */
static int numbered_id(const char *id) {
  size_t n = strspn(id, "0123456789");
  return n && (!id[n] || strcmp(id + n, "bis") == 0 || strcmp(id + n, "ter") == 0 ||
               strcmp(id + n, "quater") == 0);
}

/* The "bis" of Word's note WORD when it is an inserted note (see inserted_note), else
 * NULL. */
static const char *note_suffix(const struct dctx *d, const char *word) {
  size_t i = word ? (size_t)strmap_get(d->by_word, word) : 0;
  return i ? d->notes[i - 1].suffix : NULL;
}

/* An id as it may stand in "[^id]": Word's own when it is one, else FALLBACK. */
static void safe_id(struct strbuf *out, const char *id, const char *fallback) {
  size_t n = id ? strlen(id) : 0;
  int ok = n > 0 && n <= MAX_NOTE_ID;
  for (size_t i = 0; ok && i < n; i++)
    ok = (id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'z') ||
         (id[i] >= 'A' && id[i] <= 'Z') || id[i] == '_' || id[i] == '-';
  sb_adds(out, ok ? id : fallback);
}

/* A toggle property (w:i, w:b) is on unless w:val says 0 or false. */
static int toggle(const xmlNode *rpr, const char *name) {
  xmlNode *e = docx_child_w(rpr, name);
  if (!e) return 0;
  char *v = docx_wval(e, "val");
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

/* Text of a run, as typed: a U+00AD character inside the text (pasted from a PDF, say:
 * "ITU\u00ADT", which Word shows as "ITUT") is kept, so that check reports it; Word's own
 * optional hyphen, the w:softHyphen element, is layout and is not read at all. */
static void add_text(struct para *p, int ch, int i, int b, const char *t) {
  sb_adds(&seg_add(p, SEG_TEXT, ch, i, b)->s, t);
}

/* The character of a w:sym, as UTF-8 in U (at least 5 bytes): Word's symbol fonts put
 * their glyphs at U+F020-U+F0FF; the ones a resolution uses (dashes, bullets, signs)
 * map to Unicode, any other character code is taken as it is. Returns 0 for none. */
static int sym_char(const xmlNode *c, char *u) {
  char *v = docx_wval(c, "char");
  unsigned long k = v ? strtoul(v, NULL, 16) : 0;
  xmlFree(v);
  static const struct {
    unsigned long sym, uni;
  } map[] = {{0x2D, 0x2212}, {0xB7, 0x2022}, {0xD7, 0x00D7}, {0xB4, 0x00D7}, {0xE3, 0x00A9},
             {0xD3, 0x00A9}, {0xE2, 0x00AE}, {0xD2, 0x00AE}, {0xB1, 0x00B1}, {0xB3, 0x2265},
             {0xA3, 0x2264}, {0xAE, 0x2192}, {0xBE, 0x2014}, {0xA7, 0x25AA}};
  if (k >= 0xF020 && k <= 0xF0FF) {
    unsigned long low = k - 0xF000, uni = low;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
      if (map[i].sym == low) uni = map[i].uni;
    k = uni;
  }
  if (k < 0x20 || (k >= 0x7F && k < 0xA0) || k > 0xFFFF || (k >= 0xD800 && k < 0xE000)) return 0;
  utf8_encode((unsigned)k, u);
  return 1;
}

static void para_free(struct para *p) {
  for (size_t i = 0; i < p->n; i++) sb_free(&p->v[i].s);
  free(p->v);
  memset(p, 0, sizeof *p);
}

/* The tracked change a run is in: the nearest w:ins / w:del between it and P. */
static int run_change(const xmlNode *r, const xmlNode *p) {
  for (const xmlNode *a = r->parent; a && a != p; a = a->parent) {
    if (docx_is_w(a, "ins") || docx_is_w(a, "moveTo")) return CH_INS;
    if (docx_is_w(a, "del") || docx_is_w(a, "moveFrom")) return CH_DEL;
  }
  return CH_NONE;
}

/* The node after N in a depth-first walk of ROOT's subtree (into N's children when
 * DESCEND), or NULL at its end. */
static xmlNode *walk_next(xmlNode *n, const xmlNode *root, int descend) {
  if (descend && n->children) return n->children;
  while (n && n != root && !n->next) n = n->parent;
  return !n || n == root ? NULL : n->next;
}

/* Collects the runs of paragraph P into segments. Iterative walk of its subtree;
 * property elements are not entered. */
static void collect_runs(struct dctx *d, xmlNode *p, struct para *out, int skip_fnref) {
  xmlNode *n = p->children;
  d->drop_typed = NULL;
  while (n) {
    int descend = 1;
    if (docx_is_w(n, "pPr") || docx_is_w(n, "rPr") || docx_is_w(n, "instrText")) descend = 0;
    if (docx_is_w(n, "hyperlink")) {
      char *a = docx_wval(n, "anchor");
      if (referenced(d, a)) { /* a {ref}: the phrase and label are resc's to print */
        sb_printf(&seg_add(out, SEG_RAW, run_change(n, p), 0, 0)->s, "{ref %s}", anchor_text(d, a));
        descend = 0;
      }
      xmlFree(a);
    }
    if (docx_is_w(n, "bookmarkStart") && !out->n) {
      char *a = docx_wval(n, "name");
      if (!d->anchor && referenced(d, a)) d->anchor = arena_strdup(d->a, a);
      char key[48];
      const char *id = d->anchor_id ? NULL : carried_id(d->a, a, key, sizeof key);
      if (id) d->anchor_id = id;
      if (a && strncmp(a, "_resc", 5) == 0 && a[5] >= '0' && a[5] <= '9' &&
          strspn(a + 5, "0123456789") == strlen(a + 5))
        d->clause_mark = 1;
      xmlFree(a);
    }
    if (docx_is_w(n, "r")) {
      descend = 0;
      xmlNode *rpr = docx_child_w(n, "rPr");
      int ch = run_change(n, p), it = toggle(rpr, "i"), bo = toggle(rpr, "b");
      char *rs = docx_wval(docx_child_w(rpr, "rStyle"), "val");
      int fnmark =
          rs && strcmp(rs, "FootnoteReference") == 0 && !docx_child_w(n, "footnoteReference");
      xmlFree(rs);
      if (fnmark && !skip_fnref) { /* a later mark of a note: its number as text */
        xmlChar *t = xmlNodeGetContent(n);
        long k = t ? strtol((const char *)t, NULL, 10) : 0;
        xmlFree(t);
        if (k >= 1 && k <= d->nfn) {
          struct seg *sg = seg_add(out, SEG_RAW, ch, 0, 0);
          sb_printf(&sg->s, "[^%s]", d->fn_ids[k - 1]);
          sg->note = d->fn_ids[k - 1];
          goto next;
        }
      }
      int custom_mark = 0; /* the text after a custom footnote mark is the mark */
      for (xmlNode *c = n->children; c; c = c->next) {
        if (docx_is_w(c, "t") || docx_is_w(c, "delText")) {
          xmlChar *t = xmlNodeGetContent(c);
          const char *tx = (const char *)t;
          if (tx && d->drop_typed && strncmp(tx, d->drop_typed, strlen(d->drop_typed)) == 0)
            tx += strlen(d->drop_typed);
          d->drop_typed = NULL;
          if (tx && *tx && !custom_mark) add_text(out, ch, it, bo, tx);
          xmlFree(t);
        } else if (docx_is_w(c, "sym")) {
          char u[8];
          if (sym_char(c, u)) add_text(out, ch, it, bo, u);
        } else if (docx_is_w(c, "tab")) {
          seg_add(out, SEG_TAB, ch, 0, 0);
        } else if (docx_is_w(c, "br") || docx_is_w(c, "cr")) {
          seg_add(out, SEG_BREAK, ch, 0, 0);
        } else if (docx_is_w(c, "noBreakHyphen")) {
          sb_adds(&seg_add(out, SEG_TEXT, ch, it, bo)->s, "\xE2\x80\x91");
        } else if (docx_is_w(c, "footnoteReference")) {
          char *id = docx_wval(c, "id"), *cm = docx_wval(c, "customMarkFollows");
          custom_mark =
              cm && (strcmp(cm, "1") == 0 || strcmp(cm, "true") == 0 || strcmp(cm, "on") == 0);
          xmlFree(cm);
          const char *rid = note_id(d, id);
          d->drop_typed = note_suffix(d, id);
          struct seg *sg = seg_add(out, SEG_RAW, ch, 0, 0);
          sb_adds(&sg->s, "[^");
          if (rid) sb_adds(&sg->s, rid);
          else safe_id(&sg->s, id, "note");
          sb_addc(&sg->s, ']');
          sg->note = rid;
          /* Word numbers the notes without a custom mark: a later mark's number counts those */
          if (rid && !custom_mark && d->nfn < 256) d->fn_ids[d->nfn++] = rid;
          xmlFree(id);
        } else if (docx_is_w(c, "footnoteRef") && skip_fnref) {
          seg_add(out, SEG_RAW, ch, 0, 0); /* the note's own number: nothing */
        } else if (docx_is_w(c, "commentReference")) {
          char *id = docx_wval(c, "id");
          long k = id ? strtol(id, NULL, 10) : -1;
          if (k >= 0 && k < MAX_COMMENTS && d->comment_text[k])
            sb_printf(&seg_add(out, SEG_RAW, ch, 0, 0)->s, "{>>%s<<}", d->comment_text[k]);
          xmlFree(id);
        }
      }
    }
  next:
    n = walk_next(n, p, descend);
  }
}

/* Emphasis as resc writes it. The lexer reads a run of stars as "**" first, and the
 * marks must close innermost first, so a run of stars where a "*" comes before a "**"
 * does not read as meant: the writer keeps a stack of open marks, puts the spaces at the
 * ends of an emphasis outside its marks (where they split a run of stars), and reports
 * a run it could not write (the caller then writes the text without italics inside
 * bold, which resc can always read). */
struct emw {
  struct strbuf *out;
  char stack[2]; /* 'b' or 'i', outermost first */
  int depth;
  int no_bold_italic;   /* italic inside bold dropped */
  int bad;              /* a run of stars that would not read as meant */
  struct strbuf spaces; /* trailing spaces of the last text, not yet written */
};

/* Closes the marks that (B, I) does not keep (innermost first), writes the spaces held
 * back, then opens the marks it lacks (bold outside italic). Spaces held back may split
 * a run of stars that would not read as meant: a "**" closing after a "*" ("***x* **"),
 * or bold and italic opening together (italic first, "* **x"). */
static void emw_set(struct emw *w, int b, int i) {
  if (w->no_bold_italic && b) i = 0;
  int keep = 0;
  while (keep < w->depth && (w->stack[keep] == 'b' ? b : i)) keep++;
  int single = 0; /* a "*" already in this run of stars */
  for (int k = w->depth - 1; k >= keep; k--) {
    if (w->stack[k] == 'b' && single && w->spaces.len) {
      sb_add(w->out, w->spaces.data, w->spaces.len);
      sb_clear(&w->spaces);
      single = 0;
    }
    if (w->stack[k] == 'b') w->bad |= single;
    else single = 1;
    sb_adds(w->out, w->stack[k] == 'b' ? "**" : "*");
  }
  w->depth = keep;
  int has_b = 0, has_i = 0;
  for (int k = 0; k < w->depth; k++) {
    if (w->stack[k] == 'b') has_b = 1;
    else has_i = 1;
  }
  int open_b = b && !has_b, open_i = i && !has_i;
  if (open_b && open_i && w->spaces.len) {
    sb_adds(w->out, "*");
    w->stack[w->depth++] = 'i';
    open_i = 0;
    single = 0; /* the spaces follow */
  }
  if (w->spaces.len) {
    sb_add(w->out, w->spaces.data, w->spaces.len);
    sb_clear(&w->spaces);
    single = 0;
  }
  if (open_b) {
    w->bad |= single;
    sb_adds(w->out, "**");
    w->stack[w->depth++] = 'b';
  }
  if (open_i) {
    sb_adds(w->out, "*");
    w->stack[w->depth++] = 'i';
  }
}

/* Escaped text in the emphasis (B, I); its leading spaces stand before any mark opened
 * for it, its trailing ones after any mark closed after it. */
static void emw_text(struct emw *w, const char *s, size_t n, int b, int i) {
  struct strbuf e = {0};
  imp_escape(&e, s, n);
  const char *t = sb_str(&e);
  size_t a = 0, z = e.len;
  while (a < z && t[a] == ' ') a++;
  while (z > a && t[z - 1] == ' ') z--;
  sb_add(&w->spaces, t, a);
  if (z > a) {
    emw_set(w, b, i);
    sb_add(w->out, t + a, z - a);
    sb_add(&w->spaces, t + z, e.len - z);
  }
  sb_free(&e);
}

/* Segments [I, J) of P, of one change, with their emphasis. */
static void emph_segs(const struct para *p, size_t i, size_t j, struct strbuf *out) {
  size_t mark = out->len;
  for (int pass = 0; pass < 2; pass++) {
    struct emw w = {.out = out, .no_bold_italic = pass};
    for (size_t k = i; k < j; k++) {
      const struct seg *s = &p->v[k];
      switch (s->kind) {
      case SEG_TEXT: emw_text(&w, s->s.data ? s->s.data : "", s->s.len, s->b, s->i); break;
      case SEG_TAB: sb_addc(&w.spaces, ' '); break;
      case SEG_BREAK:
        emw_set(&w, 0, 0);
        sb_addc(out, '\n');
        break;
      case SEG_RAW:
        emw_set(&w, 0, 0);
        sb_add(out, s->s.data ? s->s.data : "", s->s.len);
        break;
      }
    }
    emw_set(&w, 0, 0);
    sb_free(&w.spaces);
    if (!w.bad) return;
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
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
      emph_segs(p, i, j, out);
    } else if (ch == CH_DEL && j < to && p->v[j].ch == CH_INS && block == CH_NONE) {
      size_t m = j;
      while (m < to && p->v[m].ch == CH_INS) m++;
      sb_adds(out, "{~~");
      emph_segs(p, i, j, out);
      sb_adds(out, "~>");
      emph_segs(p, j, m, out);
      sb_adds(out, "~~}");
      j = m;
    } else {
      sb_adds(out, ch == CH_INS ? "{++" : "{--");
      emph_segs(p, i, j, out);
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
  xmlNode *rpr = docx_child_w(docx_child_w(p, "pPr"), "rPr");
  if (docx_child_w(rpr, "ins") || docx_child_w(rpr, "moveTo")) return CH_INS;
  if (docx_child_w(rpr, "del") || docx_child_w(rpr, "moveFrom")) return CH_DEL;
  return CH_NONE;
}

static int starts(const char *s, const char *pre) { return strncmp(s, pre, strlen(pre)) == 0; }

/* Styles of the ITU template that are not clauses: a list number Word gives such a
 * paragraph is not a clause label. */
static int non_clause_style(const char *st) {
  static const char *const names[] = {"ResNo",      "Restitle", "Resref",  "Normalaftertitle",
                                      "Call",       "Proposal", "Reasons", "AnnexNo",
                                      "Annextitle", "Headingb", "Source",  "Title1",
                                      "AppendixNo", "Appendixref", "Appendixtitle"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(st, names[i]) == 0) return 1;
  return 0;
}

/* Puts a list number in front of paragraph PA as a typed label and its tab would be:
 * the old and the new label as a deletion and an insertion where they differ. */
static void prepend_label(struct para *pa, const char *oldl, const char *newl, int block) {
  struct para q = {0};
  if (strcmp(oldl, newl) == 0) {
    sb_adds(&seg_add(&q, SEG_TEXT, block, 0, 0)->s, newl);
  } else {
    if (*oldl) sb_adds(&seg_add(&q, SEG_TEXT, CH_DEL, 0, 0)->s, oldl);
    if (*newl) sb_adds(&seg_add(&q, SEG_TEXT, CH_INS, 0, 0)->s, newl);
  }
  seg_add(&q, SEG_TAB, block, 0, 0);
  q.cap = q.n + pa->n;
  q.v = xrealloc(q.v, q.cap * sizeof *q.v);
  if (pa->n) memcpy(q.v + q.n, pa->v, pa->n * sizeof *pa->v);
  q.n += pa->n;
  free(pa->v);
  *pa = q;
}

/* Whether a paragraph has nothing to import: no text but spaces, tabs and breaks. */
static int para_empty(const struct para *pa) {
  for (size_t k = 0; k < pa->n; k++) {
    const struct seg *s = &pa->v[k];
    if (s->kind == SEG_RAW) return 0;
    if (s->kind == SEG_TEXT && strspn(sb_str((struct strbuf *)&s->s), " \xC2\xA0") < s->s.len)
      return 0;
  }
  return 1;
}

static int known_style(const char *st) {
  for (size_t i = 0; i < sizeof itu_styles / sizeof *itu_styles; i++)
    if (strcmp(st, itu_styles[i]) == 0) return 1;
  return 0;
}

/* The history line without its parentheses: "(Kyoto, 1994)" and also the ones before
 * footnote marks, "(Hammamet, 2016)[^1], [^2]", whose marks then end its text
 * ("Hammamet, 2016[^1][^2]": resc prints them after the parenthesis, with the comma). */
static void unparen(struct strbuf *m) {
  char *t = m->data;
  if (!t || t[0] != '(') return;
  int depth = 0;
  size_t close = 0;
  for (size_t k = 0; k < m->len && !close; k++) {
    if (t[k] == '\\' && k + 1 < m->len) k++;
    else if (t[k] == '(') depth++;
    else if (t[k] == ')' && --depth == 0) close = k;
  }
  if (!close) return;
  int marks = 0; /* only footnote marks (and their commas, or a "bis") may follow */
  for (size_t k = close + 1; k < m->len; k++) {
    if (t[k] == '[' && t[k + 1] == '^') {
      const char *e = strchr(t + k, ']');
      if (!e) return;
      k = (size_t)(e - t);
      marks++;
    } else if (t[k] != ',' && t[k] != ' ' && !isalpha((unsigned char)t[k])) {
      return;
    }
  }
  if (close + 1 < m->len && !marks) return;
  /* the marks alone follow the line's text: the commas that part them are printed
   * between any two marks */
  size_t out = close;
  for (size_t k = close + 1; k < m->len; k++) {
    size_t j = k;
    while (j < m->len && (t[j] == ',' || t[j] == ' ')) j++;
    if (j > k && j < m->len && t[j] == '[') { /* ", " before a mark */
      k = j - 1;
      continue;
    }
    t[out++] = t[k];
  }
  m->len = out;
  memmove(t, t + 1, m->len);
  m->len--;
  t[m->len] = '\0';
}

/* Whether a paragraph without the Call style (typed after a tab, say) is a section
 * heading: a known phrase in lower case that does not end a sentence. */
static int section_phrase(const char *t) {
  size_t n = strlen(t);
  return n && n < 400 && islower((unsigned char)t[0]) && !strchr(".;,:", t[n - 1]) &&
         phrase_classify(t, NULL) != PHRASE_UNKNOWN;
}

/* The level of a clause whose style gives STYLE_LEVEL (0: Normal) and whose label is
 * LABEL: a dotted provision nests under the one it extends; the lists under it follow
 * it. Keeps the labels of the open clauses. */
static int clause_level(struct dctx *d, int style_level, const char *label) {
  int lv = style_level ? style_level : 1;
  if (label && imp_label_mask(label) == (1u << LK_DOTTED)) {
    lv = imp_dotted_level(d->lab, d->depth, label);
    d->prov = lv;
  } else if (d->prov && style_level) {
    lv = d->prov + style_level - 1;
  } else if (lv <= d->prov) {
    d->prov = 0;
  }
  if (lv > 9) lv = 9;
  snprintf(d->lab[lv], sizeof d->lab[lv], "%s", label ? label : "");
  d->depth = lv;
  return lv;
}

/* Whether style id ST is NAME, or NAME followed by a digit when PREFIX ("Heading2",
 * "AppendixNoTitle0"), compared without case. */
static int style_is(const char *st, const char *name, int prefix) {
  size_t n = strlen(name);
  if (strncasecmp(st, name, n) != 0) return 0;
  return !st[n] || (prefix && isdigit((unsigned char)st[n]));
}

/* A dotted number of an Arabic file in the order it means: ITU's Arabic Word files
 * store them with their parts reversed (clause 3.1 typed "1.3", 3.2.1 "1.2.3"), which
 * shows as 3.1 right to left. LABEL is taken as reversed when it does not extend the
 * open section SEC and its reversal does. Written to OUT (CAP bytes). */
static void dotted_in_order(const char *label, const char *sec, char *out, size_t cap) {
  size_t n = strlen(sec), k = 0, len = strlen(label);
  snprintf(out, cap, "%s", label);
  if (!*sec || len >= cap || (strncmp(label, sec, n) == 0 && label[n] == '.')) return;
  for (size_t end = len; end > 0;) { /* the parts from last to first */
    size_t start = end;
    while (start > 0 && label[start - 1] != '.') start--;
    memcpy(out + k, label + start, end - start);
    k += end - start;
    if (start > 0) out[k++] = '.';
    end = start > 0 ? start - 1 : 0;
  }
  out[k] = '\0';
  if (!(strncmp(out, sec, n) == 0 && out[n] == '.')) snprintf(out, cap, "%s", label);
}

/* Whether dotted number LABEL (in either order) is of the open section of a
 * Recommendation: a definition "3.2.1<TAB>…" typed in a Normal paragraph is a provision. */
static int extends(const struct dctx *d, const char *label) {
  char l[32];
  size_t n = strlen(d->rec_sec);
  dotted_in_order(label, d->rec_sec, l, sizeof l);
  return n && strncmp(l, d->rec_sec, n) == 0 && l[n] == '.';
}

/* One paragraph of a Recommendation (the text LABEL, a tab, then the segments of PA
 * from BODY on). Its model is a body of rules: the number line and title; the cover
 * page before them as the abstract; Heading1 (and the appendix and annex titles) as
 * @section, the numbered headings below it as dotted provisions; every other paragraph
 * (Headingb, Normal, enumlev, NOTE, figure and table captions, table cells, references)
 * as a paragraph of the open section or provision, so that no word is lost. */
static void rec_para(struct dctx *d, const struct para *pa, const char *st, size_t tab,
                     const char *label, int block) {
  struct imp *im = d->im;
  struct strbuf m = {0};
  int labelled = tab < pa->n && *label && !strchr(label, ' ');
  if (d->rec == 1 && !style_is(st, "RecNo", 0)) {
    render(pa, 0, pa->n, block, &m);
    imp_directive(im, "abstract", sb_str(&m)); /* the cover page */
  } else if (d->rec == 1) {
    render(pa, 0, pa->n, block, &m);
    imp_directive(im, "recommendation", sb_str(&m));
    d->rec = 2;
  } else if (d->rec == 2 && style_is(st, "Rectitle", 0)) {
    render(pa, 0, pa->n, block, &m);
    imp_directive(im, "title", sb_str(&m));
    d->rec = 3;
  } else if (style_is(st, "Heading1", 0) || style_is(st, "AppendixNoTitle", 1) ||
             style_is(st, "AnnexNoTitle", 1)) {
    size_t from = labelled ? tab + 1 : 0;
    while (from < pa->n && pa->v[from].kind == SEG_BREAK) from++; /* "<br/>Bibliography" */
    if (labelled) sb_printf(&m, "%s ", label);
    snprintf(d->rec_sec, sizeof d->rec_sec, "%s", labelled ? label : "");
    render(pa, from, pa->n, block, &m);
    imp_directive(im, "section", sb_str(&m));
    d->rec = 3;
    d->rec_open = 1;
    d->rec_section = 1;
    d->rec_lines = 0;
    d->prov = d->depth = 0;
  } else if (d->rec_open && labelled && imp_label_mask(label) == (1u << LK_DOTTED) &&
             (style_is(st, "Heading", 1) || extends(d, label))) {
    char l[32];
    dotted_in_order(label, d->rec_sec, l, sizeof l);
    render(pa, tab + 1, pa->n, block, &m);
    imp_clause(im, clause_level(d, 0, l), l, sb_str(&m));
    d->rec_lines++;
  } else {
    d->rec = 3;
    render(pa, 0, pa->n, block, &m);
    const char *t = sb_str(&m);
    /* a NOTE or a caption, after the text it annotates, is a line of its own */
    int note = d->rec_lines &&
               (starts(t, "NOTE") || starts(t, "Figure ") || starts(t, "Table ")) &&
               (style_is(st, "Note", 0) || style_is(st, "FigureNoTitle", 1) ||
                style_is(st, "TableNoTitle", 1));
    if (d->rec_open) {
      imp_para(im, d->prov + 1, note ? NULL : "| ", t);
      d->rec_lines++;
    } else {
      imp_heading(im, sb_str(&m)); /* "Summary", "History": a part with no number */
      d->rec_open = 1;
    }
  }
  sb_free(&m);
}

/* One body paragraph, by its style. */
/* The "{#id} " of the clause whose paragraph holds resc's bookmark, into M. */
static void clause_id(struct dctx *d, struct strbuf *m) {
  if (d->anchor_id) sb_printf(m, "{#%s} ", d->anchor_id);
  else if (d->anchor) sb_printf(m, "{#%s} ", anchor_text(d, d->anchor));
}

static void body_para(struct dctx *d, xmlNode *p, int in_table, struct strbuf *plain) {
  char *style = docx_wval(docx_child_w(docx_child_w(p, "pPr"), "pStyle"), "val");
  const char *st = style_of(d, style);
  int block = para_change(p);
  struct para pa = {0};
  if (strcmp(st, "ResNo") == 0) d->nfn = 0; /* Word numbers notes per section */
  if (strcmp(st, "ResNo") == 0 && !d->rules) d->plain_from = plain->len;
  if (strcmp(st, "SectionNo") == 0) d->rules = 1;
  if (strcmp(st, "Call") == 0 || strcmp(st, "AnnexNo") == 0 || strcmp(st, "Annextitle") == 0 ||
      strcmp(st, "ResNo") == 0 || strcmp(st, "AppendixNo") == 0)
    d->prov = d->depth = 0; /* a new section or annex: no provision is open */
  d->anchor = NULL;
  d->anchor_id = NULL;
  d->clause_mark = 0;
  collect_runs(d, p, &pa, 0);
  /* a list number of Word's: the label it shows */
  struct strbuf numo = {0}, numn = {0};
  int ilvl = 0;
  int numbered = docx_numbering_label(d->nb, p, block, &numo, &numn, &ilvl);
  if (numbered && !non_clause_style(st) && (numo.len || numn.len))
    prepend_label(&pa, sb_str(&numo), sb_str(&numn), block);
  sb_free(&numo);
  sb_free(&numn);
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
  /* plain text, for documents without ITU styles; a footnote mark as a text export
   * prints it, where the plain-text reader takes it back */
  size_t line_at = plain->len;
  for (size_t k = 0; k < pa.n; k++) {
    if (pa.v[k].ch == CH_DEL) continue;
    if (pa.v[k].kind == SEG_TAB) sb_addc(plain, '\t');
    /* in a body of rules, a line break is kept: the text reader joins an indented line
     * to the caption or title it continues */
    else if (pa.v[k].kind == SEG_BREAK && (d->rules || strcmp(st, "Restitle") == 0))
      sb_adds(plain, "\n "); /* a title's break: read only when the body is of rules */
    else if (pa.v[k].kind == SEG_TEXT) sb_add(plain, pa.v[k].s.data, pa.v[k].s.len);
    else if (pa.v[k].note && numbered_id(pa.v[k].note))
      sb_printf(plain, "[footnoteRef:%s]", pa.v[k].note);
  }
  sb_addc(plain, '\n');
  {
    const char *line = sb_str(plain) + line_at, *tb = strchr(line, '\t');
    if (tb && tb - line < 12) line = tb + 1;
    d->im->para++;
    imp_set_excerpt(d->im, line, (size_t)(sb_str(plain) + plain->len - 1 - line));
  }
  if (para_empty(&pa)) goto done; /* empty, or a page break: no paragraph of resc's */
  if (d->rec) {
    rec_para(d, &pa, style ? style : "", tab, sb_str(&newl), block);
    goto done;
  }
  /* the cover page and a foreword before the number line (a proposal's header and
   * abstract have styles and an "Abstract:" heading) */
  if (!d->seen_resolution && !d->abstract_open && !numbered && !known_style(st)) goto done;
  /* ITU's "Normal after title" is the assembly line after the title, and an ordinary
   * paragraph after a heading in the body */
  if (strcmp(st, "Normalaftertitle") == 0 && d->in_body) st = "Normal";
  if (strcmp(st, "Call") == 0) d->in_body = 1;
  int level = 0;
  if (strcmp(st, "enumlev1") == 0) level = 2;
  else if (strcmp(st, "enumlev2") == 0) level = 3;
  else if (strcmp(st, "enumlev3") == 0) level = 4;
  else if (numbered && !non_clause_style(st)) level = ilvl + 1;
  struct imp *im = d->im;
  if (d->pending_proposal) {
    char line[512];
    const struct lang *pl = NULL;
    if (strcmp(st, "ResNo") == 0) {
      render(&pa, 0, pa.n, block, &m);
      pl = lang_strip_number_word(sb_str(&m), line, sizeof line);
      sb_clear(&m);
    }
    if (pl && (strcmp(pl->code, "en") == 0 || d->seen_resolution)) pl = NULL; /* as below */
    if (pl && !d->seen_language) imp_directive(im, "language", pl->code);
    d->seen_language |= pl != NULL;
    imp_directive(im, "proposal", d->pending_proposal);
    free(d->pending_proposal);
    d->pending_proposal = NULL;
  }
  imp_block(im, (enum change)block);
  /* an appendix without a title: its number alone, before its first paragraph */
  if (d->appendix_open && strcmp(st, "Appendixref") != 0 && strcmp(st, "Appendixtitle") != 0) {
    imp_directive(im, "appendix", d->appendix);
    d->appendix_open = 0;
  }
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
    if (d->seen_language) imp_directive(im, "proposal", sb_str(&m));
    else d->pending_proposal = xstrdup(sb_str(&m));
  } else if (strcmp(st, "Reasons") == 0) {
    d->ituled = 1;
    render(&pa, tab < pa.n ? tab + 1 : 0, pa.n, block, &m);
    imp_directive(im, "reasons", sb_str(&m));
  } else if (strcmp(st, "ResNo") == 0) {
    int first = !d->seen_resolution;
    d->ituled = 1;
    d->in_annex = 0;
    d->in_body = 0;
    d->seen_resolution = 1;
    render(&pa, 0, pa.n, block, &m);
    const char *t = sb_str(&m), *dir = "resolution";
    char line[512];
    const struct lang *l = NULL;
    if (starts(t, "DRAFT NEW RESOLUTION ")) dir = "draft", t += 21;
    else if (starts(t, "RESOLUTION ")) t += 11;
    else if (starts(t, "DECISION ")) dir = "decision", t += 9;
    else if ((l = lang_strip_number_word(t, line, sizeof line)) &&
             (!*lang_number_suffix(l, "resolution") || lang_bare_number(line)))
      t = line; /* 第1238号决议(…), not a bare number, is printed as written: kept so */
    /* The language its number line is in, stated once, in the header. */
    if (l && first && !d->seen_language) imp_directive(im, "language", l->code);
    d->seen_language |= l != NULL;
    imp_directive(im, dir, t);
  } else if (strcmp(st, "Restitle") == 0 || strcmp(st, "Normalaftertitle") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_directive(im, st[0] == 'R' ? "title" : "assembly", sb_str(&m));
  } else if (strcmp(st, "Resref") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    if (!d->in_body) unparen(&m); /* after the body, PP's history line is as printed */
    imp_directive(im, "history", sb_str(&m));
  } else if (strcmp(st, "Call") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_heading(im, sb_str(&m));
  } else if (strcmp(st, "AnnexNo") == 0) {
    d->ituled = 1;
  } else if (strcmp(st, "AppendixNo") == 0) { /* "Appendix I", as resc's DOCX writes it */
    d->ituled = 1;
    d->in_annex = 1;
    render(&pa, 0, pa.n, block, &m);
    const char *t = sb_str(&m);
    if (starts(t, "Appendix ")) t += 9;
    snprintf(d->appendix, sizeof d->appendix, "%s", t);
    for (size_t n = strlen(d->appendix); n && d->appendix[n - 1] == ' ';) d->appendix[--n] = '\0';
    d->appendix_open = 1;
  } else if (strcmp(st, "Appendixref") == 0) { /* "(to Resolution …)": resc prints it */
    d->ituled = 1;
  } else if (strcmp(st, "Appendixtitle") == 0) {
    d->ituled = 1;
    struct strbuf a = {0};
    sb_printf(&a, "%s ", d->appendix);
    render(&pa, 0, pa.n, block, &a);
    while (a.len && a.data[a.len - 1] == ' ') a.data[--a.len] = '\0'; /* no title */
    imp_directive(im, "appendix", sb_str(&a));
    sb_free(&a);
    d->appendix_open = 0;
  } else if (strcmp(st, "Annextitle") == 0) {
    d->ituled = 1;
    d->in_annex = 1;
    render(&pa, 0, pa.n, block, &m);
    imp_directive(im, "annex", sb_str(&m));
  } else if (strcmp(st, "Headingb") == 0 || strcmp(st, "Source") == 0 ||
             strcmp(st, "Title1") == 0) {
    d->ituled = 1;
    render(&pa, 0, pa.n, block, &m);
    const char *t = sb_str(&m);
    if (strcmp(t, "Abstract:") == 0) {
      d->abstract_open = 1;
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
    clause_id(d, &m);
    int labelled = tab < pa.n && imp_label_mask(newl.len ? sb_str(&newl) : sb_str(&oldl));
    render(&pa, labelled ? tab + 1 : 0, pa.n, block, &m);
    const char *label = lchange || !labelled ? NULL : sb_str(&newl);
    imp_clause(im, clause_level(d, level, label), label, sb_str(&m));
  } else if (pa.n) {
    render(&pa, 0, pa.n, block, &m);
    /* in an annex, a paragraph unless resc marked it as a clause */
    const char *t = sb_str(&m);
    int note = strcmp(st, "Note") == 0 || strcmp(st, "FigureNoTitle") == 0 ||
               strcmp(st, "Figurelegend") == 0 ||
               (strcmp(st, "TableNoTitle") == 0 && starts(t, "Table "));
    if (note || (d->prov && !section_phrase(t)))
      imp_para(im, d->prov + 1, note ? NULL : "| ", t); /* NOTE, caption, provision's text */
    else if (d->in_annex && !d->clause_mark) imp_heading(im, sb_str(&m));
    else if (d->seen_resolution && section_phrase(sb_str(&m)))
      imp_heading(im, sb_str(&m)), d->in_body = 1;
    else if (!d->seen_resolution) imp_directive(im, "abstract", sb_str(&m));
    else { /* a clause without a label: a section's or an annex's only clause */
      struct strbuf c = {0};
      clause_id(d, &c);
      sb_adds(&c, sb_str(&m));
      imp_clause(im, 1, NULL, sb_str(&c));
      sb_free(&c);
    }
  }
done:
  sb_free(&m);
  sb_free(&oldl);
  sb_free(&newl);
  para_free(&pa);
  xmlFree(style);
}

/* The paragraphs of the text boxes that paragraph P holds (a Recommendation's figure
 * drawn in Word: its words), read after P. Word writes each drawing twice, as DrawingML
 * and as a VML fallback (mc:Fallback), which is skipped. Iterative walk. */
static void textbox_paras(struct dctx *d, xmlNode *p, int cell, struct strbuf *plain) {
  for (xmlNode *n = p->children; n;) {
    int descend = n->type == XML_ELEMENT_NODE &&
                  !(n->name && strcmp((const char *)n->name, "Fallback") == 0);
    if (docx_is_w(n, "txbxContent")) {
      for (xmlNode *c = n->children; c; c = c->next)
        if (docx_is_w(c, "p")) body_para(d, c, cell, plain);
      descend = 0;
    }
    n = walk_next(n, p, descend);
  }
}

/* The words of table cell TC as resc inline markup: its paragraphs joined by a space,
 * a '|' written "\|" (it would end the cell); FIRST_STYLE gets the style of its first
 * paragraph. */
static void cell_text(struct dctx *d, xmlNode *tc, struct strbuf *out, const char **first_style) {
  int np = 0;
  for (xmlNode *p = tc->children; p; p = p->next) {
    if (!docx_is_w(p, "p")) continue;
    char *style = docx_wval(docx_child_w(docx_child_w(p, "pPr"), "pStyle"), "val");
    if (!np && style && strcasecmp(style_of(d, style), "Tablehead") == 0) *first_style = "Tablehead";
    xmlFree(style);
    struct para pa = {0};
    struct strbuf m = {0};
    collect_runs(d, p, &pa, 0);
    render(&pa, 0, pa.n, CH_NONE, &m);
    if (m.len) {
      if (np++) sb_addc(out, ' ');
      for (size_t i = 0; i < m.len; i++) {
        if (m.data[i] == '|') sb_addc(out, '\\');
        sb_addc(out, m.data[i]);
      }
    }
    sb_free(&m);
    para_free(&pa);
  }
}

/* A table of an annex (ITU's annexes hold schedules of fees, targets, time limits) as
 * resc's table: a "| a | b |" line per w:tr, a cell spanning N grid columns followed by
 * N - 1 empty cells; the first row is the header row when Word repeats it on each page
 * (w:tblHeader) or its cells are in Table_head. The rows' words go to the plain text
 * too, a line each. */
static void annex_table(struct dctx *d, xmlNode *tbl, struct strbuf *plain) {
  struct strbuf line = {0}, rule = {0};
  int first = 1;
  for (xmlNode *tr = tbl->children; tr; tr = tr->next) {
    if (!docx_is_w(tr, "tr")) continue;
    int head = first && docx_child_w(docx_child_w(tr, "trPr"), "tblHeader") != NULL;
    const char *style = NULL;
    sb_clear(&line);
    sb_clear(&rule);
    for (xmlNode *tc = tr->children; tc; tc = tc->next) {
      if (!docx_is_w(tc, "tc")) continue;
      char *span = docx_wval(docx_child_w(docx_child_w(tc, "tcPr"), "gridSpan"), "val");
      int n = span ? atoi(span) : 1;
      xmlFree(span);
      sb_adds(&line, "| ");
      cell_text(d, tc, &line, &style);
      sb_addc(&line, ' ');
      sb_adds(&rule, "|---");
      for (int k = 1; k < n && k < 64; k++) {
        sb_adds(&line, "| ");
        sb_adds(&rule, "|---");
      }
    }
    if (!rule.len) continue;
    sb_addc(&line, '|');
    sb_addc(&rule, '|');
    head |= first && style && strcmp(style, "Tablehead") == 0;
    imp_block(d->im, CH_NONE);
    imp_para(d->im, 1, NULL, sb_str(&line));
    sb_adds(plain, sb_str(&line));
    sb_addc(plain, '\n');
    if (head) imp_para(d->im, 1, NULL, sb_str(&rule));
    first = 0;
  }
  sb_free(&line);
  sb_free(&rule);
}

/* Whether table TBL is rows of cells with text, two rows and two columns at least, and
 * no table in its cells: a table of a Recommendation's SECTION is read as a table; a
 * layout of nested tables, a frame of one cell or an empty one, as paragraphs. */
static int flat_table(xmlNode *tbl) {
  int text = 0, rows = 0, cols = 0;
  for (xmlNode *tr = tbl->children; tr; tr = tr->next) {
    int n = 0;
    rows += docx_is_w(tr, "tr");
    for (xmlNode *tc = docx_is_w(tr, "tr") ? tr->children : NULL; tc; tc = tc->next) {
      n += docx_is_w(tc, "tc");
      for (xmlNode *k = docx_is_w(tc, "tc") ? tc->children : NULL; k; k = k->next) {
        if (docx_is_w(k, "tbl")) return 0;
        if (!text && docx_is_w(k, "p")) {
          xmlChar *c = xmlNodeGetContent(k);
          for (const xmlChar *q = c; q && *q && !text; q++) text = *q > ' ';
          xmlFree(c);
        }
      }
    }
    if (n > cols) cols = n;
  }
  return text && rows >= 2 && cols >= 2;
}

/* Reads one zip entry, refusing entries bigger than DOCX_MAX_ENTRY, and entries that
 * inflate more than DOCX_MAX_RATIO times their compressed size (a zip bomb). */
char *docx_read_entry(zip_t *z, const char *name, size_t *len, char *err, size_t errlen) {
  zip_stat_t zs;
  if (zip_stat(z, name, 0, &zs) != 0) return NULL;
  if (!(zs.valid & ZIP_STAT_SIZE) || zs.size > DOCX_MAX_ENTRY) {
    snprintf(err, errlen, "%s: entry too large (over %llu MiB)", name,
             (unsigned long long)(DOCX_MAX_ENTRY >> 20));
    return NULL;
  }
  if (zs.size > DOCX_RATIO_FROM && (zs.valid & ZIP_STAT_COMP_SIZE) &&
      zs.size / (zs.comp_size ? zs.comp_size : 1) > DOCX_MAX_RATIO) {
    snprintf(err, errlen, "%s: entry inflates over %d times its size (a zip bomb?)", name,
             DOCX_MAX_RATIO);
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
  char *data = docx_read_entry(z, name, &len, err, errlen);
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
    if (!docx_is_w(c, "comment")) continue;
    char *id = docx_wval(c, "id");
    long k = id ? strtol(id, NULL, 10) : -1;
    xmlFree(id);
    if (k < 0 || k >= MAX_COMMENTS || d->comment_text[k]) continue;
    struct strbuf t = {0};
    for (xmlNode *p = c->children; p; p = p->next) {
      if (!docx_is_w(p, "p")) continue;
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

/* A note with a custom mark (w:customMarkFollows) starts with that mark typed as text
 * ("1", "1bis", "*") and a tab: the index of that tab, else FROM. */
static size_t after_typed_mark(const struct para *pa, size_t from) {
  size_t len = 0, k = from;
  for (; k < pa->n && k < from + 4 && pa->v[k].kind == SEG_TEXT; k++) {
    const struct strbuf *t = &pa->v[k].s;
    size_t sp = 0;
    while (sp < t->len && t->data[t->len - 1 - sp] == ' ') sp++;
    if (memchr(t->data, ' ', t->len - sp) || len + t->len > 12) return from;
    len += t->len;
  }
  return len && k < pa->n && pa->v[k].kind == SEG_TAB ? k : from;
}

/* An inserted note, as ITU numbers them (WTSA Res. 1's "1bis" between notes 1 and 2):
 * Word numbers it and "bis" is typed after its number, in the note and after each
 * reference. Where segment FROM of the note's first paragraph PA is such a "bis", "ter"
 * or "quater", *SUFFIX is set to it and the index after it (and its spaces) is
 * returned; else FROM. */
static size_t inserted_note(const struct para *pa, size_t from, const char **suffix) {
  static const char *const latin[] = {"bis", "ter", "quater"};
  if (from >= pa->n || pa->v[from].kind != SEG_TEXT) return from;
  const struct strbuf *t = &pa->v[from].s;
  for (size_t i = 0; i < sizeof latin / sizeof *latin; i++) {
    size_t n = strlen(latin[i]);
    if (t->len < n || strncmp(t->data, latin[i], n) != 0) continue;
    if (strspn(t->data + n, " ") != t->len - n) return from;
    *suffix = latin[i];
    for (from++; from < pa->n && pa->v[from].kind == SEG_TEXT &&
                 strspn(pa->v[from].s.data, " ") == pa->v[from].s.len;
         from++) {
    }
    return from;
  }
  return from;
}

/* A star note ("*", "**": ITU-R's editorial notes) keeps its stars as its id, which
 * resc prints as its mark: the typed mark of segments FROM..TO of PA, when it is only
 * stars, into OUT (CAP bytes); OUT is left empty otherwise. */
static void star_mark(const struct para *pa, size_t from, size_t to, char *out, size_t cap) {
  size_t n = 0;
  for (size_t k = from; k < to; k++)
    for (size_t i = 0; i < pa->v[k].s.len; i++) {
      char c = pa->v[k].s.data[i];
      if (c == ' ') continue;
      if (c != '*' || n + 1 >= cap) {
        out[0] = '\0';
        return;
      }
      out[n++] = c;
    }
  out[n] = '\0';
}

/* The resc id that note F carries in its bookmark "_rescfn<s>_<escaped id>" (written
 * by resc's DOCX output in the note's first paragraph), or NULL. */
static char *bookmark_id(struct dctx *d, const xmlNode *f) {
  const xmlNode *p = docx_child_w(f, "p");
  for (const xmlNode *c = p ? p->children : NULL; c; c = c->next) {
    if (!docx_is_w(c, "bookmarkStart")) continue;
    char *name = docx_wval(c, "name");
    char *id = NULL;
    if (name && strncmp(name, "_rescfn", 7) == 0 && strlen(name) <= 40) {
      const char *q = name + 7;
      size_t digits = strspn(q, "0123456789");
      q += digits;
      if (digits && *q == '_') id = unescape_id(d->a, q + 1);
    }
    xmlFree(name);
    if (id) return id;
  }
  return NULL;
}

/* Adds a note: Word's id WORD, wanting the resc id WANT, with TEXT. It gets WANT,
 * unless another note already has that id with another text (then WANT-2, WANT-3 ...);
 * a note with the same wanted id and text is that note again. */
static void note_add(struct dctx *d, const char *word, const char *want, const char *text) {
  if (d->nnotes == d->cap) {
    d->cap = d->cap ? 2 * d->cap : 16;
    d->notes = xrealloc(d->notes, d->cap * sizeof *d->notes);
  }
  size_t me = d->nnotes++;
  struct note *n = &d->notes[me];
  memset(n, 0, sizeof *n);
  n->word = arena_strdup(d->a, word);
  n->want = arena_strdup(d->a, want);
  n->text = arena_strdup(d->a, text);
  strmap_put(d->by_word, n->word, (void *)(me + 1));
  const char *key = arena_printf(d->a, "%s\n%s", want, text);
  size_t same = (size_t)strmap_put(d->by_key, key, (void *)(me + 1));
  if (same) {
    n->id = d->notes[same - 1].id;
    n->dup = 1;
    return;
  }
  size_t first = (size_t)strmap_put(d->by_want, n->want, (void *)(me + 1));
  struct note *f = first ? &d->notes[first - 1] : n;
  int k = first ? f->last_k : 1;
  const char *id = k > 1 ? arena_printf(d->a, "%s-%d", want, k) : n->want;
  while (strmap_get(d->by_id, id)) id = arena_printf(d->a, "%s-%d", want, ++k);
  f->last_k = k;
  n->id = id;
  strmap_put(d->by_id, id, (void *)(me + 1));
}

/* Reads the notes of footnotes.xml into D's table, before the body that refers to them.
 * Returns 0, or 1 (message in ERR) when the part exists but cannot be read. */
static int read_footnotes(struct dctx *d, zip_t *z, char *err, size_t errlen) {
  zip_stat_t zs;
  if (zip_stat(z, "word/footnotes.xml", 0, &zs) != 0) return 0; /* no such part */
  xmlDocPtr doc = parse_part(z, "word/footnotes.xml", err, errlen);
  if (!doc) return 1;
  for (xmlNode *f = xmlDocGetRootElement(doc)->children; f && d->nnotes < MAX_NOTES; f = f->next) {
    if (!docx_is_w(f, "footnote")) continue;
    char *type = docx_wval(f, "type");
    char *id = docx_wval(f, "id");
    if (!type && id && !note_id(d, id)) {
      struct strbuf t = {0};
      char stars[8] = "";
      const char *suffix = NULL;
      for (xmlNode *p = f->children; p; p = p->next) {
        if (!docx_is_w(p, "p")) continue;
        struct para pa = {0};
        collect_runs(d, p, &pa, 1);
        /* drop the tab after the note's own number */
        size_t from = 0;
        while (from < pa.n && pa.v[from].kind == SEG_RAW && !pa.v[from].s.len) from++;
        if (!t.len && from) d->auto_notes++;
        if (!t.len && from) from = inserted_note(&pa, from, &suffix);
        size_t typed = after_typed_mark(&pa, from);
        if (!t.len && typed > from) star_mark(&pa, from, typed, stars, sizeof stars);
        from = typed;
        if (from < pa.n && pa.v[from].kind == SEG_TAB) from++;
        struct strbuf m = {0};
        render(&pa, from, pa.n, CH_NONE, &m);
        if (t.len && m.len) sb_addc(&t, ' ');
        sb_add(&t, sb_str(&m), m.len);
        sb_free(&m);
        para_free(&pa);
      }
      const char *want = bookmark_id(d, f);
      struct strbuf w = {0};
      if (want) sb_adds(&w, want);
      else if (suffix) sb_printf(&w, "%d%s", d->auto_notes, suffix);
      else if (*stars) sb_adds(&w, stars);
      else safe_id(&w, id, arena_printf(d->a, "note%zu", d->nnotes + 1));
      note_add(d, id, sb_str(&w), sb_str(&t));
      if (suffix && !want) d->notes[d->nnotes - 1].suffix = suffix;
      sb_free(&w);
      sb_free(&t);
    }
    xmlFree(type);
    xmlFree(id);
  }
  xmlFreeDoc(doc);
  return 0;
}

/* Reads an optional part; *OUT is NULL when it is absent. Returns 1 (message in ERR)
 * when it exists but cannot be read. */
static int optional_part(zip_t *z, const char *name, xmlDocPtr *out, char *err, size_t errlen) {
  zip_stat_t zs;
  *out = NULL;
  if (zip_stat(z, name, 0, &zs) != 0) return 0;
  *out = parse_part(z, name, err, errlen);
  return *out == NULL;
}

static struct dctx *dctx_new(struct imp *im) {
  struct dctx *d = xcalloc(1, sizeof *d);
  d->im = im;
  d->a = arena_new();
  d->anchors = strmap_new();
  d->ids = strmap_new();
  d->by_word = strmap_new();
  d->by_key = strmap_new();
  d->by_id = strmap_new();
  d->by_want = strmap_new();
  d->styles = strmap_new();
  d->bookmarks = strmap_new();
  return d;
}

static void dctx_free(struct dctx *d) {
  free(d->pending_proposal);
  for (int i = 0; i < MAX_COMMENTS; i++) free(d->comment_text[i]);
  free(d->notes);
  strmap_free(d->anchors);
  strmap_free(d->ids);
  strmap_free(d->by_word);
  strmap_free(d->by_key);
  strmap_free(d->by_id);
  strmap_free(d->by_want);
  strmap_free(d->styles);
  strmap_free(d->bookmarks);
  docx_numbering_free(d->nb);
  arena_free(d->a);
  free(d);
}

int docx_is_word(const char *path, char *err, size_t errlen) {
  int zerr = 0, word = 0;
  zip_t *z = zip_open(path, ZIP_RDONLY, &zerr);
  if (!z) {
    snprintf(err, errlen, "not a Word document (not a readable zip archive)");
    return 0;
  }
  zip_int64_t entries = zip_get_num_entries(z, 0);
  xmlDocPtr types = NULL;
  if (entries < 0 || entries > DOCX_MAX_ENTRIES)
    snprintf(err, errlen, "too many entries in the archive (over %d)", DOCX_MAX_ENTRIES);
  else if (optional_part(z, "[Content_Types].xml", &types, err, errlen) == 0 && !types)
    snprintf(err, errlen, "a zip archive without [Content_Types].xml: not a Word document");
  for (xmlNode *o = types ? xmlDocGetRootElement(types)->children : NULL; o && !word; o = o->next) {
    if (o->type != XML_ELEMENT_NODE || strcmp((const char *)o->name, "Override") != 0) continue;
    xmlChar *ct = xmlGetProp(o, (const xmlChar *)"ContentType");
    /* a document, a template, with or without macros */
    word = ct && strstr((const char *)ct, "wordprocessingml.document.main+xml") != NULL;
    word = word || (ct && strncmp((const char *)ct, "application/vnd.ms-word.", 24) == 0 &&
                    strstr((const char *)ct, ".main+xml") != NULL);
    word = word || (ct && strstr((const char *)ct, "wordprocessingml.template.main+xml") != NULL);
    xmlFree(ct);
  }
  if (types && !word)
    snprintf(err, errlen,
             "a zip archive that is not a Word document (no WordprocessingML main part in "
             "[Content_Types].xml)");
  xmlFreeDoc(types);
  zip_close(z);
  return word;
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
  struct dctx *d = dctx_new(im);
  xmlNode *body = docx_child_w(xmlDocGetRootElement(doc), "body");
  xmlDocPtr numbering = NULL, styles = NULL;
  int bad = !body;
  if (!body) snprintf(err, errlen, "not a Word document (no w:body)");
  if (!bad) bad = read_comments(d, z, err, errlen);
  if (!bad) bad = optional_part(z, "word/numbering.xml", &numbering, err, errlen);
  if (!bad) bad = optional_part(z, "word/styles.xml", &styles, err, errlen);
  if (bad) {
    xmlFreeDoc(numbering);
    xmlFreeDoc(styles);
    dctx_free(d);
    xmlFreeDoc(doc);
    zip_close(z);
    return 1;
  }
  d->nb = docx_numbering_new(numbering, styles);
  read_style_names(d, styles);
  xmlFreeDoc(numbering);
  xmlFreeDoc(styles);
  /* the bookmarks that references point to, and a Recommendation's number line
   * (iterative walk) */
  for (xmlNode *h = body->children; h;) {
    if (docx_is_w(h, "pStyle")) {
      char *v = docx_wval(h, "val");
      if (v && style_is(v, "RecNo", 0)) d->rec = 1, d->ituled = 1;
      xmlFree(v);
    }
    if (docx_is_w(h, "hyperlink")) {
      char *a = docx_wval(h, "anchor");
      if (anchor_name(a) && !strmap_get(d->anchors, a))
        strmap_put(d->anchors, arena_strdup(d->a, a), d);
      xmlFree(a);
    }
    if (docx_is_w(h, "bookmarkStart")) {
      char *a = docx_wval(h, "name"), key[48];
      char *id = carried_id(d->a, a, key, sizeof key);
      if (id && !strmap_get(d->ids, key)) strmap_put(d->ids, arena_strdup(d->a, key), id);
      if (anchor_name(a) && !strmap_get(d->bookmarks, a))
        strmap_put(d->bookmarks, arena_strdup(d->a, a), d);
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
  if (read_footnotes(d, z, err, errlen) != 0) {
    dctx_free(d);
    xmlFreeDoc(doc);
    zip_close(z);
    return 1;
  }
  struct strbuf plain = {0};
  /* Iterative walk: paragraphs, also those in table cells (the document header). */
  xmlNode *n = body->children;
  int cell = 0;
  while (n) {
    int descend = 1;
    if (docx_is_w(n, "p")) {
      body_para(d, n, cell, &plain);
      if (d->rec) textbox_paras(d, n, cell, &plain);
      descend = 0;
    } else if (docx_is_w(n, "tbl") && !cell &&
               ((d->in_annex && d->ituled && !d->rules) || (d->rec_section && flat_table(n)))) {
      annex_table(d, n, &plain);
      descend = 0;
    } else if (docx_is_w(n, "tc")) {
      cell++;
    } else if (docx_is_w(n, "sectPr")) {
      descend = 0;
    }
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != body && !n->next) {
      n = n->parent;
      if (docx_is_w(n, "tbl")) cell = 0;
    }
    if (!n || n == body) break;
    n = n->next;
  }
  int rc = 0;
  if (!d->ituled || d->rules) {
    /* no ITU styles: the structure comes from the text, as for plain text; a body of
     * rules too, whose provisions, notes and figures Word tells by their text */
    sb_clear(&im->out);
    sb_clear(&im->notes);
    for (size_t i = 0; i < im->nmarks; i++) free(im->marks[i].excerpt);
    im->nmarks = 0;
    im->block = CH_NONE;
    size_t from = d->rules ? d->plain_from : 0;
    rc = import_text(im, sb_str(&plain) + from, plain.len - from, err, errlen);
  }
  if (d->pending_proposal) imp_directive(im, "proposal", d->pending_proposal);
  for (size_t i = 0; i < d->nnotes; i++)
    if (!d->notes[i].dup) imp_footnote(im, d->notes[i].id, d->notes[i].text);
  sb_free(&plain);
  dctx_free(d);
  xmlFreeDoc(doc);
  zip_close(z);
  return rc;
}

/* The XML reader above, for the other reader of Word files: resc build
 * --reference-doc (docx_reference.c). */
xmlDocPtr docx_parse_part(zip_t *z, const char *name, char *err, size_t errlen) {
  return parse_part(z, name, err, errlen);
}

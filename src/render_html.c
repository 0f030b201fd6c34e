/* The built-in HTML renderer: the page that stylesheets/html.xsl makes from the
 * intermediate XML, serialized as libxslt's html output method writes it, produced
 * here straight from the AST. It follows xml_build.c's walk (so footnotes are numbered
 * in the same order) and html.xsl's templates (so the markup is the same), and writes
 * the bytes of libxml2's HTML serializer with the stylesheet's encoding "HTML": text
 * escaped for & < >, every non-ASCII character as an HTML 4 entity or a decimal
 * reference. The CSS is read from the embedded html.xsl itself, so the two cannot
 * drift apart. */
#include "render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "stylesheets.h"
#include "view.h"

/* libxml2's HTML 4 entity table (htmlEntityValueLookup), the names its "HTML" output
 * encoding gives to non-ASCII characters; sorted by code point. */
static const struct {
  unsigned short cp;
  char name[9];
} entities[] = {
  {160, "nbsp"}, {161, "iexcl"}, {162, "cent"}, {163, "pound"}, {164, "curren"},
  {165, "yen"}, {166, "brvbar"}, {167, "sect"}, {168, "uml"}, {169, "copy"}, {170, "ordf"},
  {171, "laquo"}, {172, "not"}, {173, "shy"}, {174, "reg"}, {175, "macr"}, {176, "deg"},
  {177, "plusmn"}, {178, "sup2"}, {179, "sup3"}, {180, "acute"}, {181, "micro"},
  {182, "para"}, {183, "middot"}, {184, "cedil"}, {185, "sup1"}, {186, "ordm"},
  {187, "raquo"}, {188, "frac14"}, {189, "frac12"}, {190, "frac34"}, {191, "iquest"},
  {192, "Agrave"}, {193, "Aacute"}, {194, "Acirc"}, {195, "Atilde"}, {196, "Auml"},
  {197, "Aring"}, {198, "AElig"}, {199, "Ccedil"}, {200, "Egrave"}, {201, "Eacute"},
  {202, "Ecirc"}, {203, "Euml"}, {204, "Igrave"}, {205, "Iacute"}, {206, "Icirc"},
  {207, "Iuml"}, {208, "ETH"}, {209, "Ntilde"}, {210, "Ograve"}, {211, "Oacute"},
  {212, "Ocirc"}, {213, "Otilde"}, {214, "Ouml"}, {215, "times"}, {216, "Oslash"},
  {217, "Ugrave"}, {218, "Uacute"}, {219, "Ucirc"}, {220, "Uuml"}, {221, "Yacute"},
  {222, "THORN"}, {223, "szlig"}, {224, "agrave"}, {225, "aacute"}, {226, "acirc"},
  {227, "atilde"}, {228, "auml"}, {229, "aring"}, {230, "aelig"}, {231, "ccedil"},
  {232, "egrave"}, {233, "eacute"}, {234, "ecirc"}, {235, "euml"}, {236, "igrave"},
  {237, "iacute"}, {238, "icirc"}, {239, "iuml"}, {240, "eth"}, {241, "ntilde"},
  {242, "ograve"}, {243, "oacute"}, {244, "ocirc"}, {245, "otilde"}, {246, "ouml"},
  {247, "divide"}, {248, "oslash"}, {249, "ugrave"}, {250, "uacute"}, {251, "ucirc"},
  {252, "uuml"}, {253, "yacute"}, {254, "thorn"}, {255, "yuml"}, {338, "OElig"},
  {339, "oelig"}, {352, "Scaron"}, {353, "scaron"}, {376, "Yuml"}, {402, "fnof"},
  {710, "circ"}, {732, "tilde"}, {913, "Alpha"}, {914, "Beta"}, {915, "Gamma"},
  {916, "Delta"}, {917, "Epsilon"}, {918, "Zeta"}, {919, "Eta"}, {920, "Theta"},
  {921, "Iota"}, {922, "Kappa"}, {923, "Lambda"}, {924, "Mu"}, {925, "Nu"}, {926, "Xi"},
  {927, "Omicron"}, {928, "Pi"}, {929, "Rho"}, {931, "Sigma"}, {932, "Tau"},
  {933, "Upsilon"}, {934, "Phi"}, {935, "Chi"}, {936, "Psi"}, {937, "Omega"},
  {945, "alpha"}, {946, "beta"}, {947, "gamma"}, {948, "delta"}, {949, "epsilon"},
  {950, "zeta"}, {951, "eta"}, {952, "theta"}, {953, "iota"}, {954, "kappa"},
  {955, "lambda"}, {956, "mu"}, {957, "nu"}, {958, "xi"}, {959, "omicron"}, {960, "pi"},
  {961, "rho"}, {962, "sigmaf"}, {963, "sigma"}, {964, "tau"}, {965, "upsilon"},
  {966, "phi"}, {967, "chi"}, {968, "psi"}, {969, "omega"}, {977, "thetasym"},
  {978, "upsih"}, {982, "piv"}, {8194, "ensp"}, {8195, "emsp"}, {8201, "thinsp"},
  {8204, "zwnj"}, {8205, "zwj"}, {8206, "lrm"}, {8207, "rlm"}, {8211, "ndash"},
  {8212, "mdash"}, {8216, "lsquo"}, {8217, "rsquo"}, {8218, "sbquo"}, {8220, "ldquo"},
  {8221, "rdquo"}, {8222, "bdquo"}, {8224, "dagger"}, {8225, "Dagger"}, {8226, "bull"},
  {8230, "hellip"}, {8240, "permil"}, {8242, "prime"}, {8243, "Prime"}, {8249, "lsaquo"},
  {8250, "rsaquo"}, {8254, "oline"}, {8260, "frasl"}, {8364, "euro"}, {8465, "image"},
  {8472, "weierp"}, {8476, "real"}, {8482, "trade"}, {8501, "alefsym"}, {8592, "larr"},
  {8593, "uarr"}, {8594, "rarr"}, {8595, "darr"}, {8596, "harr"}, {8629, "crarr"},
  {8656, "lArr"}, {8657, "uArr"}, {8658, "rArr"}, {8659, "dArr"}, {8660, "hArr"},
  {8704, "forall"}, {8706, "part"}, {8707, "exist"}, {8709, "empty"}, {8711, "nabla"},
  {8712, "isin"}, {8713, "notin"}, {8715, "ni"}, {8719, "prod"}, {8721, "sum"},
  {8722, "minus"}, {8727, "lowast"}, {8730, "radic"}, {8733, "prop"}, {8734, "infin"},
  {8736, "ang"}, {8743, "and"}, {8744, "or"}, {8745, "cap"}, {8746, "cup"}, {8747, "int"},
  {8756, "there4"}, {8764, "sim"}, {8773, "cong"}, {8776, "asymp"}, {8800, "ne"},
  {8801, "equiv"}, {8804, "le"}, {8805, "ge"}, {8834, "sub"}, {8835, "sup"}, {8836, "nsub"},
  {8838, "sube"}, {8839, "supe"}, {8853, "oplus"}, {8855, "otimes"}, {8869, "perp"},
  {8901, "sdot"}, {8968, "lceil"}, {8969, "rceil"}, {8970, "lfloor"}, {8971, "rfloor"},
  {9001, "lang"}, {9002, "rang"}, {9674, "loz"}, {9824, "spades"}, {9827, "clubs"},
  {9829, "hearts"}, {9830, "diams"},
};

#define LIT(out, s) sb_add((out), (s), sizeof(s) - 1)

/* A non-ASCII character as the output encoding writes it. */
static void char_ref(struct strbuf *out, unsigned cp) {
  size_t lo = 0, hi = sizeof entities / sizeof entities[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (entities[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  sb_addc(out, '&');
  if (lo < sizeof entities / sizeof entities[0] && entities[lo].cp == cp) {
    sb_adds(out, entities[lo].name);
  } else {
    char digits[12];
    size_t n = sizeof digits;
    do digits[--n] = (char)('0' + cp % 10);
    while (cp /= 10);
    digits[--n] = '#';
    sb_add(out, digits + n, sizeof digits - n);
  }
  sb_addc(out, ';');
}

/* Decodes the UTF-8 sequence at S (valid: source.c checked the input) into CP and
 * returns its length. */
static size_t utf8_decode(const unsigned char *s, size_t avail, unsigned *cp) {
  unsigned c = s[0];
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n > avail) n = avail;
  unsigned v = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : n == 2 ? c & 0x1F : c;
  for (size_t i = 1; i < n; i++) v = (v << 6) | (s[i] & 0x3F);
  *cp = v;
  return n;
}

/* Byte classes for the writers' inner loops. TEXT_STOP: where text needs work (the end
 * of the string, & < >, the lead byte of a non-ASCII character); RAW_STOP: the same
 * without & < >, for the content of <style>, which the serializer writes raw; ID_PLAIN:
 * the bytes an id or link may hold with nothing escaped. */
enum { TEXT_STOP = 1, RAW_STOP = 2, ID_PLAIN = 4 };
static unsigned char byte_class[256];

static void init_byte_classes(void) {
  if (byte_class[0]) return;
  byte_class[0] = TEXT_STOP | RAW_STOP;
  for (int c = 0x80; c < 0x100; c++) byte_class[c] = TEXT_STOP | RAW_STOP;
  byte_class['&'] = byte_class['<'] = byte_class['>'] = TEXT_STOP;
  for (int c = 0; c < 0x80; c++)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.')
      byte_class[c] |= ID_PLAIN;
}

/* Writes the character at S that a writer stopped at; returns its length. The
 * serializer escapes & < > in text (not quotes), the encoder every non-ASCII
 * character. */
static size_t put_special(struct strbuf *out, const unsigned char *s, size_t avail) {
  switch (*s) {
  case '&': LIT(out, "&amp;"); return 1;
  case '<': LIT(out, "&lt;"); return 1;
  case '>': LIT(out, "&gt;"); return 1;
  default: break;
  }
  if (*s < 0x80) {
    sb_addc(out, (char)*s);
    return 1;
  }
  unsigned cp;
  size_t n = utf8_decode(s, avail, &cp);
  char_ref(out, cp);
  return n;
}

/* N bytes of text; ESCAPE = 0 for the content of <style>. */
static void put_text_n(struct strbuf *out, const char *text, size_t n, int escape) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned char stop = escape ? TEXT_STOP : RAW_STOP;
  size_t start = 0, i = 0;
  for (;;) {
    while (i < n && !(byte_class[s[i]] & stop)) i++;
    sb_add(out, text + start, i - start);
    if (i >= n) return;
    i += put_special(out, s + i, n - i);
    start = i;
  }
}

/* A string of text (the common case, without a length to compute first). */
static void put_text(struct strbuf *out, const char *text) {
  const unsigned char *s = (const unsigned char *)text;
  size_t start = 0, i = 0;
  for (;;) {
    while (!(byte_class[s[i]] & TEXT_STOP)) i++;
    sb_add(out, text + start, i - start);
    if (!s[i]) return;
    i += put_special(out, s + i, 4); /* valid UTF-8 ends before the NUL */
    start = i;
  }
}

static int plain_id(const char *s) {
  for (; *s; s++)
    if (!(byte_class[(unsigned char)*s] & ID_PLAIN)) return 0;
  return 1;
}

/* An attribute value as libxml2 escapes it in an HTML document: & < > become
 * references, except a server-side include "<!--...-->" and an HTML 4 script macro
 * "&{...}", which it leaves alone. */
static void attr_escape(struct strbuf *out, const char *s) {
  while (*s) {
    const char *end;
    if (*s == '<' && s[1] == '!' && s[2] == '-' && s[3] == '-' && (end = strstr(s, "-->"))) {
      sb_add(out, s, (size_t)(end + 3 - s));
      s = end + 3;
    } else if (*s == '&' && s[1] == '{' && (end = strchr(s, '}'))) {
      sb_add(out, s, (size_t)(end + 1 - s));
      s = end + 1;
    } else {
      if (*s == '<') LIT(out, "&lt;");
      else if (*s == '>') LIT(out, "&gt;");
      else if (*s == '&') LIT(out, "&amp;");
      else sb_addc(out, *s);
      s++;
    }
  }
}

/* Writes an escaped value quoted as xmlBufWriteQuotedString does: in double quotes,
 * in single quotes when it holds a double quote, with &quot; when it holds both. */
static void put_quoted(struct strbuf *out, const char *v, size_t n) {
  const char *dq = memchr(v, '"', n), *sq = memchr(v, '\'', n);
  char q = dq && !sq ? '\'' : '"';
  sb_addc(out, q);
  const char *start = v;
  for (const char *p = v; p < v + n; p++) {
    if (*p == '"' && q == '"') {
      put_text_n(out, start, (size_t)(p - start), 0);
      LIT(out, "&quot;");
      start = p + 1;
    }
  }
  put_text_n(out, start, (size_t)(v + n - start), 0);
  sb_addc(out, q);
}

/* ="value" of an attribute. */
static void put_attr(struct strbuf *out, const char *v) {
  sb_addc(out, '=');
  if (plain_id(v)) {
    sb_addc(out, '"');
    sb_adds(out, v);
    sb_addc(out, '"');
    return;
  }
  struct strbuf e = {0};
  attr_escape(&e, v);
  put_quoted(out, sb_str(&e), e.len);
  sb_free(&e);
}

/* ="#id" of an href: escaped as any attribute, then percent-encoded as libxml2 does
 * for links (xmlURIEscapeStr keeping @/:=?;#%&,+<>). */
static void put_href(struct strbuf *out, const char *id) {
  sb_addc(out, '=');
  if (plain_id(id)) {
    LIT(out, "\"#");
    sb_adds(out, id);
    sb_addc(out, '"');
    return;
  }
  struct strbuf e = {0}, u = {0};
  sb_addc(&e, '#');
  attr_escape(&e, id);
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < e.len; i++) {
    unsigned char c = (unsigned char)e.data[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        (c && strchr("-_.!~*'()@/:=?;#%&,+<>", c))) {
      sb_addc(&u, (char)c);
    } else {
      char pct[3] = {'%', hex[c >> 4], hex[c & 0xF]};
      sb_add(&u, pct, 3);
    }
  }
  put_quoted(out, sb_str(&u), u.len);
  sb_free(&e);
  sb_free(&u);
}

static void put_int(struct strbuf *out, long v) {
  char buf[24];
  int n = snprintf(buf, sizeof buf, "%ld", v);
  sb_add(out, buf, (size_t)n);
}

/* How inline content is written. NORMAL is the stylesheet's default mode; COPY, NEW
 * and OLD are its modes for the number line quoted in an annex heading (footnote marks
 * and comments stay with the number line; NEW and OLD drop the other version). */
enum mode { M_NORMAL, M_COPY, M_NEW, M_OLD };

/* The stylesheet's key() lookups: which clause and which section of this view's XML
 * (the first in document order) have a given id. Only a few ids are ever asked about:
 * explicit {#id}s, the ids of the clauses they name (the targets of references) and
 * section ids. Those are collected first, then one walk over the view's clauses and
 * sections fills in their answers: the table holds only the asked ids (and their
 * hashes, so that a miss costs no string comparison). */
struct id_slot {
  const char *id; /* NULL: an empty slot */
  uint64_t hash;
  const struct node *clause, *section;
};

struct rh {
  struct document *doc;
  enum view view;
  struct strbuf *out;
  struct view_footnotes fn;
  struct id_slot *slot; /* open addressing, at most half full: see index_ids */
  size_t cap, n;
  int res; /* @n of the resolution being written, 0 outside one */
};

static int visible(const struct rh *h, const struct node *n) { return view_visible(h->view, n); }

static uint64_t id_hash(const char *s) {
  uint64_t v = 1469598103934665603ull;
  for (; *s; s++) v = (v ^ (unsigned char)*s) * 1099511628211ull;
  return v ^ (v >> 29);
}

/* The slot of ID: where it is, or the empty slot where it would go. */
static struct id_slot *id_find(const struct rh *h, const char *id, uint64_t v) {
  size_t i = (size_t)v & (h->cap - 1);
  while (h->slot[i].id && (h->slot[i].hash != v || strcmp(h->slot[i].id, id) != 0))
    i = (i + 1) & (h->cap - 1);
  return &h->slot[i];
}

static void ask(struct rh *h, const char *id) {
  if (2 * (h->n + 1) > h->cap) {
    struct id_slot *old = h->slot;
    size_t oldcap = h->cap;
    h->cap = h->cap ? 2 * h->cap : 256;
    h->slot = xcalloc(h->cap, sizeof *h->slot);
    for (size_t i = 0; i < oldcap; i++)
      if (old[i].id) *id_find(h, old[i].id, old[i].hash) = old[i];
    free(old);
  }
  uint64_t v = id_hash(id);
  struct id_slot *s = id_find(h, id, v);
  if (s->id) return;
  s->id = id;
  s->hash = v;
  h->n++;
}

static struct id_slot *answer(const struct rh *h, const char *id) {
  struct id_slot *s = id_find(h, id, id_hash(id));
  return s->id ? s : NULL;
}

static const char *clause_id(const struct node *c) { return c->str2 ? c->str2 : ""; }

/* Every clause and section of the file, shown in this view or not. */
static void ask_clause(struct rh *h, const struct node *c) {
  if (c->as.clause.anchor) {
    ask(h, c->as.clause.anchor);
    ask(h, clause_id(c));
  }
  for (const struct node *k = c->first; k; k = k->next)
    if (k->kind == N_CLAUSE) ask_clause(h, k);
}

static void ask_resolution(struct rh *h, const struct node *r) {
  for (const struct node *c = r->first; c; c = c->next) {
    if (c->kind == N_SECTION) ask(h, c->as.section.id);
    if (c->kind == N_SECTION || c->kind == N_ANNEX)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_CLAUSE) ask_clause(h, k);
  }
}

/* The clauses and sections that xml_build writes in this view, in document order. */
static void answer_clause(struct rh *h, const struct node *c) {
  if (!visible(h, c)) return;
  struct id_slot *a = answer(h, clause_id(c));
  if (a && !a->clause) a->clause = c;
  for (const struct node *k = c->first; k; k = k->next)
    if (k->kind == N_CLAUSE) answer_clause(h, k);
}

static void answer_resolution(struct rh *h, const struct node *r) {
  if (!visible(h, r)) return;
  for (const struct node *c = r->first; c; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_SECTION) {
      struct id_slot *a = answer(h, c->as.section.id);
      if (a && !a->section) a->section = c;
    }
    if (c->kind == N_SECTION || c->kind == N_ANNEX)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_CLAUSE) answer_clause(h, k);
  }
}

static void index_ids(struct rh *h) {
  ask(h, ""); /* the href of a reference to an unknown clause */
  for (const struct node *c = h->doc->root->first; c; c = c->next) {
    if (c->kind == N_RESOLUTION) ask_resolution(h, c);
    else if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_RESOLUTION) ask_resolution(h, k);
  }
  for (const struct node *c = h->doc->root->first; c; c = c->next) {
    if (!visible(h, c)) continue;
    if (c->kind == N_RESOLUTION) answer_resolution(h, c);
    else if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_RESOLUTION) answer_resolution(h, k);
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
    put_text_n(out, l->del, l->ndel, 1);
    LIT(out, "</del>");
  }
  if (l->nins) {
    LIT(out, "<ins>");
    put_text_n(out, l->ins, l->nins, 1);
    LIT(out, "</ins>");
  }
  put_text_n(out, l->tail, l->ntail, 1);
}

/* Whether a clause lies in a preamble section (ancestor::r:section[1]/@kind); a clause
 * of an annex lies in none. */
static int in_preamble(const struct node *c) {
  while (c && c->kind == N_CLAUSE) c = c->parent;
  return c && c->kind == N_SECTION && !(c->flags & F_OPERATIVE);
}

static void inlines(struct rh *h, const struct node *container, enum mode m);

/* A reference links to its clause: the phrase in italics, the label in italics too when
 * the clause shown under that id is a preamble clause. */
static void reference(struct rh *h, const struct node *r) {
  struct strbuf *out = h->out;
  struct view_ref ref;
  view_reference(h->doc, h->view, r, &ref);
  const struct id_slot *a = answer(h, ref.href);
  int italic = a && a->clause && in_preamble(a->clause);
  LIT(out, "<a class=\"ref\" href");
  put_href(out, ref.href);
  LIT(out, "><i>");
  if (ref.target) put_text_n(out, sb_str(&ref.phrase), ref.phrase.len, 1);
  LIT(out, "</i>");
  if (!ref.target || view_ref_spaced(&ref)) LIT(out, " ");
  if (italic) LIT(out, "<i>");
  if (ref.target) label_pieces(out, &ref.label);
  if (italic) LIT(out, "</i>");
  LIT(out, "</a>");
  view_ref_free(&ref);
}

/* A footnote mark links to its note when it lies in a resolution (whose notes are
 * listed at its end); the first mark of a note is the one the note links back to. */
static void fnref(struct rh *h, const struct node *n) {
  struct strbuf *out = h->out;
  int k, num = view_footnote_mark(&h->fn, h->doc, h->view, n, &k);
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
    put_int(out, num);
    LIT(out, "</a>");
  } else {
    LIT(out, "<span class=\"FootnoteReference\">");
    put_int(out, num);
    LIT(out, "</span>");
  }
}

static void wrap(struct rh *h, const char *open, const char *close, const struct node *n,
                 enum mode m) {
  sb_adds(h->out, open);
  inlines(h, n, m);
  sb_adds(h->out, close);
}

/* One inline node: what xml_build makes of it in this view, then what the stylesheet's
 * template in mode M makes of that. */
static void inline_node(struct rh *h, const struct node *n, enum mode m) {
  switch (n->kind) {
  case N_TEXT: put_text(h->out, n->str); break;
  case N_EMPH: wrap(h, "<i>", "</i>", n, m); break;
  case N_STRONG: wrap(h, "<b>", "</b>", n, m); break;
  case N_INS:
    if (h->view == VIEW_NEW || (h->view == VIEW_MARKUP && m == M_NEW)) inlines(h, n, m);
    else if (h->view == VIEW_MARKUP && m != M_OLD) wrap(h, "<ins>", "</ins>", n, m);
    break;
  case N_DEL:
    if (h->view == VIEW_OLD || (h->view == VIEW_MARKUP && m == M_OLD)) inlines(h, n, m);
    else if (h->view == VIEW_MARKUP && m != M_NEW) wrap(h, "<del>", "</del>", n, m);
    break;
  case N_COMMENT:
    if (h->view == VIEW_MARKUP && m == M_NORMAL)
      wrap(h, "<span class=\"comment\" role=\"note\"><span class=\"comment-label\">Comment: </span>",
           "</span>", n, m);
    break;
  case N_BREAK: LIT(h->out, "<br>"); break;
  case N_REF: reference(h, n); break;
  case N_FNREF:
    if (m == M_NORMAL) fnref(h, n);
    break;
  default: break;
  }
}

static void inlines(struct rh *h, const struct node *container, enum mode m) {
  for (const struct node *c = container->first; c; c = c->next) inline_node(h, c, m);
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

static const char *number_word(const struct node *number) {
  if (strcmp(number->str, "draft") == 0) return "DRAFT NEW RESOLUTION";
  if (strcmp(number->str, "decision") == 0) return "DECISION";
  return "RESOLUTION";
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
    sb_adds(&t, number_word(number));
    sb_addc(&t, ' ');
    plain(h, header_content(h, number), &t);
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
  put_text_n(h->out, sb_str(&s), s.len, 1);
  sb_free(&t);
  sb_free(&s);
}

static void clause(struct rh *h, const struct node *c) {
  if (!visible(h, c)) return;
  int level = c->as.clause.level;
  const char *cls = level == 1 ? "Normal" : level == 2 ? "enumlev1" : level == 3 ? "enumlev2"
                                                                               : "enumlev3";
  /* An explicit {#id} gets its own anchor unless a clause or section already has it as
   * its id. */
  const char *anchor = c->as.clause.anchor;
  const struct id_slot *a = anchor ? answer(h, anchor) : NULL;
  if (a && (a->clause || a->section)) anchor = NULL;
  enum change w = wchange(h, c);
  p_open(h, cls, w, c->str2 ? c->str2 : "", anchor);
  if (view_clause_has_label(h->view, c)) {
    struct view_label l;
    view_label(h->view, c->as.clause.old_label, c->as.clause.new_label, ast_effective_change(c),
               &l);
    int italic = level == 1 && c->parent->kind == N_SECTION && !(c->parent->flags & F_OPERATIVE);
    if (italic) LIT(h->out, "<i class=\"label\">");
    else LIT(h->out, "<span class=\"label\">");
    label_pieces(h->out, &l);
    if (italic) LIT(h->out, "</i>");
    else LIT(h->out, "</span>");
  }
  for (const struct node *k = c->first; k; k = k->next)
    if (k->kind == N_CLAUSE_TEXT) inlines(h, k, M_NORMAL);
  p_close(h, w);
  for (const struct node *k = c->first; k; k = k->next)
    if (k->kind == N_CLAUSE) clause(h, k);
}

/* A paragraph of inline content with nothing before it. */
static void simple_para(struct rh *h, const char *cls, const struct node *n) {
  enum change w = wchange(h, n);
  p_open(h, cls, w, NULL, NULL);
  inlines(h, n, M_NORMAL);
  p_close(h, w);
}

static void section(struct rh *h, const struct node *s) {
  if (!visible(h, s)) return;
  struct strbuf *out = h->out;
  /* The id goes on the wrapper unless a clause has it (ids stay unique). */
  LIT(out, "<div");
  const struct id_slot *a = answer(h, s->as.section.id);
  if (!a || !a->clause) {
    LIT(out, " id");
    put_attr(out, s->as.section.id);
  }
  if (s->flags & F_OPERATIVE) LIT(out, " class=\"section operative");
  else LIT(out, " class=\"section preamble");
  put_change_class(out, h->view == VIEW_MARKUP ? (enum change)s->change : CH_NONE);
  LIT(out, "\">");
  for (const struct node *k = s->first; k; k = k->next) {
    if (k->kind == N_PHRASE) simple_para(h, "Call", k);
    else if (k->kind == N_CLAUSE) clause(h, k);
  }
  LIT(out, "</div>");
}

static void annex(struct rh *h, const struct node *a, int n, int count,
                  const struct node *number) {
  struct strbuf *out = h->out;
  LIT(out, "<section id=\"resolution-");
  put_int(out, h->res);
  LIT(out, "-annex-");
  put_int(out, n);
  LIT(out, "\" class=\"annex");
  put_change_class(out, h->view == VIEW_MARKUP ? (enum change)a->change : CH_NONE);
  LIT(out, "\">");
  enum change w = wchange(h, a);
  p_open(h, "AnnexNo", w, NULL, NULL);
  LIT(out, "ANNEX");
  if (count > 1) {
    sb_addc(out, ' ');
    put_int(out, n);
  }
  if (number) {
    LIT(out, " (to ");
    sb_adds(out, strcmp(number->str, "draft") == 0      ? "Draft new resolution"
                 : strcmp(number->str, "decision") == 0 ? "Decision"
                                                        : "Resolution");
    sb_addc(out, ' ');
    /* in a wholly inserted (deleted) annex, the number as in the new (old) text */
    inlines(h, header_content(h, number), w == CH_INS ? M_NEW : w == CH_DEL ? M_OLD : M_COPY);
    sb_addc(out, ')');
  }
  p_close(h, w);
  for (const struct node *k = a->first; k; k = k->next) {
    if (!visible(h, k)) continue;
    if (k->kind == N_TITLE) simple_para(h, "Annextitle", k);
    else if (k->kind == N_PARA) simple_para(h, "Normal", k);
    else if (k->kind == N_CLAUSE) clause(h, k);
  }
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
    put_int(out, def->as.fn.number);
    LIT(out, "</a>");
    inlines(h, def, M_NORMAL);
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
static void header_line(struct rh *h, const struct node *line, const char *cls,
                        const char *prefix, const char *suffix) {
  enum change whole = view_header_whole_change(h->view, line);
  enum change w = whole != CH_NONE ? whole : wchange(h, line);
  p_open(h, cls, w, NULL, NULL);
  sb_adds(h->out, prefix);
  inlines(h, whole != CH_NONE ? line->first : line, M_NORMAL);
  sb_adds(h->out, suffix);
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
    count += c->kind == N_ANNEX && visible(h, c);
    if (!visible(h, c) || ast_header_empty_in(c, h->view)) continue;
    switch (c->kind) {
    case N_NUMBER: {
      char prefix[32];
      snprintf(prefix, sizeof prefix, "%s ", number_word(c));
      h->out = &lines[0];
      header_line(h, c, "ResNo", prefix, "");
      number = c;
      break;
    }
    case N_TITLE: h->out = &lines[1], header_line(h, c, "Restitle", "", ""); break;
    case N_HISTORY: h->out = &lines[2], header_line(h, c, "Resref", "(", ")"); break;
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
    else if (c->kind == N_ANNEX) annex(h, c, ++k, count, number);
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
    LIT(out, "<span class=\"label\">Reasons:</span>");
    inlines(h, k, M_NORMAL);
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
      inlines(h, c, M_NORMAL);
      continue;
    }
    LIT(h->out, "<section class=\"abstract\"><p class=\"Headingb\">Abstract:</p>");
    for (const struct node *p = c->first; p; p = p->next) {
      if (!visible(h, p)) continue;
      LIT(h->out, "<p class=\"Normal\">");
      inlines(h, p, M_NORMAL);
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

/* The text of html.xsl's template "css" (its one xsl:text), as the XML parser reads it:
 * taken from the embedded stylesheet rather than copied, so that it stays the same. */
static int css_text(struct strbuf *css, char *err, size_t errlen) {
  const struct embedded_stylesheet *e = embedded_stylesheets;
  while (e->name && strcmp(e->name, "html") != 0) e++;
  const char *s = e->name ? (const char *)e->data : NULL, *end = s ? s + e->len : NULL;
  const char *t = s ? strstr(s, "<xsl:template name=\"css\">") : NULL;
  const char *open = t ? strstr(t, "<xsl:text>") : NULL;
  const char *close = open ? strstr(open, "</xsl:text>") : NULL;
  if (!close || close > end) {
    snprintf(err, errlen, "the built-in html stylesheet has no CSS template");
    return -1;
  }
  for (const char *p = open + strlen("<xsl:text>"); p < close;) {
    static const struct {
      const char *ref;
      char c;
    } named[] = {{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
    size_t i;
    if (*p == '\r') {
      sb_addc(css, '\n');
      p += p[1] == '\n' ? 2 : 1;
      continue;
    }
    if (strncmp(p, "<![CDATA[", 9) == 0) {
      const char *cend = strstr(p, "]]>");
      if (!cend || cend > close) break;
      sb_add(css, p + 9, (size_t)(cend - p - 9));
      p = cend + 3;
      continue;
    }
    if (*p != '&') {
      sb_addc(css, *p++);
      continue;
    }
    for (i = 0; i < sizeof named / sizeof named[0]; i++)
      if (strncmp(p, named[i].ref, strlen(named[i].ref)) == 0) break;
    if (i < sizeof named / sizeof named[0]) {
      sb_addc(css, named[i].c);
      p += strlen(named[i].ref);
    } else if (p[1] == '#') {
      char *q;
      unsigned long cp = p[2] == 'x' ? strtoul(p + 3, &q, 16) : strtoul(p + 2, &q, 10);
      unsigned char u[4];
      size_t len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (len == 1) u[0] = (unsigned char)cp;
      else {
        for (size_t j = len - 1; j > 0; j--, cp >>= 6) u[j] = (unsigned char)(0x80 | (cp & 0x3F));
        u[0] = (unsigned char)((0xF00 >> len) | cp);
      }
      sb_add(css, (const char *)u, len);
      p = *q == ';' ? q + 1 : q;
    } else {
      sb_addc(css, *p++);
    }
  }
  return 0;
}

int render_html(struct document *doc, const struct render_opts *o, struct strbuf *out,
                char *err, size_t errlen) {
  struct strbuf css = {0};
  if (css_text(&css, err, errlen) != 0) return -1;
  init_byte_classes();
  struct rh h = {.doc = doc, .view = o->view, .out = out};
  index_ids(&h);

  LIT(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"generator\" content=\"resc\"><title>");
  page_title(&h);
  LIT(out, "</title><style>");
  put_text_n(out, sb_str(&css), css.len, 0);
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
  free(h.slot);
  sb_free(&css);
  return 0;
}

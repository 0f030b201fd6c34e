/* Plain-text import: the form Word's text export and the seed texts have (one paragraph
 * a line, "label<TAB>text", extraction artefacts such as [bookmark: ...] and inlined
 * footnotes "[footnoteRef:1]1 ... [1: 1<TAB>text]"). The structure is recognized from
 * the text alone: header lines, known section phrases, labels and their levels. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "import.h"
#include "labels.h"
#include "lang/lang.h"
#include "phrases.h"
#include "profile.h"
#include "text_revisions.h"
#include "text_table.h"

#define MAX_NOTES 4096
#define MAX_DEPTH 8

struct note {
  char *num;  /* number as printed in the text */
  char *id;   /* id given to it in the output */
  char *text; /* escaped text, to tell apart notes that reuse a number */
};

struct tctx {
  struct imp *im;
  struct arena *a;
  struct note notes[MAX_NOTES];
  size_t nnotes;
  /* the footnote texts printed after the body (extracted text): a mark glued to a word
   * in the body is a reference only when one of them has that mark */
  int trailing_notes;
  int uses[MAX_NOTES]; /* per note: references already read with its mark */
  enum { S_START, S_TITLE, S_BODY, S_ANNEX_TITLE } st;
  int in_annex; /* after an annex heading: paragraphs and numbered items, no sections */
  struct strbuf title;
  /* label levels of the current section */
  enum label_kind base;
  int depth;
  enum label_kind kind[MAX_DEPTH + 2];
  int count[MAX_DEPTH + 2];
  int last_dash;
  int last_colon; /* the last clause ended with ':' (a list may follow) */
  int markdown;   /* the text is Markdown (emphasis stars, "- " bullets) */
  /* the body of rules (WTSA Res. 1): labels per level, to nest a dotted number under
   * the one it extends; the level of the last dotted provision (paragraphs, notes and
   * figure captions go under it); the part being read */
  char lab[MAX_DEPTH + 2][32];
  int prov;
  enum { P_NONE, P_SECTION, P_SECTION_TITLE, P_APPENDIX, P_APPENDIX_TO, P_APPENDIX_TITLE } part;
  char part_num[32];
  int in_part;           /* inside a SECTION of rules or an appendix */
  struct strbuf pending; /* a SECTION title or figure caption that a next line may continue */
  int pending_level;
  int in_proposal;
  /* the proposal line waits for the next line: a number line in another language
   * states the language first, in the header ("@language fr" before "@proposal") */
  struct strbuf proposal;
  /* a line after the assembly line that no phrase table knows (no Arabic preamble
   * phrase is attested) is the first section's heading; it waits for the first clause,
   * whose label tells the section's kind; sections seen since the number line */
  struct strbuf heading;
  int heading_para;
  int sections;
  /* lines "| … |" in an annex, appendix or SECTION, kept until the first other line:
   * a table when they line up as the text output aligns one, else read one by one */
  char **rows;
  int *row_para;
  size_t nrows, caprows;
  /* the language its number line's word is in (RÉSOLUTION, 第…号决议); NULL for English:
   * its words (section phrases, Reasons:, the assembly line) are read in it */
  const struct lang *lang;
};

static const char *note_id(struct tctx *t, const char *num) {
  for (size_t i = t->nnotes; i-- > 0;)
    if (strcmp(t->notes[i].num, num) == 0) return t->notes[i].id;
  return num;
}

/* Registers the definition of note NUM; a number reused with another text (two
 * resolutions in one file) gets a fresh id, since ids are file-wide. */
static void note_define(struct tctx *t, const char *num, const char *text) {
  int same_num = 0;
  for (size_t i = 0; i < t->nnotes; i++) {
    if (strcmp(t->notes[i].num, num) != 0) continue;
    if (strcmp(t->notes[i].text, text) == 0) return; /* same note again */
    same_num++;
  }
  if (t->nnotes >= MAX_NOTES) return;
  struct note *n = &t->notes[t->nnotes++];
  n->num = arena_strdup(t->a, num);
  n->id = same_num ? arena_printf(t->a, "%s-%d", num, same_num + 1) : n->num;
  n->text = arena_strdup(t->a, text);
  imp_footnote(t->im, n->id, text);
}

static int is_space(const char *s, size_t *w) {
  if (*s == ' ' || *s == '\t' || *s == '\r') return *w = 1, 1;
  if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) return *w = 2, 1;
  return 0;
}

/* Removes [bookmark: ...] artefacts and the inlined footnote texts "[N: N text]"
 * (registered as definitions) from LINE, in place; trims both ends. */
static char *clean_line(struct tctx *t, char *line) {
  char *r = line, *w = line;
  while (*r) {
    if (strncmp(r, "[bookmark:", 10) == 0) {
      char *e = strchr(r, ']');
      if (e) {
        r = e + 1;
        continue;
      }
    }
    if (r[0] == '[' && isdigit((unsigned char)r[1])) {
      char *p = r + 1;
      while (isdigit((unsigned char)*p)) p++;
      if (p[0] == ':' && p[1] == ' ') {
        /* the matching ']' (notes may hold brackets) */
        int depth = 0;
        char *e = r;
        for (; *e; e++) {
          if (*e == '[') depth++;
          else if (*e == ']' && --depth == 0) break;
        }
        if (*e == ']') {
          char num[32];
          size_t nl = (size_t)(p - r - 1);
          if (nl >= sizeof num) nl = sizeof num - 1;
          memcpy(num, r + 1, nl);
          num[nl] = '\0';
          char *s = p + 2;
          size_t sw;
          while (is_space(s, &sw)) s += sw;
          if (strncmp(s, num, strlen(num)) == 0) s += strlen(num); /* the number again */
          while (s < e && is_space(s, &sw)) s += sw;
          char *end = e;
          while (end > s && (end[-1] == ' ' || end[-1] == '\t')) end--;
          struct strbuf txt = {0};
          imp_escape(&txt, s, (size_t)(end - s));
          note_define(t, num, sb_str(&txt));
          sb_free(&txt);
          r = e + 1;
          continue;
        }
      }
    }
    *w++ = *r++;
  }
  *w = '\0';
  size_t sw;
  char *s = line;
  while (is_space(s, &sw)) s += sw;
  char *e = s + strlen(s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
  if (e - s >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0) e -= 2;
  *e = '\0';
  return s;
}

/* The value of the superscript digit at S (N bytes), as resc's text output and PDF
 * extractions print note marks (¹, ², ³ are U+00B9, U+00B2, U+00B3; ⁰ and ⁴ to ⁹ are
 * U+2070, U+2074 to U+2079), with *LEN its bytes; -1 when there is none. */
static int superscript_digit(const char *s, size_t n, size_t *len) {
  const unsigned char *u = (const unsigned char *)s;
  if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3)) {
    *len = 2;
    return u[1] == 0xB9 ? 1 : u[1] - 0xB0;
  }
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9))) {
    *len = 3;
    return u[2] - 0xB0;
  }
  return -1;
}

/* The mark at S (M bytes) with superscript digits written as digits, in BUF. */
static const char *mark_ascii(const char *s, size_t m, char *buf, size_t cap) {
  size_t o = 0, dl;
  for (size_t i = 0; i < m && o + 1 < cap;) {
    int d = superscript_digit(s + i, m - i, &dl);
    if (d >= 0) buf[o++] = (char)('0' + d), i += dl;
    else buf[o++] = s[i++];
  }
  buf[o] = '\0';
  return buf;
}

/* The length of the footnote mark at S (N bytes): digits, or superscript digits, with an
 * optional "bis", "ter" or "quater" ("1", "1bis", "¹"), or a run of stars ("*", "**");
 * 0 when there is none. */
static size_t mark_len(const char *s, size_t n) {
  size_t i = 0, dl, digits = 0;
  if (n && s[0] == '*') {
    while (i < n && s[i] == '*') i++;
    return i;
  }
  if (superscript_digit(s, n, &dl) >= 0) {
    while (i < n && superscript_digit(s + i, n - i, &dl) >= 0) i += dl, digits++;
  } else {
    while (i < n && isdigit((unsigned char)s[i])) i++;
    digits = i;
  }
  if (!digits || digits > 4) return 0;
  static const char *const latin[] = {"bis", "ter", "quater"};
  for (size_t k = 0; k < 3; k++) {
    size_t ln = strlen(latin[k]);
    if (n - i >= ln && strncmp(s + i, latin[k], ln) == 0) return i + ln;
  }
  return i;
}

/* The id of the next reference to mark NUM among the footnotes after the body: the
 * k-th reference to a mark goes to the k-th note printed with it (a text may reuse
 * "*"), later ones to the last; NULL when no note has that mark. */
static const char *trailing_ref(struct tctx *t, const char *mark, size_t mlen) {
  char buf[32];
  const char *num = mark_ascii(mark, mlen, buf, sizeof buf);
  size_t len = strlen(num);
  size_t first = MAX_NOTES, last = MAX_NOTES, k = 0;
  for (size_t i = 0; i < t->nnotes; i++) {
    if (strlen(t->notes[i].num) != len || strncmp(t->notes[i].num, num, len) != 0) continue;
    if (first == MAX_NOTES) first = i;
    last = i;
  }
  if (first == MAX_NOTES) return NULL;
  int use = t->uses[first]++;
  for (size_t i = first; i <= last; i++) {
    if (strlen(t->notes[i].num) != len || strncmp(t->notes[i].num, num, len) != 0) continue;
    if (k++ == (size_t)use) return t->notes[i].id;
  }
  return t->notes[last].id;
}

/* A footnote reference of extracted text at S[I]: a mark glued to the word before it
 * ("countries1", "2016)1", "S.354-2*") and not followed by a letter or digit. Digits
 * follow a letter or ')' only, so "Resolution 71" and "Q.1" keep their numbers. */
static size_t glued_mark(struct tctx *t, const char *s, size_t n, size_t i, const char **id) {
  if (!t->trailing_notes || i == 0) return 0;
  unsigned char prev = (unsigned char)s[i - 1];
  size_t m = mark_len(s + i, n - i);
  if (!m) return 0;
  size_t dl;
  /* a superscript mark reads as nothing else: also after a digit ("for 2027¹") */
  int super = superscript_digit(s + i, n - i, &dl) >= 0 && isdigit(prev);
  if (s[i] != '*' && !(isalpha(prev) || prev == ')' || prev >= 0x80 || super)) return 0;
  /* a no-break or thin space is a space: "Resolution\u00a02", "Study Group\u00a03" */
  if ((i >= 2 && (unsigned char)s[i - 2] == 0xC2 && prev == 0xA0) ||
      (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80 &&
       (prev == 0xAF || prev == 0x89 || prev == 0x8A)))
    return 0;
  if (s[i] == '*' && (prev == ' ' || prev == '\t' || prev == '*')) return 0;
  if (i + m < n && (isalnum((unsigned char)s[i + m]) || s[i + m] == '*')) return 0;
  *id = trailing_ref(t, s + i, m);
  return *id ? m : 0;
}

/* A reference as Word's text export prints it, "[footnoteRef:N]" and the number again
 * ("[footnoteRef:1]1"), N a number or an inserted note's "1bis": its length at S (N
 * bytes), *ID the note's id; 0 when S holds none. */
static size_t ref_mark(struct tctx *t, const char *s, size_t n, const char **id) {
  if (n < 15 || strncmp(s, "[footnoteRef:", 13) != 0) return 0;
  size_t m = mark_len(s + 13, n - 13);
  if (!m || s[13] == '*' || 13 + m >= n || s[13 + m] != ']') return 0;
  char num[32];
  snprintf(num, sizeof num, "%.*s", (int)m, s + 13);
  *id = note_id(t, num);
  if (*id == num) *id = arena_strdup(t->a, num);
  size_t k = 14 + m;
  if (n - k >= m && strncmp(s + k, num, m) == 0) k += m; /* the printed number */
  return k;
}

/* Inline markup of plain text: escaped, with "[footnoteRef:N]N" and glued footnote
 * references turned into marks, and the revision marks and comments of resc's text
 * output ("{++…++}", "{--…--}", "{>>…<<}", each closed on its line) kept as marks. */
static void inline_text(struct tctx *t, const char *s, size_t n, struct strbuf *out) {
  size_t i = 0, from = 0;
  size_t close[8], nclose = 0; /* where the marks opened close, innermost last */
  while (i < n) {
    const char *id;
    size_t m, c;
    while (nclose && i > close[nclose - 1]) nclose--; /* a mark read across it: no close */
    if (nclose && i == close[nclose - 1]) {
      imp_escape(out, s + from, i - from);
      sb_add(out, s + i, 3);
      nclose--;
      i = from = i + 3;
      continue;
    }
    if (nclose < 8 && (m = text_revision_open(s, nclose ? close[nclose - 1] : n, i, &c)) != 0) {
      imp_escape(out, s + from, i - from);
      sb_add(out, s + i, 3);
      close[nclose++] = c;
      i = from = i + 3;
      continue;
    }
    m = glued_mark(t, s, n, i, &id);
    if (m) {
      imp_escape(out, s + from, i - from);
      sb_printf(out, "[^%s]", id);
      i = from = i + m;
      /* a second mark on the same place: "2016)1, 1bis" */
      while (i + 2 < n && s[i] == ',' && s[i + 1] == ' ') {
        size_t m2 = mark_len(s + i + 2, n - i - 2);
        if (!m2 || (i + 2 + m2 < n && isalnum((unsigned char)s[i + 2 + m2]))) break;
        const char *id2 = trailing_ref(t, s + i + 2, m2);
        if (!id2) break;
        sb_printf(out, "[^%s]", id2);
        i = from = i + 2 + m2;
      }
      continue;
    }
    if ((m = ref_mark(t, s + i, n - i, &id)) != 0) {
      imp_escape(out, s + from, i - from);
      sb_printf(out, "[^%s]", id);
      i = from = i + m;
      continue;
    }
    i++;
  }
  imp_escape(out, s + from, n - from);
}

/* Kinds a typed label can be of, as a bit mask of 1 << enum label_kind. */
unsigned imp_label_mask(const char *l) {
  size_t n = strlen(l);
  if (!n) return 0;
  /* a bullet nests as a dash item does (its label stays a bullet) */
  if (strcmp(l, "–") == 0 || strcmp(l, "-") == 0 || strcmp(l, "—") == 0 || strcmp(l, "•") == 0 ||
      strcmp(l, "−") == 0)
    return 1u << LK_DASH;
  /* a provision's dotted number, "3.1", "1bis.2", "4.3bis" */
  if (memchr(l, '.', n) && isdigit((unsigned char)l[0]) && l[n - 1] != '.') {
    for (size_t k = 0; k < n; k++)
      if (!isdigit((unsigned char)l[k]) && l[k] != '.' && !islower((unsigned char)l[k])) return 0;
    return n <= 24 ? 1u << LK_DOTTED : 0;
  }
  /* an inserted label, "b)bis", "1ter", is of the kind of the label it follows */
  static const char *const latin[] = {"bis", "ter", "quater"};
  for (size_t k = 0; k < 3; k++) {
    size_t ln = strlen(latin[k]);
    if (n > ln && n - ln <= 7 && strcmp(l + n - ln, latin[k]) == 0) {
      char base[8];
      memcpy(base, l, n - ln);
      base[n - ln] = '\0';
      return imp_label_mask(base) & ((1u << LK_LETTER) | (1u << LK_NUMBER));
    }
  }
  size_t i = 0;
  while (i < n && isdigit((unsigned char)l[i])) i++;
  if (i == n && n <= 4) return 1u << LK_NUMBER;
  if (l[n - 1] != ')' || n < 2 || n > 7) return 0;
  unsigned m = 1u << LK_LETTER;
  for (i = 0; i + 1 < n; i++) {
    if (!islower((unsigned char)l[i])) return 0;
  }
  for (i = 0; i + 1 < n && strchr("ivxlcdm", l[i]); i++) {
  }
  if (i + 1 == n) m |= 1u << LK_ROMAN;
  return m;
}

static enum label_kind expected(const struct tctx *t, int level) {
  return level == 1 ? t->base : label_successor(t->kind[level - 1]);
}

/* Whether label L (of kinds M) is the first label of a lettered, numbered or roman list. */
static int restarts(struct tctx *t, const char *l, unsigned m) {
  static const enum label_kind kinds[] = {LK_LETTER, LK_NUMBER, LK_ROMAN};
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if ((m & (1u << kinds[i])) && strcmp(label_format(t->a, kinds[i], 0), l) == 0) return 1;
  return 0;
}

/* The level of a clause labelled L: the deepest level (at most one below the current)
 * whose expected kind and next label match; else the deepest whose kind matches. */
static int dotted_level(struct tctx *t, const char *l);

static int clause_level(struct tctx *t, const char *l) {
  unsigned m = imp_label_mask(l);
  if (!m) return 1;
  if (m == (1u << LK_DOTTED)) return dotted_level(t, l);
  if (t->base == LK_NONE) {
    t->base = (m & (1u << LK_NUMBER)) ? LK_NUMBER : (m & (1u << LK_LETTER)) ? LK_LETTER : LK_NONE;
  }
  int exact = 0, cand = 0;
  for (int lv = t->depth + 1 < MAX_DEPTH ? t->depth + 1 : MAX_DEPTH; lv >= 1; lv--) {
    /* an open level keeps the scheme its list started with */
    enum label_kind k = lv <= t->depth && t->kind[lv] != LK_NONE ? t->kind[lv] : expected(t, lv);
    if (!(m & (1u << k))) continue;
    /* a list may follow a clause that ends with ':', and any provision (7.2.2) */
    int may_open = t->last_colon || t->depth == 0 || t->kind[t->depth] == LK_DOTTED;
    if (!cand && (lv <= t->depth || may_open)) cand = lv;
    int idx = lv > t->depth ? 0 : t->count[lv];
    /* an open list of marks goes on with the same mark: '–' items after a '•' list
     * nest under it (WTSA Res. 1, Appendix I) */
    int same_mark = k != LK_DASH || lv > t->depth || strcmp(t->lab[lv], l) == 0;
    /* a new, deeper level only after a clause that introduces a list */
    if (same_mark && strcmp(label_format(t->a, k, idx), l) == 0 && (!exact || exact > t->depth) &&
        (lv <= t->depth || may_open))
      exact = lv;
  }
  int lv = exact ? exact : cand;
  /* After a lead-in that ends with ':', a list that starts again at a), 1 or i) is
   * that lead-in's own list, whatever scheme the level below would expect (PP Res. 14:
   * "each Sector Member is entitled to:" then a), b) ... under a lettered clause). */
  if (t->last_colon && t->depth > 0 && t->depth < MAX_DEPTH && (!exact || exact <= t->depth) &&
      restarts(t, l, m))
    lv = t->depth + 1;
  if (!lv && (m & (1u << LK_DASH))) {
    lv = t->last_dash && t->depth > 0 ? t->depth : t->depth + 1;
    if (lv > MAX_DEPTH) lv = MAX_DEPTH;
  }
  if (!lv) lv = 1;
  if (lv > t->depth) {
    t->count[lv] = 1;
  } else {
    t->count[lv]++;
  }
  enum label_kind k = expected(t, lv);
  if (!(m & (1u << k))) {
    k = (m & (1u << LK_LETTER)) ? LK_LETTER : (m & (1u << LK_NUMBER)) ? LK_NUMBER : LK_DASH;
  }
  t->kind[lv] = k;
  t->depth = lv;
  snprintf(t->lab[lv], sizeof t->lab[lv], "%s", l);
  if (lv <= t->prov) t->prov = 0;
  t->last_dash = (m & (1u << LK_DASH)) != 0;
  return lv;
}

/* The level of a provision numbered L: under the open clause whose label L extends,
 * beside the one whose parent it shares, else at the top (SECTION 1's 1.1). */
static int dotted_level(struct tctx *t, const char *l) {
  int lv = imp_dotted_level(t->lab, t->depth, l);
  if (lv > MAX_DEPTH) lv = MAX_DEPTH;
  t->count[lv] = lv > t->depth ? 1 : t->count[lv] + 1;
  t->kind[lv] = LK_DOTTED;
  t->depth = lv;
  snprintf(t->lab[lv], sizeof t->lab[lv], "%s", l);
  t->prov = lv;
  t->last_dash = 0;
  return lv;
}

static void flush_title(struct tctx *t) {
  if (t->st == S_TITLE && t->title.len) imp_directive(t->im, "title", sb_str(&t->title));
  sb_clear(&t->title);
}

static void new_section(struct tctx *t, enum phrase_kind pk) {
  t->base = pk == PHRASE_PREAMBLE ? LK_LETTER : pk == PHRASE_OPERATIVE ? LK_NUMBER : LK_NONE;
  t->depth = 0;
  t->last_dash = 0;
  t->prov = 0;
}

static size_t skip_word(const char *s, const char *word) {
  size_t n = strlen(word);
  size_t sw;
  while (is_space(s + n, &sw)) n += sw;
  return n;
}

/* Markdown exports (one seed is one): emphasis stars, heading hashes and "- " bullets
 * are dropped, and a bullet that starts with a label becomes "label<TAB>text". */
static char *unmarkdown(char *s) {
  char *w = s;
  for (char *r = s; *r; r++)
    if (*r != '*') *w++ = *r;
  *w = '\0';
  while (*s == '#') s++;
  while (*s == ' ') s++;
  if (strcmp(s, "---") == 0) return s + 3;
  if (s[0] == '-' && s[1] == ' ') {
    s += 2;
    char *sp = strchr(s, ' ');
    if (sp) {
      char save = *sp;
      *sp = '\0';
      int lab = imp_label_mask(s) != 0;
      *sp = save;
      if (lab) *sp = '\t';
    }
  }
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ') s[--n] = '\0';
  return s;
}

/* Whether S (N bytes) is a history line as printed: "(Place, Year)", possibly several
 * such entries; it ends with a year and its closing parenthesis. */
static int is_history_line(const char *s, size_t n) {
  if (n < 8 || s[0] != '(' || s[n - 1] != ')') return 0;
  for (size_t i = n - 5; i < n - 1; i++)
    if (!isdigit((unsigned char)s[i])) return 0;
  return s[n - 6] == ' ' && memchr(s, ',', n) != NULL;
}

/* A footnote mark after a history line's parenthesis at S[I]: a footnote text's mark
 * ("(Hammamet, 2016)1, 1bis" in extracted text) or Word's reference; its length, *ID
 * the note's id; 0 when there is none. */
static size_t history_mark(struct tctx *t, const char *s, size_t n, size_t i, const char **id) {
  size_t m = ref_mark(t, s + i, n - i, id);
  if (m || !t->trailing_notes) return m;
  m = mark_len(s + i, n - i);
  for (size_t k = 0; m && k < t->nnotes; k++)
    if (strlen(t->notes[k].num) == m && strncmp(t->notes[k].num, s + i, m) == 0) {
      *id = t->notes[k].id;
      return m;
    }
  return 0;
}

/* Where the closing parenthesis of a history line "(Place, Year)" under the title is:
 * the last character, or followed only by footnote marks ("(Hammamet, 2016)1, 1bis");
 * 0 when S is no such line. */
static size_t history_close(struct tctx *t, const char *s, size_t n) {
  if (s[n - 1] == ')') return n - 1;
  const char *c = s + n;
  while (c > s && c[-1] != ')') c--; /* after the last ')' ("[footnoteRef:1]" has none) */
  if (c == s) return 0;
  const char *id;
  size_t i = (size_t)(c - s), m = history_mark(t, s, n, i, &id);
  while (m) {
    i += m;
    if (i == n) return (size_t)(c - s) - 1;
    if (i + 2 >= n || s[i] != ',' || s[i + 1] != ' ') return 0;
    i += 2;
    m = history_mark(t, s, n, i, &id);
  }
  return 0;
}

/* Whether the first N bytes of S hold a year: four digits of their own. A history line
 * has one, "(Kyoto, 1994)" or the study periods of an ITU-R text "(1963-1970-1974)". */
static int has_year(const char *s, size_t n) {
  for (size_t i = 0; i + 4 <= n; i++)
    if ((i == 0 || !isdigit((unsigned char)s[i - 1])) && isdigit((unsigned char)s[i]) &&
        isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]) &&
        isdigit((unsigned char)s[i + 3]) && (i + 4 == n || !isdigit((unsigned char)s[i + 4])))
      return 1;
  return 0;
}

/* Whether S (N bytes) is an annex heading as printed: "ANNEX", "ANNEX 2", "ANNEX A", "ANNEX
 * TO RESOLUTION 2 (REV. BUCHAREST, 2022)", "ANNEX 1 TO DECISION 5 (…)": the word in
 * capitals, and no lower-case letter before a parenthesis. */
static int is_annex_line(const char *s, size_t n) {
  if (n < 5 || strncmp(s, "ANNEX", 5) != 0 || (n > 5 && s[5] != ' ')) return 0;
  for (size_t i = 5; i < n && s[i] != '('; i++)
    if (islower((unsigned char)s[i])) return 0;
  return s[n - 1] != '.' && s[n - 1] != ';' && s[n - 1] != ':';
}

/* Whether line S starts with a label and a space or tab ("1 meet", "a)\tsend"). */
static int imp_label_mask_of_line(const char *s) {
  char label[32];
  size_t k = strcspn(s, " \t");
  if (!s[k] || k >= sizeof label) return 0;
  memcpy(label, s, k);
  label[k] = '\0';
  return imp_label_mask(label) != 0;
}

/* Writes what waits for a possible continuation line: a SECTION's heading with its
 * title, or a figure caption. */
static void flush_pending(struct tctx *t) {
  if (t->part == P_SECTION_TITLE) {
    struct strbuf d = {0};
    sb_printf(&d, "%s %s", t->part_num, sb_str(&t->pending));
    imp_directive(t->im, "section", sb_str(&d));
    sb_free(&d);
    t->part = P_NONE;
    t->in_part = 1;
    new_section(t, PHRASE_UNKNOWN);
    t->base = LK_DOTTED;
  } else if (t->pending.len) {
    imp_para(t->im, t->pending_level, NULL, sb_str(&t->pending));
  }
  sb_clear(&t->pending);
}

/* "SECTION 1", "Section 1bis", "Appendix II": the number of a part of a rules text, or
 * NULL. */
static const char *part_number(const char *s, const char *word) {
  size_t n = strlen(word), sw;
  /* "SECTION" as the PP collection prints it, "Section" as WTSA Res. 1 has it once */
  if (strncmp(s, word, n) != 0 && !(n == 7 && strncmp(s, "Section", 7) == 0)) return NULL;
  if (!is_space(s + n, &sw)) return NULL;
  const char *num = s + n + sw;
  if (!*num || strchr(num, ' ') || strlen(num) >= 16) return NULL;
  if (!isdigit((unsigned char)num[0]) && !strchr("IVXLC", num[0])) return NULL;
  return num;
}

/* The label of a NOTE ("NOTE", "NOTE 3") or figure caption ("Figure 7.1a") that
 * starts S, followed by an en dash: written to LABEL with a plain space (Word puts a
 * no-break space after "Figure"), *TEXT set after the dash. Returns 0 when S is none. */
static int note_or_figure(const char *s, char *label, size_t cap, const char **text) {
  /* the dash with a space on either side, plain or no-break ("NOTE\u00a01\u00a0–\u00a0…",
   * as ITU-R's Word files have it) */
  const char *en = strstr(s, "\xE2\x80\x93"), *dash, *after;
  size_t sw;
  if (!en || en - s > 26 || en == s) return 0;
  if (en[-1] == ' ') dash = en - 1;
  else if (en - s >= 2 && (unsigned char)en[-2] == 0xC2 && (unsigned char)en[-1] == 0xA0) dash = en - 2;
  else return 0;
  if (!is_space(en + 3, &sw)) return 0;
  after = en + 3 + sw;
  const char *word = strncmp(s, "NOTE", 4) == 0     ? "NOTE"
                     : strncmp(s, "Figure", 6) == 0 ? "Figure"
                                                    : NULL;
  if (!word) return 0;
  const char *num = s + strlen(word);
  if (num == dash) {
    if (word[0] != 'N') return 0;
    snprintf(label, cap, "NOTE");
  } else {
    if (!is_space(num, &sw)) return 0;
    num += sw;
    if (num >= dash) return 0;
    for (const char *c = num; c < dash; c++)
      if (word[0] == 'N' ? !isdigit((unsigned char)*c) : !(isalnum((unsigned char)*c) || *c == '.'))
        return 0;
    snprintf(label, cap, "%s %.*s", word, (int)(dash - num), num);
  }
  *text = after;
  return 1;
}

/* The level a paragraph takes: under the last provision (a dotted number), else at the
 * top of a rules part (0: a paragraph in column 1), else a clause's own level. */
static int para_level(const struct tctx *t) {
  if (t->prov) return t->prov + 1;
  return 0;
}

/* One line of a rules text that no other reading claims: a SECTION or appendix heading
 * and the lines after it, a NOTE, a figure caption, a paragraph among provisions.
 * Returns whether it took the line. */
static int rules_line(struct tctx *t, const char *s, size_t n, const char *tab, int indented) {
  struct strbuf in = {0};
  if (t->part == P_SECTION_TITLE && !tab && islower((unsigned char)s[0])) {
    sb_addc(&t->pending, '\n');
    inline_text(t, s, n, &t->pending);
    return 1;
  }
  if (t->pending.len && t->part != P_SECTION_TITLE && !tab && indented &&
      strncmp(s, "\xE2\x80\x93 ", 4) == 0) { /* "Figure 9.1 – …\n – Sequence of events" */
    sb_addc(&t->pending, '\n');
    inline_text(t, s, n, &t->pending);
    return 1;
  }
  flush_pending(t);
  if (t->part == P_SECTION) {
    inline_text(t, s, n, &t->pending);
    t->part = P_SECTION_TITLE;
    return 1;
  }
  if (t->part == P_APPENDIX && s[0] == '(' && strncmp(s, "(to ", 4) == 0) {
    t->part = P_APPENDIX_TO;
    return 1;
  }
  if (t->part == P_APPENDIX || t->part == P_APPENDIX_TO) {
    sb_printf(&in, "%s ", t->part_num);
    inline_text(t, s, n, &in);
    imp_directive(t->im, "appendix", sb_str(&in));
    sb_free(&in);
    t->part = P_NONE;
    t->in_part = 1;
    new_section(t, PHRASE_UNKNOWN);
    return 1;
  }
  if (t->st != S_BODY || tab) return 0;
  const char *num;
  if ((num = part_number(s, "SECTION")) != NULL || (num = part_number(s, "Appendix")) != NULL) {
    snprintf(t->part_num, sizeof t->part_num, "%s", num);
    t->part = s[0] == 'S' || s[0] == 's' ? P_SECTION : P_APPENDIX;
    return 1;
  }
  const char *text;
  char label[32];
  /* a NOTE after the clauses of any text (ITU-R Recommendations print them after
   * recommends); figures and plain paragraphs only among the provisions of rules */
  int note_here = t->depth > 0 && strncmp(s, "NOTE", 4) == 0;
  if ((t->in_part || t->prov || note_here) && note_or_figure(s, label, sizeof label, &text)) {
    sb_printf(&in, "%s \xE2\x80\x93 ", label);
    inline_text(t, text, strlen(text), &in);
    if (s[0] == 'F') {
      sb_clear(&t->pending);
      sb_add(&t->pending, in.data, in.len);
      t->pending_level = para_level(t);
    } else {
      imp_para(t->im, para_level(t), NULL, sb_str(&in));
    }
    sb_free(&in);
    return 1;
  }
  if (t->in_part || t->prov) {
    inline_text(t, s, n, &in);
    int lv = para_level(t);
    if (lv) imp_para(t->im, lv, "| ", sb_str(&in));
    else imp_heading(t->im, sb_str(&in));
    sb_free(&in);
    t->depth = t->prov;
    return 1;
  }
  return 0;
}

/* A proposal line, "MOD<TAB>EUR/38A1/1" (a Markdown export has two spaces for the tab):
 * "@proposal". Returns whether S was one. */
static int proposal_line(struct tctx *t, const char *s, const char *tab) {
  static const char *const actions[] = {"ADD", "MOD", "SUP", "NOC"};
  for (size_t i = 0; i < 4; i++) {
    if (!tab && t->markdown && strncmp(s, actions[i], 3) == 0 && s[3] == ' ' && s[4] == ' ')
      tab = s + 3;
    if (tab && (size_t)(tab - s) == 3 && strncmp(s, actions[i], 3) == 0) {
      struct strbuf in = {0};
      flush_title(t);
      sb_printf(&in, "%s ", actions[i]);
      const char *id = tab + 1;
      while (*id == ' ' || *id == '\t') id++;
      inline_text(t, id, strlen(id), &in);
      sb_clear(&t->proposal);
      sb_add(&t->proposal, in.data, in.len);
      t->st = S_START;
      t->in_proposal = 1;
      sb_free(&in);
      return 1;
    }
  }
  return 0;
}

/* "Reasons:<TAB>…" (or the word of the text's language): the proposal's "@reasons";
 * without a proposal, a paragraph. */
static int reasons_line(struct tctx *t, const char *s) {
  const char *reasons = lang_text(t->lang, LW_REASONS, "Reasons:");
  size_t word = strncmp(s, "Reasons:", 8) == 0                      ? 8
                : strncmp(s, reasons, strlen(reasons)) == 0 ? strlen(reasons)
                                                                    : 0;
  if (!word) return 0;
  struct strbuf in = {0};
  flush_title(t);
  const char *r = s + word;
  size_t sw;
  while (is_space(r, &sw)) r += sw;
  if (t->in_proposal) {
    inline_text(t, r, strlen(r), &in);
    imp_directive(t->im, "reasons", sb_str(&in));
  } else {
    inline_text(t, s, strlen(s), &in);
    imp_heading(t->im, sb_str(&in));
  }
  t->in_proposal = 0;
  t->st = S_START;
  sb_free(&in);
  return 1;
}

/* The body that a number line names before its kind's word, as compilations of several
 * bodies' texts print it ("WTDC RESOLUTION 36 (Rev. Hyderabad, 2010)"): the profile's id,
 * with *LEN the length of that word and its space; NULL when S names none. */
static const char *body_prefix(const char *s, size_t *len) {
  char word[16];
  size_t k = 0;
  while (k < sizeof word - 1 && (isupper((unsigned char)s[k]) || s[k] == '-')) {
    word[k] = s[k];
    k++;
  }
  word[k] = '\0';
  const struct profile *p = k && s[k] == ' ' ? profile_named(word) : NULL;
  size_t skip;
  if (!p || !profile_kind_of_line(s + k + 1, &skip)) return NULL;
  *len = k + 1;
  return p->id;
}

/* A number line in another language (RÉSOLUTION 1238, 第1238号决议(…)): its language is
 * stated once, and the words that follow are read in it. Returns the directive
 * ("resolution") and sets *S, *N to what it holds, or NULL when S is none. */
static const char *other_number_line(struct tctx *t, const char **s, size_t *n, char *bare,
                                     size_t size) {
  const struct lang *nl = lang_strip_number_word(*s, bare, size);
  if (!nl) return NULL;
  if (!t->lang && strcmp(nl->code, "en") != 0) {
    t->lang = nl;
    imp_directive(t->im, "language", nl->code);
  }
  /* 第1238号决议(…), not a bare number, is kept as written: resc prints it so */
  if (!*lang_number_suffix(nl, "resolution") || lang_bare_number(bare)) {
    *s = bare;
    *n = strlen(bare);
  }
  return "resolution";
}

/* The number line: a kind's word as printed (RESOLUTION, DECISION, RECOMMENDATION ...),
 * after the body's name where a compilation prints it (then "@profile"), or in the
 * words of another language. */
static int number_line(struct tctx *t, const char *s, size_t n) {
  size_t skip = 0, body_len = 0;
  const char *body = body_prefix(s, &body_len);
  const char *dir = profile_kind_of_line(s + body_len, &skip);
  char bare[512];
  if (dir) {
    skip += body_len;
    skip += skip_word(s + skip, "");
  } else if ((dir = other_number_line(t, &s, &n, bare, sizeof bare))) {
    skip = 0;
  } else {
    return 0;
  }
  struct strbuf in = {0};
  flush_title(t);
  inline_text(t, s + skip, n - skip, &in);
  imp_directive(t->im, dir, sb_str(&in));
  if (body) imp_directive(t->im, "profile", body);
  t->st = S_TITLE;
  t->in_annex = 0;
  t->sections = 0;
  new_section(t, PHRASE_UNKNOWN);
  sb_free(&in);
  return 1;
}

/* An annex heading as printed, "ANNEX TO RESOLUTION 2 (REV. BUCHAREST, 2022)", "ANNEX 1
 * TO DECISION 5 (…)": resc prints its own, so only the title on the next line is kept;
 * that line ("@annex Title") or the annex's first line, which is no title. Returns
 * whether S is used up. */
static int annex_line(struct tctx *t, const char *s, size_t n, const char *tab) {
  if (!tab && t->st == S_BODY && is_annex_line(s, n)) {
    t->st = S_ANNEX_TITLE;
    t->in_annex = 1;
    new_section(t, PHRASE_OPERATIVE);
    return 1;
  }
  if (t->st != S_ANNEX_TITLE) return 0;
  struct strbuf in = {0};
  t->st = S_BODY;
  int title = !tab && !strchr(".:;,", s[n - 1]) && !imp_label_mask_of_line(s);
  if (title) inline_text(t, s, n, &in);
  imp_directive(t->im, "annex", sb_str(&in));
  sb_free(&in);
  return title;
}

/* A history line: under the title, "(Hammamet, 2016)" with its footnote marks after the
 * parenthesis, or after the last clause of a PP text, "(Kyoto, 1994) – (Rev.
 * Minneapolis, 1998)", kept as written. */
static int history_line(struct tctx *t, const char *s, size_t n, const char *tab) {
  struct strbuf in = {0};
  size_t close = t->st == S_TITLE && s[0] == '(' ? history_close(t, s, n) : 0;
  if (close && !has_year(s, close)) close = 0; /* "(Question ITU-R 145/7)" is the title's */
  if (close) {
    flush_title(t);
    inline_text(t, s + 1, close - 1, &in);
    for (size_t i = close + 1; i < n;) { /* its footnote marks, "(…)1, 1bis" */
      const char *id;
      size_t m = history_mark(t, s, n, i, &id);
      if (s[i] != '[') id = trailing_ref(t, s + i, m);
      sb_printf(&in, "[^%s]", id);
      i += m + 2;
    }
    imp_directive(t->im, "history", sb_str(&in));
    t->st = S_BODY; /* what follows is the assembly or a section */
  } else if (t->st == S_BODY && !tab && is_history_line(s, n)) {
    inline_text(t, s, n, &in);
    imp_directive(t->im, "history", sb_str(&in));
  } else {
    return 0;
  }
  sb_free(&in);
  return 1;
}

/* "The …," before the first clause: "@assembly"; in another language the line after the
 * number line that ends with a comma (Le Conseil, Совет, المجلس، 理事会,). */
static int assembly_line(struct tctx *t, const char *s, size_t n, const char *tab) {
  int comma = s[n - 1] == ',' || (n >= 2 && memcmp(s + n - 2, "\xD8\x8C", 2) == 0);
  int other = t->lang && comma &&
              ((t->st == S_TITLE && !t->title.len) ||
               (t->st == S_BODY && t->depth == 0 && n >= 2 && s[n - 2] == ')'));
  if (!((strncmp(s, "The ", 4) == 0 && s[n - 1] == ',') || other) || tab || t->in_annex ||
      (t->st == S_BODY && t->depth != 0))
    return 0;
  struct strbuf in = {0};
  flush_title(t);
  inline_text(t, s, n, &in);
  imp_directive(t->im, "assembly", sb_str(&in));
  t->st = S_BODY;
  sb_free(&in);
  return 1;
}

/* A section heading: a known phrase of the text's language, in lower case (or in a script
 * without case), that does not end a sentence. */
static int heading_line(struct tctx *t, const char *s, size_t n, const char *tab) {
  if (tab || t->in_annex || !(islower((unsigned char)s[0]) || (t->lang && (s[0] & 0x80))) ||
      s[n - 1] == '.' || s[n - 1] == ';' || n >= 400)
    return 0;
  enum phrase_kind kind = lang_phrase_classify(t->lang, s, NULL);
  if (kind == PHRASE_UNKNOWN) return 0;
  struct strbuf in = {0};
  inline_text(t, s, n, &in);
  imp_heading(t->im, sb_str(&in));
  t->st = S_BODY;
  new_section(t, kind);
  t->sections++;
  sb_free(&in);
  return 1;
}

/* Where the label of S ends: its tab, or in pasted text ("a) text", "1 text") the
 * space that stands for it; NULL when S has no label. */
static const char *label_end(const struct tctx *t, const char *s, const char *tab) {
  if (tab || t->st != S_BODY) return tab;
  const char *sp = strchr(s, ' ');
  char label[32];
  if (!sp || (size_t)(sp - s) >= sizeof label || !sp[1] || sp[1] == ' ') return NULL;
  memcpy(label, s, (size_t)(sp - s));
  label[sp - s] = '\0';
  return imp_label_mask(label) ? sp : NULL;
}

/* "label<TAB>text": a clause at the level its label's kind and order give. */
static int labelled_line(struct tctx *t, const char *s, const char *tab) {
  char label[32];
  size_t ln = (size_t)(tab - s);
  while (ln && s[ln - 1] == ' ') ln--; /* "5.4bis \t" */
  if (ln >= sizeof label) return 0;
  memcpy(label, s, ln);
  label[ln] = '\0';
  /* a relettered label, "{--b--}{++c++})", or one that a clause gains or loses
   * ("{++1++}": the only clause of a section has none): resc computes both ("- ") */
  char old_label[32], new_label[32];
  int relettered = text_label_revision(label, old_label, new_label, sizeof new_label) &&
                   (*old_label || *new_label) && (!*old_label || imp_label_mask(old_label)) &&
                   (!*new_label || imp_label_mask(new_label));
  if (relettered) strcpy(label, *new_label ? new_label : old_label);
  if (!imp_label_mask(label)) return 0;
  struct strbuf in = {0};
  const char *body = tab + 1;
  size_t sw;
  while (is_space(body, &sw)) body += sw;
  int lv = clause_level(t, label);
  inline_text(t, body, strlen(body), &in);
  if (strcmp(label, "-") == 0 || strcmp(label, "—") == 0) strcpy(label, "–");
  imp_clause(t->im, lv, relettered ? NULL : label, sb_str(&in));
  t->last_colon = body[0] && body[strlen(body) - 1] == ':';
  t->st = S_BODY;
  sb_free(&in);
  return 1;
}

/* Any other line: a paragraph of an annex, an unlabelled clause, or before the number
 * line the abstract. */
static void plain_line(struct tctx *t, const char *s, size_t n) {
  struct strbuf in = {0};
  inline_text(t, s, n, &in);
  if (t->st == S_BODY && t->in_annex) { /* a paragraph of the annex; its items follow */
    imp_heading(t->im, sb_str(&in));
    t->depth = 0;
    t->last_colon = 0;
  } else if (t->st == S_BODY) {
    imp_clause(t->im, 1, NULL, sb_str(&in));
    t->depth = 1;
    t->kind[1] = LK_NONE;
    t->count[1] = 1;
    t->last_colon = s[n - 1] == ':';
  } else {
    imp_directive(t->im, "abstract", sb_str(&in));
  }
  sb_free(&in);
}

/* Writes the proposal line that waited for this line S: after "@language" when S is the
 * number line of a first resolution in another language. */
static void flush_proposal(struct tctx *t, const char *s) {
  if (!t->proposal.len) return;
  char bare[512];
  const struct lang *nl = s ? lang_strip_number_word(s, bare, sizeof bare) : NULL;
  if (nl && !t->lang && strcmp(nl->code, "en") != 0) {
    t->lang = nl;
    imp_directive(t->im, "language", nl->code);
  }
  imp_directive(t->im, "proposal", sb_str(&t->proposal));
  sb_clear(&t->proposal);
}

/* Writes the heading that waited for this line S (its tab at TAB): with the kind its
 * first clause's label tells, "{preamble}" after a) and "{operative}" after 1. */
static void flush_heading(struct tctx *t, const char *s, const char *tab) {
  if (!t->heading.len) return;
  enum phrase_kind kind = PHRASE_UNKNOWN;
  if (s && tab && (size_t)(tab - s) < 16) {
    char label[16];
    memcpy(label, s, (size_t)(tab - s));
    label[tab - s] = '\0';
    unsigned m = imp_label_mask(label);
    if ((m & (1u << LK_NUMBER)) && strcmp(label, "1") == 0) kind = PHRASE_OPERATIVE;
    else if ((m & (1u << LK_LETTER)) && strcmp(label, "a)") == 0) kind = PHRASE_PREAMBLE;
  }
  if (kind != PHRASE_UNKNOWN)
    sb_adds(&t->heading, kind == PHRASE_PREAMBLE ? " {preamble}" : " {operative}");
  int para = t->im->para;
  t->im->para = t->heading_para;
  imp_heading(t->im, sb_str(&t->heading));
  t->im->para = para;
  sb_clear(&t->heading);
  new_section(t, kind);
  t->sections++;
}

/* One line of the text: the first reading that claims it, in this order. */
static int note_line(const char *s, size_t n, size_t *mark, const char **text);
static int is_printed_note(const char *s, size_t n);

static void read_line(struct tctx *t, char *raw);
static void flush_rows(struct tctx *t);

/* Whether RAW is a row of a table in a place that may hold one, "| a | b |". */
static int table_row(const struct tctx *t, const char *raw) {
  size_t n = strlen(raw);
  while (n && (raw[n - 1] == '\r' || raw[n - 1] == ' ')) n--;
  return (t->in_annex || t->in_part) && t->st == S_BODY && n >= 3 && raw[0] == '|' &&
         raw[n - 1] == '|';
}

static void one_line(struct tctx *t, char *raw) {
  if (table_row(t, raw)) {
    if (t->nrows == t->caprows) {
      t->caprows = t->caprows ? 2 * t->caprows : 16;
      t->rows = xrealloc(t->rows, t->caprows * sizeof *t->rows);
      t->row_para = xrealloc(t->row_para, t->caprows * sizeof *t->row_para);
    }
    size_t n = strlen(raw);
    while (n && (raw[n - 1] == '\r' || raw[n - 1] == ' ')) n--;
    t->rows[t->nrows] = xmalloc(n + 1);
    memcpy(t->rows[t->nrows], raw, n);
    t->rows[t->nrows][n] = '\0';
    t->row_para[t->nrows++] = t->im->para;
    return;
  }
  flush_rows(t);
  read_line(t, raw);
}

/* Writes the rows kept: a table, each cell's text read as any line's and its '|'
 * escaped; or, when they do not line up as one, each line as any other. */
static void flush_rows(struct tctx *t) {
  if (!t->nrows) return;
  size_t bounds[TEXT_TABLE_MAX_BARS];
  size_t nb = text_table_bounds(t->rows, t->nrows, bounds, TEXT_TABLE_MAX_BARS);
  int para = t->im->para;
  size_t n = t->nrows;
  t->nrows = 0;
  for (size_t r = 0; r < n; r++) {
    t->im->para = t->row_para[r];
    if (!nb) {
      read_line(t, t->rows[r]);
    } else {
      struct strbuf line = {0}, cell = {0};
      for (size_t k = 0; k + 1 < nb; k++) {
        const char *c;
        size_t len = text_table_cell(t->rows[r], bounds, k, &c);
        sb_clear(&cell);
        inline_text(t, c, len, &cell);
        sb_adds(&line, text_table_rule(t->rows[r]) ? "|---" : "| ");
        for (const char *q = sb_str(&cell); !text_table_rule(t->rows[r]) && *q; q++) {
          if (*q == '|') sb_addc(&line, '\\');
          sb_addc(&line, *q);
        }
        if (!text_table_rule(t->rows[r])) sb_addc(&line, ' ');
      }
      sb_addc(&line, '|');
      imp_para(t->im, 1, NULL, sb_str(&line));
      sb_free(&line);
      sb_free(&cell);
    }
    free(t->rows[r]);
  }
  t->im->para = para;
}

/* One line of the text that is no kept row: the first reading that claims it. */
static void read_line(struct tctx *t, char *raw) {
  int indented = *raw == ' ';
  if (t->trailing_notes && is_printed_note(raw, strlen(raw))) return; /* defined already */
  char *s = clean_line(t, raw);
  if (t->markdown) s = unmarkdown(s);
  while (*s == '\t' || *s == ' ') s++; /* a heading or clause indented by a tab */
  size_t n = strlen(s);
  if (!n && t->part == P_APPENDIX_TO) { /* resc's text output: an appendix without title */
    imp_directive(t->im, "appendix", t->part_num);
    t->part = P_NONE;
    t->in_part = 1;
    new_section(t, PHRASE_UNKNOWN);
  }
  if (!n) return;
  /* a line wholly inserted or deleted (resc's text output wraps it whole) is a block
   * revision: an inserted clause, not inserted text in a paragraph */
  enum change whole = text_whole_line(s, n);
  if (whole != CH_NONE) {
    s[n - 3] = '\0';
    s += 3;
    n -= 6;
  }
  const char *tab = strchr(s, '\t');
  flush_proposal(t, s);
  flush_heading(t, s, tab);
  if (whole != t->im->block) flush_title(t); /* the title lines are outside the block */
  imp_block(t->im, whole);
  if (rules_line(t, s, n, tab, indented) || proposal_line(t, s, tab) || reasons_line(t, s))
    return;
  if (strcmp(s, "Abstract:") == 0) return;
  if (number_line(t, s, n) || annex_line(t, s, n, tab) || history_line(t, s, n, tab) ||
      assembly_line(t, s, n, tab))
    return;
  /* in another language, a section phrase may follow the number line directly */
  if (t->st == S_TITLE && t->lang && !tab && lang_phrase_classify(t->lang, s, NULL) != PHRASE_UNKNOWN)
    flush_title(t);
  else if (t->st == S_TITLE) {
    if (t->title.len) sb_addc(&t->title, '\n');
    inline_text(t, s, n, &t->title);
    return;
  }
  if (heading_line(t, s, n, tab)) return;
  const char *lab = label_end(t, s, tab);
  if (lab && labelled_line(t, s, lab)) return;
  if (t->st == S_BODY && !t->sections && !t->in_annex && !t->in_part && !t->prov &&
      t->depth == 0 && !tab) { /* the first section's heading, of a phrase no table knows */
    inline_text(t, s, n, &t->heading);
    t->heading_para = t->im->para;
    return;
  }
  plain_line(t, s, n);
}

/* The mark and text of a footnote line "1 These include…", "1bis\tThis…", "** These…":
 * MARK_LEN bytes of mark, then white space, then the text at *TEXT. */
static int note_line(const char *s, size_t n, size_t *mark, const char **text) {
  size_t m = mark_len(s, n), i = m;
  if (!m) return 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (i == m || i == n) return 0;
  *mark = m;
  *text = s + i;
  return 1;
}

/* Whether every line of DATA[FROM..E) is a footnote line. */
static int all_notes(const char *data, size_t from, size_t e) {
  for (size_t i = from; i < e;) {
    const char *nl = memchr(data + i, '\n', e - i);
    size_t le = nl ? (size_t)(nl - data) : e, mark;
    const char *text;
    if (le > i && !note_line(data + i, le - i, &mark, &text)) return 0;
    i = le + 1;
  }
  return 1;
}

/* The last lines of DATA[0..E) that are footnote lines marked with superscript digits,
 * as resc's text output prints its notes right after the body ("¹\tArabic, …"): the
 * place of the line break before the first of them, or 0 when there are none. */
static size_t superscript_notes(const char *data, size_t e) {
  size_t start = 0;
  for (size_t le = e; le > 0;) {
    size_t b = le;
    while (b > 0 && data[b - 1] != '\n') b--;
    size_t mark, dl;
    const char *text;
    if (b == 0 || superscript_digit(data + b, le - b, &dl) < 0 ||
        !note_line(data + b, le - b, &mark, &text))
      break;
    start = b - 1;
    le = b - 1;
  }
  return start;
}

/* Whether S (N bytes) is a note as resc's text output prints it: a superscript mark,
 * a tab, the text ("¹<TAB>Arabic, …"). It prints them after each resolution's body,
 * which a proposal's "Reasons:" line may follow. */
static int is_printed_note(const char *s, size_t n) {
  size_t mark, dl;
  const char *text;
  return superscript_digit(s, n, &dl) >= 0 && note_line(s, n, &mark, &text) && s[mark] == '\t';
}

/* Defines the footnote of the note line S (N bytes); returns whether it is one. */
static int define_note_line(struct tctx *t, const char *s, size_t n) {
  size_t mark;
  const char *text;
  if (!n || !note_line(s, n, &mark, &text)) return 0;
  char num[16];
  mark_ascii(s, mark, num, sizeof num);
  struct strbuf txt = {0};
  imp_escape(&txt, text, (size_t)(s + n - text));
  note_define(t, num, sb_str(&txt));
  sb_free(&txt);
  return 1;
}

/* Defines the notes of DATA (LEN bytes) printed as resc's text output prints them, in
 * the order they come; returns whether there were any. */
static int printed_notes(struct tctx *t, const char *data, size_t len) {
  int any = 0;
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(data + i, '\n', len - i);
    size_t le = nl ? (size_t)(nl - data) : len, e = le;
    while (e > i && (data[e - 1] == '\r' || data[e - 1] == ' ')) e--;
    if (is_printed_note(data + i, e - i)) any |= define_note_line(t, data + i, e - i);
    i = le + 1;
  }
  return any;
}

/* Extracted text ends with its footnote texts, after one blank line: "1 These include…".
 * When every line after the last blank line is one, they are defined as footnotes and
 * the body ends at the blank line; returns where the body ends (LEN when there are none). */
static size_t trailing_notes(struct tctx *t, const char *data, size_t len) {
  size_t e = len;
  while (e && (data[e - 1] == '\n' || data[e - 1] == '\r' || data[e - 1] == ' ')) e--;
  size_t blank = 0; /* the blank line: "\n\n" */
  for (size_t k = e; k-- > 1;)
    if (data[k] == '\n' &&
        (data[k - 1] == '\n' || (data[k - 1] == '\r' && k > 1 && data[k - 2] == '\n'))) {
      blank = k;
      break;
    }
  if (!blank || !all_notes(data, blank + 1, e)) blank = superscript_notes(data, e);
  if (!blank) return len;
  for (size_t i = blank + 1; i < e;) {
    const char *nl = memchr(data + i, '\n', e - i);
    size_t le = nl ? (size_t)(nl - data) : e;
    while (le > i && (data[le - 1] == '\r' || data[le - 1] == ' ')) le--;
    define_note_line(t, data + i, le - i);
    i = (nl ? (size_t)(nl - data) : e) + 1;
  }
  t->trailing_notes = 1;
  return blank;
}

int import_text(struct imp *im, const char *data, size_t len, char *err, size_t errlen) {
  if (memchr(data, '\0', len)) {
    snprintf(err, errlen, "not a text file (it holds NUL bytes)");
    return 1;
  }
  struct tctx *t = xcalloc(1, sizeof *t);
  t->im = im;
  t->a = arena_new();
  t->st = S_START;
  int printed = printed_notes(t, data, len);
  len = trailing_notes(t, data, len);
  t->trailing_notes |= printed;
  /* Markdown: a "---" rule or a "**" line start anywhere in the body */
  for (size_t k = 0; k + 3 <= len && !t->markdown; k++)
    if ((k == 0 || data[k - 1] == '\n') &&
        (memcmp(data + k, "---\n", k + 4 <= len ? 4 : 3) == 0 || memcmp(data + k, "**", 2) == 0))
      t->markdown = 1;
  size_t i = 0;
  im->para = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < len) {
    const char *nl = memchr(data + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - data) : len;
    char *line = xmalloc(e - i + 1);
    memcpy(line, data + i, e - i);
    line[e - i] = '\0';
    im->para++; /* a line is a paragraph */
    const char *tab = strchr(line, '\t');
    const char *ex = tab && tab - line < 12 ? tab + 1 : line;
    imp_set_excerpt(im, ex, strlen(ex));
    one_line(t, line);
    free(line);
    i = e + 1;
  }
  flush_rows(t);
  flush_title(t);
  flush_pending(t);
  flush_proposal(t, NULL);
  flush_heading(t, NULL, NULL);
  imp_block(im, CH_NONE);
  sb_free(&t->title);
  sb_free(&t->proposal);
  sb_free(&t->heading);
  free(t->rows);
  free(t->row_para);
  sb_free(&t->pending);
  arena_free(t->a);
  free(t);
  return 0;
}

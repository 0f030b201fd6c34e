/* Computing labels, section kinds and ids over the whole tree in one pre-order walk:
 * a parent's labels are known before its sub-clauses are labelled. */
#include "labels.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "lang/lang.h"
#include "phrases.h"
#include "profile.h"
#include "strbuf.h"
#include "strmap.h"

enum label_kind label_successor(enum label_kind parent) {
  switch (parent) {
  case LK_LETTER: return LK_ROMAN;
  case LK_ROMAN: return LK_DASH;
  case LK_DASH: return LK_DASH;
  case LK_BULLET: return LK_DASH;
  default: return LK_LETTER;
  }
}

static void roman(struct strbuf *sb, int n) {
  static const struct {
    int v;
    const char *s;
  } t[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
           {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    while (n >= t[i].v) {
      sb_adds(sb, t[i].s);
      n -= t[i].v;
    }
}

/* The labels that real documents use (a) to dddd), 1 to 999, i) to xcix)) are made
 * once per process and shared: a large file has hundreds of thousands of clauses and
 * would otherwise format and store each label anew. */
#define CACHED_NUMBERS 1000
#define CACHED_ROMANS 99

static const char *cached_label(enum label_kind kind, int index) {
  static char letters[26 * LABELS_MAX_LETTER_REPEAT][LABELS_MAX_LETTER_REPEAT + 2];
  static char numbers[CACHED_NUMBERS][8];
  static char romans[CACHED_ROMANS][16];
  if (index < 0) return NULL;
  if (kind == LK_LETTER && index < 26 * LABELS_MAX_LETTER_REPEAT) {
    char *b = letters[index];
    if (!b[0]) {
      int rep = index / 26 + 1;
      for (int i = 0; i < rep; i++) b[i] = (char)('a' + index % 26);
      b[rep] = ')';
    }
    return b;
  }
  if (kind == LK_NUMBER && index < CACHED_NUMBERS) {
    char *b = numbers[index];
    if (!b[0]) snprintf(b, sizeof numbers[0], "%d", index + 1);
    return b;
  }
  if (kind == LK_ROMAN && index < CACHED_ROMANS) {
    char *b = romans[index];
    if (!b[0]) {
      struct strbuf sb = {0};
      roman(&sb, index + 1);
      sb_addc(&sb, ')');
      memcpy(b, sb.data, sb.len < sizeof romans[0] ? sb.len : sizeof romans[0] - 1);
      sb_free(&sb);
    }
    return b;
  }
  return NULL;
}

const char *label_format(struct arena *a, enum label_kind kind, int index) {
  const char *cached = cached_label(kind, index);
  if (cached) return cached;
  char buf[64];
  switch (kind) {
  case LK_LETTER: {
    int rep = index / 26 + 1;
    if (rep > LABELS_MAX_LETTER_REPEAT) {
      snprintf(buf, sizeof buf, "%d)", index + 1);
      return arena_strdup(a, buf);
    }
    for (int i = 0; i < rep; i++) buf[i] = (char)('a' + index % 26);
    buf[rep] = ')';
    buf[rep + 1] = '\0';
    return arena_strdup(a, buf);
  }
  case LK_ROMAN: {
    if (index >= 3999) return arena_printf(a, "%d)", index + 1);
    struct strbuf sb = {0};
    roman(&sb, index + 1);
    sb_addc(&sb, ')');
    const char *s = arena_strdup(a, sb_str(&sb));
    sb_free(&sb);
    return s;
  }
  case LK_NUMBER: return arena_printf(a, "%d", index + 1);
  case LK_DASH: return "\xE2\x80\x93"; /* en dash */
  case LK_BULLET: return "\xE2\x80\xA2";
  default: return "";
  }
}

/* The scheme of a list whose computed default is KIND, as its first explicit label
 * shows: ITU lists under a clause, and annex lists, are lettered, numbered, roman
 * (i) under a number, as in PP Res. 21) or made of dashes or bullets. A label that is
 * both a letter and a roman number at its place reads as the roman one (i) first, v)
 * fifth); elsewhere i) is a letter (the ninth). Sections keep their default: a number
 * in a preamble section is a slip, not a scheme. */
static enum label_kind scheme_of(struct arena *a, struct node *p, enum label_kind kind,
                                 struct node **chooser) {
  int index = 0;
  for (struct node *c = p->first; c; c = c->next) {
    if (c->kind != N_CLAUSE) continue;
    const char *t = c->as.clause.typed;
    if (t) {
      *chooser = c;
      if (strcmp(t, label_format(a, LK_DASH, 0)) == 0) return LK_DASH;
      if (strcmp(t, label_format(a, LK_BULLET, 0)) == 0) return LK_BULLET;
      if (isdigit((unsigned char)t[0])) return strchr(t, '.') ? LK_DOTTED : LK_NUMBER;
      if (strcmp(t, label_format(a, LK_ROMAN, index)) == 0 &&
          strcmp(t, label_format(a, LK_LETTER, index)) != 0)
        return LK_ROMAN;
      if (islower((unsigned char)t[0])) return LK_LETTER;
      return kind;
    }
    index++;
  }
  return kind;
}

static enum label_kind list_scheme(struct arena *a, struct node *p, enum label_kind kind) {
  struct node *chooser = NULL;
  enum label_kind k = scheme_of(a, p, kind, &chooser);
  if (chooser && k != kind) chooser->flags |= F_SETS_SCHEME;
  return k;
}

/* Whether the lettered list of P leaves out i), as its profile allows (ITU-R: Rec. ITU-R
 * RA.314-10 runs h), j), k)): its ninth clause is typed j). That label chooses the
 * sequence, and is kept where computed labels are dropped (import). */
static int skips_i(struct node *p, const struct profile *pf) {
  if (!pf || pf->letters != LETTERS_SKIP_I) return 0;
  int index = 0;
  for (struct node *c = p->first; c; c = c->next) {
    if (c->kind != N_CLAUSE || ast_effective_change(c) == CH_DEL) continue;
    if (index++ != 8) continue;
    if (!c->as.clause.typed || strcmp(c->as.clause.typed, "j)") != 0) return 0;
    c->flags |= F_SETS_SCHEME;
    return 1;
  }
  return 0;
}

/* The length of LABEL without a final "bis", "ter" or "quater", or 0 when it has none:
 * "b)bis" is a clause inserted after b) without relettering the others (WTSA Res. 1). */
static size_t bis_base(const char *label) {
  static const char *const sfx[] = {"bis", "ter", "quater"};
  size_t n = strlen(label);
  for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
    size_t k = strlen(sfx[i]);
    if (n > k && strcmp(label + n - k, sfx[i]) == 0) return n - k;
  }
  return 0;
}

/* Whether TYPED is a bis (ter, quater) label after PREV, the label before it in the
 * same list: its base is PREV or PREV's own base ("b)ter" after "b)bis"). */
static int bis_after(const char *typed, const char *prev) {
  size_t n = typed ? bis_base(typed) : 0;
  if (!n || !prev || !*prev) return 0;
  size_t pn = bis_base(prev);
  if (!pn) pn = strlen(prev);
  return pn == n && strncmp(typed, prev, n) == 0;
}

/* The Nth (1-based) label of a dotted list under PREFIX: "7.4" and 1 give "7.4.1". */
static const char *dotted(struct arena *a, const char *prefix, int n) {
  if (!prefix || !*prefix) return arena_printf(a, "%d", n);
  return arena_printf(a, "%s.%d", prefix, n);
}

/* The number a dotted list under P continues: a clause's label, a SECTION's number. */
static const char *dotted_prefix(const struct node *p, int old) {
  if (p->kind == N_CLAUSE) return old ? p->as.clause.old_label : p->as.clause.new_label;
  if (p->kind == N_ANNEX && (p->flags & F_RULES)) return p->str;
  return "";
}

/* One label of a list: the Ith of KIND, or the Ith dotted one under PREFIX (whose
 * numbering starts at 0 when FROM_ZERO, as 7.1.0 in WTSA Res. 1). */
static const char *list_label(struct arena *a, enum label_kind kind, int i, const char *prefix,
                              int from_zero) {
  if (kind == LK_DOTTED) return dotted(a, prefix, i + (from_zero ? 0 : 1));
  return label_format(a, kind, i);
}

static int starts_from_zero(const struct node *p) {
  for (const struct node *c = p->first; c; c = c->next) {
    if (c->kind != N_CLAUSE) continue;
    const char *t = c->as.clause.typed;
    size_t n = t ? strlen(t) : 0;
    return n > 2 && strcmp(t + n - 2, ".0") == 0;
  }
  return 0;
}

/* Gives a clause its label and place in one text (old or new), where *I clauses came
 * before it and PREV was the label before: a bis label after its base keeps its label
 * and takes no place; a LONE clause has none; SKIP leaves out i). Returns the label
 * given. */
static const char *place(struct arena *a, const char **label, int *index, int *i, const char *typed,
                         const char *prev, int lone, enum label_kind kind, const char *prefix,
                         int zero, int skip) {
  if (bis_after(typed, prev)) {
    *index = *i - 1;
    *label = typed;
  } else {
    *index = *i;
    /* a list that leaves out i) (skips_i) letters its ninth clause j) */
    *label = lone ? "" : list_label(a, kind, skip && *i >= 8 ? *i + 1 : *i, prefix, zero);
    (*i)++;
  }
  return *label;
}

/* Labels the clause children of P, whose labels are of kind KIND, in a resolution of
 * profile PF. */
static void label_list(struct document *doc, struct diag_ctx *d, struct node *p,
                       enum label_kind kind, int level, const struct profile *pf) {
  if (p->kind != N_SECTION) kind = list_scheme(doc->arena, p, kind);
  int skip = kind == LK_LETTER && skips_i(p, pf);
  int old_count = 0, new_count = 0;
  for (struct node *c = p->first; c; c = c->next) {
    if (c->kind != N_CLAUSE) continue;
    enum change ch = ast_effective_change(c);
    old_count += ch != CH_INS;
    new_count += ch != CH_DEL;
  }
  if (kind == LK_LETTER && level == 1 &&
      (old_count > 26 * LABELS_MAX_LETTER_REPEAT || new_count > 26 * LABELS_MAX_LETTER_REPEAT))
    diag_report(d, DIAG_LIMIT, doc->src, &p->loc,
                "more than %d clauses in one preamble section cannot be lettered",
                26 * LABELS_MAX_LETTER_REPEAT);
  /* The provisions of a SECTION of rules are always numbered, a single one too. */
  int lone = level == 1 && !(p->kind == N_ANNEX && (p->flags & F_RULES));
  int zero = kind == LK_DOTTED && starts_from_zero(p);
  const char *old_prefix = dotted_prefix(p, 1), *new_prefix = dotted_prefix(p, 0);
  const char *old_prev = NULL, *new_prev = NULL;
  int oi = 0, ni = 0;
  for (struct node *c = p->first; c; c = c->next) {
    if (c->kind != N_CLAUSE) continue;
    enum change ch = ast_effective_change(c);
    const char *typed = c->as.clause.typed;
    c->as.clause.label_kind = kind;
    c->as.clause.level = level;
    c->as.clause.old_label = c->as.clause.new_label = NULL;
    c->as.clause.old_index = c->as.clause.new_index = -1;
    if (ch != CH_INS)
      old_prev = place(doc->arena, &c->as.clause.old_label, &c->as.clause.old_index, &oi, typed,
                       old_prev, lone && old_count == 1, kind, old_prefix, zero, skip);
    if (ch != CH_DEL)
      new_prev = place(doc->arena, &c->as.clause.new_label, &c->as.clause.new_index, &ni, typed,
                       new_prev, lone && new_count == 1, kind, new_prefix, zero, skip);
  }
}

/* A slug for ids: lower-case ASCII letters and digits, other runs become '-'. */
static void slug(struct strbuf *out, const char *s, size_t max) {
  size_t start = out->len;
  int dash = 0;
  for (; *s && out->len - start < max; s++) {
    unsigned char c = (unsigned char)*s;
    if (isalnum(c) && c < 0x80) {
      if (dash && out->len > start) sb_addc(out, '-');
      dash = 0;
      sb_addc(out, (char)tolower(c));
    } else {
      dash = 1;
    }
  }
}

/* BASE, or BASE-2, BASE-3... the first not taken, which it takes (one lookup where
 * BASE is free, as nearly always). */
static const char *unique(struct document *doc, struct strmap *ids, const char *base) {
  const char *id = arena_strdup(doc->arena, base);
  for (int i = 2; strmap_put(ids, id, (void *)id); i++)
    id = arena_printf(doc->arena, "%s-%d", base, i);
  return id;
}

static void name_section(struct document *doc, struct strmap *ids, struct node *sec, int resno) {
  struct strbuf text = {0}, id = {0};
  enum change ch = ast_effective_change(sec);
  ast_plain_text(sec->first, ch == CH_DEL ? CH_DEL : CH_INS, &text);
  const char *t = sb_str(&text);
  const char *comma = strchr(t, ',');
  if (comma) text.data[comma - t] = '\0';
  if (ids) {
    if (resno > 1) sb_printf(&id, "r%d-", resno);
    slug(&id, sb_str(&text), 60);
    if (id.len == 0 || id.data[id.len - 1] == '-') sb_adds(&id, "section");
    sec->as.section.id = unique(doc, ids, sb_str(&id));
  }

  const char *head;
  enum phrase_kind k = lang_phrase_classify(doc->lang, sb_str(&text), &head);
  if (k != PHRASE_UNKNOWN) sec->flags |= F_KNOWN_PHRASE;
  /* A phrase of another language keeps its kind there (it is reported as foreign). */
  for (size_t i = 0; i < lang_count() && k == PHRASE_UNKNOWN; i++)
    if (lang_at(i) != doc->lang) k = lang_phrase_classify(lang_at(i), sb_str(&text), NULL);
  if (k != PHRASE_UNKNOWN) {
    /* known here or there */
  } else if (doc->lang && strcmp(doc->lang->code, "en") != 0) {
    k = PHRASE_PREAMBLE; /* no word form tells the kind outside English */
  } else {
    size_t n = strlen(head);
    /* Participles and adjectives open the preamble; verbs in -s the operative part. */
    k = n > 3 && strcmp(head + n - 3, "ing") == 0 ? PHRASE_PREAMBLE
        : n > 1 && head[n - 1] == 's'             ? PHRASE_OPERATIVE
                                                  : PHRASE_PREAMBLE;
  }
  /* A stated kind wins over the vocabulary: the drafter knows an unusual phrase. */
  if (sec->flags & (F_KIND_PREAMBLE | F_KIND_OPERATIVE)) {
    sec->flags |= F_KNOWN_PHRASE;
    k = sec->flags & F_KIND_OPERATIVE ? PHRASE_OPERATIVE : PHRASE_PREAMBLE;
  }
  if (k == PHRASE_OPERATIVE) sec->flags |= F_OPERATIVE;
  sb_free(&text);
  sb_free(&id);
}

/* ID is scratch space, reused from one clause to the next. */
static void name_clause(struct document *doc, struct strmap *ids, struct strbuf *id,
                        struct node *c, const char *parent_id) {
  const char *label = c->as.clause.new_label ? c->as.clause.new_label : c->as.clause.old_label;
  int index = c->as.clause.new_label ? c->as.clause.new_index : c->as.clause.old_index;
  sb_clear(id);
  sb_adds(id, parent_id);
  sb_addc(id, '-');
  if (c->as.clause.label_kind == LK_DASH || !label || !*label) sb_printf(id, "%d", index + 1);
  else slug(id, label, 32);
  if (!c->as.clause.new_label) sb_adds(id, "-deleted");
  c->str2 = unique(doc, ids, sb_str(id));
}

void labels_compute(struct document *doc, struct diag_ctx *d) { labels_compute_ids(doc, d, 1); }

void labels_compute_ids(struct document *doc, struct diag_ctx *d, int with_ids) {
  struct strmap *ids = with_ids ? strmap_new() : NULL;
  struct strbuf idbuf = {0};
  int resno = 0, annexno = 0;
  const struct profile *pf = NULL;
  struct node *n = doc->root;
  while (n) {
    switch (n->kind) {
    case N_RESOLUTION:
      pf = profile_of(n);
      resno++;
      annexno = 0;
      break;
    case N_SECTION:
      name_section(doc, ids, n, resno);
      label_list(doc, d, n, n->flags & F_OPERATIVE ? LK_NUMBER : LK_LETTER, 1, pf);
      break;
    case N_ANNEX: {
      char base[64];
      const char *what = n->flags & F_RULES ? "section" : n->flags & F_APPENDIX ? "appendix" : NULL;
      if (what) {
        struct strbuf sl = {0};
        slug(&sl, n->str ? n->str : "", 16);
        snprintf(base, sizeof base, "%s-%s", what, sb_str(&sl));
        if (resno > 1) snprintf(base, sizeof base, "r%d-%s-%s", resno, what, sb_str(&sl));
        sb_free(&sl);
      } else {
        annexno++;
        if (resno > 1) snprintf(base, sizeof base, "r%d-annex-%d", resno, annexno);
        else snprintf(base, sizeof base, "annex-%d", annexno);
      }
      if (ids) n->str2 = unique(doc, ids, base);
      label_list(doc, d, n, n->flags & F_RULES ? LK_DOTTED : LK_NUMBER, 1, pf);
      break;
    }
    case N_CLAUSE: {
      const struct node *p = n->parent;
      if (ids)
        name_clause(doc, ids, &idbuf, n,
                    p->kind == N_CLAUSE    ? p->str2
                    : p->kind == N_SECTION ? p->as.section.id
                                           : p->str2);
      enum label_kind k = n->as.clause.label_kind;
      const char *nl = n->as.clause.new_label ? n->as.clause.new_label : n->as.clause.old_label;
      if (nl && !*nl) k = LK_NUMBER; /* an unlabelled clause takes a), b) below it */
      label_list(doc, d, n, label_successor(k), n->as.clause.level + 1, pf);
      break;
    }
    default: break;
    }
    /* Pre-order step; inline content holds no clauses, so it is skipped. */
    struct node *next = NULL;
    if (n->first && n->kind != N_CLAUSE_TEXT && n->kind != N_PHRASE && !ast_is_inline(n))
      next = n->first;
    while (!next && n) {
      if (n->next) next = n->next;
      else n = n->parent;
    }
    n = next;
  }
  if (ids) strmap_free(ids);
  sb_free(&idbuf);
}

int labels_print_level(const struct node *c) {
  int level = 1;
  for (; c && c->kind == N_CLAUSE && c->as.clause.label_kind != LK_DOTTED; c = c->parent)
    if (c->parent && c->parent->kind == N_CLAUSE) level++;
  return level;
}

int label_is_bis(const char *typed) { return typed && bis_base(typed) > 0; }

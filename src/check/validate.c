/* Table-driven validation: one pass over the tree dispatches each node to the checks
 * registered for its kind; checks that need the whole document (unused footnotes,
 * punctuation of the last clause) run after the walk. */
#include "validate.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "lang/lang_doc.h"
#include "phrases.h"
#include "profile.h"
#include "similar.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"
#include "utf8.h"

struct vctx {
  struct document *doc;
  struct diag_ctx *d;
  struct strmap *used_footnotes;
  const struct node *phrase_comma[2]; /* Russian: the first phrase without, with a comma */
};

typedef void (*check_fn)(struct vctx *v, struct node *n);

/* ---------- helpers ---------- */

static const struct node *last_leaf(const struct node *container, enum change hidden,
                                    int *inserted);
static int last_char(const struct node *container, enum change hidden, struct loc *where);

static const char *ordinal(int n, char *buf, size_t cap) {
  static const char *const words[] = {"first", "second", "third",    "fourth",
                                      "fifth", "sixth",  "seventh",  "eighth",
                                      "ninth", "tenth",  "eleventh", "twelfth"};
  if (n >= 1 && n <= 12) return words[n - 1];
  const char *suf = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                    : n % 10 == 1                    ? "st"
                    : n % 10 == 2                    ? "nd"
                    : n % 10 == 3                    ? "rd"
                                                     : "th";
  snprintf(buf, cap, "%d%s", n, suf);
  return buf;
}

/* The phrase of section S up to its first comma, as the new text has it. */
static void phrase_of(const struct node *s, struct strbuf *out) {
  struct strbuf sb = {0};
  ast_plain_text(s->first, ast_effective_change(s) == CH_DEL ? CH_DEL : CH_INS, &sb);
  const char *t = sb_str(&sb);
  const char *comma = strchr(t, ',');
  sb_add(out, t, comma ? (size_t)(comma - t) : sb.len);
  sb_free(&sb);
}

static const struct node *section_of(const struct node *n) {
  while (n && n->kind != N_SECTION && n->kind != N_ANNEX) n = n->parent;
  return n;
}

static int has_changes(const struct node *root) {
  for (const struct node *n = root; n;) {
    if (n->change || n->kind == N_INS || n->kind == N_DEL) return 1;
    if (n->first) {
      n = n->first;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
  return 0;
}

/* "; and" or "; or" when TEXT (of length N) ends with one of them, else NULL. */
static const char *ends_with_conjunction(const char *text, size_t n) {
  static const char *const ends[] = {"; and", "; or"};
  for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
    size_t k = strlen(ends[i]);
    if (n >= k && strcmp(text + n - k, ends[i]) == 0) return ends[i];
  }
  return NULL;
}

static const char *shown_label(const struct node *c) {
  return c->as.clause.new_label ? c->as.clause.new_label : c->as.clause.old_label;
}

/* "the annex", "SECTION 2", "Appendix I" after PREP: what holds a clause outside the
 * sections of a resolution. */
static void part_name(const struct node *a, const char *prep, struct strbuf *out) {
  sb_adds(out, prep);
  if (a && (a->flags & F_RULES)) sb_printf(out, "SECTION %s", a->str);
  else if (a && (a->flags & F_APPENDIX)) sb_printf(out, "Appendix %s", a->str);
  else sb_adds(out, "the annex");
}

/* How every message names clause C: "clause 2 of *resolves*", and a sub-clause by its
 * chain of labels as a reference prints it, "sub-clause 1 a) of *resolves*". */
static void describe_clause(const struct node *c, struct strbuf *out) {
  const char *own = shown_label(c);
  sb_adds(out, c->as.clause.level > 1 ? "sub-clause" : own && *own ? "clause" : "the only clause");
  const struct node *chain[16];
  int k = 0;
  for (const struct node *p = c; p && p->kind == N_CLAUSE && k < 16; p = p->parent) chain[k++] = p;
  /* A dotted label (7.4.1) already holds those of the clauses above it. */
  int top = k - 1;
  for (int i = 0; i < k; i++)
    if (chain[i]->as.clause.label_kind == LK_DOTTED) {
      top = i;
      break;
    }
  for (int i = top; i >= 0; i--) {
    const char *l = shown_label(chain[i]);
    if (l && *l) sb_printf(out, " %s", l);
  }
  const struct node *sec = section_of(c);
  if (sec && sec->kind == N_SECTION) {
    sb_adds(out, " of *");
    phrase_of(sec, out);
    sb_adds(out, "*");
  } else if (sec) {
    part_name(sec, " of ", out);
  }
}

/* ---------- labels ---------- */

static void check_label(struct vctx *v, struct node *c) {
  const char *typed = c->as.clause.typed;
  if (!typed) return;
  const char *want = c->as.clause.new_label ? c->as.clause.new_label : c->as.clause.old_label;
  int index = c->as.clause.new_label ? c->as.clause.new_index : c->as.clause.old_index;
  if (!want || strcmp(typed, want) == 0) return;
  /* A look-alike letter of another script ("а)" in Cyrillic) is the one slip: reported
   * with its fix by the script check (validate_lang.c). */
  struct lang_slip slips[4];
  size_t nslips = lang_check_label(typed, slips, 4);
  if (nslips && nslips <= 4) {
    char fixed[64];
    size_t n = 0, from = 0;
    for (size_t i = 0; i < nslips && slips[i].fix; i++) {
      size_t k = slips[i].offset - from;
      if (n + k + 5 >= sizeof fixed) break;
      memcpy(fixed + n, typed + from, k);
      n += k;
      n += utf8_encode(slips[i].fix, fixed + n);
      from = slips[i].offset + slips[i].len;
    }
    if (n + strlen(typed + from) < sizeof fixed) {
      strcpy(fixed + n, typed + from);
      if (strcmp(fixed, want) == 0) return;
    }
  }
  const struct node *sec = section_of(c);
  struct strbuf where = {0};
  if (sec && sec->kind == N_SECTION) {
    sb_adds(&where, "*");
    phrase_of(sec, &where);
    sb_adds(&where, "*");
  } else {
    part_name(sec, "", &where);
  }
  if (!*want) {
    struct diag *sg =
        diag_report(v->d, DIAG_SINGLE_LABEL, v->doc->src, &c->as.clause.typed_loc,
                    "the only clause of %s is labelled '%s': a lone clause has no label",
                    sb_str(&where), typed);
    /* Safe to fix when the clause is alone in the old and the new text alike: '-'
     * then gives it no label in either. */
    const char *ol = c->as.clause.old_label, *nl = c->as.clause.new_label;
    if ((!ol || !*ol) && (!nl || !*nl)) diag_set_fix(sg, "-");
    sb_free(&where);
    return;
  }
  const char *how = isdigit((unsigned char)typed[0])      ? "numbered"
                    : c->as.clause.label_kind == LK_ROMAN ? "labelled"
                    : isalpha((unsigned char)typed[0])    ? "lettered"
                                                          : "labelled";
  char ob[16];
  const char *ord = ordinal(index + 1, ob, sizeof ob);
  enum diag_code code;
  struct diag *dg;
  if (c->as.clause.level > 1) {
    code = DIAG_SUBLABEL;
    struct strbuf parent = {0};
    describe_clause(c->parent, &parent);
    dg = diag_report(v->d, code, v->doc->src, &c->as.clause.typed_loc,
                     "sub-clause %s '%s' is the %s sub-clause of %s: expected '%s'", how, typed,
                     ord, sb_str(&parent), want);
    sb_free(&parent);
  } else {
    code = c->as.clause.label_kind == LK_LETTER ? DIAG_LETTERING : DIAG_NUMBERING;
    dg = diag_report(v->d, code, v->doc->src, &c->as.clause.typed_loc,
                     "clause %s '%s' is the %s clause of %s: expected '%s'", how, typed, ord,
                     sb_str(&where), want);
  }
  /* In a revision-marked text the label is left to resc: '-' reletters by itself. */
  const struct node *r = c;
  while (r && r->kind != N_RESOLUTION) r = r->parent;
  diag_set_fix(dg, r && has_changes(r) ? "-" : want);
  sb_free(&where);
}

/* A section phrase is written as ITU prints it: lower case, no punctuation after it
 * ("considering", not "Considering" or "considering:"). The fix rewrites the head word
 * or drops the mark, where the source holds the phrase as plain text. */
static void check_phrase_form(struct vctx *v, const struct node *s) {
  const struct node *ph = s->first;
  if (!ph || ph->kind != N_PHRASE || !ph->first || ph->first->kind != N_TEXT) return;
  const char *t = ph->first->str;
  /* The first word, in any script with case (considérant, Учитывая), lower-cased. */
  size_t n = 0, k = 0, len = strlen(t);
  int upper = 0, chars = 0;
  char lower[64];
  for (unsigned cp; n < len; chars++) {
    size_t m = utf8_decode(t + n, len - n, &cp);
    enum lang_script sc = m ? lang_script_of(cp) : SCRIPT_COMMON;
    if (sc != SCRIPT_LATIN && sc != SCRIPT_CYRILLIC && sc != SCRIPT_GREEK) break;
    upper |= lang_fold(cp) != cp;
    char buf[5];
    size_t b = utf8_encode(lang_fold(cp), buf);
    if (k + b < sizeof lower) memcpy(lower + k, buf, b), k += b;
    n += m;
  }
  lower[k] = '\0';
  if (upper && n) {
    struct loc at = s->loc;
    at.last_line = at.first_line;
    at.last_column = at.first_column + chars - 1;
    size_t line_len;
    const char *line = source_line(v->doc->src, at.first_line, &line_len);
    int plain = line && at.first_column == 1 && line_len >= n && memcmp(line, t, n) == 0;
    struct diag *dg = diag_report(v->d, DIAG_PHRASE_FORM, v->doc->src, &at,
                                  "section phrase '%.*s' has a capital letter: ITU section "
                                  "phrases are lower case ('%s')",
                                  (int)n, t, lower);
    if (plain && k == n) diag_set_fix(dg, lower); /* folding keeps the length */
  }
  struct loc at;
  int got = last_char(ph, CH_DEL, &at);
  /* Russian writes the phrase with a comma or without (C09-R, CRD-R): either passes, but
   * one document keeps to one. */
  if (v->doc->lang && strcmp(v->doc->lang->code, "ru") == 0) {
    int comma = got == ',';
    if (!v->phrase_comma[comma]) v->phrase_comma[comma] = s;
    const struct node *other = v->phrase_comma[!comma];
    if (other && v->phrase_comma[comma] == s) {
      struct diag *dg = diag_report(v->d, DIAG_PHRASE_FORM, v->doc->src, &s->loc,
                                    "section phrase %s: write every phrase of the document "
                                    "the same way",
                                    comma ? "ends with a comma, but an earlier one has none"
                                          : "has no comma, but an earlier one ends with one");
      diag_note(dg, &other->loc, "the earlier phrase");
    }
    if (comma) return;
  }
  if (got == ',' || got == ':' || got == ';' || got == '.') {
    struct diag *dg = diag_report(v->d, DIAG_PHRASE_FORM, v->doc->src, &at,
                                  "section phrase ends with '%c': a section phrase has no "
                                  "punctuation (delete the '%c')",
                                  got, got);
    int inserted;
    const struct node *leaf = last_leaf(ph, CH_DEL, &inserted);
    if (leaf && leaf->kind == N_TEXT && !has_changes(ph)) diag_set_fix(dg, "");
  }
}

/* Whether an error was reported between section S and the next block of its
 * resolution: a clause the parser rejected leaves the section empty, and that is not
 * a second slip. */
static int error_below(const struct vctx *v, const struct node *s) {
  int end = s->next ? s->next->loc.first_line : 1 << 30;
  for (size_t i = 0; i < v->d->n; i++) {
    const struct diag *g = &v->d->items[i];
    if (g->severity == SEV_ERROR && g->src == v->doc->src &&
        g->loc.first_line >= s->loc.first_line && g->loc.first_line < end)
      return 1;
  }
  return 0;
}

static void check_section(struct vctx *v, struct node *s) {
  check_phrase_form(v, s);
  int count = 0;
  for (const struct node *c = s->first; c; c = c->next)
    count += c->kind == N_CLAUSE && ast_effective_change(c) != CH_DEL;
  if (count == 0 && ast_effective_change(s) != CH_DEL && !error_below(v, s)) {
    struct strbuf p = {0};
    phrase_of(s, &p);
    diag_report(v->d, DIAG_EMPTY_SECTION, v->doc->src, &s->loc,
                "section *%s* has no clause under it: write its clauses below it as '- ' "
                "lines, or delete the heading",
                sb_str(&p));
    sb_free(&p);
  }
  if (!(s->flags & F_OPERATIVE) && count > 26) {
    struct strbuf p = {0};
    phrase_of(s, &p);
    diag_report(v->d, DIAG_MANY_CLAUSES, v->doc->src, &s->loc,
                "*%s* has %d clauses: past z) no ITU rule is known; lettered aa), bb), ...",
                sb_str(&p), count);
    sb_free(&p);
  }
  if (!(s->flags & F_KNOWN_PHRASE)) {
    struct strbuf p = {0};
    phrase_of(s, &p);
    const char *head;
    /* A phrase of another language: a version's phrase left untranslated. */
    const struct lang *l = v->doc->lang;
    int english = !l || strcmp(l->code, "en") == 0;
    lang_phrase_classify(l, sb_str(&p), &head);
    /* An English slip ("invite" for "invites") stays a slip, not a French phrase. */
    int near = english && strlen(head) > 2 && lang_phrase_suggest(l, head);
    for (size_t i = 0; i < lang_count() && !near; i++) {
      const struct lang *o = lang_at(i);
      if (o == l || lang_phrase_classify(o, sb_str(&p), &head) == PHRASE_UNKNOWN) continue;
      diag_report(v->d, DIAG_FOREIGN_PHRASE, v->doc->src, &s->loc,
                  "section phrase '%s' is %s, but the document is in %s", sb_str(&p), o->name,
                  l ? l->name : "English");
      sb_free(&p);
      return;
    }
    lang_phrase_classify(v->doc->lang, sb_str(&p), &head);
    const char *best = *head ? lang_phrase_suggest(v->doc->lang, head) : NULL;
    if (best)
      diag_report(v->d, DIAG_PHRASE, v->doc->src, &s->loc,
                  "unknown section phrase '%s'; did you mean '%s'?", head, best);
    else {
      /* At most 60 bytes, cut before a character rather than inside one. */
      int n = p.len > 60 ? 60 : (int)p.len;
      while (n > 0 && n < (int)p.len && ((unsigned char)p.data[n] & 0xC0) == 0x80) n--;
      diag_report(v->d, DIAG_PHRASE, v->doc->src, &s->loc,
                  "unknown section phrase '%.*s%s' (treated as %s)", n, sb_str(&p),
                  p.len > (size_t)n ? "..." : "",
                  s->flags & F_OPERATIVE ? "operative" : "preamble");
    }
    sb_free(&p);
  }
}

/* ---------- references and footnotes ---------- */

static void check_ref(struct vctx *v, struct node *r) {
  const struct node *c = strmap_get(v->doc->anchor_map, r->str);
  if (!c) {
    diag_report(v->d, DIAG_REFERENCE, v->doc->src, &r->loc, "no clause has the id '%s'", r->str);
    return;
  }
  enum change rc = CH_NONE;
  for (const struct node *p = r; p; p = p->parent) {
    if (p->change) {
      rc = (enum change)p->change;
      break;
    }
    if (p->kind == N_INS || p->kind == N_DEL) {
      rc = p->kind == N_INS ? CH_INS : CH_DEL;
      break;
    }
  }
  if (ast_effective_change(c) == CH_DEL && rc != CH_DEL) {
    struct diag *dg =
        diag_report(v->d, DIAG_REFERENCE, v->doc->src, &r->loc,
                    "reference to clause '%s', which the revision marks delete", r->str);
    diag_note(dg, &c->loc, "deleted clause");
  }
}

/* Whether inline node N is in the new text (which = CH_DEL hides it) or the old one
 * (CH_INS), by the revision marks around it and the block it is in. */
static int inline_in(const struct node *n, enum change hidden) {
  for (const struct node *p = n->parent; p; p = p->parent) {
    if (p->kind == N_COMMENT) return 0; /* a comment is in neither text */
    if (p->kind == N_DEL && hidden == CH_DEL) return 0;
    if (p->kind == N_INS && hidden == CH_INS) return 0;
    if (!ast_is_inline(p)) return ast_effective_change(p) != hidden;
  }
  return 1;
}

static void check_fnref(struct vctx *v, struct node *f) {
  const struct node *def = strmap_get(v->doc->footnote_map, f->str);
  if (!def) {
    diag_report(v->d, DIAG_FOOTNOTE, v->doc->src, &f->loc, "footnote [^%s] is not defined", f->str);
    return;
  }
  strmap_put(v->used_footnotes, f->str, f);
  /* A mark must not outlive its note in either text. */
  enum change dc = ast_effective_change(def);
  if (dc == CH_DEL && inline_in(f, CH_DEL))
    diag_report(v->d, DIAG_FOOTNOTE, v->doc->src, &f->loc,
                "footnote [^%s] is deleted, but this mark of it stays in the new text", f->str);
  else if (dc == CH_INS && inline_in(f, CH_INS))
    diag_report(v->d, DIAG_FOOTNOTE, v->doc->src, &f->loc,
                "footnote [^%s] is inserted, but this mark of it is in the old text", f->str);
}

/* ---------- order of sections ---------- */

/* The first preamble section that follows an operative one in a text, and that
 * operative section; NULL when the order is right. */
static const struct node *misplaced(const struct node *r, enum change hidden,
                                    const struct node **first_op) {
  *first_op = NULL;
  for (const struct node *s = r->first; s; s = s->next) {
    if (s->kind != N_SECTION || ast_effective_change(s) == hidden) continue;
    if (s->flags & F_OPERATIVE) {
      if (!*first_op) *first_op = s;
    } else if (*first_op) {
      return s;
    }
  }
  return NULL;
}

static void report_order(struct vctx *v, const struct node *s, const struct node *op,
                         const char *which) {
  struct strbuf p = {0}, q = {0};
  phrase_of(s, &p);
  phrase_of(op, &q);
  struct diag *dg = diag_report(
      v->d, DIAG_ORDER, v->doc->src, &s->loc,
      "preamble section *%s* follows operative section *%s*: the preamble comes first%s",
      sb_str(&p), sb_str(&q), which);
  diag_note(dg, &op->loc, "first operative section");
  sb_free(&p);
  sb_free(&q);
}

/* Whether R is a Recommendation whose body is numbered SECTIONs of provisions, as
 * ITU-T's are (Rec. E.119: Scope, References, Definitions ...): it recommends nothing
 * in an operative section, so it needs none. */
static int provisions_only(const struct node *r) {
  int recommendation = 0, rules = 0;
  for (const struct node *c = r->first; c; c = c->next) {
    if (c->kind == N_NUMBER && c->str && strcmp(c->str, "recommendation") == 0) recommendation = 1;
    if (c->kind == N_ANNEX && (c->flags & F_RULES)) rules = 1;
  }
  return recommendation && rules;
}

static void check_resolution(struct vctx *v, struct node *r) {
  int sections = 0, operative = 0;
  for (const struct node *s = r->first; s; s = s->next)
    if (s->kind == N_SECTION && ast_effective_change(s) != CH_DEL) {
      sections++;
      operative += (s->flags & F_OPERATIVE) != 0;
    }
  const struct node *op_new, *op_old;
  const struct node *bad_new = misplaced(r, CH_DEL, &op_new);
  int changed = has_changes(r);
  const struct node *bad_old = changed ? misplaced(r, CH_INS, &op_old) : NULL;
  /* The same slip in both texts is reported once, without naming a text. */
  if (bad_new && bad_new == bad_old && op_new == op_old) {
    report_order(v, bad_new, op_new, "");
  } else {
    if (bad_new) report_order(v, bad_new, op_new, changed ? " (new text)" : "");
    if (bad_old) report_order(v, bad_old, op_old, " (old text)");
  }
  const struct profile *pf = profile_of(r);
  if (sections && !operative && !provisions_only(r)) {
    /* The examples in the document's language (its first three operative heads), else
     * the profile's operative words. */
    const struct lang *l = v->doc->lang;
    struct strbuf ex = {0};
    for (size_t i = 0, got = 0; l && strcmp(l->code, "en") != 0 && i < l->nphrases && got < 3; i++)
      if (l->phrases[i].kind == PHRASE_OPERATIVE &&
          (i == 0 || strcmp(l->phrases[i].head, l->phrases[i - 1].head) != 0))
        sb_printf(&ex, "%s%s", got++ ? ", " : "", l->phrases[i].head);
    diag_report(v->d, DIAG_NO_OPERATIVE, v->doc->src, &r->loc,
                "the resolution has no operative section (%s, ...)",
                ex.len ? sb_str(&ex)
                : pf   ? pf->operative
                       : "resolves, instructs, invites");
    sb_free(&ex);
  }
  /* Repeated phrases (the whole phrase: "instructs the Director" and "instructs the
   * Director, in collaboration with ..." are two sections), new text. */
  /* Each phrase is written out once and compared with those before it. */
  size_t nsec = 0, k = 0;
  for (const struct node *s = r->first; s; s = s->next) nsec += s->kind == N_SECTION;
  struct strbuf *text = xcalloc(nsec + 1, sizeof *text);
  const struct node **sec = xcalloc(nsec + 1, sizeof *sec);
  for (const struct node *s = r->first; s; s = s->next) {
    if (s->kind != N_SECTION || ast_effective_change(s) == CH_DEL) continue;
    ast_plain_text(s->first, CH_INS, &text[k]);
    sec[k] = s;
    for (size_t j = 0; j < k; j++) {
      if (strcmp(sb_str(&text[k]), sb_str(&text[j])) == 0) {
        struct diag *dg = diag_report(v->d, DIAG_REPEATED, v->doc->src, &s->loc,
                                      "section *%s* appears twice", sb_str(&text[k]));
        diag_note(dg, &sec[j]->loc, "first appears here");
        break;
      }
    }
    k++;
  }
  for (size_t j = 0; j < k; j++) sb_free(&text[j]);
  free(text);
  free(sec);
}

/* ---------- punctuation ---------- */

/* The last text leaf of CONTAINER in the text that hides HIDDEN, and whether it lies
 * inside an insertion. */
static const struct node *last_leaf(const struct node *container, enum change hidden,
                                    int *inserted) {
  const struct node *n = container->last;
  while (n) {
    int skip = n->kind == N_COMMENT || n->kind == N_FNREF || n->kind == N_REF ||
               n->kind == N_BREAK || (n->kind == N_INS && hidden == CH_INS) ||
               (n->kind == N_DEL && hidden == CH_DEL) || (n->kind == N_TEXT && !*n->str);
    if (!skip && n->kind == N_TEXT) break;
    if (!skip && n->last) {
      n = n->last;
      continue;
    }
    while (n && n != container && !n->prev) n = n->parent;
    if (!n || n == container) return NULL;
    n = n->prev;
  }
  *inserted = 0;
  for (const struct node *p = n; p && p != container; p = p->parent) *inserted |= p->kind == N_INS;
  return n;
}

/* The end marks in the document's language. WANT is one of ';' (a clause another
 * follows), ',' (the last clause of a section, the assembly line), '.' (the last clause)
 * and ':' (a clause with sub-clauses); the language's form of it is what a message
 * names and a fix writes. An attested form is the only one accepted; where the form is a
 * default (the width of Chinese ；，, the Arabic ؛ ،), the ASCII mark is accepted too. */
static const char *end_mark(const struct lang *l, char want) {
  enum lang_key k = want == ';' ? LW_CLAUSE_END : want == ',' ? LW_SECTION_END : LW_TEXT_END;
  const struct lang_entry *e = want == ':' ? NULL : lang_word(l, k);
  static const char ascii[4][2] = {";", ",", ".", ":"};
  return e ? e->text : ascii[want == ';' ? 0 : want == ',' ? 1 : want == '.' ? 2 : 3];
}

static int is_end(const struct lang *l, int got, char want) {
  unsigned cp;
  const char *m = end_mark(l, want);
  if (got > 0 && got < 0x80 && got == m[0] && m[1] == '\0') return 1; /* the usual case */
  int native = utf8_decode(m, strlen(m), &cp) == strlen(m) && (int)cp == got;
  if (native || (want == ':' && got == 0xFF1A && l && l->script == SCRIPT_HAN)) return 1;
  const struct lang_entry *e = want == ':' ? NULL
                                           : lang_word(l, want == ';'   ? LW_CLAUSE_END
                                                          : want == ',' ? LW_SECTION_END
                                                                        : LW_TEXT_END);
  return got == want && (!e || e->status == LANG_DEFAULT || strlen(e->text) == 1);
}

/* Whether GOT is an end mark of any language (a fix replaces it rather than adds). */
static int is_mark(int got) {
  return got == ';' || got == ',' || got == '.' || got == ':' || got == 0x3002 || got == 0xFF1B ||
         got == 0xFF0C || got == 0xFF1A || got == 0x61B || got == 0x60C;
}

/* Attaches to DG the fix that gives CONTAINER the end WANT, written as a revision mark
 * where the text is revision-marked and the end is not already inserted text. Only the
 * new text is fixed: the old text is the resolution as adopted. */
static void punct_fix(struct diag *dg, const struct node *container, enum change hidden, int got,
                      const char *want, int changed) {
  if (!dg || hidden == CH_INS) return;
  int inserted;
  if (!last_leaf(container, hidden, &inserted)) return;
  char buf[48], old[5] = {0};
  int mark = changed && !inserted;
  if (is_mark(got)) {
    utf8_encode((unsigned)got, old);
    if (mark) snprintf(buf, sizeof buf, "{--%s--}{++%s++}", old, want);
    else snprintf(buf, sizeof buf, "%s", want);
    diag_set_fix(dg, buf);
  } else {
    if (mark) snprintf(buf, sizeof buf, "{++%s++}", want);
    else snprintf(buf, sizeof buf, "%s", want);
    diag_set_fix(dg, buf);
    dg->fix_after = 1;
  }
}

/* The last character of visible inline text, and where it is. */
/* The last character other than a space of CONTAINER's plain text in the version
 * without HIDDEN (as ast_plain_text writes it), found from the end: a clause is checked
 * in two versions, and copying its whole text for one character would be most of the
 * cost of checking a large file. */
static int tail_char(const struct node *container, enum change hidden) {
  const struct node *n = container->last;
  while (n) {
    int descend = 0;
    switch (n->kind) {
    case N_TEXT: {
      size_t len = strlen(n->str);
      while (len && n->str[len - 1] == ' ') len--;
      if (len && (unsigned char)n->str[len - 1] < 0x80) return n->str[len - 1];
      if (len) return (int)utf8_last(n->str, len); /* a whole character */
      break;
    }
    case N_REF: return '}';
    case N_COMMENT: break;
    case N_INS: descend = hidden != CH_INS; break;
    case N_DEL: descend = hidden != CH_DEL; break;
    default: descend = n->last != NULL; break;
    }
    if (descend && n->last) {
      n = n->last;
      continue;
    }
    while (n && n != container && !n->prev) n = n->parent;
    if (!n || n == container) return 0;
    n = n->prev;
  }
  return 0;
}

static int last_char(const struct node *container, enum change hidden, struct loc *where) {
  int c = tail_char(container, hidden);
  *where = container->loc;
  int inserted;
  const struct node *leaf = last_leaf(container, hidden, &inserted);
  if (leaf) {
    where->first_line = where->last_line = leaf->loc.last_line;
    where->first_column = where->last_column = leaf->loc.last_column;
  }
  return c;
}

static int visible_in(const struct node *n, enum change hidden) {
  return ast_effective_change(n) != hidden;
}

static const struct node *last_visible_clause(const struct node *p, enum change hidden) {
  for (const struct node *c = p->last; c; c = c->prev)
    if (c->kind == N_CLAUSE && visible_in(c, hidden)) return c;
  return NULL;
}

static const struct node *clause_text(const struct node *c) {
  return c->first && c->first->kind == N_CLAUSE_TEXT ? c->first : NULL;
}

/* What clause C must end with, as a leaf. FINAL: C's section is the last one. */
static char expected_end(const struct node *c, enum change hidden, int final_section) {
  const struct node *p = c->parent;
  if (last_visible_clause(p, hidden) != c) return ';';
  if (p->kind == N_CLAUSE) return expected_end(p, hidden, final_section);
  return final_section ? '.' : ',';
}

static const struct node *first_visible_clause(const struct node *p, enum change hidden) {
  for (const struct node *c = p->first; c; c = c->next)
    if (c->kind == N_CLAUSE && visible_in(c, hidden)) return c;
  return NULL;
}

/* Clause C, which ends with GOT instead of ':', has sub-clauses: when they are not what
 * the drafter meant, the slip is at the sub-clause, and that is where it is reported.
 * A first sub-clause one column deeper than C was reported at its indentation (tree.c);
 * one with a label on the line right after C, which ends mid-sentence, is most likely
 * C's own wrapped text starting with "a) ". Returns whether it took the blame. */
static int misread_sub_clause(struct vctx *v, const struct node *c, enum change hidden, int got) {
  const struct node *sub = first_visible_clause(c, hidden);
  if (!sub) return 0;
  if (sub->flags & F_ODD_INDENT) return 1;
  if (!sub->as.clause.typed || strchr(";,.:", got) || got == 0 ||
      sub->loc.first_line != c->first->loc.last_line + 1)
    return 0;
  struct strbuf p = {0};
  describe_clause(c, &p);
  diag_report(v->d, DIAG_PUNCTUATION, v->doc->src, &sub->as.clause.typed_loc,
              "this line starts like a label, so it is read as a sub-clause of %s, which "
              "then needs ':'; if it continues that clause's text, write '\\%s'",
              sb_str(&p), sub->as.clause.typed);
  sb_free(&p);
  return 1;
}

static void check_clause_punct(struct vctx *v, const struct node *c, enum change hidden,
                               int final_section, const char *which) {
  const struct node *t = clause_text(c);
  if (!t) return;
  int has_sub = last_visible_clause(c, hidden) != NULL;
  for (const struct node *k = c->first; k && !has_sub; k = k->next)
    has_sub = k->kind == N_PARA && visible_in(k, hidden); /* a paragraph under it */
  char want = has_sub ? ':' : expected_end(c, hidden, final_section);
  int got = tail_char(t, hidden);
  const struct lang *l = v->doc->lang;
  if (is_end(l, got, want)) return;
  struct loc at; /* where the end is: looked for only when it is wrong */
  last_char(t, hidden, &at);
  if (has_sub && misread_sub_clause(v, c, hidden, got)) return;
  /* A clause followed by another may end "; and" or "; or", at any level. */
  struct strbuf tail = {0};
  ast_plain_text(t, hidden == CH_DEL ? CH_INS : CH_DEL, &tail);
  const char *conj = ends_with_conjunction(sb_str(&tail), tail.len);
  sb_free(&tail);
  if (want == ';' && conj) return;
  struct strbuf p = {0};
  describe_clause(c, &p);
  const char *why = has_sub       ? "it introduces sub-clauses"
                    : want == '.' ? "it is the last clause of the resolution"
                    : want == ',' ? "it is the last clause of its section"
                                  : "another clause follows it";
  struct diag *dg;
  char gotc[5] = {0};
  if (got > 0) utf8_encode((unsigned)got, gotc);
  if (conj || is_mark(got))
    dg = diag_report(v->d, DIAG_PUNCTUATION, v->doc->src, &at,
                     "%s ends with '%s', expected '%s': %s%s", sb_str(&p), conj ? conj : gotc,
                     end_mark(l, want), why, which);
  else
    dg = diag_report(v->d, DIAG_PUNCTUATION, v->doc->src, &at,
                     "%s has no final punctuation; expected '%s': %s%s", sb_str(&p),
                     end_mark(l, want), why, which);
  if (!conj) punct_fix(dg, t, hidden, got, end_mark(l, want), *which != '\0');
  sb_free(&p);
}

static void check_punctuation(struct vctx *v, struct node *r) {
  int changed = has_changes(r);
  for (int view = 0; view < (changed ? 2 : 1); view++) {
    enum change hidden = view == 0 ? CH_DEL : CH_INS;
    const char *which = !changed ? "" : view == 0 ? " (new text)" : " (old text)";
    const struct node *last_sec = NULL;
    for (const struct node *s = r->first; s; s = s->next)
      if (s->kind == N_SECTION && visible_in(s, hidden) && last_visible_clause(s, hidden))
        last_sec = s;
    for (const struct node *s = r->first; s; s = s->next) {
      if (s->kind != N_SECTION || !visible_in(s, hidden)) continue;
      /* Pre-order over the section's clauses. */
      const struct node *c = s->first;
      while (c) {
        if (c->kind == N_CLAUSE && visible_in(c, hidden)) {
          size_t before = v->d->n;
          check_clause_punct(v, c, hidden, s == last_sec, which);
          /* The same slip in both texts is reported once, without naming a text. */
          if (view == 1 && v->d->n > before) {
            const struct diag *nd = &v->d->items[v->d->n - 1];
            for (size_t i = 0; i < before; i++) {
              const struct diag *od = &v->d->items[i];
              if (od->code == DIAG_PUNCTUATION && od->loc.first_line == nd->loc.first_line &&
                  od->loc.first_column == nd->loc.first_column) {
                diag_drop_last(v->d);
                break;
              }
            }
          }
          if (c->first && c->first->next) {
            c = c->first->next;
            continue;
          }
        }
        while (c && c != s && !c->next) c = c->parent;
        if (!c || c == s) break;
        c = c->next;
      }
    }
    for (const struct node *a = r->first; a; a = a->next) {
      /* A wholly inserted or deleted line does not exist in the other text. */
      if (a->kind != N_ASSEMBLY || !visible_in(a, hidden) ||
          ast_header_empty_in(a, hidden == CH_DEL ? VIEW_NEW : VIEW_OLD))
        continue;
      struct loc at;
      int got = last_char(a, hidden, &at);
      const struct lang *l = v->doc->lang;
      if (!is_end(l, got, ',')) {
        char gotc[5] = {0};
        if (got > 0) utf8_encode((unsigned)got, gotc);
        struct diag *dg =
            is_mark(got)
                ? diag_report(v->d, DIAG_PUNCTUATION, v->doc->src, &at,
                              "the assembly line ends with '%s', expected '%s'%s", gotc,
                              end_mark(l, ','), which)
                : diag_report(v->d, DIAG_PUNCTUATION, v->doc->src, &at,
                              "the assembly line has no final punctuation; expected '%s'%s",
                              end_mark(l, ','), which);
        punct_fix(dg, a, hidden, got, end_mark(l, ','), *which != '\0');
      }
    }
  }
}

/* ---------- proposals and revision marks ---------- */

static void marks_in(const struct node *root, int *ins, int *del) {
  *ins = *del = 0;
  for (const struct node *n = root; n;) {
    if (n->change == CH_INS || n->kind == N_INS) *ins = 1;
    if (n->change == CH_DEL || n->kind == N_DEL) *del = 1;
    if (n->first) n = n->first;
    else {
      while (n && n != root && !n->next) n = n->parent;
      if (!n || n == root) break;
      n = n->next;
    }
  }
}

/* ITU proposals state why ("each proposal being followed by a brief statement of the
 * reason"); a NOC needs none unless it is emphatic, which resc cannot tell. */
static void check_reasons(struct vctx *v, const struct node *p) {
  const char *a = p->str ? p->str : "";
  if (strcmp(a, "NOC") == 0 || !*a) return;
  for (const struct node *c = p->first; c; c = c->next)
    if (c->kind == N_REASONS) return;
  diag_report(v->d, DIAG_NO_REASONS, v->doc->src, &p->loc,
              "%s proposal %s has no @reasons: add '@reasons ...' after its resolution, "
              "saying why",
              a, p->str2 ? p->str2 : "");
}

static void check_proposal(struct vctx *v, struct node *p) {
  check_reasons(v, p);
  int ins, del;
  marks_in(p, &ins, &del);
  const char *a = p->str ? p->str : "";
  if (strcmp(a, "MOD") == 0 && !ins && !del)
    diag_report(v->d, DIAG_REVISION, v->doc->src, &p->loc,
                "MOD proposal %s has no revision mark: mark the changes, or use NOC", p->str2);
  else if ((strcmp(a, "ADD") == 0 || strcmp(a, "ADD*") == 0) && del)
    diag_report(v->d, DIAG_REVISION, v->doc->src, &p->loc,
                "ADD proposal %s deletes text: an ADD only adds (use MOD)", p->str2);
  else if (strcmp(a, "NOC") == 0 && (ins || del))
    diag_report(v->d, DIAG_REVISION, v->doc->src, &p->loc,
                "NOC proposal %s has revision marks: NOC leaves the text unchanged", p->str2);
}

/* ---------- the number, history and assembly lines ---------- */

#include "validate_venue.h" /* the places of these lines against the venue table */

/* The revision word of language L in TEXT ("Rev.", "Rév.", "Пересм.", "修订版", ...),
 * in either of its cases, and its length in *LEN; an ASCII word in any case: the PP
 * collection prints its number lines in capitals, "RESOLUTION 16 (REV. MINNEAPOLIS,
 * 1998)". */
static int rev_last(const struct lang *l);

static const char *find_rev(const struct lang *l, const char *text, size_t *len) {
  const struct lang_entry *w[2] = {lang_word(l, LW_REVISION), lang_word(l, LW_REVISION_CAPS)};
  const char *rev = w[0] ? w[0]->text : "Rev.";
  *len = strlen(rev);
  for (const char *s = text; *s; s++) {
    if (strncasecmp(s, rev, *len) == 0) return s;
    if (w[1] && strncmp(s, w[1]->text, strlen(w[1]->text)) == 0) {
      *len = strlen(w[1]->text);
      return s;
    }
  }
  /* The word of another language (reported by validate_lang.c) still marks a revision. */
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang_entry *o = lang_word(lang_at(i), LW_REVISION);
    const char *at = o && lang_at(i) != l ? strstr(text, o->text) : NULL;
    if (at && !rev_last(lang_at(i))) {
      *len = strlen(o->text);
      return at;
    }
  }
  return NULL;
}

/* Whether the revision word of L comes after the place and year: 2014年,釜山,修订版. */
static int rev_last(const struct lang *l) {
  const struct lang_entry *f = lang_word(l, LW_REVISED_PLACE_YEAR), *w = lang_word(l, LW_REVISION);
  const char *place = f ? strstr(f->text, "{place}") : NULL;
  const char *word = f && w ? strstr(f->text, w->text) : NULL;
  return place && word && word > place;
}

/* The place and year in TEXT: after the revision word when present (before it where the
 * language writes it last), else the last "(...)". Place and year are separated by a
 * comma: ',' or the Arabic '،'. */
static int place_year(const struct lang *l, const char *text, int after_rev, char *out,
                      size_t cap) {
  size_t rl;
  const char *s = after_rev ? find_rev(l, text, &rl) : NULL;
  if (after_rev && !s) return 0;
  const char *e;
  if (s && rev_last(l)) {
    e = s;
    while (e > text && e[-1] != '(') e--;
    const char *from = e;
    e = s;
    while (e > from && (e[-1] == ',' || e[-1] == ' ')) e--;
    s = from;
  } else {
    if (s) s += rl;
    else {
      s = strrchr(text, '(');
      if (!s) return 0;
      s++;
    }
    e = NULL;
  }
  while (*s == ' ' || (s[0] == '\xC2' && s[1] == '\xA0')) s += *s == ' ' ? 1 : 2;
  if (!e) e = strchr(s, ')');
  size_t n = e ? (size_t)(e - s) : strlen(s);
  while (n && s[n - 1] == ' ') n--;
  if (!n || n >= cap || (!memchr(s, ',', n) && !strstr(s, "\xD8\x8C"))) return 0;
  memcpy(out, s, n);
  out[n] = '\0';
  return 1;
}

/* Whether A and B are the same text but for case (Latin, Greek, Cyrillic): "MINNEAPOLIS,
 * 1998" of a number line printed in capitals is "Minneapolis, 1998". */
static int same_but_case(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  while (na && nb) {
    unsigned ca, cb;
    size_t ua = utf8_decode(a, na, &ca), ub = utf8_decode(b, nb, &cb);
    if (!ua || !ub || lang_fold(ca) != lang_fold(cb)) return 0;
    a += ua, na -= ua, b += ub, nb -= ub;
  }
  return !na && !nb;
}

/* The last place and year of a history line, in either printed form: the assembly's
 * "Hammamet, 2016; Geneva, 2022" or the PP collection's "(Kyoto, 1994) – (Rev.
 * Minneapolis, 1998)", whose entries are en-dash separated, bracketed and say "Rev.". */
static void history_last(const struct lang *l, const char *h, char *out, size_t cap) {
  const char *last = h;
  for (const char *s = h; *s; s++)
    if (*s == ';') last = s + 1;
    else if (strncmp(s, "\xE2\x80\x93", 3) == 0) last = s + 3; /* en dash */
  while (*last == ' ' || *last == '(') last++;
  size_t rl;
  if (find_rev(l, last, &rl) == last) last += rl;
  while (*last == ' ') last++;
  size_t n = strlen(last);
  while (n && (last[n - 1] == ' ' || last[n - 1] == ')')) n--;
  if (n >= cap) n = cap - 1;
  memcpy(out, last, n);
  out[n] = '\0';
}

static const struct node *child_of(const struct node *r, enum node_kind k, enum change hidden) {
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == k && ast_effective_change(c) != hidden &&
        !ast_header_empty_in(c, hidden == CH_INS   ? VIEW_OLD
                                : hidden == CH_DEL ? VIEW_NEW
                                                   : VIEW_MARKUP))
      return c;
  return NULL;
}

static void header_in(struct vctx *v, const struct node *r, enum change hidden, const char *which) {
  const struct node *num = child_of(r, N_NUMBER, hidden);
  const struct node *his = child_of(r, N_HISTORY, hidden);
  const struct node *asm_ = child_of(r, N_ASSEMBLY, hidden);
  if (!num) return;
  enum change shown = hidden == CH_DEL ? CH_INS : CH_DEL;
  struct strbuf t = {0};
  ast_plain_text(num, shown, &t);
  char rev[128], py[128];
  const struct lang *l = v->doc->lang;
  const struct lang_entry *rw = lang_word(l, LW_REVISION);
  int is_rev = place_year(l, sb_str(&t), 1, rev, sizeof rev);
  int has_py = is_rev || place_year(l, sb_str(&t), 0, py, sizeof py);
  if (is_rev) memcpy(py, rev, sizeof rev);
  /* a number line that holds the whole history, "RESOLUTION 44 (Florianópolis, 2004;
   * Johannesburg, 2008; Dubai, 2012)" (WTSA 2008 and 2012): its last entry is the
   * assembly's */
  if (has_py && !is_rev && strchr(py, ';')) {
    char last[128];
    history_last(l, py, last, sizeof last);
    memcpy(py, last, sizeof last);
  }
  /* A missing history line is not reported: Plenipotentiary texts carry none. */
  if (is_rev && his) {
    struct strbuf h = {0};
    ast_plain_text(his, shown, &h);
    char last[128];
    history_last(l, sb_str(&h), last, sizeof last);
    if (!same_but_case(last, rev))
      diag_report(v->d, DIAG_HEADER, v->doc->src, &his->loc,
                  "the history line ends with '%s', but the number line says '%s %s'%s", last,
                  rw ? rw->text : "Rev.", rev, which);
    sb_free(&h);
  }
  /* an ITU-R or Council assembly line names no place and year ("The ITU
   * Radiocommunication Assembly,"): its profile says so */
  const struct profile *pf = profile_of(r);
  if (has_py && asm_ && (!pf || pf->place)) {
    struct strbuf a = {0};
    ast_plain_text(asm_, shown, &a);
    char apy[128];
    if (place_year(l, sb_str(&a), 0, apy, sizeof apy) && !same_but_case(apy, py))
      diag_report(v->d, DIAG_HEADER, v->doc->src, &asm_->loc,
                  "the assembly line says '%s', but the number line says '%s'%s", apy, py, which);
    sb_free(&a);
  }
  sb_free(&t);
}

/* The place of a header line in ITU order: number, title, history, assembly. */
static int header_rank(enum node_kind k) {
  return k == N_NUMBER ? 0 : k == N_TITLE ? 1 : k == N_HISTORY ? 2 : k == N_ASSEMBLY ? 3 : -1;
}

static const char *header_name(enum node_kind k) {
  return k == N_TITLE ? "@title" : k == N_HISTORY ? "@history" : "@assembly";
}

/* Every output prints the header lines in ITU order; a source that has them in another
 * order reads differently from what is printed, so it is told which line to move. */
static void check_header_order(struct vctx *v, const struct node *r) {
  for (const struct node *h = r->first; h; h = h->next) {
    if (header_rank(h->kind) <= 0 || (h->flags & F_AT_END)) continue;
    for (const struct node *c = r->first; c != h; c = c->next)
      if (header_rank(c->kind) > header_rank(h->kind)) {
        struct diag *dg = diag_report(
            v->d, DIAG_HEADER_ORDER, v->doc->src, &h->loc,
            "%s after %s: the header lines come in the order number, @title, @history, "
            "@assembly (move %s before %s)",
            header_name(h->kind), header_name(c->kind), header_name(h->kind), header_name(c->kind));
        diag_note(dg, &c->loc, "%s is here", header_name(c->kind));
        break;
      }
  }
}

static void check_header(struct vctx *v, struct node *r) {
  check_header_order(v, r);
  validate_venue(v->doc, v->d, r);
  if (!child_of(r, N_ASSEMBLY, CH_DEL) && child_of(r, N_SECTION, CH_DEL))
    diag_report(v->d, DIAG_NO_ASSEMBLY, v->doc->src, &r->loc,
                "the resolution has no @assembly line: add one before its first section, "
                "e.g. '@assembly The World Telecommunication Standardization Assembly "
                "(New Delhi, 2024),'");
  int changed = has_changes(r);
  header_in(v, r, CH_DEL, changed ? " (new text)" : "");
  if (!changed) return;
  header_in(v, r, CH_INS, " (old text)");
  /* A MOD of a resolution updates its number line (the place and year of the revision). */
  const struct node *p = r->parent;
  const struct node *num = child_of(r, N_NUMBER, CH_NONE);
  if (p && p->kind == N_PROPOSAL && p->str && strcmp(p->str, "MOD") == 0 && num) {
    struct strbuf o = {0}, n = {0};
    ast_plain_text(num, CH_DEL, &o);
    ast_plain_text(num, CH_INS, &n);
    if (strcmp(sb_str(&o), sb_str(&n)) == 0)
      diag_report(v->d, DIAG_HEADER, v->doc->src, &num->loc,
                  "the MOD proposal leaves the number line unchanged: a revision adds its own "
                  "place and year (Rev. Place, Year)");
    sb_free(&o);
    sb_free(&n);
  }
}

/* ---------- notes ---------- */

/* A NOTE annotates what stands above it: it cannot open a section, an annex or a SECTION
 * of rules; numbered NOTEs run 1, 2, 3 among the NOTEs of one place. */
static void check_note(struct vctx *v, struct node *p) {
  if (!(p->flags & F_NOTE) || !p->str) return;
  const struct node *prev = p->prev;
  if (prev && (prev->kind == N_TITLE || prev->kind == N_PHRASE)) prev = NULL;
  if (!prev && p->parent && p->parent->kind != N_CLAUSE) {
    diag_report(v->d, DIAG_STRUCTURE, v->doc->src, &p->loc,
                "%s opens its %s: a note follows the text it annotates", p->str,
                p->parent->kind == N_SECTION ? "section" : "part");
    return;
  }
  int n = p->str[4] == ' ' ? atoi(p->str + 5) : 0;
  const struct node *before = p->prev;
  while (before && !(before->kind == N_PARA && (before->flags & F_NOTE))) before = before->prev;
  int m = before && before->str && before->str[4] == ' ' ? atoi(before->str + 5) : 0;
  int want = m ? m + 1 : 1;
  if (n && n != want)
    diag_report(v->d, DIAG_NUMBERING, v->doc->src, &p->loc, "'%s' follows %s: expected 'NOTE %d'",
                p->str, m ? before->str : "no numbered NOTE", want);
}

/* ---------- the table ---------- */

static const struct {
  enum node_kind kind;
  check_fn fn;
} checks[] = {
    {N_CLAUSE, check_label},
    {N_SECTION, check_section},
    {N_REF, check_ref},
    {N_FNREF, check_fnref},
    {N_RESOLUTION, check_resolution},
    {N_RESOLUTION, check_punctuation},
    {N_RESOLUTION, check_header},
    {N_PROPOSAL, check_proposal},
    {N_PARA, check_note},
};

void validate(struct document *doc, struct diag_ctx *d) {
  struct vctx v = {.doc = doc, .d = d};
  v.used_footnotes = strmap_new();
  check_fn table[N_KIND_COUNT][4] = {{0}};
  for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
    int k = 0;
    while (table[checks[i].kind][k]) k++;
    table[checks[i].kind][k] = checks[i].fn;
  }
  struct node *walk[2] = {doc->root, doc->footnotes};
  for (int w = 0; w < 2; w++) {
    struct node *n = walk[w];
    while (n) {
      for (int k = 0; k < 4 && table[n->kind][k]; k++) table[n->kind][k](&v, n);
      if (n->first) {
        n = n->first;
        continue;
      }
      while (n && n != walk[w] && !n->next) n = n->parent;
      if (!n || n == walk[w]) break;
      n = n->next;
    }
  }
  for (const struct node *f = doc->footnotes->first; f; f = f->next)
    if (!strmap_get(v.used_footnotes, f->str))
      diag_report(d, DIAG_UNUSED_NOTE, doc->src, &f->loc, "footnote [^%s] is never used", f->str);
  strmap_free(v.used_footnotes);
  lang_check(doc, d);
  validate_text(doc, d);
  validate_lang(doc, d);
  validate_marks(doc, d);
}

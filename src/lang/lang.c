/* Section phrases in any of the six languages: the kind of a phrase by its head, and
 * the language of a document by which language's heads its phrases have. The heads
 * are data (src/lang/XX.def); English falls back to the larger vocabulary of
 * phrases.c, so the two classifiers agree on English. */
#include "lang.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "similar.h"
#include "utf8.h"

enum { NORM_CAP = 256 };

/* Whether CP is a letter of a script written with spaces between words: a head must end
 * before one. Han heads need no boundary (Chinese has no spaces). */
static int alphabetic(unsigned cp) {
  enum lang_script s = lang_script_of(cp);
  return s == SCRIPT_LATIN || s == SCRIPT_GREEK || s == SCRIPT_CYRILLIC || s == SCRIPT_ARABIC;
}

/* Writes PHRASE to OUT lower-cased, with white space (NBSP too) collapsed to one
 * space, ’ as ', and no leading or trailing space, comma or colon: the form heads are
 * written in. Stops at a character that would not fit. */
static void normalize(const char *phrase, char *out) {
  size_t n = 0, len = strlen(phrase);
  int space = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)phrase[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) { /* the usual case, as it is */
      if (n + space + 2 > NORM_CAP) break;
      if (space) out[n++] = ' ';
      space = 0;
      out[n++] = (char)c;
      i++;
      continue;
    }
    unsigned cp;
    size_t k = c < 0x80 ? (cp = c, 1) : utf8_decode(phrase + i, len - i, &cp);
    if (!k) cp = 0xFFFD, k = 1;
    i += k;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x202F) {
      space = n > 0;
      continue;
    }
    if (cp == 0x2019) cp = '\'';
    char buf[5];
    size_t m = utf8_encode(lang_fold(cp), buf);
    if (n + space + m + 1 > NORM_CAP) break;
    if (space) out[n++] = ' ';
    space = 0;
    memcpy(out + n, buf, m);
    n += m;
  }
  while (n > 0 && (out[n - 1] == ',' || out[n - 1] == ':' || out[n - 1] == ' ')) n--;
  out[n] = '\0';
}

/* The length of WORD when S starts with it and the word ends there, else 0. */
static size_t starts_with(const char *s, const char *word) {
  if (s[0] != word[0]) return 0; /* most heads differ at once */
  size_t n = strlen(word);
  if (n == 0 || strncmp(s, word, n) != 0) return 0;
  unsigned cp;
  if (s[n] && utf8_decode(s + n, strlen(s + n), &cp) && alphabetic(cp)) return 0;
  return n;
}

/* S past the modifiers of L that open it. */
static const char *skip_modifiers(const struct lang *l, const char *s) {
  for (int again = 1; again;) {
    again = 0;
    for (size_t i = 0; i < l->nmodifiers; i++) {
      size_t n = starts_with(s, l->modifiers[i].text);
      if (n && s[n + (s[n] == ' ')]) {
        s += n + (s[n] == ' ');
        again = 1;
      }
    }
  }
  return s;
}

/* The phrase of L whose head opens S, the longest when several do, or NULL. */
static const struct lang_phrase *match_head(const struct lang *l, const char *s) {
  const struct lang_phrase *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < l->nphrases; i++) {
    size_t n = starts_with(s, l->phrases[i].head);
    if (n > best_len) best = &l->phrases[i], best_len = n;
  }
  return best;
}

/* The kind of PHRASE in L, NORM being PHRASE normalized (normalize): what
 * lang_phrase_classify answers, for callers that ask several languages about one
 * phrase and normalize it once. */
static enum phrase_kind classify_normalized(const struct lang *l, const char *phrase,
                                            const char *norm, const char **head) {
  static char first[NORM_CAP];
  const char *rest = skip_modifiers(l, norm);
  const struct lang_phrase *p = match_head(l, rest);
  if (p) {
    if (head) *head = p->head;
    return p->kind;
  }
  if (strcmp(l->code, "en") == 0) return phrase_classify(phrase, head);
  size_t n = strcspn(rest, " ");
  memcpy(first, rest, n);
  first[n] = '\0';
  if (head) *head = first;
  return PHRASE_UNKNOWN;
}

enum phrase_kind lang_phrase_classify(const struct lang *l, const char *phrase, const char **head) {
  static char norm[NORM_CAP];
  if (!l) return phrase_classify(phrase ? phrase : "", head);
  normalize(phrase ? phrase : "", norm);
  return classify_normalized(l, phrase ? phrase : "", norm, head);
}

const char *lang_phrase_suggest(const struct lang *l, const char *word) {
  if (!l || strcmp(l->code, "en") == 0) return phrase_suggest(word);
  const char *heads[64];
  size_t n = 0;
  for (size_t i = 0; i < l->nphrases && n < sizeof heads / sizeof heads[0]; i++)
    heads[n++] = l->phrases[i].head;
  char norm[NORM_CAP];
  normalize(word, norm);
  return similar_best(norm, heads, n, 3);
}

/* Marks in FIRST, for each phrase, the index of the first phrase equal to it: a document
 * repeats its phrases ("considering", "resolves"), and each distinct one is then asked
 * of the languages once. */
static void first_equal(const char *const *phrases, size_t n, size_t *first) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  size_t *slot = xcalloc(cap, sizeof *slot); /* index + 1, 0 for empty */
  for (size_t j = 0; j < n; j++) {
    const char *p = phrases[j] ? phrases[j] : "";
    size_t h = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)p; *c; c++) h = (h ^ *c) * 16777619u;
    for (size_t k = h & (cap - 1);; k = (k + 1) & (cap - 1)) {
      if (!slot[k]) {
        slot[k] = j + 1;
        first[j] = j;
        break;
      }
      const char *q = phrases[slot[k] - 1] ? phrases[slot[k] - 1] : "";
      if (strcmp(p, q) == 0) {
        first[j] = slot[k] - 1;
        break;
      }
    }
  }
  free(slot);
}

struct lang_guess lang_detect(const char *const *phrases, size_t n) {
  struct lang_guess g = {NULL, 0, (int)n, NULL, 0, 1};
  /* each distinct phrase normalized once, then asked of every language */
  char(*norm)[NORM_CAP] = n ? xmalloc(n * sizeof *norm) : NULL;
  size_t *first = n ? xmalloc(n * sizeof *first) : NULL, *count = n ? xcalloc(n, sizeof *count) : NULL;
  if (n) first_equal(phrases, n, first);
  for (size_t j = 0; j < n; j++)
    if (count[first[j]]++ == 0) normalize(phrases[j] ? phrases[j] : "", norm[j]);
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang *l = lang_at(i);
    int matched = 0;
    for (size_t j = 0; j < n; j++)
      if (count[j] &&
          classify_normalized(l, phrases[j] ? phrases[j] : "", norm[j], NULL) != PHRASE_UNKNOWN)
        matched += (int)count[j];
    if (!g.lang || matched > g.matched) {
      g.runner_up = g.lang, g.runner_matched = g.matched;
      g.lang = l, g.matched = matched;
    } else if (!g.runner_up || matched > g.runner_matched) {
      g.runner_up = l, g.runner_matched = matched;
    }
  }
  free(norm);
  free(first);
  free(count);
  g.ambiguous = g.matched == 0 || g.runner_matched == g.matched;
  if (g.matched == 0) g.lang = NULL;
  return g;
}

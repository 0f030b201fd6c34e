/* Section phrase vocabulary: the head words of phrases.def, looked up after the
 * modifiers that may precede them. Unknown words are classified by their form (in
 * labels.c): preamble phrases are participles or adjectives, operative ones verbs in -s. */
#include "phrases.h"

#include <ctype.h>
#include <string.h>

#include "similar.h"

/* Each list takes its rows of phrases.def. */
#define PREAMBLE(w) w,
#define OPERATIVE(w)
#define MODIFIER(w)
static const char *const preamble[] = {
#include "phrases.def"
};
#undef PREAMBLE
#undef OPERATIVE
#define PREAMBLE(w)
#define OPERATIVE(w) w,
static const char *const operative[] = {
#include "phrases.def"
};
#undef OPERATIVE
#undef MODIFIER
#define OPERATIVE(w)
#define MODIFIER(w) w,
static const char *const modifiers[] = {
#include "phrases.def"
};
#undef PREAMBLE
#undef OPERATIVE
#undef MODIFIER

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

static int in(const char *w, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(w, list[i]) == 0) return 1;
  return 0;
}

/* Copies the next word of *p (letters only, lower-cased) into buf. */
static const char *next_word(const char **p, char *buf, size_t cap) {
  const char *s = *p;
  while (*s && !isalpha((unsigned char)*s)) s++;
  size_t n = 0;
  while (*s && isalpha((unsigned char)*s)) {
    if (n + 1 < cap) buf[n++] = (char)tolower((unsigned char)*s);
    s++;
  }
  buf[n] = '\0';
  *p = s;
  return buf;
}

enum phrase_kind phrase_classify(const char *phrase, const char **head) {
  static char word[64];
  const char *p = phrase;
  next_word(&p, word, sizeof word);
  /* "further resolves", "accordingly resolves", "deeply concerned": the head word is
   * the first that is not a modifier (a phrase of modifiers only keeps its last). */
  while (in(word, modifiers, LEN(modifiers))) {
    char w2[64];
    next_word(&p, w2, sizeof w2);
    if (!*w2) break;
    memcpy(word, w2, sizeof w2);
  }
  if (head) *head = word;
  if (in(word, preamble, LEN(preamble))) return PHRASE_PREAMBLE;
  if (in(word, operative, LEN(operative))) return PHRASE_OPERATIVE;
  return PHRASE_UNKNOWN;
}

const char *phrase_suggest(const char *word) {
  const char *a = similar_best(word, preamble, LEN(preamble), 3);
  const char *b = similar_best(word, operative, LEN(operative), 3);
  if (!a) return b;
  if (!b) return a;
  return edit_distance(word, a, 3) <= edit_distance(word, b, 3) ? a : b;
}

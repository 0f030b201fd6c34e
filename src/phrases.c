/* Section phrase vocabulary, from the seeds and ITU usage
 * (reference: itu-conventions.md §2). Unknown words are classified by their form:
 * preamble phrases are participles or adjectives, operative ones verbs in -s. */
#include "phrases.h"

#include <ctype.h>
#include <string.h>

#include "similar.h"

static const char *const preamble[] = {
    "recalling",   "considering", "recognizing", "recognising", "noting",     "bearing",
    "taking",      "having",      "aware",       "emphasizing", "emphasising", "acknowledging",
    "welcoming",   "mindful",     "convinced",   "concerned",   "observing",  "reaffirming",
    "stressing",   "expressing",  "affirming",   "alarmed",     "desiring",   "guided",
    "keeping",     "believing",   "conscious",   "underlining", "highlighting", "reiterating",
    "appreciating", "deploring",  "regretting",  "seeking",     "referring",  "in",
};

static const char *const operative[] = {
    "resolves",   "decides",   "instructs", "invites",   "requests",  "encourages",
    "urges",      "calls",     "recommends", "approves", "adopts",    "endorses",
    "authorizes", "appeals",   "supports",  "asks",      "charges",   "directs",
    "entrusts",   "declares",  "reaffirms", "agrees",    "notes",     "welcomes",
    "expresses",  "accepts",   "confirms",  "requires",  "undertakes", "commends",
};

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
  if (strcmp(word, "further") == 0 || strcmp(word, "also") == 0) {
    char w2[64];
    next_word(&p, w2, sizeof w2);
    if (*w2) memcpy(word, w2, sizeof w2);
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

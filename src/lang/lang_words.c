/* The words the outputs print, in a document's language: the number-line word, the
 * annex heading, "Reasons:" and "Abstract:". English (and a NULL language) gives exactly
 * the words resc always printed; a language without a form for a word falls back to
 * English (the data says which forms are defaults). */
#include "lang.h"
#include "profile.h"

#include <stdio.h>
#include <string.h>

static int english(const struct lang *l) { return !l || strcmp(l->code, "en") == 0; }

/* The text of KEY in L before "{n}" (and the space it ends with), or NULL. */
static const char *before_n(const struct lang *l, enum lang_key key, char *buf, size_t cap) {
  const struct lang_entry *e = lang_word(l, key);
  if (!e) return NULL;
  const char *n = strstr(e->text, "{n}");
  size_t len = n ? (size_t)(n - e->text) : strlen(e->text);
  if (len + 2 > cap) return NULL;
  memcpy(buf, e->text, len);
  buf[len] = '\0';
  if (!n && len) strcat(buf, " "); /* DRAFT NEW RESOLUTION, then the line */
  return buf;
}

const char *lang_number_prefix(const struct lang *l, const char *kind, int bare) {
  static char buf[128];
  /* A word around the number (第71号决议) frames a bare number only: a line with more
   * after its number is printed as the drafter wrote it, word included. */
  if (*lang_number_suffix(l, kind) && !bare) return "";
  int draft = kind && strcmp(kind, "draft") == 0,
      resolution = !kind || strcmp(kind, "resolution") == 0;
  /* English, and the kinds no other language's table has words for: the profile's word */
  if (english(l) || (!draft && !resolution)) {
    snprintf(buf, sizeof buf, "%s ", profile_kind_word(kind));
    return buf;
  }
  const char *p = before_n(l, draft ? LW_DRAFT_NEW : LW_NUMBER_LINE, buf, sizeof buf);
  return p ? p : draft ? "DRAFT NEW RESOLUTION " : "RESOLUTION ";
}

const char *lang_number_suffix(const struct lang *l, const char *kind) {
  if (english(l) || (kind && strcmp(kind, "resolution") != 0)) return "";
  const struct lang_entry *e = lang_word(l, LW_NUMBER_LINE);
  const char *n = e ? strstr(e->text, "{n}") : NULL;
  return n ? n + 3 : "";
}

const char *lang_text(const struct lang *l, enum lang_key key, const char *english_text) {
  const struct lang_entry *e = english(l) ? NULL : lang_word(l, key);
  return e ? e->text : english_text;
}

const char *lang_prefix(const struct lang *l, enum lang_key key, const char *english_text) {
  static char buf[128];
  const char *t = lang_text(l, key, NULL);
  if (!t) return english_text;
  size_t n = strcspn(t, "{");
  if (n >= sizeof buf) return english_text;
  memcpy(buf, t, n);
  buf[n] = '\0';
  return buf;
}

int lang_bare_number(const char *s) {
  if (!s || !*s) return 0;
  for (; *s; s++)
    if (*s < '0' || *s > '9') return 0;
  return 1;
}

const struct lang *lang_strip_number_word(const char *t, char *out, size_t cap) {
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang *l = lang_at(i);
    const char *pre = lang_number_prefix(l, "resolution", 1),
               *suf = lang_number_suffix(l, "resolution");
    size_t np = strlen(pre);
    if (!np || strncmp(t, pre, np) != 0) continue;
    const char *rest = t + np;
    size_t digits = strspn(rest, "0123456789");
    if (*suf) { /* 第1238号决议(…): the number, then what follows the word */
      if (!digits || strncmp(rest + digits, suf, strlen(suf)) != 0) continue;
      snprintf(out, cap, "%.*s%s", (int)digits, rest, rest + digits + strlen(suf));
    } else {
      snprintf(out, cap, "%s", rest);
    }
    return l;
  }
  return NULL;
}

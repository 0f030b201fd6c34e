/* Profiles and kinds of text, looked up in the table of src/profiles.def. */
#include "profile.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"

static const struct profile profiles[] = {
#define PROFILE(id, body, num, asm_, hist, place, letters, op, annex)                              \
  {id, body, num, asm_, hist, place, letters, op, annex},
#include "profiles.def"
#undef PROFILE
};

static const struct {
  const char *name, *word, *title;
} kinds[] = {
#define KIND(name, word, title) {name, word, title},
#include "profiles.def"
#undef KIND
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const struct profile *profile_named(const char *id) {
  for (size_t i = 0; id && i < COUNT(profiles); i++)
    if (strcasecmp(profiles[i].id, id) == 0) return &profiles[i];
  return NULL;
}

const char *profile_ids(void) {
  static char buf[128];
  if (!buf[0])
    for (size_t i = 0; i < COUNT(profiles); i++) {
      if (i) strcat(buf, ", ");
      strcat(buf, profiles[i].id);
    }
  return buf;
}

/* Whether WORD occurs in TEXT as a word of its own, in any case ("ITU-R" in
 * "ITU-R S.354-2", "WRC" in "(REV.WRC-19)"). */
static int has_word(const char *text, const char *word) {
  size_t n = strlen(word);
  if (!n) return 0;
  char lo = (char)tolower((unsigned char)word[0]), up = (char)toupper((unsigned char)word[0]);
  for (const char *s = text; *s; s++) {
    if ((*s != lo && *s != up) || strncasecmp(s, word, n) != 0) continue;
    char before = s == text ? ' ' : s[-1], after = s[n];
    int alpha_before = (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z');
    int alpha_after = (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z');
    if (!alpha_before && !alpha_after) return 1;
  }
  return 0;
}

static const struct node *child(const struct node *r, enum node_kind k) {
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == k) return c;
  return NULL;
}

const struct profile *profile_of(const struct node *r) {
  if (!r) return NULL;
  if (r->str) return profile_named(r->str);
  const struct node *num = child(r, N_NUMBER), *asm_ = child(r, N_ASSEMBLY);
  struct strbuf t = {0};
  const struct profile *found = NULL;
  if (num) {
    ast_plain_text(num, CH_INS, &t);
    for (size_t i = 0; i < COUNT(profiles) && !found; i++)
      if (has_word(sb_str(&t), profiles[i].number_mark)) found = &profiles[i];
  }
  if (!found && asm_) {
    sb_clear(&t);
    ast_plain_text(asm_, CH_INS, &t);
    for (size_t i = 0; i < COUNT(profiles) && !found; i++)
      if (strstr(sb_str(&t), profiles[i].assembly_mark)) found = &profiles[i];
  }
  sb_free(&t);
  return found;
}

int profile_is_kind(const char *name) {
  for (size_t i = 0; i < COUNT(kinds); i++)
    if (strcmp(kinds[i].name, name) == 0) return 1;
  return 0;
}

const char *profile_kind_word(const char *name) {
  for (size_t i = 0; name && i < COUNT(kinds); i++)
    if (strcmp(kinds[i].name, name) == 0) return kinds[i].word;
  return kinds[0].word;
}

const char *profile_kind_title(const char *name) {
  for (size_t i = 0; name && i < COUNT(kinds); i++)
    if (strcmp(kinds[i].name, name) == 0) return kinds[i].title;
  return kinds[0].title;
}

const char *profile_kind_of_line(const char *text, size_t *len) {
  /* the longest word first: "DRAFT NEW RESOLUTION" is not "RESOLUTION" */
  const char *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < COUNT(kinds); i++) {
    size_t n = strlen(kinds[i].word);
    if (n > best_len && strncmp(text, kinds[i].word, n) == 0 &&
        (text[n] == ' ' ||
         ((unsigned char)text[n] == 0xC2 && (unsigned char)text[n + 1] == 0xA0))) {
      best = kinds[i].name;
      best_len = n;
    }
  }
  if (best) *len = best_len;
  return best;
}

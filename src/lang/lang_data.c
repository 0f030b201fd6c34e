/* The six languages' data, compiled from src/lang/XX.def, and the lookups on it. */
#include "lang.h"

#include <string.h>

#define LANG_ID en
#define LANG_FILE "en.def"
#include "lang_table.h"
#define LANG_ID fr
#define LANG_FILE "fr.def"
#include "lang_table.h"
#define LANG_ID es
#define LANG_FILE "es.def"
#include "lang_table.h"
#define LANG_ID ru
#define LANG_FILE "ru.def"
#include "lang_table.h"
#define LANG_ID ar
#define LANG_FILE "ar.def"
#include "lang_table.h"
#define LANG_ID zh
#define LANG_FILE "zh.def"
#include "lang_table.h"

static const struct lang *const languages[] = {&en_lang, &fr_lang, &es_lang,
                                               &ru_lang, &ar_lang, &zh_lang};

#define KEY(name, id, what) id,
static const char *const key_ids[] = {
#include "words.def"
};
#undef KEY
#define KEY(name, id, what) what,
static const char *const key_whats[] = {
#include "words.def"
};
#undef KEY

size_t lang_count(void) { return sizeof languages / sizeof languages[0]; }

const struct lang *lang_at(size_t i) { return i < lang_count() ? languages[i] : NULL; }

const struct lang *lang_find(const char *code) {
  for (size_t i = 0; code && i < lang_count(); i++)
    if (strcmp(languages[i]->code, code) == 0) return languages[i];
  return NULL;
}

const struct lang_entry *lang_word(const struct lang *l, enum lang_key key) {
  if (!l || (unsigned)key >= LW_COUNT || !l->words[key].text) return NULL;
  return &l->words[key];
}

const char *lang_key_id(enum lang_key key) {
  return (unsigned)key < LW_COUNT ? key_ids[key] : NULL;
}

const char *lang_key_what(enum lang_key key) {
  return (unsigned)key < LW_COUNT ? key_whats[key] : NULL;
}

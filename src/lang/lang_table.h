/* Builds the tables of one language from its data file: included once per language by
 * lang_data.c with LANG_ID (en) and LANG_FILE ("en.def") defined, it defines
 * LANG_ID_lang, then undefines LANG_ID and LANG_FILE. No include guard: it is meant to be
 * included again. */
#define LANG_CAT2(a, b) a##b
#define LANG_CAT(a, b) LANG_CAT2(a, b)

#define LANG(code, name, native, iso3, script, rtl)
#define MODIFIER(word, status, source)
#define WORD(key, text, status, source)
#define PHRASE(kind, head, form, status, source)                                                   \
  {PHRASE_##kind, head, {form, LANG_##status, source}},
static const struct lang_phrase LANG_CAT(LANG_ID, _phrases)[] = {
#include LANG_FILE
    {PHRASE_UNKNOWN, NULL, {NULL, LANG_DEFAULT, NULL}}};
#undef PHRASE
#undef MODIFIER
#define PHRASE(kind, head, form, status, source)
#define MODIFIER(word, status, source) {word, LANG_##status, source},
static const struct lang_entry LANG_CAT(LANG_ID, _modifiers)[] = {
#include LANG_FILE
    {NULL, LANG_DEFAULT, NULL}};
#undef LANG
#undef MODIFIER
#undef WORD
#define MODIFIER(word, status, source)
#define LANG(code_, name_, native_, iso3_, script_, rtl_)                                          \
  .code = code_, .name = name_, .native = native_, .iso3 = iso3_, .script = script_, .rtl = rtl_,
#define WORD(key, text, status, source) .words[LW_##key] = {text, LANG_##status, source},
static const struct lang LANG_CAT(LANG_ID, _lang) = {
#include LANG_FILE
    .phrases = LANG_CAT(LANG_ID, _phrases),
    .nphrases = sizeof LANG_CAT(LANG_ID, _phrases) / sizeof(struct lang_phrase) - 1,
    .modifiers = LANG_CAT(LANG_ID, _modifiers),
    .nmodifiers = sizeof LANG_CAT(LANG_ID, _modifiers) / sizeof(struct lang_entry) - 1,
};
#undef LANG
#undef MODIFIER
#undef WORD
#undef PHRASE
#undef LANG_CAT
#undef LANG_CAT2
#undef LANG_ID
#undef LANG_FILE

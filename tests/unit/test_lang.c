/* The language data and its questions: lookup, the kind of every attested section
 * phrase in its language, detection of a document's language (and when it is
 * ambiguous), scripts, a case for each wrong-script slip of itu-languages.md §10, and
 * the places and years of header lines read against the venue table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/lang.h"
#include "lang/venue.h"

static const struct lang *L(const char *code) {
  const struct lang *l = lang_find(code);
  assert_non_null(l);
  return l;
}

static void lookup(void **state) {
  (void)state;
  assert_int_equal(lang_count(), 6);
  const char *codes[] = {"en", "fr", "es", "ru", "ar", "zh"};
  const char *iso3[] = {"eng", "fra", "spa", "rus", "ara", "zho"};
  for (size_t i = 0; i < 6; i++) {
    assert_ptr_equal(lang_at(i), L(codes[i]));
    assert_string_equal(L(codes[i])->iso3, iso3[i]);
    assert_int_equal(L(codes[i])->rtl, strcmp(codes[i], "ar") == 0);
  }
  assert_null(lang_at(6));
  assert_null(lang_find("de"));
  assert_null(lang_find("EN"));
  assert_null(lang_find(NULL));
  assert_int_equal(L("ru")->script, SCRIPT_CYRILLIC);
  assert_int_equal(L("zh")->script, SCRIPT_HAN);
  assert_string_equal(lang_key_id(LW_REVISED_PLACE_YEAR), "revised-place-year");
  assert_null(lang_key_id(LW_COUNT));
}

/* Every form carries its source, and the forms the brief names are there. */
static void words(void **state) {
  (void)state;
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang *l = lang_at(i);
    for (int k = 0; k < LW_COUNT; k++) {
      const struct lang_entry *e = lang_word(l, (enum lang_key)k);
      if (e) assert_true(e->source && *e->source);
    }
    const enum lang_key needed[] = {
        LW_NUMBER_LINE, LW_REVISION,   LW_PLACE_YEAR, LW_REVISED_PLACE_YEAR,
        LW_DRAFT_NEW,   LW_ANNEX,      LW_REASONS,    LW_CROSS_REF,
        LW_TEXT_END,    LW_QUOTE_OPEN, LW_FONT_LATIN, LW_DOCX_LANG};
    for (size_t k = 0; k < sizeof needed / sizeof needed[0]; k++)
      assert_non_null(lang_word(l, needed[k]));
  }
  assert_string_equal(lang_word(L("fr"), LW_REVISION)->text, "Rév.");
  assert_string_equal(lang_word(L("fr"), LW_REVISION_CAPS)->text, "RÉV.");
  assert_string_equal(lang_word(L("es"), LW_REVISION)->text, "Rev.");
  assert_string_equal(lang_word(L("ru"), LW_REVISION)->text, "Пересм.");
  assert_string_equal(lang_word(L("ru"), LW_PLACE_YEAR)->text, "({place}, {year} г.)");
  assert_string_equal(lang_word(L("zh"), LW_PLACE_YEAR)->text, "({year}年,{place})");
  assert_string_equal(lang_word(L("zh"), LW_NUMBER_LINE)->text, "第{n}号决议");
  assert_string_equal(lang_word(L("zh"), LW_TEXT_END)->text, "。");
  assert_string_equal(lang_word(L("ar"), LW_PLACE_YEAR)->text, "({place}، {year})");
  assert_string_equal(lang_word(L("ar"), LW_FONT_COMPLEX)->text, "Traditional Arabic");
  assert_string_equal(lang_word(L("fr"), LW_CROSS_REF)->text, "au point {n} du {phrase} ci-dessus");
  assert_string_equal(lang_word(L("ru"), LW_CROSS_REF)->text, "пункта {n} раздела {phrase}, выше");
  assert_string_equal(lang_word(L("fr"), LW_BEFORE_COLON)->text, "");
  assert_int_equal(lang_word(L("fr"), LW_BEFORE_COLON)->status, LANG_ATTESTED);
  /* unattested forms are defaults, never passed off as seen */
  assert_int_equal(lang_word(L("ru"), LW_NUMBER_LINE)->status, LANG_DEFAULT);
  assert_int_equal(lang_word(L("fr"), LW_REASONS)->status, LANG_DEFAULT);
  assert_int_equal(lang_word(L("ar"), LW_CLAUSE_END)->status, LANG_DEFAULT);
  assert_int_equal(lang_word(L("zh"), LW_FONT_EAST_ASIAN)->status, LANG_DEFAULT);
  assert_int_equal(lang_word(L("fr"), LW_NUMBER_LINE)->status, LANG_ATTESTED);
  /* Arabic and Chinese have no capitals */
  assert_null(lang_word(L("ar"), LW_REVISION_CAPS));
  assert_null(lang_word(L("zh"), LW_REVISION_CAPS));
  assert_null(lang_word(NULL, LW_REVISION));
}

/* Each language classifies every phrase of its own data as the data says. */
static void every_attested_phrase(void **state) {
  (void)state;
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang *l = lang_at(i);
    assert_true(l->nphrases > 0);
    for (size_t j = 0; j < l->nphrases; j++) {
      const char *head = NULL;
      enum phrase_kind k = lang_phrase_classify(l, l->phrases[j].form.text, &head);
      if (k != l->phrases[j].kind) fail_msg("%s: %s", l->code, l->phrases[j].form.text);
      assert_string_equal(head, l->phrases[j].head);
      assert_int_equal(l->phrases[j].form.status, LANG_ATTESTED);
    }
  }
}

static void expect(const char *code, const char *phrase, enum phrase_kind kind, const char *head) {
  const char *h = NULL;
  enum phrase_kind k = lang_phrase_classify(L(code), phrase, &h);
  if (k != kind || strcmp(h, head) != 0)
    fail_msg("%s \"%s\": kind %d head \"%s\", expected %d \"%s\"", code, phrase, k, h, kind, head);
}

static void classify(void **state) {
  (void)state;
  /* French: participle vs finite verb; case, comma and apostrophe forms */
  expect("fr", "Considérant", PHRASE_PREAMBLE, "considérant");
  expect("fr", "considérant en outre,", PHRASE_PREAMBLE, "considérant");
  expect("fr", "décide d\u2019inviter", PHRASE_OPERATIVE, "décide");
  expect("fr", "DÉCIDE", PHRASE_OPERATIVE, "décide");
  expect("fr", "compte tenu de", PHRASE_PREAMBLE, "compte tenu");
  expect("fr", "charge le Directeur du Bureau des radiocommunications", PHRASE_OPERATIVE, "charge");
  expect("fr", "invites", PHRASE_UNKNOWN, "invites"); /* English, not French "invite" */
  expect("fr", "considering", PHRASE_UNKNOWN, "considering");
  /* Spanish: gerund vs finite verb */
  expect("es", "considerando además", PHRASE_PREAMBLE, "considerando");
  expect("es", "reconociendo", PHRASE_PREAMBLE, "reconociendo");
  expect("es", "resuelve", PHRASE_OPERATIVE, "resuelve");
  expect("es", "encarga al Secretario General", PHRASE_OPERATIVE, "encarga");
  /* Russian: with and without the comma, capitalized */
  expect("ru", "учитывая,", PHRASE_PREAMBLE, "учитывая");
  expect("ru", "решает,", PHRASE_OPERATIVE, "решает");
  expect("ru", "Решает", PHRASE_OPERATIVE, "решает");
  expect("ru", "с  удовлетворением\u00a0отметив", PHRASE_PREAMBLE, "с удовлетворением отметив");
  expect("ru", "поручает Генеральному секретарю", PHRASE_OPERATIVE, "поручает");
  expect("ru", "решаете", PHRASE_UNKNOWN, "решаете");
  /* Chinese: lexicon, longest head, 进一步 read past */
  expect("zh", "考虑到", PHRASE_PREAMBLE, "考虑到");
  expect("zh", "进一步注意到", PHRASE_PREAMBLE, "注意到");
  expect("zh", "满意地注意到", PHRASE_PREAMBLE, "满意地注意到");
  expect("zh", "进一步责成秘书长和各局主任", PHRASE_OPERATIVE, "责成");
  expect("zh", "做出决议", PHRASE_OPERATIVE, "做出决议");
  expect("zh", "请", PHRASE_OPERATIVE, "请");
  expect("zh", "经进一步审议", PHRASE_PREAMBLE, "经进一步审议");
  /* Arabic: only يقرر is attested; nothing else is guessed */
  expect("ar", "يقرر", PHRASE_OPERATIVE, "يقرر");
  expect("ar", "يقرر أيضاً", PHRASE_OPERATIVE, "يقرر");
  expect("ar", "إذ يضع في اعتباره", PHRASE_UNKNOWN, "إذ");
  /* English: its own rows, then the vocabulary of phrases.c */
  expect("en", "further resolves", PHRASE_OPERATIVE, "resolves");
  expect("en", "considering further", PHRASE_PREAMBLE, "considering");
  expect("en", "welcoming", PHRASE_PREAMBLE, "welcoming");
  expect("en", "considérant", PHRASE_UNKNOWN, "consid");
  /* no language: English, as before languages were known */
  const char *h = NULL;
  assert_int_equal(lang_phrase_classify(NULL, "resolves", &h), PHRASE_OPERATIVE);
  assert_string_equal(h, "resolves");
}

static void suggest(void **state) {
  (void)state;
  assert_string_equal(lang_phrase_suggest(L("fr"), "considerant"), "considérant");
  assert_string_equal(lang_phrase_suggest(L("ru"), "рещает"), "решает");
  assert_string_equal(lang_phrase_suggest(L("es"), "Resuleve"), "resuelve");
  assert_string_equal(lang_phrase_suggest(L("en"), "resovles"), "resolves");
  assert_null(lang_phrase_suggest(L("fr"), "xyzzyxyzzy"));
}

static void detect(void **state) {
  (void)state;
  const char *fr[] = {"considérant", "rappelant", "décide", "charge le Secrétaire général"};
  struct lang_guess g = lang_detect(fr, 4);
  assert_ptr_equal(g.lang, L("fr"));
  assert_int_equal(g.matched, 4);
  assert_int_equal(g.total, 4);
  assert_false(g.ambiguous);
  const char *es[] = {"considerando", "reconociendo además", "resuelve", "unknown words"};
  g = lang_detect(es, 4);
  assert_ptr_equal(g.lang, L("es"));
  assert_int_equal(g.matched, 3);
  assert_false(g.ambiguous);
  const char *ru[] = {"учитывая,", "решает,"};
  assert_ptr_equal(lang_detect(ru, 2).lang, L("ru"));
  const char *zh[] = {"考虑到", "回顾", "做出决议", "责成秘书长"};
  assert_ptr_equal(lang_detect(zh, 4).lang, L("zh"));
  const char *ar[] = {"يقرر"};
  assert_ptr_equal(lang_detect(ar, 1).lang, L("ar"));
  const char *en[] = {"recalling", "considering", "resolves", "instructs the Secretary-General"};
  g = lang_detect(en, 4);
  assert_ptr_equal(g.lang, L("en"));
  assert_int_equal(g.runner_matched, 0);
  /* a text that mixes English and French phrases, one each: no answer to trust */
  const char *mixed[] = {"considering", "décide"};
  g = lang_detect(mixed, 2);
  assert_true(g.ambiguous);
  assert_int_equal(g.matched, 1);
  assert_int_equal(g.runner_matched, 1);
  assert_ptr_equal(g.lang, L("en"));
  assert_ptr_equal(g.runner_up, L("fr"));
  /* more French than English: French, with English the runner-up */
  const char *mostly_fr[] = {"considering", "décide", "rappelant"};
  g = lang_detect(mostly_fr, 3);
  assert_ptr_equal(g.lang, L("fr"));
  assert_ptr_equal(g.runner_up, L("en"));
  assert_false(g.ambiguous);
  /* a phrase repeated counts as often as it occurs */
  const char *repeated[] = {"décide", "considering", "décide", NULL, "considering", "considering"};
  g = lang_detect(repeated, 6);
  assert_ptr_equal(g.lang, L("en"));
  assert_int_equal(g.matched, 3);
  assert_int_equal(g.total, 6);
  assert_ptr_equal(g.runner_up, L("fr"));
  assert_int_equal(g.runner_matched, 2);
  assert_false(g.ambiguous);
  /* nothing known, nothing given */
  const char *none[] = {"lorem", "ipsum"};
  g = lang_detect(none, 2);
  assert_null(g.lang);
  assert_true(g.ambiguous);
  g = lang_detect(NULL, 0);
  assert_null(g.lang);
  assert_true(g.ambiguous);
}

static void scripts(void **state) {
  (void)state;
  assert_int_equal(lang_script_of('a'), SCRIPT_LATIN);
  assert_int_equal(lang_script_of(0xE9), SCRIPT_LATIN);  /* é */
  assert_int_equal(lang_script_of(0xD7), SCRIPT_COMMON); /* × */
  assert_int_equal(lang_script_of(0x430), SCRIPT_CYRILLIC);
  assert_int_equal(lang_script_of(0x3B1), SCRIPT_GREEK);
  assert_int_equal(lang_script_of(0x627), SCRIPT_ARABIC);
  assert_int_equal(lang_script_of(0x60C), SCRIPT_COMMON); /* Arabic comma */
  assert_int_equal(lang_script_of(0x4E2D), SCRIPT_HAN);
  assert_int_equal(lang_script_of(0x3002), SCRIPT_COMMON); /* 。 */
  assert_int_equal(lang_script_of('1'), SCRIPT_COMMON);
  assert_int_equal(lang_script_of(0x2011), SCRIPT_COMMON);
  assert_int_equal(lang_script_of(0xFF21), SCRIPT_LATIN);
  assert_int_equal(lang_script_of(0x0E01), SCRIPT_OTHER);
  assert_string_equal(lang_script_name(SCRIPT_CYRILLIC), "Cyrillic");
  assert_int_equal(lang_confusable(0x415, SCRIPT_LATIN), 'E');
  assert_int_equal(lang_confusable('T', SCRIPT_CYRILLIC), 0x422);
  assert_int_equal(lang_confusable('R', SCRIPT_CYRILLIC), 0);
  assert_int_equal(lang_fold(0x0415), 0x0435);
  assert_int_equal(lang_fold(0x0401), 0x0451);
  assert_int_equal(lang_fold(0xC9), 0xE9);
  assert_int_equal(lang_fold(0x0152), 0x0153);
}

/* The slips of TOK as "kind@offset:U+XXXX>U+YYYY" separated by spaces. */
static char *slips(const char *tok) {
  static char out[512];
  struct lang_slip s[16];
  size_t n = lang_check_token(tok, strlen(tok), s, 16);
  out[0] = '\0';
  for (size_t i = 0; i < n && i < 16; i++)
    snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s@%zu:U+%04X>U+%04X", i ? " " : "",
             lang_slip_name(s[i].kind), s[i].offset, s[i].cp, s[i].fix);
  return out;
}

/* §10 #1: Рекомендация МСЭ-Т Е.119 with a Cyrillic Е (E119-R). */
static void slip_cyrillic_e_in_recommendation(void **state) {
  (void)state;
  assert_string_equal(slips("Е.119"), "symbol@0:U+0415>U+0045");
  assert_string_equal(slips("E.119"), "");
  assert_string_equal(slips("Е.119,"), "symbol@0:U+0415>U+0045");
  assert_string_equal(slips("Рекомендация"), "");
}

/* §10 #2: МСЭ‑T with a Latin T (E119-R, 10 times). */
static void slip_latin_t_in_itu_t(void **state) {
  (void)state;
  assert_string_equal(slips("МСЭ\u2011T"), "compound@9:U+0054>U+0422");
  assert_string_equal(slips("МСЭ-T"), "compound@7:U+0054>U+0422");
  assert_string_equal(slips("(МСЭ-T)"), "compound@8:U+0054>U+0422");
  assert_string_equal(slips("МСЭ-Т"), "");
  assert_string_equal(slips("МСЭ\u2011Т"), "");
  assert_string_equal(slips("МСЭ-R"), "");    /* R has no Cyrillic look-alike */
  assert_string_equal(slips("IP-сетей"), ""); /* Latin acronym, hyphen, Russian word */
  assert_string_equal(slips("ITU-T"), "");
  assert_string_equal(slips("UIT\u2011T"), ""); /* §10 #14: the hyphen differs, not the script */
  assert_string_equal(slips("ITU-Т"), "compound@4:U+0422>U+0054");
}

/* §10 #3: MOD 200 … а) with a Cyrillic а among Latin labels (GAR-R). */
static void slip_cyrillic_a_label(void **state) {
  (void)state;
  assert_string_equal(slips("а)"), "label@0:U+0430>U+0061");
  assert_string_equal(slips("b)"), "");
  assert_string_equal(slips("g)"), "");
  assert_string_equal(slips("аbis)"), "label@0:U+0430>U+0061");
  assert_string_equal(slips("б)"), "label@0:U+0431>U+0000"); /* not Latin, no safe fix */
  assert_string_equal(slips("выше)"), ""); /* a Russian word closing a parenthesis */
  assert_string_equal(slips("(РСС)"), ""); /* RCC in Cyrillic in running text (RCC18-R) */
  struct lang_slip s[4];
  assert_int_equal(lang_check_label("а)", s, 4), 1);
  assert_int_equal(s[0].kind, SLIP_LABEL);
  assert_int_equal(s[0].fix, 'a');
  assert_int_equal(lang_check_label("a)", s, 4), 0);
}

/* §10 #4: provision numbers 205А, 145А, 197Н with Cyrillic letters (GAR-R). */
static void slip_cyrillic_provision_numbers(void **state) {
  (void)state;
  assert_string_equal(slips("205А"), "symbol@3:U+0410>U+0041");
  assert_string_equal(slips("145А"), "symbol@3:U+0410>U+0041");
  assert_string_equal(slips("197Н"), "symbol@3:U+041D>U+0048");
  assert_string_equal(slips("184A"), "");
  assert_string_equal(slips("191B"), "");
}

/* §10 #5: Cyrillic С in Council symbols С97/59, (С-2000), 4856/СА30 (C09-R). */
static void slip_cyrillic_c_in_council_symbols(void **state) {
  (void)state;
  assert_string_equal(slips("С97/59"), "symbol@0:U+0421>U+0043");
  assert_string_equal(slips("(С-2000)"), "symbol@1:U+0421>U+0043");
  assert_string_equal(slips("4856/СА30"), "symbol@5:U+0421>U+0043 symbol@7:U+0410>U+0041");
  /* Russian abbreviations with numbers stay Cyrillic */
  assert_string_equal(slips("ВКР-19"), "");
  assert_string_equal(slips("ПК-98"), "");
  assert_string_equal(slips("ВКРЭ-17"), "");
  assert_string_equal(slips("1-е"), "");
  assert_string_equal(slips("2014"), "");
}

static void mixed_words_and_labels(void **state) {
  (void)state;
  /* a Latin a inside a Russian word */
  assert_string_equal(slips("Рекомендaция"), "mixed-word@16:U+0061>U+0430");
  /* a Cyrillic о inside an English word */
  assert_string_equal(slips("Rec\u043Emmendation"), "mixed-word@3:U+043E>U+006F");
  assert_string_equal(slips("considérant"), "");
  assert_string_equal(slips("第1238号决议"), "");
  assert_string_equal(slips("القرار"), "");
  struct lang_slip s[4];
  assert_int_equal(lang_check_label("\u0663", s, 4), 1); /* Arabic-Indic 3 */
  assert_int_equal(s[0].kind, SLIP_DIGIT);
  assert_int_equal(s[0].fix, '3');
  assert_int_equal(lang_check_label("\uFF11.2", s, 4), 1); /* full-width 1 */
  assert_int_equal(s[0].fix, '1');
  assert_int_equal(lang_check_label("1.2", s, 4), 0);
  assert_int_equal(lang_check_label("abis)", s, 4), 0);
  assert_int_equal(lang_check_label("\u2013", s, 4), 0);
  /* more slips than room: all counted, the first written */
  assert_int_equal(lang_check_token("СА30", strlen("СА30"), s, 1), 2);
  assert_int_equal(s[0].offset, 0);
  /* a token longer than the decoding window, and bytes that are not UTF-8 */
  char big[2000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  assert_int_equal(lang_check_token(big, strlen(big), s, 4), 0);
  assert_int_equal(lang_check_token("\xff\xfe)", 3, s, 4), 0);
}

/* doc/languages.md shows every form of every language. */
/* The text of doc/NAME under $srcdir (skips the test when srcdir is not set). */
static const char *read_doc(const char *name) {
  const char *srcdir = getenv("srcdir");
  if (!srcdir) {
    fprintf(stderr, "SKIP: srcdir is not set, doc/%s not checked\n", name);
    skip();
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/doc/%s", srcdir, name);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char doc[1 << 18];
  size_t n = fread(doc, 1, sizeof doc - 1, f);
  fclose(f);
  doc[n] = '\0';
  return doc;
}

static void documented(void **state) {
  (void)state;
  const char *doc = read_doc("languages.md");
  for (size_t i = 0; i < lang_count(); i++) {
    const struct lang *l = lang_at(i);
    for (int k = 0; k < LW_COUNT; k++) {
      const struct lang_entry *e = lang_word(l, (enum lang_key)k);
      if (e && *e->text && !strstr(doc, e->text))
        fail_msg("%s %s: %s", l->code, lang_key_id(k), e->text);
    }
    for (size_t j = 0; j < l->nphrases; j++)
      if (!strstr(doc, l->phrases[j].form.text))
        fail_msg("%s phrase %s", l->code, l->phrases[j].form.text);
  }
}

/* The one place of TEXT: its city, and its bytes are WANT. */
static int one_place(const char *text, const char *want) {
  struct venue_place pl[4];
  assert_int_equal(venue_places(text, strlen(text), pl, 4), 1);
  assert_int_equal(pl[0].len, strlen(want));
  assert_memory_equal(text + pl[0].off, want, pl[0].len);
  return pl[0].city;
}

static void venues(void **state) {
  (void)state;
  int kyoto = venue_city_of("pp", 1994);
  assert_true(kyoto >= 0);
  assert_string_equal(venue_city_name(kyoto, NULL, NULL), "Kyoto");
  assert_string_equal(venue_city_name(kyoto, L("ru"), NULL), "Киото");
  int attested = 1;
  assert_string_equal(venue_city_name(kyoto, L("zh"), &attested), "京都");
  assert_false(attested); /* a default: ITU's Chinese form is not seen */
  assert_null(venue_city_name(kyoto, L("ar"), NULL));
  /* every form of place and year, the revision words and capitals read past */
  assert_int_equal(one_place("(Rev. Kyoto, 1994)", "Kyoto"), kyoto);
  assert_int_equal(one_place("(REV. KYOTO, 1994)", "KYOTO"), kyoto);
  assert_int_equal(one_place("(Киото, 1994 г.)", "Киото"), kyoto);
  assert_int_equal(one_place("(1994年,京都)", "京都"), kyoto);
  assert_int_equal(one_place("(Пересм. Пусан, 2014 г.)", "Пусан"), venue_city_of("pp", 2014));
  assert_int_equal(one_place("(المراجَع في بوخارست، 2022)", "بوخارست"), venue_city_of("pp", 2022));
  assert_int_equal(one_place("(2018年,迪拜,修订版)", "迪拜"), venue_city_of("pp", 2018));
  /* the slip: a city, not the conference's */
  int tokyo = one_place("(1994年,东京)", "东京");
  assert_true(tokyo >= 0 && tokyo != kyoto);
  /* a place the table does not know, or a year in a list, names no city */
  assert_int_equal(one_place("(Kioto, 1994)", "Kioto"), -1);
  struct venue_place pl[8];
  const char *list = "Geneva, 1972, 1976 and 1980; Helsinki, 1993";
  assert_int_equal(venue_places(list, strlen(list), pl, 8), 3);
  assert_int_equal(pl[1].city, -1);
  assert_int_equal(pl[2].city, venue_city_of("wtsa", 1993));
  const char *pp = "(Kyoto, 1994) – (Rev. Minneapolis, 1998)";
  assert_int_equal(venue_places(pp, strlen(pp), pl, 8), 2);
  assert_int_equal(pl[1].city, venue_city_of("pp", 1998));
  /* bodies and years the table does not hold */
  assert_int_equal(venue_city_of("itu-r", 2019), -1);
  assert_int_equal(venue_city_of("pp", 1993), -1);
  assert_false(venue_knows_body("council"));
  assert_string_equal(venue_body_of_assembly("国际电信联盟全权代表大会(1994年,东京),"), "pp");
  assert_string_equal(venue_assembly_name("wtdc", NULL),
                      "The World Telecommunication Development Conference");
}

/* Every city name of the venue table is in doc/language.md's table or list. */
static void venues_documented(void **state) {
  (void)state;
  const char *doc = read_doc("language.md");
  for (int c = 0; c < venue_city_count(); c++)
    for (size_t i = 0; i < lang_count(); i++) {
      const char *name = venue_city_name(c, i ? lang_at(i) : NULL, NULL);
      if (name && !strstr(doc, name)) fail_msg("%s %s", lang_at(i)->code, name);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(lookup),
      cmocka_unit_test(words),
      cmocka_unit_test(every_attested_phrase),
      cmocka_unit_test(classify),
      cmocka_unit_test(suggest),
      cmocka_unit_test(detect),
      cmocka_unit_test(scripts),
      cmocka_unit_test(slip_cyrillic_e_in_recommendation),
      cmocka_unit_test(slip_latin_t_in_itu_t),
      cmocka_unit_test(slip_cyrillic_a_label),
      cmocka_unit_test(slip_cyrillic_provision_numbers),
      cmocka_unit_test(slip_cyrillic_c_in_council_symbols),
      cmocka_unit_test(mixed_words_and_labels),
      cmocka_unit_test(documented),
      cmocka_unit_test(venues),
      cmocka_unit_test(venues_documented),
  };
  return cmocka_run_group_tests_name("lang", tests, NULL, NULL);
}

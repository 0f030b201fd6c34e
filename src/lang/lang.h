/* What resc knows of each of ITU's six languages, and the questions asked of it: the
 * words and forms of a language (data in src/lang/XX.def, one file per language, each
 * form marked attested with its source or a default), the kind of a section phrase,
 * the language of a document from its section phrases, and the script of the
 * characters of a token, for the slips of typing a letter in the wrong keyboard
 * layout. */
#ifndef RESC_LANG_H
#define RESC_LANG_H

#include <stddef.h>

#include "phrases.h"

enum lang_script {
  SCRIPT_COMMON, /* digits, punctuation, spaces, symbols: belong to no one script */
  SCRIPT_LATIN,
  SCRIPT_GREEK,
  SCRIPT_CYRILLIC,
  SCRIPT_ARABIC,
  SCRIPT_HAN,
  SCRIPT_OTHER
};

enum lang_status { LANG_ATTESTED, LANG_DEFAULT };

#define KEY(name, id, what) LW_##name,
enum lang_key {
#include "words.def"
  LW_COUNT
};
#undef KEY

/* One form with where it comes from: SOURCE names the sources it was seen in
 * (ATTESTED), or says why it was chosen (DEFAULT). */
struct lang_entry {
  const char *text;
  enum lang_status status;
  const char *source;
};

struct lang_phrase {
  enum phrase_kind kind;
  const char *head;       /* lower case; what classification matches */
  struct lang_entry form; /* the whole phrase as seen */
};

struct lang {
  const char *code;   /* en fr es ru ar zh */
  const char *name;   /* in English */
  const char *native; /* in the language */
  const char *iso3;   /* ISO 639-2, for Akoma Ntoso's FRBR */
  enum lang_script script;
  int rtl;
  const struct lang_phrase *phrases;
  size_t nphrases;
  const struct lang_entry *modifiers;
  size_t nmodifiers;
  struct lang_entry words[LW_COUNT]; /* text NULL: the language has no such form */
};

/* The languages, in the order en fr es ru ar zh. */
size_t lang_count(void);
const struct lang *lang_at(size_t i);
/* The language of CODE (exact, lower case), or NULL. */
const struct lang *lang_find(const char *code);
/* The form of KEY in L, or NULL when L has none. */
const struct lang_entry *lang_word(const struct lang *l, enum lang_key key);
/* The stable id of KEY ("number-line") and what it is, for documentation. */
const char *lang_key_id(enum lang_key key);
const char *lang_key_what(enum lang_key key);

/* Classifies a section phrase of language L by its head, after the language's
 * modifiers ("further resolves", 进一步注意到), case and a trailing comma or colon
 * ignored, as phrase_classify does for English (to which English, and a NULL L, fall
 * back). *head
 * gets the head matched, or the first word when none is (static buffer). */
enum phrase_kind lang_phrase_classify(const struct lang *l, const char *phrase, const char **head);
/* The head of L nearest to WORD, or NULL: for "did you mean". */
const char *lang_phrase_suggest(const struct lang *l, const char *word);

/* The language a document's section phrases are written in: LANG has the most phrases
 * it classifies (MATCHED of TOTAL); AMBIGUOUS is set when no language classifies any or
 * another (RUNNER_UP) classifies as many. */
struct lang_guess {
  const struct lang *lang;
  int matched, total;
  const struct lang *runner_up;
  int runner_matched;
  int ambiguous;
};
struct lang_guess lang_detect(const char *const *phrases, size_t n);

/* The words the outputs print in L (English for NULL): the number-line word before the
 * number of a line of KIND ("resolution", "draft", "decision") with its space
 * ("RÉSOLUTION ", "第"; "" for a line that is not a BARE number where the word also
 * follows the number), what follows a bare number ("号决议", else ""), the form of KEY
 * (ANNEX, Reasons:, Abstract:) or ENGLISH_TEXT when L has none, and that form up to its
 * first placeholder ("Documento " of "Documento {doc}"; static buffer). */
const char *lang_number_prefix(const struct lang *l, const char *kind, int bare);
const char *lang_number_suffix(const struct lang *l, const char *kind);
const char *lang_text(const struct lang *l, enum lang_key key, const char *english_text);
const char *lang_prefix(const struct lang *l, enum lang_key key, const char *english_text);
/* Writes to OUT the DOCX styles part STYLES (NUL-terminated) made for L: its fonts,
 * sizes, w:lang and, right to left, a w:bidi Normal style. Returns 0, writing nothing,
 * for English (the styles as they are) or styles of another shape. */
struct strbuf;
int lang_docx_styles(const struct lang *l, const char *styles, struct strbuf *out);
/* The language whose number-line word opens T ("RÉSOLUTION 99 (…)", "第71号决议(…)"),
 * with the line without its word written to OUT ("99 (…)", "71(…)"); NULL when none. */
const struct lang *lang_strip_number_word(const char *t, char *out, size_t cap);
/* Whether the plain text S is a bare number: digits only. */
int lang_bare_number(const char *s);

/* The script of code point CP. */
enum lang_script lang_script_of(unsigned cp);
const char *lang_script_name(enum lang_script s);
/* The lower case of CP in Latin, Greek and Cyrillic (other code points unchanged): the
 * case folding that phrase matching needs, independent of the locale. */
unsigned lang_fold(unsigned cp);
/* The letter of script TO that prints like letter CP, or 0 when there is none. */
unsigned lang_confusable(unsigned cp, enum lang_script to);

/* A character that is in the wrong script for its place in a token. */
enum lang_slip_kind {
  SLIP_MIXED_WORD, /* letters of two scripts in one word: Рекомендaция */
  SLIP_LABEL,      /* a non-Latin letter in a label: Cyrillic а) */
  SLIP_SYMBOL,     /* a Cyrillic or Greek look-alike in a symbol: Е.119, 205А, С97/59 */
  SLIP_COMPOUND,   /* a lone look-alike of the other script after a hyphen: МСЭ‑T */
  SLIP_DIGIT       /* a non-ASCII digit in a label: ٣, ３ */
};
struct lang_slip {
  enum lang_slip_kind kind;
  size_t offset, len; /* the character, in bytes from the token's start */
  unsigned cp;
  unsigned fix; /* the character to write instead, or 0 when none is safe */
};
/* Checks one token (a run of text without white space) for the slips of
 * itu-languages.md §9-10; writes at most MAX of them to OUT and returns how many were
 * found. Each character is reported once. */
size_t lang_check_token(const char *tok, size_t len, struct lang_slip *out, size_t max);
/* Checks a clause label ("a)", "1.2", "abis)"): every letter Latin, every digit ASCII. */
size_t lang_check_label(const char *label, struct lang_slip *out, size_t max);
const char *lang_slip_name(enum lang_slip_kind k);

#endif

/* Scripts of characters, and the slips of a letter typed in the wrong keyboard layout
 * that ITU's own texts show (itu-languages.md §10): Cyrillic а in "а)", Cyrillic Е in
 * "Е.119", Cyrillic А in "205А", Latin T in "МСЭ‑T". Each rule is narrow enough to leave
 * real words alone: Russian ВКР-19, ПК-98, IP-сетей, МСЭ-R, ordinals like 1-е. */
#include "lang.h"

#include "utf8.h"

enum lang_script lang_script_of(unsigned c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? SCRIPT_LATIN : SCRIPT_COMMON;
  if (c == 0xAA || c == 0xBA || (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7) ||
      (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
    return SCRIPT_LATIN;
  if (c < 0x370) return SCRIPT_COMMON; /* Latin-1 symbols, modifier letters, combining marks */
  if ((c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) || (c >= 0x1F00 && c <= 0x1FFF))
    return SCRIPT_GREEK;
  if ((c >= 0x400 && c <= 0x52F) || (c >= 0x1C80 && c <= 0x1C8F) || (c >= 0x2DE0 && c <= 0x2DFF) ||
      (c >= 0xA640 && c <= 0xA69F))
    return SCRIPT_CYRILLIC;
  if (c == 0x60C || c == 0x61B || c == 0x61F || c == 0x640) return SCRIPT_COMMON;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0x8A0 && c <= 0x8FF) ||
      (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
    return SCRIPT_ARABIC;
  if ((c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029) ||
      (c >= 0x3038 && c <= 0x303B) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x3134F))
    return SCRIPT_HAN;
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF))
    return SCRIPT_COMMON;
  return SCRIPT_OTHER;
}

const char *lang_script_name(enum lang_script s) {
  static const char *const names[] = {"common", "Latin", "Greek", "Cyrillic",
                                      "Arabic", "Han",   "other"};
  return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "other";
}

unsigned lang_fold(unsigned c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x178) return 0xFF;
    int even_upper = (c <= 0x137 && c != 0x130 && c != 0x131) || (c >= 0x14A && c <= 0x177);
    int odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if ((even_upper && c % 2 == 0) || (odd_upper && c % 2 == 1)) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static const struct {
  unsigned other;
  char latin;
} confusables[] = {
#define CONFUSABLE(cp, latin) {cp, latin},
#include "confusables.def"
#undef CONFUSABLE
};

unsigned lang_confusable(unsigned cp, enum lang_script to) {
  enum lang_script from = lang_script_of(cp);
  for (size_t i = 0; i < sizeof confusables / sizeof confusables[0]; i++) {
    if (to == SCRIPT_LATIN && confusables[i].other == cp)
      return (unsigned char)confusables[i].latin;
    if (from == SCRIPT_LATIN && (unsigned char)confusables[i].latin == cp &&
        lang_script_of(confusables[i].other) == to)
      return confusables[i].other;
  }
  return 0;
}

const char *lang_slip_name(enum lang_slip_kind k) {
  static const char *const names[] = {"mixed-word", "label", "symbol", "compound", "digit"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

/* A token decoded: its characters with their places, scripts and findings. */
enum { TOKEN_CAP = 256 };
struct ch {
  unsigned cp;
  size_t off, len;
  enum lang_script script;
  int letter;
  int flagged;
  enum lang_slip_kind kind;
  unsigned fix;
};

static int is_letter(unsigned cp, enum lang_script s) {
  if ((cp >= 0x660 && cp <= 0x669) || (cp >= 0x6F0 && cp <= 0x6F9)) return 0;
  return s != SCRIPT_COMMON && s != SCRIPT_OTHER;
}
static int cyrillic_or_greek(const struct ch *c) {
  return c->script == SCRIPT_CYRILLIC || c->script == SCRIPT_GREEK;
}
static int ascii_digit(const struct ch *c) { return c->cp >= '0' && c->cp <= '9'; }
static int hyphen(unsigned cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static size_t decode(const char *tok, size_t len, struct ch *cs) {
  size_t n = 0;
  for (size_t i = 0; i < len && n < TOKEN_CAP;) {
    unsigned cp;
    size_t k = utf8_decode(tok + i, len - i, &cp);
    if (!k) cp = 0xFFFD, k = 1;
    struct ch c = {cp, i, k, lang_script_of(cp), 0, 0, SLIP_MIXED_WORD, 0};
    c.letter = is_letter(cp, c.script);
    cs[n++] = c;
    i += k;
  }
  return n;
}

static void flag(struct ch *c, enum lang_slip_kind kind, unsigned fix) {
  if (c->flagged) return;
  c->flagged = 1, c->kind = kind, c->fix = fix;
}

/* The end of the run of letters that starts at I. */
static size_t run_end(const struct ch *cs, size_t n, size_t i) {
  while (i < n && cs[i].letter) i++;
  return i;
}

/* The next run of letters at or after *I, as [*I, *E); 0 when there is none. */
static int next_run(const struct ch *cs, size_t n, size_t *i, size_t *e) {
  while (*i < n && !cs[*i].letter) (*i)++;
  if (*i >= n) return 0;
  *e = run_end(cs, n, *i);
  return 1;
}

/* "а)", "bб)", "аbis)": one or two lower-case letters (and a Latin bis, ter, quater)
 * then ")", the whole token. Russian words before a closing parenthesis are longer. */
static void check_label_shape(struct ch *cs, size_t n) {
  if (n < 2 || cs[n - 1].cp != ')' || run_end(cs, n, 0) != n - 1) return;
  size_t letters = n - 1;
  static const char *const suffixes[] = {"bis", "ter", "quater"};
  for (size_t s = 0; s < 3; s++) {
    size_t k = 0;
    while (suffixes[s][k]) k++;
    if (letters <= k) continue;
    size_t j = 0;
    while (j < k && cs[letters - k + j].cp == (unsigned char)suffixes[s][j]) j++;
    if (j == k) {
      letters -= k;
      break;
    }
  }
  if (letters > 2) return;
  for (size_t i = 0; i < letters; i++)
    if (lang_fold(cs[i].cp) != cs[i].cp) return; /* upper case: an acronym, not a label */
  for (size_t i = 0; i < n - 1; i++)
    if (cyrillic_or_greek(&cs[i]))
      flag(&cs[i], SLIP_LABEL, lang_confusable(cs[i].cp, SCRIPT_LATIN));
}

/* "Е.119", "205А", "С97/59", "СА30", "(С-2000)": upper-case Cyrillic or Greek look-alikes
 * only, touching an ASCII digit, or before ".digit", or a lone one before "-digit". */
static void check_symbols(struct ch *cs, size_t n) {
  for (size_t i = 0, e; next_run(cs, n, &i, &e); i = e) {
    int lookalikes = 1;
    for (size_t j = i; j < e; j++)
      if (!cyrillic_or_greek(&cs[j]) || lang_fold(cs[j].cp) == cs[j].cp ||
          !lang_confusable(cs[j].cp, SCRIPT_LATIN))
        lookalikes = 0;
    int touches = (i > 0 && ascii_digit(&cs[i - 1])) || (e < n && ascii_digit(&cs[e]));
    int dotted = e + 1 < n && cs[e].cp == '.' && ascii_digit(&cs[e + 1]);
    int lone = e == i + 1 && e + 1 < n && hyphen(cs[e].cp) && ascii_digit(&cs[e + 1]);
    if (lookalikes && (touches || dotted || lone))
      for (size_t j = i; j < e; j++)
        flag(&cs[j], SLIP_SYMBOL, lang_confusable(cs[j].cp, SCRIPT_LATIN));
  }
}

/* The one script, Latin or Cyrillic, of the letters from I to E, or SCRIPT_COMMON when
 * they have none or several. */
static enum lang_script one_script(const struct ch *cs, size_t i, size_t e) {
  enum lang_script s = SCRIPT_COMMON;
  for (size_t j = i; j < e; j++) {
    if (!cs[j].letter) continue;
    if (cs[j].script != SCRIPT_LATIN && cs[j].script != SCRIPT_CYRILLIC) return SCRIPT_COMMON;
    if (s != SCRIPT_COMMON && s != cs[j].script) return SCRIPT_COMMON;
    s = cs[j].script;
  }
  return s;
}

/* "МСЭ‑T": a part after a hyphen that is one letter of the other script, with a
 * look-alike in the script of the part before. "IP-сетей" and "МСЭ-R" pass. */
static void check_compounds(struct ch *cs, size_t n) {
  size_t start = 0;
  enum lang_script before = SCRIPT_COMMON;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && !hyphen(cs[i].cp)) continue;
    enum lang_script here = one_script(cs, start, i);
    size_t letters = 0, at = start;
    for (size_t j = start; j < i; j++)
      if (cs[j].letter) letters++, at = j;
    if (letters == 1 && before != SCRIPT_COMMON && here != SCRIPT_COMMON && here != before) {
      unsigned fix = lang_confusable(cs[at].cp, before);
      if (fix) flag(&cs[at], SLIP_COMPOUND, fix);
    }
    before = here;
    start = i + 1;
  }
}

/* "Рекомендaция": letters of Latin and Cyrillic (or Greek) in one run; the letters of
 * the script with fewer are the slips. */
static void check_mixed_words(struct ch *cs, size_t n) {
  for (size_t i = 0, e; next_run(cs, n, &i, &e); i = e) {
    size_t count[SCRIPT_OTHER + 1] = {0};
    for (size_t j = i; j < e; j++) count[cs[j].script]++;
    int scripts =
        (count[SCRIPT_LATIN] > 0) + (count[SCRIPT_CYRILLIC] > 0) + (count[SCRIPT_GREEK] > 0);
    if (scripts > 1) {
      enum lang_script major = cs[i].script;
      for (int s = SCRIPT_LATIN; s <= SCRIPT_CYRILLIC; s++)
        if (count[s] > count[major]) major = (enum lang_script)s;
      for (size_t j = i; j < e; j++) {
        enum lang_script s = cs[j].script;
        if (s != major && (s == SCRIPT_LATIN || s == SCRIPT_CYRILLIC || s == SCRIPT_GREEK))
          flag(&cs[j], SLIP_MIXED_WORD, lang_confusable(cs[j].cp, major));
      }
    }
  }
}

static size_t report(const struct ch *cs, size_t n, struct lang_slip *out, size_t max) {
  size_t found = 0;
  for (size_t i = 0; i < n; i++) {
    if (!cs[i].flagged) continue;
    if (found < max) {
      struct lang_slip s = {cs[i].kind, cs[i].off, cs[i].len, cs[i].cp, cs[i].fix};
      out[found] = s;
    }
    found++;
  }
  return found;
}

size_t lang_check_token(const char *tok, size_t len, struct lang_slip *out, size_t max) {
  struct ch cs[TOKEN_CAP];
  size_t n = decode(tok, len, cs);
  check_label_shape(cs, n);
  check_symbols(cs, n);
  check_compounds(cs, n);
  check_mixed_words(cs, n);
  return report(cs, n, out, max);
}

size_t lang_check_label(const char *label, struct lang_slip *out, size_t max) {
  struct ch cs[TOKEN_CAP];
  size_t len = 0;
  while (label[len]) len++;
  size_t n = decode(label, len, cs);
  for (size_t i = 0; i < n; i++) {
    unsigned cp = cs[i].cp;
    if (cp >= 0x660 && cp <= 0x669) flag(&cs[i], SLIP_DIGIT, '0' + (cp - 0x660));
    else if (cp >= 0x6F0 && cp <= 0x6F9) flag(&cs[i], SLIP_DIGIT, '0' + (cp - 0x6F0));
    else if (cp >= 0xFF10 && cp <= 0xFF19) flag(&cs[i], SLIP_DIGIT, '0' + (cp - 0xFF10));
    else if (cp >= 0xFF21 && cp <= 0xFF5A && cs[i].letter) flag(&cs[i], SLIP_LABEL, cp - 0xFEE0);
    else if (cs[i].letter && cp >= 0x80)
      flag(&cs[i], SLIP_LABEL, lang_confusable(cp, SCRIPT_LATIN));
  }
  return report(cs, n, out, max);
}

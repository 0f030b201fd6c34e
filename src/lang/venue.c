/* The venue table of venues.def, and the reading of places and years from a line. */
#include "venue.h"

#include <string.h>

#include "lang.h"
#include "utf8.h"

enum venue_lang { VL_en, VL_fr, VL_es, VL_ru, VL_ar, VL_zh, VL_COUNT };

#define CITY(id, english, source) CITY_##id,
enum venue_city_id {
#include "venues.def"
  CITY_COUNT
};

struct name {
  const char *text;
  int attested;
};

#define CITY(id, english, source) [CITY_##id][VL_en] = {english, 1},
#define NAME(id, lang, text, status, source) [CITY_##id][VL_##lang] = {text, LANG_##status == LANG_ATTESTED},
static const struct name names[CITY_COUNT][VL_COUNT] = {
#include "venues.def"
};

static const struct {
  const char *body;
  int year;
  int city;
} venues[] = {
#define VENUE(body, year, id, source) {body, year, CITY_##id},
#include "venues.def"
};

static const struct {
  const char *body;
  int lang;
  const char *text;
} assemblies[] = {
#define ASSEMBLY(body, lang, text, status, source) {body, VL_##lang, text},
#include "venues.def"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int lang_index(const struct lang *l) {
  static const char *const codes[VL_COUNT] = {"en", "fr", "es", "ru", "ar", "zh"};
  for (int i = 0; l && i < VL_COUNT; i++)
    if (strcmp(l->code, codes[i]) == 0) return i;
  return VL_en;
}

int venue_city_of(const char *body, int year) {
  for (size_t i = 0; body && i < COUNT(venues); i++)
    if (venues[i].year == year && strcmp(venues[i].body, body) == 0) return venues[i].city;
  return -1;
}

int venue_knows_body(const char *body) {
  for (size_t i = 0; body && i < COUNT(venues); i++)
    if (strcmp(venues[i].body, body) == 0) return 1;
  return 0;
}

int venue_city_count(void) { return CITY_COUNT; }

const char *venue_city_name(int city, const struct lang *l, int *attested) {
  if (city < 0 || city >= CITY_COUNT) return NULL;
  const struct name *n = &names[city][lang_index(l)];
  if (attested) *attested = n->attested;
  return n->text;
}

const char *venue_body_of_assembly(const char *text) {
  for (size_t i = 0; text && i < COUNT(assemblies); i++)
    if (strstr(text, assemblies[i].text)) return assemblies[i].body;
  return NULL;
}

const char *venue_assembly_at(size_t i, const struct lang *l, const char **body) {
  int li = lang_index(l);
  for (size_t k = 0; k < COUNT(assemblies); k++)
    if (assemblies[k].lang == li && i-- == 0) {
      if (body) *body = assemblies[k].body;
      return assemblies[k].text;
    }
  return NULL;
}

const char *venue_assembly_name(const char *body, const struct lang *l) {
  int li = lang_index(l);
  for (size_t i = 0; body && i < COUNT(assemblies); i++)
    if (assemblies[i].lang == li && strcmp(assemblies[i].body, body) == 0)
      return assemblies[i].text;
  return NULL;
}

/* Whether the N bytes of A are the name B but for case (Latin, Greek, Cyrillic): number
 * lines of the PP collection print "(KYOTO, 1994)". */
static int same_name(const char *a, size_t n, const char *b) {
  size_t nb = strlen(b);
  /* Upper and lower case of these scripts take as many bytes: a name of another length
   * is another name, and most places are told apart without decoding them. */
  if (nb != n) return 0;
  while (n && nb) {
    unsigned ca, cb;
    size_t ua = utf8_decode(a, n, &ca), ub = utf8_decode(b, nb, &cb);
    if (!ua || !ub || lang_fold(ca) != lang_fold(cb)) return 0;
    a += ua, n -= ua, b += ub, nb -= ub;
  }
  return !n && !nb;
}

static int city_named(const char *s, size_t n) {
  for (int c = 0; c < CITY_COUNT; c++)
    for (int l = 0; l < VL_COUNT; l++)
      if (names[c][l].text && same_name(s, n, names[c][l].text)) return c;
  return -1;
}

static int starts(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && memcmp(s, w, k) == 0;
}

/* Trims from the place in S[*OFF, *OFF + *LEN) the spaces, revision marks ({++ --}) and
 * revision words of every language ("Rev.", "Rév.", "Пересм.", "REV.") around it. */
static void trim_place(const char *s, size_t *off, size_t *len) {
  static const char *const marks[] = {"{++", "{--", "++}", "--}", " ", "\xC2\xA0"};
  const char *p = s + *off;
  size_t n = *len;
  for (int again = 1; again && n;) {
    again = 0;
    for (size_t m = 0; m < COUNT(marks); m++)
      if (starts(p, n, marks[m])) {
        size_t k = strlen(marks[m]);
        p += k, n -= k, again = 1;
      }
    for (size_t i = 0; i < lang_count(); i++) {
      const struct lang_entry *w[2] = {lang_word(lang_at(i), LW_REVISION),
                                       lang_word(lang_at(i), LW_REVISION_CAPS)};
      for (int k = 0; k < 2; k++)
        if (w[k] && starts(p, n, w[k]->text)) {
          p += strlen(w[k]->text), n -= strlen(w[k]->text), again = 1;
        }
    }
    if (n >= 4 && (starts(p, n, "REV.") || starts(p, n, "rev."))) p += 4, n -= 4, again = 1;
  }
  for (int again = 1; again && n;) {
    again = 0;
    for (size_t m = 0; m < COUNT(marks); m++) {
      size_t k = strlen(marks[m]);
      if (n >= k && memcmp(p + n - k, marks[m], k) == 0) n -= k, again = 1;
    }
  }
  *off = (size_t)(p - s);
  *len = n;
}

/* Whether byte I of S ends a comma: ',', the Arabic '،' or the full-width '，'; the
 * comma's length in *K. */
static int comma_before(const char *s, size_t i, size_t *k) {
  if (i >= 1 && s[i - 1] == ',') return *k = 1, 1;
  if (i >= 2 && memcmp(s + i - 2, "\xD8\x8C", 2) == 0) return *k = 2, 1;
  if (i >= 3 && memcmp(s + i - 3, "\xEF\xBC\x8C", 3) == 0) return *k = 3, 1;
  return 0;
}

static int comma_at(const char *s, size_t n, size_t *k) {
  if (n >= 1 && s[0] == ',') return *k = 1, 1;
  if (n >= 3 && memcmp(s, "\xEF\xBC\x8C", 3) == 0) return *k = 3, 1;
  return 0;
}

static int digit(char c) { return c >= '0' && c <= '9'; }

size_t venue_places(const char *s, size_t n, struct venue_place *out, size_t max) {
  size_t found = 0;
  for (size_t i = 0; i + 4 <= n; i++) {
    if (!digit(s[i]) || !digit(s[i + 1]) || !digit(s[i + 2]) || !digit(s[i + 3]) ||
        (i > 0 && digit(s[i - 1])) || (i + 4 < n && digit(s[i + 4])))
      continue;
    int year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + s[i + 3] - '0';
    size_t off = 0, len = 0, k;
    size_t j = i;
    while (j > 0 && s[j - 1] == ' ') j--;
    if (comma_before(s, j, &k)) { /* "Place, 1994", "Place، 2022" */
      size_t end = j - k, b = end;
      while (b > 0 && s[b - 1] != '(' && s[b - 1] != ';' && s[b - 1] != ',' &&
             !(b >= 2 && memcmp(s + b - 2, "\xD8\x8C", 2) == 0) &&
             !(b >= 3 && memcmp(s + b - 3, "\xEF\xBC\x88", 3) == 0))
        b--;
      off = b, len = end - b;
    } else if (starts(s + i + 4, n - i - 4, "\xE5\xB9\xB4") && /* 年: "1994年,京都" */
               comma_at(s + i + 7, n - i - 7, &k)) {
      size_t b = i + 7 + k, e = b;
      while (e < n && s[e] != ',' && s[e] != ')' && s[e] != ';' && !starts(s + e, n - e, "\xEF\xBC\x8C") &&
             !starts(s + e, n - e, "\xEF\xBC\x89"))
        e++;
      off = b, len = e - b;
    } else continue;
    trim_place(s, &off, &len);
    if (!len) continue;
    if (found < max) out[found] = (struct venue_place){off, len, year, city_named(s + off, len)};
    found++;
  }
  return found;
}

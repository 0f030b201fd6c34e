/* Tables in plain text as resc's text output prints them (src/render/table_text.c): rows
 * "| a | b |" padded so that the columns line up, a "|---|---|" rule under the header
 * row. A '|' inside a cell is printed as it is, so the columns are found from where
 * every row has a '|': the same character positions in all rows, each with a space on
 * either side. Lines that do not line up so are no table. */
#include <string.h>

#include "text_table.h"

/* Whether byte C starts a character (is not a UTF-8 continuation byte). */
static int starts_char(unsigned char c) { return (c & 0xC0) != 0x80; }

int text_table_rule(const char *row) {
  size_t n = strlen(row), dashes = 0;
  if (n < 3 || row[0] != '|' || row[n - 1] != '|') return 0;
  for (size_t i = 1; i < n; i++) {
    if (row[i] == '-') dashes++;
    else if (row[i] != '|' || !dashes) return 0;
    else dashes = 0;
  }
  return 1;
}

/* The character positions of the '|' of ROW, into POS (at most CAP); their number, and
 * *LEN the row's length in characters. */
static size_t bars(const char *row, size_t *pos, size_t cap, size_t *len) {
  size_t k = 0, ch = 0;
  for (const unsigned char *p = (const unsigned char *)row; *p; p++) {
    if (!starts_char(*p)) continue;
    if (*p == '|' && k < cap) pos[k++] = ch;
    ch++;
  }
  *len = ch;
  return k;
}

/* The byte offset of character CH of ROW. */
static size_t byte_at(const char *row, size_t ch) {
  size_t i = 0;
  for (size_t c = 0; row[i]; i++)
    if (starts_char((unsigned char)row[i]) && c++ == ch) return i;
  return i;
}

size_t text_table_bounds(char *const *rows, size_t n, size_t *bounds, size_t cap) {
  if (n < 2 || cap < 2) return 0;
  size_t len0, nb = bars(rows[0], bounds, cap, &len0);
  for (size_t r = 1; r < n && nb; r++) {
    size_t pos[TEXT_TABLE_MAX_BARS], len, np = bars(rows[r], pos, TEXT_TABLE_MAX_BARS, &len);
    if (len != len0) return 0;
    size_t keep = 0;
    for (size_t i = 0; i < nb; i++) /* the positions every row has */
      for (size_t j = 0; j < np; j++)
        if (pos[j] == bounds[i]) {
          bounds[keep++] = bounds[i];
          break;
        }
    nb = keep;
  }
  if (nb < 2 || bounds[0] != 0 || bounds[nb - 1] != len0 - 1) return 0;
  for (size_t r = 0; r < n; r++) {
    const char *row = rows[r];
    if (text_table_rule(row)) { /* under the first row, a '|' at the columns' bounds only */
      if (r != 1) return 0;
      size_t pos[TEXT_TABLE_MAX_BARS], len;
      if (bars(row, pos, TEXT_TABLE_MAX_BARS, &len) != nb) return 0;
      continue;
    }
    for (size_t i = 0; i + 1 < nb; i++) { /* "| cell |": a space after and before each bar */
      size_t after = byte_at(row, bounds[i]) + 1, before = byte_at(row, bounds[i + 1]) - 1;
      if (row[after] != ' ' || row[before] != ' ') return 0;
    }
  }
  return nb;
}

size_t text_table_cell(const char *row, const size_t *bounds, size_t k, const char **start) {
  size_t from = byte_at(row, bounds[k]) + 1, to = byte_at(row, bounds[k + 1]);
  while (from < to && row[from] == ' ') from++;
  while (to > from && row[to - 1] == ' ') to--;
  *start = row + from;
  return to - from;
}

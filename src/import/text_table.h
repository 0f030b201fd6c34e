/* Tables read back from resc's text output (text_table.c). */
#ifndef RESC_TEXT_TABLE_H
#define RESC_TEXT_TABLE_H

#include <stddef.h>

/* The most '|' a row is searched for: a table of more columns is read as lines. */
#define TEXT_TABLE_MAX_BARS 64

/* Whether ROW is the rule under a header row, "|---|---|". */
int text_table_rule(const char *row);
/* The columns of the N lines ROWS when they are one table as the text output aligns it:
 * the number of bounds (the character positions of the '|' that part the columns, the
 * first and the last included) written to BOUNDS (at most CAP); 0 when they are none. */
size_t text_table_bounds(char *const *rows, size_t n, size_t *bounds, size_t cap);
/* The text of cell K of ROW (between bounds K and K + 1), without its padding: its
 * length, *START where it starts. */
size_t text_table_cell(const char *row, const size_t *bounds, size_t k, const char **start);

#endif

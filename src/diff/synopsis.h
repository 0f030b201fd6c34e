/* resc synopsis: the table of several MOD proposals side by side, computed once
 * (synopsis.c) and written by one writer per format (synopsis_html.c,
 * synopsis_docx.c), so that the formats cannot disagree on which row holds what. */
#ifndef RESC_DIFF_SYNOPSIS_H
#define RESC_DIFF_SYNOPSIS_H

#include <stddef.h>
#include <time.h>

#include "ast.h"
#include "source.h"
#include "strbuf.h"

/* One line of a proposal's resolution: a header line, a section phrase, a clause
 * (its text; sub-clauses are lines of their own) or an annex title or paragraph. */
struct syn_line {
  const struct node *n;   /* the inline container */
  const struct node *blk; /* the block whose change and labels apply (clause, or n) */
  int inserted;           /* not in the old text */
  char *old_text;         /* plain old text with its old label, for the agreement check */
};

struct syn_prop {
  const char *file;
  struct source src;
  struct document *doc;
  const struct node *proposal; /* str = action, str2 = identifier */
  char *source;                /* the document's @source, "" when it has none */
  struct syn_line *lines;
  size_t nlines, cap;
};

/* A proposal's cell in a row: LINE is NULL for an empty cell (a line that another
 * proposal inserts); CHANGED is 0 for "no change". */
struct syn_cell {
  const struct syn_line *line;
  int changed;
};

/* A row: a line of the current text (CURRENT, taken from the first proposal's old
 * view), or a line that one proposal inserts (CURRENT is NULL; that proposal's cell
 * is the only one filled). CELL has one entry per proposal. */
struct syn_row {
  const struct syn_line *current;
  struct syn_cell *cell;
};

struct synopsis {
  struct syn_prop *prop;
  size_t np;
  struct syn_row *row;
  size_t nrows, cap;
};

/* The words the number line starts with: "RESOLUTION ", "DRAFT NEW RESOLUTION ",
 * "DECISION ". */
const char *syn_number_prefix(const struct node *number);

/* The author of a proposal's tracked changes: its @source, else its identifier. */
const char *syn_author(const struct syn_prop *p);

/* The table as an HTML page, appended to OUT. */
void synopsis_html(const struct synopsis *s, struct strbuf *out);

/* The table as a .docx at PATH (written atomically), its tracked changes dated ISO
 * and its zip entries WHEN. Returns 0, or -1 with a message in err. */
int synopsis_docx(const struct synopsis *s, const char *path, const char *iso, time_t when,
                  char *err, size_t errlen);

#endif

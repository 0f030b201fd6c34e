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

/* Reads and parses FILE into SRC and *DOC, reporting into D; returns 0 or the exit
 * status (1: the input is wrong, 2: it cannot be read). */
struct diag_ctx;
int syn_load(const char *file, struct source *src, struct document **doc, struct diag_ctx *d);

/* The author of a proposal's tracked changes: its @source, else its identifier. */
const char *syn_author(const struct syn_prop *p);

/* The table as an HTML page, appended to OUT. */
void synopsis_html(const struct synopsis *s, struct strbuf *out);

/* For other tables in the same page (synopsis --languages): the page up to the
 * opening of its table, and from the table's end; a line's label and text with its
 * marks (MARKED) or its old text alone, as a cell's content, a number line after
 * NUMBER_PREFIX (NULL: syn_number_prefix's English words); text escaped. */
void syn_html_open(struct strbuf *sb);
void syn_html_close(struct strbuf *sb);
void syn_html_line(struct strbuf *sb, const struct document *doc, const struct syn_line *l,
                   int marked, const char *number_prefix);
void syn_html_text(struct strbuf *sb, const char *s);

/* resc synopsis --languages: the versions FILES (N of them) side by side, to OUTPUT as
 * HTML. Returns the exit status. */
int synopsis_languages(char *const *files, size_t n, const char *output);

/* The table as a .docx at PATH (written atomically), its tracked changes dated ISO
 * and its zip entries WHEN. Returns 0, or -1 with a message in err. */
int synopsis_docx(const struct synopsis *s, const char *path, const char *iso, time_t when,
                  char *err, size_t errlen);

#endif

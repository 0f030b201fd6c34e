/* Diagnostics are reported into a context, never printed on the spot: the command
 * decides at the end how to sort, filter (-W) and print them (text, JSON, SARIF), and
 * tests can look at codes and positions directly. */
#ifndef RESC_DIAG_H
#define RESC_DIAG_H

#include <stdio.h>

#include "loc.h"

struct source;

enum diag_code {
#define DIAG(code, sev, id, summary) DIAG_##code,
#include "diag.def"
#undef DIAG
  DIAG_COUNT
};

enum severity { SEV_OFF, SEV_NOTE, SEV_WARNING, SEV_ERROR };

struct diag {
  enum diag_code code;
  enum severity severity;
  const struct source *src; /* NULL for diagnostics without a place in a file */
  const char *file;         /* file name when src is NULL */
  struct loc loc;
  char *message;
  char *note; /* optional second line, at note_loc */
  struct loc note_loc;
  const struct source *note_src; /* the note's file when it is another (check --parallel) */
  const char *note_file;
  char *fix;     /* optional replacement text for loc (check --fix) */
  int fix_after; /* the fix is inserted after loc instead of replacing it */
  unsigned seq;  /* report order, to keep the sort stable */
};

enum diag_format { DIAG_TEXT, DIAG_JSON, DIAG_SARIF };

struct diag_ctx {
  struct diag *items;
  size_t n, cap;
  enum severity override[DIAG_COUNT]; /* SEV_OFF..: -W settings; 0 means "table default" */
  unsigned char silenced[DIAG_COUNT];
  int werror;
  size_t max_printed; /* 0: no limit */
};

void diag_init(struct diag_ctx *d);
/* An empty context with the -W settings of LIKE (a command's second document). */
void diag_init_like(struct diag_ctx *d, const struct diag_ctx *like);
void diag_free(struct diag_ctx *d);

/* Reports a diagnostic with a printf-style message; returns it so a note or a fix can
 * be attached, or NULL when the rule is silenced. */
struct diag *diag_report(struct diag_ctx *d, enum diag_code code, const struct source *src,
                         const struct loc *loc, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_note(struct diag *dg, const struct loc *loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A note at a place in another file, SRC: the other version's side of a mismatch. */
void diag_note_in(struct diag *dg, const struct source *src, const struct loc *loc, const char *fmt,
                  ...) __attribute__((format(printf, 4, 5)));
void diag_set_fix(struct diag *dg, const char *replacement);

/* A diagnostic that concerns a whole file (cannot open it, ...). */
void diag_file(struct diag_ctx *d, enum diag_code code, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

const char *diag_rule_id(enum diag_code code);
const char *diag_rule_summary(enum diag_code code);
enum severity diag_rule_default(enum diag_code code);
/* Looks a rule up by its id; -1 when unknown. */
int diag_rule_lookup(const char *id);
/* Applies one -W argument: "error" (all warnings are errors), "no-RULE",
 * "RULE=error|warning". Returns 0, -1 when the argument is not understood, or
 * DIAG_OPTION_INPUT_BAND when it would lower or silence a rule of the input band. */
int diag_option(struct diag_ctx *d, const char *arg);
#define DIAG_OPTION_INPUT_BAND (-2)
/* Whether CODE means "the input was not understood" (io, encoding, limit, syntax,
 * structure, directive): a document that was not read whole cannot be checked or
 * built, so, as in mandoc, no -W lowers or silences these errors. */
int diag_rule_in_input_band(enum diag_code code);

size_t diag_count(const struct diag_ctx *d, enum severity sev);
/* Takes back the last diagnostic reported (a check that finds it said twice). */
void diag_drop_last(struct diag_ctx *d);
/* Sorts by file then position, keeping report order for ties. */
void diag_sort(struct diag_ctx *d);
/* Prints every diagnostic in the chosen format, then (text) a summary line. */
void diag_print(struct diag_ctx *d, FILE *out, enum diag_format fmt, int color);

#endif

/* Profiles: the conventions of the texts of each ITU body (src/profiles.def), and the
 * kinds of text a number line may open (resolution, decision, recommendation ...).
 * Checks and outputs ask them instead of knowing one body's habits in code. */
#ifndef RESC_PROFILE_H
#define RESC_PROFILE_H

#include "ast.h"

enum profile_history { HISTORY_END, HISTORY_HEAD, HISTORY_PERIOD, HISTORY_NONE };
enum profile_letters { LETTERS_ALL, LETTERS_SKIP_I };

struct profile {
  const char *id, *body, *number_mark, *assembly_mark;
  enum profile_history history;
  int place; /* the assembly line names the place and year of the number line */
  enum profile_letters letters;
  const char *operative, *annex;
};

/* The profile named ID ("itu-r", "pp" ...), or NULL. */
const struct profile *profile_named(const char *id);
/* The profile of resolution R: the one its @profile states, else the one its number and
 * assembly lines show, else NULL (no body recognized: the general rules apply). */
const struct profile *profile_of(const struct node *r);
/* The ids of every profile, comma separated, for messages. */
const char *profile_ids(void);
/* Whether NAME is a number-line directive (resolution, draft, decision ...). */
int profile_is_kind(const char *name);
/* The word printed before the number ("RESOLUTION", "RECOMMENDATION") for the kind
 * NAME, and the word an annex heading uses ("Resolution"). */
const char *profile_kind_word(const char *name);
const char *profile_kind_title(const char *name);
/* The kind whose printed word TEXT starts with, as a number line reads ("DRAFT NEW
 * RESOLUTION", "RECOMMENDATION"): its directive name and the length of the word in
 * *LEN; NULL when none. */
const char *profile_kind_of_line(const char *text, size_t *len);

#endif

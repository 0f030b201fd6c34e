/* "Did you mean": the closest word of a list by edit distance, for unknown directives
 * and section phrases. */
#ifndef RESC_SIMILAR_H
#define RESC_SIMILAR_H

#include <stddef.h>

/* Levenshtein distance, capped: returns cap + 1 as soon as it must exceed cap. */
int edit_distance(const char *a, const char *b, int cap);
/* The candidate nearest to WORD within MAXDIST edits, or NULL. */
const char *similar_best(const char *word, const char *const *cands, size_t n, int maxdist);

#endif

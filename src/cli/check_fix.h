/* check --fix (check_fix.c). */
#ifndef RESC_CHECK_FIX_H
#define RESC_CHECK_FIX_H

struct diag_ctx;
struct source;

/* Checks SRC, loaded from PATH, in a context of its own, applies the safe fixes found
 * (overlapping ones are left for the next run), says each on standard error, rewrites
 * PATH atomically and reloads SRC from the fixed text (its load diagnostics into D).
 * Returns 0, or -1 when PATH could not be written (said). */
int check_fix_file(struct source *src, const char *path, struct diag_ctx *d);

#endif

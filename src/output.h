/* Writing output files atomically: the bytes go to a temporary file in the target's
 * directory and replace the target by rename, so a failed run leaves no partial file
 * and never clobbers an existing one. There is no fsync: an output can always be built
 * again, the filesystems in use flush a file that a rename makes replace another, and
 * an fsync costs more than compiling a resolution. */
#ifndef RESC_OUTPUT_H
#define RESC_OUTPUT_H

#include <stddef.h>

struct output_tmp {
  char *path;   /* the temporary file */
  char *target;
};

/* Creates a temporary file next to TARGET. Returns 0, or -1 with a message. */
int output_begin(struct output_tmp *t, const char *target, char *err, size_t errlen);
/* Renames the temporary file over the target, keeping the target's permissions when it
 * existed. Returns 0, or -1 with a message. */
int output_commit(struct output_tmp *t, char *err, size_t errlen);
/* Removes the temporary file (after a failure). */
void output_abort(struct output_tmp *t);

/* Writes DATA to TARGET atomically, or to standard output when TARGET is NULL or "-". */
int output_write(const char *target, const void *data, size_t len, char *err, size_t errlen);

#endif

/* Writing output files atomically: the bytes go to a temporary file in the target's
 * directory and replace the target by rename, so a failed run leaves no partial file
 * and never clobbers an existing one. There is no fsync: an output can always be built
 * again, the filesystems in use flush a file that a rename makes replace another, and
 * an fsync costs more than compiling a resolution. */
#ifndef RESC_OUTPUT_H
#define RESC_OUTPUT_H

#include <stddef.h>

struct output_tmp {
  char *path; /* the temporary file */
  char *target;
  int to_stdout; /* the target is standard output: the file is copied there */
};

/* Creates a temporary file next to TARGET. Returns 0, or -1 with a message. A NULL or
 * "-" TARGET is standard output, for outputs written by path (a zip package): the
 * temporary file is then in $TMPDIR and copied to standard output on commit, which
 * must be a file or a pipe: a terminal is refused, as binary output would garble it. */
int output_begin(struct output_tmp *t, const char *target, char *err, size_t errlen);
/* Renames the temporary file over the target, keeping the target's permissions when it
 * existed. Returns 0, or -1 with a message. */
int output_commit(struct output_tmp *t, char *err, size_t errlen);
/* Removes the temporary file (after a failure). */
void output_abort(struct output_tmp *t);

/* Writes DATA to TARGET atomically, or to standard output when TARGET is NULL or "-". */
int output_write(const char *target, const void *data, size_t len, char *err, size_t errlen);

/* An output written as it is made: a strbuf whose content goes to the target's
 * temporary file (or standard output) each time it fills, so that a large output is
 * never held whole in memory. Nothing replaces the target before output_stream_end. */
struct strbuf;
struct output_stream {
  struct output_tmp tmp;
  int fd, to_stdout, error; /* error: the errno of a failed write */
};
#define OUTPUT_STREAM_CHUNK ((size_t)32 * 1024)
int output_stream_begin(struct output_stream *s, const char *target, struct strbuf *sb, char *err,
                        size_t errlen);
/* Writes what SB still holds and commits the file. Returns 0, or -1 with a message. */
int output_stream_end(struct output_stream *s, struct strbuf *sb, char *err, size_t errlen);
/* Drops the temporary file (after a failure); output already on standard output stays. */
void output_stream_abort(struct output_stream *s, struct strbuf *sb);

#endif

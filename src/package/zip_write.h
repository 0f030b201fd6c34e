/* Writing a zip file (a DOCX package) with zlib alone. A DOCX needs only the oldest
 * zip: deflated entries, a central directory, no encryption or zip64. Doing it here
 * rather than through libzip keeps `resc build` free of libzip and its dependencies,
 * whose loading alone would cost more than compiling a resolution, and makes every
 * byte of the package resc's own choice: entries in the order given, one timestamp,
 * no extra fields, so that the same input gives the same file. */
#ifndef RESC_ZIP_WRITE_H
#define RESC_ZIP_WRITE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "strbuf.h"

struct zip_writer;

/* Deflate level of every entry. On the 10 MB benchmark corpus (32 MB of XML) level 6
 * spent 0.2 s more of a 0.9 s DOCX build than level 3 for a package 24% smaller (2.69 MB
 * against 3.53 MB); level 1 was no faster than 3 but 11% larger. */
#define ZIP_WRITE_LEVEL 3

/* Creates PATH (which must not be a file that matters: callers write to a temporary
 * name and rename it). MTIME is every entry's time (UTC, clamped to 1980). Returns
 * NULL with a message in err. */
struct zip_writer *zip_write_open(const char *path, time_t mtime, char *err, size_t errlen);

/* An entry's bytes deflated as they are made, so that a large part (a DOCX's
 * document.xml) never needs to be held whole: only its deflated form is. Fed in any
 * pieces, it gives the same bytes as the whole fed at once. */
struct zip_deflate {
  void *stream; /* zlib's z_stream */
  uint32_t crc;
  uint64_t size;     /* bytes fed */
  struct strbuf out; /* deflated so far */
  int failed;
};
void zip_deflate_start(struct zip_deflate *d);
void zip_deflate_add(struct zip_deflate *d, const void *data, size_t len);
/* Ends the stream; returns 0, or -1 when deflate failed. */
int zip_deflate_finish(struct zip_deflate *d);
void zip_deflate_free(struct zip_deflate *d);

/* Adds an entry already deflated (zip_deflate_finish done). */
int zip_write_add_deflated(struct zip_writer *z, const char *name, const struct zip_deflate *d,
                           char *err, size_t errlen);

/* Adds one entry, deflated. Returns 0, or -1 with a message in err; after an error
 * the caller must call zip_write_abort. */
int zip_write_add(struct zip_writer *z, const char *name, const void *data, size_t len, char *err,
                  size_t errlen);

/* Writes the central directory and closes the file. Returns 0, or -1 with a message.
 * Frees Z either way. */
int zip_write_close(struct zip_writer *z, char *err, size_t errlen);

/* Closes the file and frees Z without finishing it. */
void zip_write_abort(struct zip_writer *z);

#endif

/* Writing a zip file (a DOCX package) with zlib alone. A DOCX needs only the oldest
 * zip: deflated entries, a central directory, no encryption or zip64. Doing it here
 * rather than through libzip keeps `resc build` free of libzip and its dependencies,
 * whose loading alone would cost more than compiling a resolution, and makes every
 * byte of the package resc's own choice: entries in the order given, one timestamp,
 * no extra fields, so that the same input gives the same file. */
#ifndef RESC_ZIP_WRITE_H
#define RESC_ZIP_WRITE_H

#include <stddef.h>
#include <time.h>

struct zip_writer;

/* Deflate level of every entry: 1 deflates a DOCX's XML about three times faster
 * than zlib's default 6 for a package about 15% larger (bench/RESULTS.md). */
#define ZIP_WRITE_LEVEL 1

/* Creates PATH (which must not be a file that matters: callers write to a temporary
 * name and rename it). MTIME is every entry's time (UTC, clamped to 1980). Returns
 * NULL with a message in err. */
struct zip_writer *zip_write_open(const char *path, time_t mtime, char *err, size_t errlen);

/* Adds one entry, deflated. Returns 0, or -1 with a message in err; after an error
 * the caller must call zip_write_abort. */
int zip_write_add(struct zip_writer *z, const char *name, const void *data, size_t len,
                  char *err, size_t errlen);

/* Writes the central directory and closes the file. Returns 0, or -1 with a message.
 * Frees Z either way. */
int zip_write_close(struct zip_writer *z, char *err, size_t errlen);

/* Closes the file and frees Z without finishing it. */
void zip_write_abort(struct zip_writer *z);

#endif

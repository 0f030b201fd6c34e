/* What a file that is not UTF-8 probably is, and how to save it as UTF-8: the
 * encoding diagnostic of a file saved from Word or Notepad in Windows-1252, Latin-1 or
 * UTF-16 should tell a drafter what to do, not only where the first bad byte is. */
#ifndef RESC_SOURCE_ENCODING_H
#define RESC_SOURCE_ENCODING_H

#include <stddef.h>

struct strbuf;

/* Appends to OUT a guess at the encoding of the LEN bytes at T and the way to convert
 * them ("; the file is probably UTF-16 ...: save it as UTF-8 ..."), or nothing when
 * there is no good guess. */
void source_encoding_hint(const char *t, size_t len, struct strbuf *out);

#endif

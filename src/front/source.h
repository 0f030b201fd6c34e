/* A source file held in memory: normalized once (BOM and CR dropped, final newline
 * added, UTF-8 and NUL checked) so the scanner sees one clean form, and indexed by
 * line so diagnostics can quote the offending line. */
#ifndef RESC_SOURCE_H
#define RESC_SOURCE_H

#include <stddef.h>

struct diag_ctx;

struct source {
  char *name;         /* as given on the command line; "<stdin>" for "-" */
  char *text;         /* normalized text followed by two NUL bytes (flex needs them) */
  size_t len;         /* bytes of text, without the NULs */
  size_t *line_start; /* byte offset of each line; line N starts at line_start[N-1] */
  size_t nlines;
  /* Byte offset of the first character beyond Latin and common punctuation (Greek,
   * Cyrillic, Arabic, Han...; UTF-8 lead bytes 0xCD-0xDF and 0xE3 up), len when there is
   * none, found while the bytes are checked: the script checks start there, and skip the
   * whole of a pure Latin text. 0 (scan everything) when the bytes were not all checked. */
  size_t first_non_latin;
  /* What loading changed, so that `fmt --check` judges the file as it is on disk: a
   * byte-order mark or CRs dropped (rewritten), a final newline added. */
  unsigned char dropped_bytes, added_newline;
  /* 1 when the bytes were all checked and none is a tab (the scanner's fast path then
   * need not look for one); 0 when there is one or the check stopped early. */
  unsigned char tab_free;
};

/* Largest file accepted; bigger inputs get a diagnostic, not an allocation failure. */
#define SOURCE_MAX_BYTES ((size_t)64 * 1024 * 1024)
/* Longest line accepted: a paragraph is one line at most, and no paragraph of a
 * resolution comes near this; a longer line is most likely not a resolution at all. */
#define SOURCE_MAX_LINE ((size_t)4 * 1024 * 1024)

/* Reads and normalizes PATH ("-" is standard input). Returns 0, 1 when the text is
 * not acceptable (diagnostics reported; s is still usable for quoting), or 2 when the
 * file cannot be read (a message is reported). */
int source_load(struct source *s, const char *path, struct diag_ctx *diags);
/* Same from memory (tests, fuzzing). */
int source_load_mem(struct source *s, const char *name, const char *data, size_t len,
                    struct diag_ctx *diags);
void source_free(struct source *s);
/* The text of 1-based LINE without its newline; NULL when out of range. */
const char *source_line(const struct source *s, int line, size_t *len);

#endif

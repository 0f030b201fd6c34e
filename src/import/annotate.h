/* The review copy of a Word document: the user's own file with one Word comment (author
 * "resc") at the paragraph of each finding, so that a secretariat reads the findings
 * where a Word user works. Every part but word/document.xml, word/comments.xml and (when
 * comments are new to the document) their relationship and content type is copied
 * byte for byte; document.xml only gains the comment anchors. */
#ifndef RESC_IMPORT_ANNOTATE_H
#define RESC_IMPORT_ANNOTATE_H

#include <stddef.h>
#include <time.h>

struct diag_ctx;
struct source;

/* Writes OUT (atomically) from the Word document IN, whose imported source is SRC, with
 * a comment for each diagnostic of D on SRC, dated ISO_DATE ("2024-01-31T12:00:00Z"),
 * the zip entries dated WHEN; with FIX, the safe fixes also as tracked changes by resc
 * (annotate_fix.h). Returns the number of comments written, or -1 with a
 * message in ERR (nothing written). */
int docx_annotate(const char *in, const char *out, const struct diag_ctx *d,
                  const struct source *src, const char *iso_date, time_t when, int fix, char *err,
                  size_t errlen);

/* resc check --annotate [--fix] -o OUT IN (ANNOTATE: --annotate given): the review copy of IN (the one file of the NFILES
 * checked, read into SRC) after the findings of D; the comments are dated by
 * SOURCE_DATE_EPOCH, else now. Returns STATUS, or EXIT_USAGE when no copy was written. */
int check_annotate(int annotate, int fix, int nfiles, const char *in, const char *out,
                   const struct diag_ctx *d, const struct source *src, int status);

#endif

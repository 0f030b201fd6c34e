/* check --fix: the fixes that diagnostics carry (a replacement or an insertion at
 * their place) applied to the source text, each said on standard error in the form of
 * a diagnostic, and the file rewritten atomically. */
#include "check_fix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "validate.h"

/* Byte offset of 1-based LINE and COL (in characters) in S, or -1. */
static long offset_of(const struct source *s, int line, int col) {
  if (line < 1 || (size_t)line > s->nlines || col < 1) return -1;
  size_t i = s->line_start[line - 1];
  for (int c = 1; c < col; c++) {
    if (i >= s->len || s->text[i] == '\n') return -1;
    i++;
    while (i < s->len && ((unsigned char)s->text[i] & 0xC0) == 0x80) i++;
  }
  return (long)i;
}

static size_t char_len(const char *p) {
  size_t n = 1;
  while (((unsigned char)p[n] & 0xC0) == 0x80) n++;
  return n;
}

struct edit {
  long start, end;
  const char *text;
  const struct diag *why;
};

static int cmp_edit(const void *a, const void *b) {
  const struct edit *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Says what a fix changed, one line per fix, in the form of a diagnostic. */
static void report_fix(const struct source *src, const struct edit *e) {
  const struct loc *l = &e->why->loc;
  fprintf(stderr, "%s:%d:%d: fixed: ", src->name, l->first_line, l->first_column);
  if (e->start == e->end) fprintf(stderr, "inserted '%s'", e->text);
  else
    fprintf(stderr, "replaced '%.*s' with '%s'", (int)(e->end - e->start), src->text + e->start,
            e->text);
  fprintf(stderr, " [%s]\n", diag_rule_id(e->why->code));
}

/* Applies the fixes that D holds for SRC; returns the number applied and the new text
 * in OUT. Overlapping fixes are skipped (the next run applies them). */
static int apply_fixes(const struct source *src, const struct diag_ctx *d, struct strbuf *out) {
  struct edit *edits = calloc(d->n ? d->n : 1, sizeof *edits);
  size_t n = 0;
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *g = &d->items[i];
    if (!g->fix || g->src != src || g->severity == SEV_OFF) continue;
    long a = offset_of(src, g->loc.first_line, g->loc.first_column);
    long b = offset_of(src, g->loc.last_line, g->loc.last_column);
    if (a < 0 || b < 0 || b < a) continue;
    b += (long)char_len(src->text + b);
    if (g->fix_after) a = b;
    edits[n++] = (struct edit){a, b, g->fix, g};
  }
  qsort(edits, n, sizeof *edits, cmp_edit);
  long at = 0;
  int applied = 0;
  for (size_t i = 0; i < n; i++) {
    if (edits[i].start < at) continue;
    sb_add(out, src->text + at, (size_t)(edits[i].start - at));
    sb_adds(out, edits[i].text);
    report_fix(src, &edits[i]);
    at = edits[i].end;
    applied++;
  }
  sb_add(out, src->text + at, src->len - (size_t)at);
  free(edits);
  return applied;
}

int check_fix_file(struct source *src, const char *path, struct diag_ctx *d) {
  struct diag_ctx fd;
  diag_init(&fd);
  int errors, rc = 0;
  struct document *doc = parse_document_for_check(src, &fd, &errors);
  if (errors == 0) validate(doc, &fd);
  struct strbuf fixed = {0};
  char err[512];
  if (errors == 0 && apply_fixes(src, &fd, &fixed) > 0) {
    if (output_write(path, fixed.data, fixed.len, err, sizeof err) != 0) {
      fprintf(stderr, "resc: %s\n", err);
      rc = -1;
    } else {
      source_free(src);
      source_load_mem(src, path, fixed.data, fixed.len, d);
    }
  }
  sb_free(&fixed);
  document_free(doc);
  diag_free(&fd);
  return rc;
}

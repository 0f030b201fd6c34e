/* astcmp: whether two resc sources are the same tree, as the DOCX round trip of
 * tests/run-import.sh needs it: a source built to DOCX and imported back must give the
 * tree of the source. The tree is the one `resc build -f ast` dumps (source locations
 * left out) with the footnote definitions added, which that dump does not show: they
 * are compared as a set, in the order of their ids, since a definition may stand
 * anywhere in a file. By default both trees are first normalized by imp_normalize: a
 * typed label equal to the computed one counts as "- ", and {--a--}{++b++} as
 * {~~a~>b~~}, since a Word document can tell neither apart; --exact compares them as
 * they are.
 *
 *   usage: astcmp [--exact] A.resc B.resc   exit 0 when the trees are the same, 1 when
 *                                           not (the first difference is printed)
 *          astcmp [--exact] --dump A.resc   prints the tree compared
 *   a usage error, or a source that does not parse, exits 2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "import/import.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"

struct def {
  const char *id;
  struct strbuf dump;
};

static int def_cmp(const void *a, const void *b) {
  return strcmp(((const struct def *)a)->id, ((const struct def *)b)->id);
}

/* Appends DUMP to OUT without the " @l:c-l:c" location that ends each line. */
static void strip_locations(const struct strbuf *dump, struct strbuf *out) {
  const char *p = dump->data ? dump->data : "", *end = p + dump->len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    size_t keep = n;
    for (size_t i = n; i > 0; i--)
      if (p[i - 1] == '@' && i >= 2 && p[i - 2] == ' ') {
        if (strspn(p + i, "0123456789:-") == n - i) keep = i - 2;
        break;
      }
    sb_add(out, p, keep);
    sb_addc(out, '\n');
    p += n + 1;
  }
}

/* The tree of PATH as compared; returns 0, or 2 when the file does not parse. */
static int tree_of(const char *path, int exact, struct strbuf *out) {
  struct diag_ctx d;
  diag_init(&d);
  struct source src;
  int rc = source_load(&src, path, &d), errors = 0;
  struct document *doc = rc == 0 ? parse_document(&src, &d, &errors) : NULL;
  if (rc != 0 || errors) {
    diag_print(&d, stderr, DIAG_TEXT, 0);
    fprintf(stderr, "astcmp: %s does not parse\n", path);
    if (doc) document_free(doc);
    source_free(&src);
    diag_free(&d);
    return 2;
  }
  if (!exact) imp_normalize(doc->root);
  struct strbuf sb = {0};
  ast_dump(doc->root, &sb);
  strip_locations(&sb, out);
  sb_free(&sb);
  size_t n = 0;
  for (const struct node *f = doc->footnotes ? doc->footnotes->first : NULL; f; f = f->next) n++;
  struct def *defs = calloc(n ? n : 1, sizeof *defs);
  n = 0;
  for (struct node *f = doc->footnotes ? doc->footnotes->first : NULL; f; f = f->next) {
    if (!exact) imp_normalize(f);
    defs[n].id = f->str ? f->str : "";
    ast_dump(f, &defs[n].dump);
    n++;
  }
  qsort(defs, n, sizeof *defs, def_cmp);
  for (size_t i = 0; i < n; i++) {
    strip_locations(&defs[i].dump, out);
    sb_free(&defs[i].dump);
  }
  free(defs);
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return 0;
}

/* Prints the first line where A and B differ, with its line number in the dump. */
static void first_difference(const struct strbuf *a, const struct strbuf *b) {
  const char *p = sb_str(a), *q = sb_str(b);
  int line = 1;
  while (*p && *q) {
    const char *pe = strchr(p, '\n'), *qe = strchr(q, '\n');
    if (pe - p != qe - q || memcmp(p, q, (size_t)(pe - p)) != 0) break;
    p = pe + 1;
    q = qe + 1;
    line++;
  }
  const char *pe = *p ? strchr(p, '\n') : p, *qe = *q ? strchr(q, '\n') : q;
  printf("tree line %d:\n< %.*s\n> %.*s\n", line, (int)(pe - p), *p ? p : "(end)", (int)(qe - q),
         *q ? q : "(end)");
}

int main(int argc, char **argv) {
  int exact = 0, dump = 0, i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    if (strcmp(argv[i], "--exact") == 0) exact = 1;
    else if (strcmp(argv[i], "--dump") == 0) dump = 1;
    else break;
  }
  if (argc - i != (dump ? 1 : 2)) {
    fprintf(stderr, "usage: astcmp [--exact] A.resc B.resc\n"
                    "       astcmp [--exact] --dump A.resc\n");
    return 2;
  }
  struct strbuf a = {0}, b = {0};
  int rc = tree_of(argv[i], exact, &a);
  if (rc == 0 && dump) fwrite(sb_str(&a), 1, a.len, stdout);
  if (rc == 0 && !dump) rc = tree_of(argv[i + 1], exact, &b);
  if (rc == 0 && !dump && (a.len != b.len || memcmp(sb_str(&a), sb_str(&b), a.len) != 0)) {
    first_difference(&a, &b);
    rc = 1;
  }
  sb_free(&a);
  sb_free(&b);
  return rc;
}

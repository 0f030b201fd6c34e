/* libFuzzer harness for `resc fmt` and `resc build -f resc`: why it exists is that fmt
 * rewrites the drafter's file in place, so on any input that parses it must keep the
 * tree (the property tests/run-fmt.sh checks on the repository's files) and be
 * idempotent, and the clean old and new sources it writes for a proposal must parse.
 * Besides crashes, leaks and hangs, a broken property aborts with the two texts. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "emit_resc.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct parsed {
  struct diag_ctx d;
  struct source src;
  struct document *doc;
  int ok; /* acceptable source and no syntax errors */
};

static void parse_text(struct parsed *p, const char *name, const char *text, size_t len) {
  memset(p, 0, sizeof *p);
  diag_init(&p->d);
  int errors = 1;
  if (source_load_mem(&p->src, name, text, len, &p->d) == 0)
    p->doc = parse_document(&p->src, &p->d, &errors);
  p->ok = errors == 0 && diag_count(&p->d, SEV_ERROR) == 0;
}

static void parsed_free(struct parsed *p) {
  document_free(p->doc);
  source_free(&p->src);
  diag_free(&p->d);
}

/* The tree and the footnotes as `resc build -f ast` prints them, locations dropped
 * (fmt moves text around, so only the structure and the strings must survive). */
static void tree_text(const struct document *doc, struct strbuf *out) {
  struct strbuf sb = {0};
  ast_dump(doc->root, &sb);
  if (doc->footnotes) ast_dump(doc->footnotes, &sb);
  const char *s = sb_str(&sb);
  while (*s) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    size_t keep = n;
    for (size_t i = n; i-- > 0;)
      if (s[i] == '@' && i > 0 && s[i - 1] == ' ') {
        keep = i - 1;
        break;
      }
    sb_add(out, s, keep);
    sb_addc(out, '\n');
    s += nl ? n + 1 : n;
  }
  sb_free(&sb);
}

static void show(const char *what, const char *s, size_t n) {
  fprintf(stderr, "---- %s (%zu bytes) ----\n%.*s\n", what, n, (int)(n > 4000 ? 4000 : n), s);
}

static void fail(const char *why, const char *a_name, const struct strbuf *a, const char *b_name,
                 const struct strbuf *b) {
  fprintf(stderr, "fuzz_fmt: %s\n", why);
  if (a) show(a_name, sb_str(a), a->len);
  if (b) show(b_name, sb_str(b), b->len);
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct parsed in;
  parse_text(&in, "fuzz.resc", (const char *)data, size);
  if (!in.ok) {
    parsed_free(&in);
    return 0;
  }
  /* fmt: same tree, and formatting the output again changes nothing. */
  struct strbuf out1 = {0}, out2 = {0}, t1 = {0}, t2 = {0};
  emit_resc(in.doc, VIEW_MARKUP, &out1);
  struct parsed again;
  parse_text(&again, "fmt.resc", sb_str(&out1), out1.len);
  if (!again.ok) {
    struct strbuf src = {0};
    sb_add(&src, in.src.text, in.src.len);
    fail("fmt's output does not parse", "input", &src, "fmt output", &out1);
  }
  tree_text(in.doc, &t1);
  tree_text(again.doc, &t2);
  if (t1.len != t2.len || memcmp(sb_str(&t1), sb_str(&t2), t1.len) != 0)
    fail("fmt changes the tree", "tree of the input", &t1, "tree of fmt's output", &t2);
  emit_resc(again.doc, VIEW_MARKUP, &out2);
  if (out1.len != out2.len || memcmp(sb_str(&out1), sb_str(&out2), out1.len) != 0)
    fail("fmt is not idempotent", "fmt once", &out1, "fmt twice", &out2);
  parsed_free(&again);

  /* build -f resc --changes=reject|accept: a clean source that parses. */
  for (int v = VIEW_OLD; v <= VIEW_NEW; v++) {
    struct strbuf clean = {0};
    emit_resc(in.doc, (enum view)v, &clean);
    struct parsed p;
    parse_text(&p, "clean.resc", sb_str(&clean), clean.len);
    if (!p.ok) {
      struct strbuf src = {0};
      sb_add(&src, in.src.text, in.src.len);
      fail(v == VIEW_OLD ? "the old text (-f resc --changes=reject) does not parse"
                         : "the new text (-f resc --changes=accept) does not parse",
           "input", &src, "clean source", &clean);
    }
    parsed_free(&p);
    sb_free(&clean);
  }
  sb_free(&out1);
  sb_free(&out2);
  sb_free(&t1);
  sb_free(&t2);
  parsed_free(&in);
  return 0;
}

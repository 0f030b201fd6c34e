/* libFuzzer harness for `resc check`: why a second harness beside fuzz_pipeline is
 * speed. The XSLT stages make the pipeline run a few dozen inputs a second; the front
 * end alone (source normalization, scanner, parser, tree builder, labels, validation,
 * diagnostics in text, JSON and SARIF) runs hundreds, so the part that reads the
 * hostile bytes most directly gets explored much deeper. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "parse.h"
#include "source.h"
#include "validate.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

static void close_devnull(void) { fclose(devnull); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  devnull = fopen("/dev/null", "w");
  if (!devnull) {
    perror("fuzz_check: /dev/null");
    abort();
  }
  atexit(close_devnull);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct diag_ctx d;
  diag_init(&d);
  d.max_printed = 200;
  struct source src;
  memset(&src, 0, sizeof src);
  struct document *doc = NULL;
  if (source_load_mem(&src, "fuzz.resc", (const char *)data, size, &d) == 0) {
    int errors = 0;
    doc = parse_document(&src, &d, &errors);
    if (errors == 0) validate(doc, &d);
  }
  diag_sort(&d);
  /* Every format: the text one quotes source lines, JSON and SARIF escape messages. */
  diag_print(&d, devnull, DIAG_TEXT, 0);
  diag_print(&d, devnull, DIAG_JSON, 0);
  diag_print(&d, devnull, DIAG_SARIF, 0);
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return 0;
}

/* libFuzzer harness for `resc import`: why it exists is that import reads files resc did
 * not write (plain text pasted from anywhere, .docx from any word processor), the most
 * hostile input the program takes. A random zip rarely gets past its checksums, so
 * besides the raw archive the harness can build one itself from the parts in the input
 * and fuzz what import makes of the WordprocessingML. The first byte selects:
 *   bits 0-1  0: plain text (import_text); 1: the rest is a .docx archive as it is;
 *             2, 3: the rest is word/document.xml, then word/footnotes.xml, then
 *             word/comments.xml, separated by NUL bytes, zipped by the harness.
 * A .docx is then also read as check reads it (document_load: the source and the place
 * of each line), checked, and annotated (the review copy's scanner of document.xml). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <zip.h>

#include "diag.h"
#include "import/annotate.h"
#include "import/document.h"
#include "import/import.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "validate.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[512];
static char path[540], review[540];

static void cleanup(void) {
  unlink(path);
  unlink(review);
  rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  xmlInitParser();
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/resc-fuzz-XXXXXX", tmp && *tmp && strlen(tmp) < 480 ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    perror("fuzz_import: mkdtemp");
    abort();
  }
  snprintf(path, sizeof path, "%s/in.docx", dir);
  snprintf(review, sizeof review, "%s/review.docx", dir);
  atexit(cleanup);
  return 0;
}

static int write_raw(const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t put = fwrite(data, 1, size, f);
  return fclose(f) == 0 && put == size ? 0 : -1;
}

/* A minimal package: the content types and up to three parts, stored uncompressed. */
static int write_parts(const uint8_t *data, size_t size) {
  static const char *const names[] = {"word/document.xml", "word/footnotes.xml",
                                      "word/comments.xml"};
  static const char types[] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  int zerr = 0;
  zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
  if (!z) return -1;
  zip_source_t *s = zip_source_buffer(z, types, sizeof types - 1, 0);
  if (!s || zip_file_add(z, "[Content_Types].xml", s, ZIP_FL_OVERWRITE) < 0) {
    zip_source_free(s);
    zip_discard(z);
    return -1;
  }
  size_t start = 0;
  for (size_t k = 0; k < sizeof names / sizeof *names && start <= size; k++) {
    const uint8_t *nul = memchr(data + start, 0, size - start);
    size_t end = nul ? (size_t)(nul - data) : size;
    s = zip_source_buffer(z, data + start, end - start, 0);
    zip_int64_t i = s ? zip_file_add(z, names[k], s, ZIP_FL_OVERWRITE) : -1;
    if (i < 0) {
      zip_source_free(s);
      zip_discard(z);
      return -1;
    }
    zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
    if (!nul) break;
    start = end + 1;
  }
  /* zip_close reads the buffers, which stay valid until it returns. */
  if (zip_close(z) != 0) {
    zip_discard(z);
    return -1;
  }
  return 0;
}

/* The .docx at PATH as check --annotate reads it. */
static void check_and_annotate(void) {
  struct diag_ctx d;
  diag_init(&d);
  struct source src;
  memset(&src, 0, sizeof src);
  if (document_load(&src, path, &d) == 0) {
    int errors = 0;
    struct document *doc = parse_document_for_check(&src, &d, &errors);
    if (errors == 0) validate(doc, &d);
    document_free(doc);
    char err[512];
    docx_annotate(path, review, &d, &src, "2024-01-01T00:00:00Z", 0, 1, err, sizeof err);
    unlink(review);
  }
  source_free(&src);
  diag_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int mode = data[0] & 3;
  data++;
  size--;
  char err[512] = "";
  struct imp im;
  memset(&im, 0, sizeof im);
  int rc;
  if (mode == 0) {
    rc = import_text(&im, (const char *)data, size, err, sizeof err);
  } else {
    if ((mode == 1 ? write_raw(data, size) : write_parts(data, size)) != 0) {
      unlink(path);
      return 0;
    }
    rc = import_docx(&im, path, err, sizeof err);
    check_and_annotate();
    unlink(path);
  }
  if (rc == 0) {
    struct strbuf out = {0};
    imp_finish(&im, "fuzz", &out);
    sb_free(&out);
  }
  imp_free(&im);
  return 0;
}

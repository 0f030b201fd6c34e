/* libFuzzer harness for the whole of `resc build`/`resc check`: why it exists is that
 * every stage (scanner, parser, tree builder, labels, validation, the built-in text,
 * HTML and DOCX renderers, Flat OPC, DOCX packaging, the intermediate XML, Akoma
 * Ntoso, diagnostics printing) takes a hostile file, and a crash, leak or hang in any
 * of them is a bug. The first input byte selects the options (as cmark's fuzzer
 * does); the rest is the markup. The gating follows the CLI: validation only on a tree
 * without syntax errors, outputs only when there are no errors at all. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ast.h"
#include "diag.h"
#include "build.h"
#include "emit_resc.h"
#include "parse.h"
#include "render.h"
#include "source.h"
#include "strbuf.h"
#include "transform.h"
#include "validate.h"
#include "xml_build.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Options byte:
 *   bits 0-1  view: 0 markup, 1 old (--changes=reject), 2 new (accept), 3 all three
 *   bits 2-4  outputs: 0 none (XML tree only), 1 text, 2 html, 3 docx and Flat OPC,
 *             4 XML serialization, 5 akn, 6 resc source and AST dump, 7 all of them
 *   bits 5-6  diagnostics printed as 0 text, 1 JSON, 2 SARIF, 3 not printed
 *   bit  7    at most 200 diagnostics printed (check's default) instead of all */
enum { OUT_NONE, OUT_TEXT, OUT_HTML, OUT_DOCX, OUT_XML, OUT_AKN, OUT_SOURCE, OUT_ALL };

static FILE *devnull;
static char docx_dir[512];
static char docx_path[540];

static void cleanup(void) {
  unlink(docx_path);
  rmdir(docx_dir);
  if (devnull) fclose(devnull);
  transform_cleanup();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  xmlInitParser();
  devnull = fopen("/dev/null", "w");
  const char *tmp = getenv("TMPDIR");
  snprintf(docx_dir, sizeof docx_dir, "%s/resc-fuzz-XXXXXX",
           tmp && *tmp && strlen(tmp) < 480 ? tmp : "/tmp");
  if (!devnull || !mkdtemp(docx_dir)) {
    perror("fuzz_pipeline: setup");
    abort();
  }
  snprintf(docx_path, sizeof docx_path, "%s/out.docx", docx_dir);
  /* Compile akn.xsl once, so the cache's allocations are not charged to the first
   * input. */
  char err[512];
  if (!transform_load("akn", NULL, err, sizeof err)) {
    fprintf(stderr, "fuzz_pipeline: stylesheet akn: %s\n", err);
    abort();
  }
  atexit(cleanup);
  return 0;
}

/* The default author of tracked changes, as cmd_build.c finds it: the @source field. */
static void document_author(const struct document *doc, struct strbuf *out) {
  for (const struct node *c = doc->root->first; c; c = c->next)
    if (c->kind == N_FIELD && strcmp(c->str, "source") == 0) {
      ast_plain_text(c, CH_INS, out);
      break;
    }
  if (!out->len) sb_adds(out, "resc");
}

/* Akoma Ntoso: akn.xsl applied to the intermediate XML, serialized. */
static void run_akn(xmlDocPtr xml) {
  char err[512];
  xsltStylesheetPtr style = transform_load("akn", NULL, err, sizeof err);
  if (!style) abort(); /* compiled at start-up: cannot fail now */
  const char *params[] = {"date", "2024-10-15T00:00:00Z", NULL};
  xmlDocPtr result = transform_apply(style, xml, params, err, sizeof err);
  if (!result) return;
  xmlChar *buf = NULL;
  int len = 0;
  if (transform_serialize(style, result, &buf, &len) == 0) xmlFree(buf);
  xmlFreeDoc(result);
}

/* The built-in renderers, as resc build runs them: text and HTML into memory, the DOCX
 * packed into a zip (then removed) and as Flat OPC. */
static void run_renderers(struct document *doc, enum view view, int outputs, const char *author) {
  struct render_opts ro = {.view = view, .author = author, .date = "2024-10-15T00:00:00Z"};
  char err[512];
  struct strbuf out = {0};
  if (outputs == OUT_TEXT || outputs == OUT_ALL) render_text(doc, &ro, &out, err, sizeof err);
  sb_clear(&out);
  if (outputs == OUT_HTML || outputs == OUT_ALL) render_html(doc, &ro, &out, err, sizeof err);
  sb_clear(&out);
  if (outputs == OUT_DOCX || outputs == OUT_ALL) {
    struct docx_parts parts = {0};
    if (render_docx(doc, &ro, &parts, err, sizeof err) == 0 &&
        build_write_docx(docx_path, &parts, (time_t)1728950400, err, sizeof err) == 0)
      unlink(docx_path);
    docx_parts_free(&parts);
    ro.keep_parts = 1;
    if (render_docx(doc, &ro, &parts, err, sizeof err) == 0) render_docx_flat(&parts, &out);
    docx_parts_free(&parts);
  }
  sb_free(&out);
}

static void emit_view(struct document *doc, enum view view, int outputs, const char *author) {
  if (outputs == OUT_SOURCE || outputs == OUT_ALL) {
    struct strbuf sb = {0};
    emit_resc(doc, view, &sb);
    sb_free(&sb);
  }
  run_renderers(doc, view, outputs, author);
  xmlDocPtr xml = xml_build(doc, view);
  if (!xml) return;
  if (outputs == OUT_XML || outputs == OUT_ALL) {
    xmlChar *buf = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(xml, &buf, &len, "UTF-8", 0);
    xmlFree(buf);
  }
  if (outputs == OUT_AKN || outputs == OUT_ALL) run_akn(xml);
  xmlFreeDoc(xml);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  unsigned opts = data[0];
  data++;
  size--;
  int views = opts & 3;
  int outputs = (opts >> 2) & 7;
  int diag_fmt = (opts >> 5) & 3;

  struct diag_ctx d;
  diag_init(&d);
  if (opts & 0x80) d.max_printed = 200;
  struct source src;
  memset(&src, 0, sizeof src);
  int rc = source_load_mem(&src, "fuzz.resc", (const char *)data, size, &d);
  struct document *doc = NULL;
  if (rc == 0) {
    int errors = 0;
    doc = parse_document(&src, &d, &errors);
    if (errors == 0) validate(doc, &d);
    if (outputs == OUT_SOURCE || outputs == OUT_ALL) {
      struct strbuf sb = {0};
      ast_dump(doc->root, &sb);
      sb_free(&sb);
    }
    if (diag_count(&d, SEV_ERROR) == 0) {
      struct strbuf author = {0};
      document_author(doc, &author);
      for (int v = VIEW_MARKUP; v <= VIEW_NEW; v++)
        if (views == 3 || views == v) emit_view(doc, (enum view)v, outputs, sb_str(&author));
      sb_free(&author);
    }
  }
  diag_sort(&d);
  if (diag_fmt != 3) diag_print(&d, devnull, (enum diag_format)diag_fmt, 0);
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return 0;
}

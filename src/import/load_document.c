/* document_load (document.h) in resc-xml: a Word document is imported and its source,
 * as the importer writes it (one paragraph a line), is what the command reads; the
 * diagnostics keep the document's name. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "document.h"
#include "import.h"
#include "source.h"

int document_load(struct source *s, const char *path, struct diag_ctx *diags) {
  if (!document_is_zip(path)) return source_load(s, path, diags);
  char err[512] = "";
  struct imp im = {0};
  int rc = 1;
  if (!docx_is_word(path, err, sizeof err) || import_docx(&im, path, err, sizeof err) != 0) {
    diag_file(diags, DIAG_ENCODING, path, "%s", err);
  } else {
    size_t len;
    const char *text = imp_source(&im, &len);
    rc = source_load_mem(s, path, text, len, diags);
  }
  imp_free(&im);
  if (rc != 0 && !s->text) source_load_mem(s, path, "", 0, diags);
  return rc;
}

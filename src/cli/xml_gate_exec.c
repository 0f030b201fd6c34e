/* xml_gate for resc (see xml_gate.h): the commands that need the XML libraries are
 * handed to resc-xml, found beside the running program (a build tree) or in the
 * directory it was installed to. The entry points that only resc-xml has are defined
 * here as that hand-over, so that resc links none of their code. */
#define _DEFAULT_SOURCE /* readlink */
#include "xml_gate.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "cli.h"
#include "source.h"
#include "import/document.h"
#include "import/annotate.h"

#ifndef RESC_XML_DIR
#define RESC_XML_DIR "/usr/local/libexec/resc"
#endif

static char **saved_argv;

void xml_gate_init(int argc, char **argv) {
  (void)argc;
  saved_argv = argv;
}

/* resc-xml beside this program, when it is there. */
static int beside_self(char *path, size_t cap) {
  ssize_t n = readlink("/proc/self/exe", path, cap - 1);
  if (n <= 0) return -1;
  path[n] = '\0';
  char *slash = strrchr(path, '/');
  if (!slash || (size_t)(slash - path) + sizeof "/resc-xml" > cap) return -1;
  strcpy(slash, "/resc-xml");
  return access(path, X_OK);
}

int xml_gate_enter(void) {
  char path[PATH_MAX];
  if (beside_self(path, sizeof path) != 0) snprintf(path, sizeof path, "%s/resc-xml", RESC_XML_DIR);
  fflush(NULL);
  execv(path, saved_argv);
  fprintf(stderr, "resc: this needs resc-xml (resc with the XML libraries): cannot run %s: %s\n",
          path, strerror(errno));
  return -1;
}

int cmd_import(int argc, char **argv) {
  (void)argc, (void)argv;
  xml_gate_enter();
  return EXIT_USAGE;
}

int cmd_synopsis(int argc, char **argv) {
  (void)argc, (void)argv;
  xml_gate_enter();
  return EXIT_USAGE;
}

/* Never reached with a Word document: a command with one among its inputs hands itself
 * over to resc-xml first (cli_document_gate). */
int document_load(struct source *s, const char *path, struct diag_ctx *diags) {
  return source_load(s, path, diags);
}

/* A Word document goes to resc-xml (cli_document_gate): the input here is none. */
int check_annotate(int annotate, int fix, int nfiles, const char *in, const char *out,
                   const struct diag_ctx *d, const struct source *src, int status) {
  (void)annotate, (void)fix, (void)nfiles, (void)out, (void)d, (void)src, (void)status;
  fprintf(stderr, "resc check: --annotate and -o take one Word document, not %s\n", in);
  return EXIT_USAGE;
}

/* Never reached: cmd_build hands a build with a reference Word file over first. */
int build_load_reference(const char *path, struct docx_reference *ref, char *err, size_t errlen) {
  (void)path, (void)ref;
  snprintf(err, errlen, "reference documents are read in resc-xml");
  return -1;
}

/* Never reached: cmd_build hands a stylesheet build over before reading its input. */
int build_emit_xslt(struct document *doc, const struct build_opts *o, const char *author,
                    const char *iso, time_t when, char *err, size_t errlen) {
  (void)doc, (void)o, (void)author, (void)iso, (void)when;
  snprintf(err, errlen, "stylesheets run in resc-xml");
  return -1;
}

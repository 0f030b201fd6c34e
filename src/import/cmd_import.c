/* resc import: turns an existing resolution, as a Word document or as plain text, into
 * a resc source, so that nobody has to retype the documents that already exist. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cli.h"
#include "import.h"
#include "options.h"
#include "output.h"
#include "output_ext.h"
#include "strbuf.h"

static const struct cli_command import_command = {
    .name = "import",
    .bit = CMD_IMPORT,
    .head = "Usage: resc import [-o FILE.resc] [-f docx|text] FILE.docx|FILE.txt\n"
            "\n"
            "Turns a resolution in Word (.docx) or in plain text (one paragraph a line,\n"
            "\"label<TAB>text\") into resc source. Labels equal to the computed ones become\n"
            "'- '; others are kept, so that resc check reports them.\n",
    .bad_option = "bad option",
};

/* Largest text input read; a bigger file is not a resolution. */
#define IMPORT_MAX_TEXT ((size_t)64 * 1024 * 1024)

static char *read_all(const char *path, size_t *len, char *err, size_t errlen) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "cannot open: %s", strerror(errno));
    return NULL;
  }
  size_t cap = 65536, n = 0;
  char *buf = xmalloc(cap + 1);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      if (cap >= IMPORT_MAX_TEXT) {
        snprintf(err, errlen, "file too large (over %zu MiB)", IMPORT_MAX_TEXT >> 20);
        free(buf);
        if (f != stdin) fclose(f);
        return NULL;
      }
      cap *= 2;
      buf = xrealloc(buf, cap + 1);
    }
  }
  int bad = ferror(f);
  if (f != stdin) fclose(f);
  if (bad) {
    snprintf(err, errlen, "read error");
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* import's options A: one input, a known -f, an -o named .resc. 0, or EXIT_USAGE after
 * saying why. */
static int import_options(const struct cli_args *a) {
  if (a->nfiles != 1) {
    fprintf(stderr, "resc import: %s\n", a->nfiles < 1 ? "no input file" : "one input file only");
    cli_usage(&import_command, stderr);
    return EXIT_USAGE;
  }
  const char *format = a->value[OPT_FORMAT];
  if (format && strcmp(format, "docx") != 0 && strcmp(format, "text") != 0) {
    fprintf(stderr, "resc import: unknown format '%s' (docx or text)\n", format);
    return EXIT_USAGE;
  }
  static const struct output_ext resc_only[] = {{".resc", 0}, {NULL, 0}};
  if (output_ext_format(a->value[OPT_OUTPUT], resc_only, 0) < 0) {
    output_ext_refuse("import", a->value[OPT_OUTPUT], resc_only, 0);
    return EXIT_USAGE;
  }
  return 0;
}

/* Reads PATH (a Word document when FORMAT says so or its bytes do, else text) into IM.
 * 0, or the exit status after saying why. */
static int import_read(struct imp *im, const char *path, const char *format) {
  char err[512] = "";
  size_t len = 0;
  char *data = read_all(path, &len, err, sizeof err);
  if (!data) {
    fprintf(stderr, "resc import: %s: %s\n", path, err);
    return EXIT_USAGE;
  }
  int docx = format ? strcmp(format, "docx") == 0 : len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
  if (docx && strcmp(path, "-") == 0) {
    fprintf(stderr, "resc import: a .docx cannot be read from standard input\n");
    free(data);
    return EXIT_USAGE;
  }
  int rc =
      docx ? import_docx(im, path, err, sizeof err) : import_text(im, data, len, err, sizeof err);
  free(data);
  if (rc != 0) {
    fprintf(stderr, "resc import: %s: %s\n", path, err);
    return EXIT_INPUT;
  }
  return 0;
}

/* The source IM makes, written to OUTPUT; it must parse cleanly. */
static int import_write(struct imp *im, const char *path, const char *output) {
  char err[512] = "";
  struct strbuf out = {0};
  int errors = imp_finish(im, path, &out);
  int werr = output_write(output, sb_str(&out), out.len, err, sizeof err);
  sb_free(&out);
  if (werr) {
    fprintf(stderr, "resc import: %s\n", err);
    return EXIT_USAGE;
  }
  if (errors) {
    fprintf(stderr, "resc import: %s: the source written does not parse cleanly\n", path);
    return EXIT_INPUT;
  }
  return 0;
}

int cmd_import(int argc, char **argv) {
  struct cli_args a;
  int status = cli_parse(&import_command, argc, argv, &a);
  if (status == 0) status = import_options(&a);
  if (status == 0) {
    struct imp im = {0};
    status = import_read(&im, a.files[0], a.value[OPT_FORMAT]);
    if (status == 0) status = import_write(&im, a.files[0], a.value[OPT_OUTPUT]);
    imp_free(&im);
  }
  cli_args_free(&a);
  return status == CLI_HELP ? 0 : status;
}

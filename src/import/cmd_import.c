/* resc import: turns an existing resolution, as a Word document or as plain text, into
 * a resc source, so that nobody has to retype the documents that already exist. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cli.h"
#include "import.h"
#include "output.h"
#include "output_ext.h"
#include "strbuf.h"

static const char usage[] =
    "Usage: resc import [-o FILE.resc] [-f docx|text] FILE.docx|FILE.txt\n"
    "\n"
    "Turns a resolution in Word (.docx) or in plain text (one paragraph a line,\n"
    "\"label<TAB>text\") into resc source. Labels equal to the computed ones become\n"
    "'- '; others are kept, so that resc check reports them.\n"
    "\n"
    "  -o, --output FILE   write to FILE (default: standard output)\n"
    "  -f, --format FMT    docx or text (default: by content)\n"
    "  -h, --help          show this help\n";

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

int cmd_import(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"format", required_argument, NULL, 'f'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *output = NULL, *format = NULL;
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "o:f:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'f': format = optarg; break;
    case 'h': fputs(usage, stdout); return 0;
    default:
      fprintf(stderr, "resc import: bad option '%s'\n%s", argv[optind - 1], usage);
      return EXIT_USAGE;
    }
  }
  if (optind + 1 != argc) {
    fprintf(stderr, "resc import: %s\n%s", optind >= argc ? "no input file" : "one input file only",
            usage);
    return EXIT_USAGE;
  }
  if (format && strcmp(format, "docx") != 0 && strcmp(format, "text") != 0) {
    fprintf(stderr, "resc import: unknown format '%s' (docx or text)\n", format);
    return EXIT_USAGE;
  }
  static const struct output_ext resc_only[] = {{".resc", 0}, {NULL, 0}};
  if (output_ext_format(output, resc_only, 0) < 0) {
    output_ext_refuse("import", output, resc_only, 0);
    return EXIT_USAGE;
  }
  const char *path = argv[optind];
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
  struct imp im = {0};
  int rc =
      docx ? import_docx(&im, path, err, sizeof err) : import_text(&im, data, len, err, sizeof err);
  free(data);
  if (rc != 0) {
    fprintf(stderr, "resc import: %s: %s\n", path, err);
    imp_free(&im);
    return EXIT_INPUT;
  }
  struct strbuf out = {0};
  int errors = imp_finish(&im, path, &out);
  imp_free(&im);
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

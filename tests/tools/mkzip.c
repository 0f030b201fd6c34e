/* mkzip: packs files into a zip archive under the names given, so that the DOCX cases
 * of tests/run-import.sh are kept as readable XML parts and zipped when the test runs,
 * rather than checked in as binary blobs nobody can review.
 *
 *   usage: mkzip OUT.zip NAME=FILE ...   e.g. word/document.xml=cases/x/document.xml
 *   exits 0, or 2 on a usage, read or write error */
#include <stdio.h>
#include <string.h>

#include <zip.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: mkzip OUT.zip NAME=FILE ...\n");
    return 2;
  }
  int err = 0;
  zip_t *z = zip_open(argv[1], ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) {
    fprintf(stderr, "mkzip: cannot create %s\n", argv[1]);
    return 2;
  }
  for (int i = 2; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (!eq || eq == argv[i]) {
      fprintf(stderr, "mkzip: '%s' is not NAME=FILE\n", argv[i]);
      zip_discard(z);
      return 2;
    }
    *eq = '\0';
    zip_source_t *s = zip_source_file(z, eq + 1, 0, -1);
    if (!s || zip_file_add(z, argv[i], s, ZIP_FL_OVERWRITE) < 0) {
      fprintf(stderr, "mkzip: cannot add %s: %s\n", eq + 1, zip_strerror(z));
      if (s) zip_source_free(s);
      zip_discard(z);
      return 2;
    }
  }
  if (zip_close(z) != 0) {
    fprintf(stderr, "mkzip: cannot write %s: %s\n", argv[1], zip_strerror(z));
    zip_discard(z);
    return 2;
  }
  return 0;
}

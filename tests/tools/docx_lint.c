/* docx_lint: checks Word packages (.docx, or Flat OPC .xml) the way Word reads them:
 * every XML part against the ECMA-376 schemas, compiled once for all the files given
 * (with --schemas), and the rules the schemas cannot state (docx_checks.h).
 *
 *   usage: docx_lint [--schemas DIR --dublin-core DIR] FILE...
 *          docx_lint --orders   (the child orders of w:rPr and w:trPr it checks)
 *   prints each problem as "FILE: PART: message", then a count of files and parts;
 *   exits 0 when there is none, 1 when there are, 2 on a usage or schema error */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "docx_checks.h"
#include "docx_package.h"
#include "docx_schema.h"

int main(int argc, char **argv) {
  const char *schemas = NULL, *dc = NULL;
  if (argc == 2 && strcmp(argv[1], "--orders") == 0) {
    docx_checks_print_orders(stdout);
    return 0;
  }
  int i = 1;
  for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (strcmp(argv[i], "--schemas") == 0) schemas = argv[i + 1];
    else if (strcmp(argv[i], "--dublin-core") == 0) dc = argv[i + 1];
    else break;
  }
  if (i >= argc || (schemas && !dc) || strncmp(argv[i], "--", 2) == 0) {
    fprintf(stderr, "usage: docx_lint [--schemas DIR --dublin-core DIR] FILE...\n");
    return 2;
  }
  xmlInitParser();
  DocxSchemas *s = NULL;
  if (schemas && !(s = docx_schemas_load(schemas, dc))) return 2;
  unsigned files = 0, parts = 0, validated = 0, problems = 0;
  for (; i < argc; i++) {
    DocxPackage pkg;
    if (docx_package_read(&pkg, argv[i]) == 0) {
      if (s) validated += docx_schemas_validate(s, &pkg);
      docx_checks_run(&pkg);
      parts += (unsigned)pkg.n;
    }
    files++;
    problems += pkg.errors;
    docx_package_free(&pkg);
  }
  docx_schemas_free(s);
  xmlCleanupParser();
  printf("docx_lint: %u files, %u parts, %u XML parts validated against the schemas, %u problems\n",
         files, parts, validated, problems);
  return problems ? 1 : 0;
}

/* docx_package: an OOXML package read into memory as a list of parts, from a zip
 * (.docx) or from one Flat OPC XML file (pkg:package), so that the schema validation
 * and the lint checks see both forms of resc's output the same way. */
#ifndef DOCX_PACKAGE_H
#define DOCX_PACKAGE_H

#include <stddef.h>

#include <libxml/tree.h>

typedef struct {
  char *name;    /* without a leading '/': "word/document.xml" */
  char *type;    /* the declared content type, or NULL when none is declared */
  xmlDocPtr doc; /* the parsed part, or NULL when it is not XML */
} DocxPart;

typedef struct {
  const char *file; /* as given on the command line, for messages */
  int flat;         /* 1 for Flat OPC, 0 for a zip */
  DocxPart *parts;
  size_t n;
  unsigned errors; /* problems found while reading and checking */
} DocxPackage;

/* Reads FILE; problems (an unreadable zip, a part that is not well-formed XML) are
 * reported on stderr and counted in errors. Returns 0, or -1 when nothing was read. */
int docx_package_read(DocxPackage *pkg, const char *file);
void docx_package_free(DocxPackage *pkg);
DocxPart *docx_package_find(DocxPackage *pkg, const char *name);

/* Reports one problem as "FILE: PART: message" and counts it. */
void docx_report(DocxPackage *pkg, const char *part, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif

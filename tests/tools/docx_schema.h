/* docx_schema: the ECMA-376 schemas compiled once and applied to every XML part of
 * many packages (xmllint would compile wml.xsd again for each file). */
#ifndef DOCX_SCHEMA_H
#define DOCX_SCHEMA_H

#include "docx_package.h"

typedef struct DocxSchemas DocxSchemas;

/* Compiles the schemas of DIR (shared/reference/ooxml-schemas: wml-validate.xsd,
 * xml.xsd, opc/) and, for docProps/core.xml, the Dublin Core stand-ins in DCDIR.
 * Returns NULL after printing why when one does not compile. */
DocxSchemas *docx_schemas_load(const char *dir, const char *dcdir);
void docx_schemas_free(DocxSchemas *s);

/* Validates every XML part of PKG against the schema of its root namespace; each error
 * is reported with the part and the element's path. Returns the number of parts
 * validated. */
unsigned docx_schemas_validate(DocxSchemas *s, DocxPackage *pkg);

#endif

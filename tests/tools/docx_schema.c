/* docx_schema: schema validation of package parts; see docx_schema.h. */
#include "docx_schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#if LIBXML_VERSION >= 21200
#define ERR_CONST const
#else
#define ERR_CONST
#endif

enum { S_WML, S_RELS, S_TYPES, S_CORE, S_COUNT };

static const char *const ROOT_NS[S_COUNT] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://schemas.openxmlformats.org/package/2006/relationships",
    "http://schemas.openxmlformats.org/package/2006/content-types",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
};

struct DocxSchemas {
  xmlSchemaPtr schema[S_COUNT];
  xmlSchemaValidCtxtPtr valid[S_COUNT];
};

/* The schemas stay offline: an import whose location is a URL (the Dublin Core ones in
 * opc-coreProperties.xsd, already imported from the stand-ins) is never fetched. */
static xmlExternalEntityLoader default_loader;
static xmlParserInputPtr offline_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
  if (url && strstr(url, "://") && strncmp(url, "file://", 7) != 0) return NULL;
  return default_loader(url, id, ctxt);
}

/* The schema compiler's errors; its warnings (the imports of opc-coreProperties.xsd that
 * the wrapper makes redundant) are expected and not shown. */
static void on_schema_error(void *data, ERR_CONST xmlError *e) {
  (void)data;
  if (e->level >= XML_ERR_ERROR)
    fprintf(stderr, "%s:%d: %s", e->file ? e->file : "(schema)", e->line,
            e->message ? e->message : "?\n");
}

static xmlSchemaPtr compile(xmlSchemaParserCtxtPtr pc, const char *what) {
  if (pc) xmlSchemaSetParserStructuredErrors(pc, on_schema_error, NULL);
  xmlSchemaPtr s = pc ? xmlSchemaParse(pc) : NULL;
  if (pc) xmlSchemaFreeParserCtxt(pc);
  if (!s) fprintf(stderr, "docx_lint: the schema %s does not compile\n", what);
  return s;
}

DocxSchemas *docx_schemas_load(const char *dir, const char *dcdir) {
  if (!default_loader) {
    default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(offline_loader);
  }
  DocxSchemas *s = calloc(1, sizeof *s);
  char path[4096], wrapper[8192];
  snprintf(path, sizeof path, "%s/wml-validate.xsd", dir);
  s->schema[S_WML] = compile(xmlSchemaNewParserCtxt(path), path);
  snprintf(path, sizeof path, "%s/opc/opc-relationships.xsd", dir);
  s->schema[S_RELS] = compile(xmlSchemaNewParserCtxt(path), path);
  snprintf(path, sizeof path, "%s/opc/opc-contentTypes.xsd", dir);
  s->schema[S_TYPES] = compile(xmlSchemaNewParserCtxt(path), path);
  /* opc-coreProperties.xsd imports Dublin Core from the web; a wrapper imports the
   * namespaces it needs from local files first, as wml-validate.xsd does for xml.xsd. */
  int n = snprintf(
      wrapper, sizeof wrapper,
      "<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema'>"
      "<xsd:import namespace='http://www.w3.org/XML/1998/namespace' schemaLocation='%s/xml.xsd'/>"
      "<xsd:import namespace='http://purl.org/dc/elements/1.1/' schemaLocation='%s/dc.xsd'/>"
      "<xsd:import namespace='http://purl.org/dc/terms/' schemaLocation='%s/dcterms.xsd'/>"
      "<xsd:import namespace='%s' schemaLocation='%s/opc/opc-coreProperties.xsd'/>"
      "</xsd:schema>",
      dir, dcdir, dcdir, ROOT_NS[S_CORE], dir);
  s->schema[S_CORE] = compile(xmlSchemaNewMemParserCtxt(wrapper, n), "for docProps/core.xml");
  for (int i = 0; i < S_COUNT; i++) {
    if (!s->schema[i]) {
      docx_schemas_free(s);
      return NULL;
    }
    s->valid[i] = xmlSchemaNewValidCtxt(s->schema[i]);
  }
  return s;
}

void docx_schemas_free(DocxSchemas *s) {
  if (!s) return;
  for (int i = 0; i < S_COUNT; i++) {
    if (s->valid[i]) xmlSchemaFreeValidCtxt(s->valid[i]);
    if (s->schema[i]) xmlSchemaFree(s->schema[i]);
  }
  free(s);
}

typedef struct {
  DocxPackage *pkg;
  const char *part;
} ErrorSink;

/* One schema error: the part, the element's path (parts are one line long, so a line
 * number says nothing) and libxml2's message without its trailing newline. */
static void on_error(void *data, ERR_CONST xmlError *e) {
  ErrorSink *sink = data;
  xmlChar *path = e->node ? xmlGetNodePath((xmlNodePtr)e->node) : NULL;
  const char *msg = e->message ? e->message : "invalid";
  int len = (int)strlen(msg);
  while (len > 0 && msg[len - 1] == '\n') len--;
  docx_report(sink->pkg, sink->part, "%s: %.*s", path ? (const char *)path : "/", len, msg);
  xmlFree(path);
}

unsigned docx_schemas_validate(DocxSchemas *s, DocxPackage *pkg) {
  unsigned count = 0;
  for (size_t i = 0; i < pkg->n; i++) {
    DocxPart *p = &pkg->parts[i];
    if (!p->doc) continue;
    xmlNodePtr root = xmlDocGetRootElement(p->doc);
    const char *ns = root && root->ns ? (const char *)root->ns->href : "";
    int k = 0;
    while (k < S_COUNT && strcmp(ns, ROOT_NS[k]) != 0) k++;
    if (k == S_COUNT) {
      docx_report(pkg, p->name, "no schema for the root element {%s}%s", ns,
                  root ? (const char *)root->name : "");
      continue;
    }
    ErrorSink sink = {pkg, p->name};
    xmlSchemaSetValidStructuredErrors(s->valid[k], on_error, &sink);
    unsigned before = pkg->errors;
    int rc = xmlSchemaValidateDoc(s->valid[k], p->doc);
    if (rc != 0 && pkg->errors == before)
      docx_report(pkg, p->name, "does not validate (libxml2 code %d)", rc);
    count++;
  }
  return count;
}

/* docx_package: reads a .docx (zip) or a Flat OPC file into parts; see docx_package.h. */
#include "docx_package.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <zip.h>

#define MAX_PART (64u << 20) /* no part resc writes comes near this */

static const char PKG_NS[] = "http://schemas.microsoft.com/office/2006/xmlPackage";
static const char CT_NS[] = "http://schemas.openxmlformats.org/package/2006/content-types";

void docx_report(DocxPackage *pkg, const char *part, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: %s: ", pkg->file, part);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  pkg->errors++;
}

static int is_xml_name(const char *name) {
  size_t n = strlen(name);
  return (n >= 4 && strcasecmp(name + n - 4, ".xml") == 0) ||
         (n >= 5 && strcasecmp(name + n - 5, ".rels") == 0);
}

static DocxPart *add_part(DocxPackage *pkg, const char *name) {
  DocxPart *p = realloc(pkg->parts, (pkg->n + 1) * sizeof *p);
  if (!p) {
    perror("docx_lint");
    exit(2);
  }
  pkg->parts = p;
  p = &pkg->parts[pkg->n++];
  p->name = strdup(name);
  p->type = NULL;
  p->doc = NULL;
  return p;
}

DocxPart *docx_package_find(DocxPackage *pkg, const char *name) {
  for (size_t i = 0; i < pkg->n; i++)
    if (strcasecmp(pkg->parts[i].name, name) == 0) return &pkg->parts[i];
  return NULL;
}

static int named(xmlNodePtr n, const char *ns, const char *local) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
         strcmp((const char *)n->name, local) == 0;
}

static char *attr(xmlNodePtr n, const char *ns, const char *local) {
  return (char *)(ns ? xmlGetNsProp(n, BAD_CAST local, BAD_CAST ns)
                     : xmlGetNoNsProp(n, BAD_CAST local));
}

/* Gives each part of a zip the content type [Content_Types].xml declares for it: its
 * Override, else the Default of its extension. */
static void assign_types(DocxPackage *pkg) {
  DocxPart *ct = docx_package_find(pkg, "[Content_Types].xml");
  if (!ct || !ct->doc) return;
  xmlNodePtr root = xmlDocGetRootElement(ct->doc);
  for (size_t i = 0; i < pkg->n; i++) {
    DocxPart *p = &pkg->parts[i];
    if (p == ct) continue;
    const char *dot = strrchr(p->name, '.');
    const char *slash = strrchr(p->name, '/');
    const char *ext = dot && (!slash || dot > slash) ? dot + 1 : "";
    char *dflt = NULL;
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
      char *type = attr(n, NULL, "ContentType");
      if (named(n, CT_NS, "Override")) {
        char *pn = attr(n, NULL, "PartName");
        if (pn && pn[0] == '/' && strcasecmp(pn + 1, p->name) == 0 && type) {
          free(p->type);
          p->type = strdup(type);
        }
        xmlFree(pn);
      } else if (named(n, CT_NS, "Default")) {
        char *e = attr(n, NULL, "Extension");
        if (e && strcasecmp(e, ext) == 0 && type && !dflt) dflt = strdup(type);
        xmlFree(e);
      }
      xmlFree(type);
    }
    if (!p->type) p->type = dflt;
    else free(dflt);
  }
}

/* libxml2's last error message, without its newline. */
static void report_xml_error(DocxPackage *pkg, const char *part) {
  const xmlError *e = xmlGetLastError();
  const char *msg = e && e->message ? e->message : "?";
  int len = (int)strlen(msg);
  while (len > 0 && msg[len - 1] == '\n') len--;
  docx_report(pkg, part, "not well-formed XML: %.*s", len, msg);
}

static xmlDocPtr parse(DocxPackage *pkg, const char *name, const char *buf, size_t len) {
  xmlDocPtr doc = xmlReadMemory(buf, (int)len, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) report_xml_error(pkg, name);
  return doc;
}

static int read_zip(DocxPackage *pkg, const char *file) {
  int err = 0;
  zip_t *z = zip_open(file, ZIP_RDONLY, &err);
  if (!z) {
    docx_report(pkg, "(package)", "not a zip archive (libzip error %d)", err);
    return -1;
  }
  zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; i++) {
    zip_stat_t st;
    if (zip_stat_index(z, (zip_uint64_t)i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) continue;
    size_t l = strlen(st.name);
    if (l && st.name[l - 1] == '/') continue; /* a folder entry */
    DocxPart *p = add_part(pkg, st.name);
    if (!is_xml_name(st.name)) continue;
    if (st.size > MAX_PART) {
      docx_report(pkg, st.name, "larger than %u bytes", MAX_PART);
      continue;
    }
    char *buf = malloc(st.size + 1);
    zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)i, 0);
    if (!buf || !f || zip_fread(f, buf, st.size) != (zip_int64_t)st.size) {
      docx_report(pkg, st.name, "cannot read the entry: %s", zip_strerror(z));
    } else {
      p->doc = parse(pkg, st.name, buf, st.size);
    }
    if (f) zip_fclose(f);
    free(buf);
  }
  zip_discard(z);
  assign_types(pkg);
  return 0;
}

/* A Flat OPC file: each pkg:part names itself and its content type; an XML part is the
 * element inside pkg:xmlData, copied into a document of its own (its namespaces come
 * along) so that it is validated and checked as the same part in a zip would be. */
static int read_flat(DocxPackage *pkg, const char *file) {
  xmlDocPtr flat =
      xmlReadFile(file, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!flat) {
    report_xml_error(pkg, "(package)");
    return -1;
  }
  xmlNodePtr root = xmlDocGetRootElement(flat);
  if (!named(root, PKG_NS, "package")) {
    docx_report(pkg, "(package)", "the root element is not pkg:package");
    xmlFreeDoc(flat);
    return -1;
  }
  for (xmlNodePtr n = root->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    char *name = named(n, PKG_NS, "part") ? attr(n, PKG_NS, "name") : NULL;
    if (!name || name[0] != '/') {
      docx_report(pkg, "(package)", "a %s without a pkg:name starting with '/'",
                  (const char *)n->name);
      xmlFree(name);
      continue;
    }
    DocxPart *p = add_part(pkg, name + 1);
    char *type = attr(n, PKG_NS, "contentType");
    if (type) p->type = strdup(type);
    xmlFree(type);
    for (xmlNodePtr d = n->children; d; d = d->next) {
      if (!named(d, PKG_NS, "xmlData")) continue;
      xmlNodePtr top = d->children;
      while (top && top->type != XML_ELEMENT_NODE) top = top->next;
      if (!top) {
        docx_report(pkg, p->name, "pkg:xmlData holds no element");
        continue;
      }
      p->doc = xmlNewDoc(BAD_CAST "1.0");
      xmlDocSetRootElement(p->doc, xmlDocCopyNode(top, p->doc, 1));
      p->doc->URL = xmlStrdup(BAD_CAST p->name);
    }
    xmlFree(name);
  }
  xmlFreeDoc(flat);
  return 0;
}

int docx_package_read(DocxPackage *pkg, const char *file) {
  memset(pkg, 0, sizeof *pkg);
  pkg->file = file;
  FILE *f = fopen(file, "rb");
  if (!f) {
    docx_report(pkg, "(package)", "cannot open the file");
    return -1;
  }
  char magic[2] = {0, 0};
  size_t got = fread(magic, 1, 2, f);
  fclose(f);
  pkg->flat = !(got == 2 && magic[0] == 'P' && magic[1] == 'K');
  return pkg->flat ? read_flat(pkg, file) : read_zip(pkg, file);
}

void docx_package_free(DocxPackage *pkg) {
  for (size_t i = 0; i < pkg->n; i++) {
    free(pkg->parts[i].name);
    free(pkg->parts[i].type);
    if (pkg->parts[i].doc) xmlFreeDoc(pkg->parts[i].doc);
  }
  free(pkg->parts);
  pkg->parts = NULL;
  pkg->n = 0;
}

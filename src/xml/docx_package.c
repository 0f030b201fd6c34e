/*
 * docx_package.c: a Flat OPC document (a stylesheet's DOCX) as the parts of a
 * package, written by docx_parts.c.
 *
 * Why: a house style (resc build --stylesheet) that writes a Word document
 * produces it as one Flat OPC tree, because XSLT can only produce one tree.
 * Word opens that form, but LibreOffice, pandoc and everyone else want the
 * zip. This file takes the tree apart, serializing each part's XML with
 * libxml2 without reformatting; the built-in renderer's parts take the same
 * way from there, so the two give the same file for the same parts.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */

#include "docx_package.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "arena.h"
#include "render.h"
#include "render_docx_parts.h"
#include "strbuf.h"

#define PKG_NS "http://schemas.microsoft.com/office/2006/xmlPackage"

/* One part: its name (without the leading '/'), content type and bytes. */
struct entry {
  char *name, *ctype;
  unsigned char *data;
  size_t len;
};

static void set_err(char *err, size_t errlen, const char *fmt, ...) {
  va_list ap;

  if (err == NULL || errlen == 0) return;
  va_start(ap, fmt);
  vsnprintf(err, errlen, fmt, ap);
  va_end(ap);
}

static int is_pkg(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
         xmlStrEqual(n->ns->href, BAD_CAST PKG_NS) && xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNode *first_element(xmlNode *n) {
  for (; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE) return n;
  return NULL;
}

/* The part's name: pkg:name, or an unqualified name attribute as a fallback. */
static xmlChar *part_attr(xmlNode *part, const char *name) {
  xmlChar *v = xmlGetNsProp(part, BAD_CAST name, BAD_CAST PKG_NS);

  return v != NULL ? v : xmlGetNoNsProp(part, BAD_CAST name);
}

/*
 * Serializes element el as a document of its own: copied into a new
 * document so that namespaces declared on the package's elements above it
 * are declared again on the part's root, with an XML declaration saying
 * UTF-8 and standalone="yes". No reformatting: the bytes depend only on the
 * tree.
 */
static int serialize_part(xmlNode *el, unsigned char **data, size_t *len) {
  xmlDocPtr doc;
  xmlNodePtr copy;
  xmlChar *mem = NULL;
  int size = 0;

  doc = xmlNewDoc(BAD_CAST "1.0");
  if (doc == NULL) return -1;
  doc->standalone = 1;
  copy = xmlDocCopyNode(el, doc, 1);
  if (copy == NULL) {
    xmlFreeDoc(doc);
    return -1;
  }
  xmlDocSetRootElement(doc, copy);
  xmlReconciliateNs(doc, copy);
  xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
  xmlFreeDoc(doc);
  if (mem == NULL || size < 0) return -1;
  *data = malloc((size_t)size + 1);
  if (*data == NULL) {
    xmlFree(mem);
    return -1;
  }
  memcpy(*data, mem, (size_t)size);
  *len = (size_t)size;
  xmlFree(mem);
  return 0;
}

static int b64_value(int c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

/* Decodes base64 text (white space ignored, '=' ends it). -1 on bad input. */
static int decode_base64(const xmlChar *text, unsigned char **data, size_t *len) {
  size_t n = strlen((const char *)text);
  unsigned char *out = malloc(n / 4 * 3 + 3);
  size_t o = 0;
  unsigned long acc = 0;
  int bits = 0;

  if (out == NULL) return -1;
  for (const xmlChar *p = text; *p != '\0'; p++) {
    int v;

    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') continue;
    if (*p == '=') break;
    v = b64_value(*p);
    if (v < 0) {
      free(out);
      return -1;
    }
    acc = (acc << 6) | (unsigned long)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)((acc >> bits) & 0xff);
    }
  }
  *data = out;
  *len = o;
  return 0;
}

static void free_entries(struct entry *e, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(e[i].name);
    free(e[i].ctype);
    free(e[i].data);
  }
  free(e);
}

/*
 * Collects the parts in document order. Returns the count, or 0 with err
 * set ([Content_Types].xml is made from the parts, so it may not be one).
 */
static size_t collect(xmlDocPtr flat, struct entry **out, char *err, size_t errlen) {
  xmlNodePtr root = xmlDocGetRootElement(flat);
  struct entry *e = NULL;
  size_t n = 0, cap = 0;

  if (root == NULL || !is_pkg(root, "package")) {
    set_err(err, errlen, "not a Flat OPC document: the root is not pkg:package");
    return 0;
  }
  for (xmlNodePtr p = root->children; p != NULL; p = p->next)
    if (is_pkg(p, "part")) cap++;
  if (cap == 0) {
    set_err(err, errlen, "a Flat OPC document without a pkg:part");
    return 0;
  }
  e = calloc(cap, sizeof *e);
  if (e == NULL) goto nomem;

  for (xmlNodePtr p = root->children; p != NULL; p = p->next) {
    xmlChar *name, *ctype;
    xmlNodePtr body;
    int rc = 0;

    if (p->type == XML_ELEMENT_NODE && !is_pkg(p, "part")) {
      set_err(err, errlen, "unexpected element <%s> in pkg:package", (const char *)p->name);
      goto fail;
    }
    if (p->type != XML_ELEMENT_NODE) continue;
    name = part_attr(p, "name");
    ctype = part_attr(p, "contentType");
    if (name == NULL || name[0] != '/' || name[1] == '\0' || ctype == NULL) {
      set_err(err, errlen, "a pkg:part without a pkg:name starting with '/' or a pkg:contentType");
      xmlFree(name);
      xmlFree(ctype);
      goto fail;
    }
    if (xmlStrcasecmp(name, BAD_CAST "/[Content_Types].xml") == 0) {
      set_err(err, errlen, "pkg:part %s: [Content_Types].xml is generated, not a part",
              (const char *)name);
      rc = -1;
    }
    for (size_t i = 0; rc == 0 && i < n; i++)
      if (xmlStrcasecmp(BAD_CAST e[i].name, name + 1) == 0) {
        set_err(err, errlen, "pkg:part %s appears twice", (const char *)name);
        rc = -1;
      }
    body = first_element(p->children);
    if (rc == 0 && body != NULL && is_pkg(body, "xmlData")) {
      xmlNodePtr el = first_element(body->children);

      if (el == NULL) {
        set_err(err, errlen, "pkg:part %s: empty pkg:xmlData", (const char *)name);
        rc = -1;
      } else if (serialize_part(el, &e[n].data, &e[n].len) != 0) {
        set_err(err, errlen, "pkg:part %s: cannot serialize it", (const char *)name);
        rc = -1;
      }
    } else if (rc == 0 && body != NULL && is_pkg(body, "binaryData")) {
      xmlChar *text = xmlNodeGetContent(body);

      if (text == NULL || decode_base64(text, &e[n].data, &e[n].len) != 0) {
        set_err(err, errlen, "pkg:part %s: bad base64 in pkg:binaryData", (const char *)name);
        rc = -1;
      }
      xmlFree(text);
    } else if (rc == 0) {
      set_err(err, errlen, "pkg:part %s has neither pkg:xmlData nor pkg:binaryData",
              (const char *)name);
      rc = -1;
    }
    if (rc == 0) {
      e[n].name = strdup((const char *)name + 1);
      e[n].ctype = strdup((const char *)ctype);
      if (e[n].name == NULL || e[n].ctype == NULL) rc = -2;
    }
    xmlFree(name);
    xmlFree(ctype);
    n++; /* e[n-1] is freed with the rest, complete or not */
    if (rc == -2) goto nomem;
    if (rc != 0) goto fail;
  }
  *out = e;
  return n;

nomem:
  set_err(err, errlen, "out of memory");
fail:
  if (e != NULL) free_entries(e, n);
  return 0;
}

int docx_package_parts(xmlDocPtr flat_opc, struct docx_parts *parts, char *err, size_t errlen) {
  struct entry *e = NULL;
  size_t n;

  if (err != NULL && errlen > 0) err[0] = '\0';
  if (flat_opc == NULL) {
    set_err(err, errlen, "no document");
    return -1;
  }
  n = collect(flat_opc, &e, err, errlen);
  if (n == 0) return -1;
  for (size_t i = 0; i < n; i++) {
    struct strbuf *data = docx_part_add(parts, e[i].name, e[i].ctype);

    sb_add(data, (const char *)e[i].data, e[i].len);
    e[i].name = e[i].ctype = NULL; /* now the part's */
    free(e[i].data);
    e[i].data = NULL;
  }
  free(e);
  return 0;
}

int docx_package_write(xmlDocPtr flat_opc, const char *path, time_t mtime, char *err,
                       size_t errlen) {
  struct docx_parts parts = {0};
  int rc;

  if (path == NULL) {
    set_err(err, errlen, "no path");
    return -1;
  }
  rc = docx_package_parts(flat_opc, &parts, err, errlen);
  if (rc == 0) rc = docx_package_write_parts(&parts, path, mtime, err, errlen);
  docx_package_parts_free(&parts);
  return rc;
}

void docx_package_parts_free(struct docx_parts *parts) {
  for (size_t i = 0; i < parts->n; i++) {
    free((char *)parts->part[i].name);
    free((char *)parts->part[i].content_type);
  }
  docx_parts_free(parts);
}

/*
 * docx_package.c: pack a Flat OPC document into a .docx (zip) file.
 *
 * Why: stylesheets/docx.xsl (or a user's house style) produces the whole
 * Word document as one Flat OPC tree, because XSLT can only produce one tree.
 * Word opens that form, but LibreOffice, pandoc and everyone else want the
 * zip. This file is the only place that knows the zip side of the format, and
 * it makes the bytes reproducible (CI compares builds, SOURCE_DATE_EPOCH):
 * fixed entry order, one given mtime on every entry, deflate, no extra
 * fields, and the part XML serialized by libxml2 without reformatting.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r, strdup */

#include "docx_package.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>
#include <zip.h>

#define PKG_NS "http://schemas.microsoft.com/office/2006/xmlPackage"
#define CT_NS "http://schemas.openxmlformats.org/package/2006/content-types"
#define CT_RELS "application/vnd.openxmlformats-package.relationships+xml"
#define CT_XML "application/xml"

/* 1980-01-01T00:00:00Z, the earliest time a zip (DOS) timestamp can hold. */
#define ZIP_EPOCH ((time_t)315532800)

/* One entry to write: its name (without the leading '/') and its bytes. */
struct entry {
    char *name;
    unsigned char *data;
    size_t len;
};

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (err == NULL || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int is_pkg(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
           xmlStrEqual(n->ns->href, BAD_CAST PKG_NS) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNode *first_element(xmlNode *n)
{
    for (; n != NULL; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
            return n;
    return NULL;
}

/* The part's name: pkg:name, or an unqualified name attribute as a fallback. */
static xmlChar *part_attr(xmlNode *part, const char *name)
{
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
static int serialize_part(xmlNode *el, unsigned char **data, size_t *len)
{
    xmlDocPtr doc;
    xmlNodePtr copy;
    xmlChar *mem = NULL;
    int size = 0;

    doc = xmlNewDoc(BAD_CAST "1.0");
    if (doc == NULL)
        return -1;
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
    if (mem == NULL || size < 0)
        return -1;
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

static int b64_value(int c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* Decodes base64 text (white space ignored, '=' ends it). -1 on bad input. */
static int decode_base64(const xmlChar *text, unsigned char **data, size_t *len)
{
    size_t n = strlen((const char *)text);
    unsigned char *out = malloc(n / 4 * 3 + 3);
    size_t o = 0;
    unsigned long acc = 0;
    int bits = 0;

    if (out == NULL)
        return -1;
    for (const xmlChar *p = text; *p != '\0'; p++) {
        int v;

        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            continue;
        if (*p == '=')
            break;
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

/* Appends [Content_Types].xml's entry for one part. */
static int add_content_type(xmlNodePtr types, xmlNsPtr ns, const char *name,
                            const char *ctype)
{
    const char *dot = strrchr(name, '.');
    const char *slash = strrchr(name, '/');
    xmlNodePtr o;

    /* covered by the Defaults: .rels parts with the relationships type */
    if (dot != NULL && (slash == NULL || dot > slash) &&
        strcmp(dot, ".rels") == 0 && strcmp(ctype, CT_RELS) == 0)
        return 0;
    o = xmlNewChild(types, ns, BAD_CAST "Override", NULL);
    if (o == NULL || xmlNewProp(o, BAD_CAST "PartName", BAD_CAST name) == NULL ||
        xmlNewProp(o, BAD_CAST "ContentType", BAD_CAST ctype) == NULL)
        return -1;
    return 0;
}

static void free_entries(struct entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(e[i].name);
        free(e[i].data);
    }
    free(e);
}

/*
 * Collects the entries: e[0] is [Content_Types].xml, then the parts in
 * document order. Returns the count, or 0 with err set.
 */
static size_t collect(xmlDocPtr flat, struct entry **out, char *err, size_t errlen)
{
    xmlNodePtr root = xmlDocGetRootElement(flat);
    xmlDocPtr ct = NULL;
    xmlNodePtr types, d;
    xmlNsPtr ns;
    struct entry *e = NULL;
    size_t n = 1, cap = 0;

    if (root == NULL || !is_pkg(root, "package")) {
        set_err(err, errlen, "not a Flat OPC document: the root is not pkg:package");
        return 0;
    }
    for (xmlNodePtr p = root->children; p != NULL; p = p->next)
        if (is_pkg(p, "part"))
            cap++;
    e = calloc(cap + 1, sizeof *e);
    ct = xmlNewDoc(BAD_CAST "1.0");
    if (e == NULL || ct == NULL)
        goto nomem;
    ct->standalone = 1;
    types = xmlNewDocNode(ct, NULL, BAD_CAST "Types", NULL);
    if (types == NULL)
        goto nomem;
    xmlDocSetRootElement(ct, types);
    ns = xmlNewNs(types, BAD_CAST CT_NS, NULL);
    xmlSetNs(types, ns);
    d = xmlNewChild(types, ns, BAD_CAST "Default", NULL);
    if (d == NULL)
        goto nomem;
    xmlNewProp(d, BAD_CAST "Extension", BAD_CAST "rels");
    xmlNewProp(d, BAD_CAST "ContentType", BAD_CAST CT_RELS);
    d = xmlNewChild(types, ns, BAD_CAST "Default", NULL);
    if (d == NULL)
        goto nomem;
    xmlNewProp(d, BAD_CAST "Extension", BAD_CAST "xml");
    xmlNewProp(d, BAD_CAST "ContentType", BAD_CAST CT_XML);

    for (xmlNodePtr p = root->children; p != NULL; p = p->next) {
        xmlChar *name, *ctype;
        xmlNodePtr body;
        int rc = 0;

        if (p->type == XML_ELEMENT_NODE && !is_pkg(p, "part")) {
            set_err(err, errlen, "unexpected element <%s> in pkg:package", (const char *)p->name);
            goto fail;
        }
        if (p->type != XML_ELEMENT_NODE)
            continue;
        name = part_attr(p, "name");
        ctype = part_attr(p, "contentType");
        if (name == NULL || name[0] != '/' || name[1] == '\0' || ctype == NULL) {
            set_err(err, errlen, "a pkg:part without a pkg:name starting with '/' or a pkg:contentType");
            xmlFree(name);
            xmlFree(ctype);
            goto fail;
        }
        if (xmlStrcasecmp(name, BAD_CAST "/[Content_Types].xml") == 0) {
            set_err(err, errlen, "pkg:part %s: [Content_Types].xml is generated, not a part", (const char *)name);
            rc = -1;
        }
        for (size_t i = 1; rc == 0 && i < n; i++)
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
            set_err(err, errlen, "pkg:part %s has neither pkg:xmlData nor pkg:binaryData", (const char *)name);
            rc = -1;
        }
        if (rc == 0) {
            e[n].name = strdup((const char *)name + 1);
            if (e[n].name == NULL || add_content_type(types, ns, (const char *)name, (const char *)ctype) != 0)
                rc = -2;
        }
        xmlFree(name);
        xmlFree(ctype);
        n++; /* e[n-1] is freed with the rest, complete or not */
        if (rc == -2)
            goto nomem;
        if (rc != 0)
            goto fail;
    }

    {
        xmlChar *mem = NULL;
        int size = 0;

        xmlDocDumpMemoryEnc(ct, &mem, &size, "UTF-8");
        if (mem == NULL || size < 0)
            goto nomem;
        e[0].name = strdup("[Content_Types].xml");
        e[0].data = malloc((size_t)size + 1);
        if (e[0].name == NULL || e[0].data == NULL) {
            xmlFree(mem);
            goto nomem;
        }
        memcpy(e[0].data, mem, (size_t)size);
        e[0].len = (size_t)size;
        xmlFree(mem);
    }
    xmlFreeDoc(ct);
    *out = e;
    return n;

nomem:
    set_err(err, errlen, "out of memory");
fail:
    if (ct != NULL)
        xmlFreeDoc(ct);
    if (e != NULL)
        free_entries(e, n);
    return 0;
}

/* mtime as a DOS time and date, in UTC so that the bytes do not depend on
 * the time zone of the machine that builds. */
static void dos_time(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
    struct tm tm;

    if (t < ZIP_EPOCH)
        t = ZIP_EPOCH;
    if (gmtime_r(&t, &tm) == NULL || tm.tm_year > 2107 - 1900) {
        tm = (struct tm){.tm_year = 2107 - 1900, .tm_mon = 11, .tm_mday = 31,
                         .tm_hour = 23, .tm_min = 59, .tm_sec = 58};
    }
    *dtime = (zip_uint16_t)((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    *ddate = (zip_uint16_t)(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

int docx_package_write(xmlDocPtr flat_opc, const char *path, time_t mtime,
                       char *err, size_t errlen)
{
    struct entry *e = NULL;
    size_t n;
    zip_t *za;
    int zerr = 0;
    zip_uint16_t dtime, ddate;

    if (err != NULL && errlen > 0)
        err[0] = '\0';
    if (flat_opc == NULL || path == NULL) {
        set_err(err, errlen, "no document or no path");
        return -1;
    }
    n = collect(flat_opc, &e, err, errlen);
    if (n == 0)
        return -1;

    za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (za == NULL) {
        zip_error_t ze;

        zip_error_init_with_code(&ze, zerr);
        set_err(err, errlen, "%s: %s", path, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        free_entries(e, n);
        return -1;
    }
    dos_time(mtime, &dtime, &ddate);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *src;
        zip_int64_t idx;

        /* the source takes the buffer (freep = 1) */
        src = zip_source_buffer(za, e[i].data, e[i].len, 1);
        if (src == NULL)
            goto zipfail;
        e[i].data = NULL;
        idx = zip_file_add(za, e[i].name, src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            goto zipfail;
        }
        if (zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, 6) != 0 ||
            zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) != 0 ||
            zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0, ZIP_OPSYS_DOS, 0) != 0)
            goto zipfail;
    }
    if (zip_close(za) != 0)
        goto zipfail;
    free_entries(e, n);
    return 0;

zipfail:
    set_err(err, errlen, "%s: %s", path, zip_strerror(za));
    zip_discard(za);
    free_entries(e, n);
    return -1;
}

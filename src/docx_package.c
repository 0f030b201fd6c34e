/*
 * docx_package.c: pack a Flat OPC document into a .docx (zip) file.
 *
 * Why: stylesheets/docx.xsl (or a user's house style) produces the whole
 * Word document as one Flat OPC tree, because XSLT can only produce one tree.
 * Word opens that form, but LibreOffice, pandoc and everyone else want the
 * zip. This file is the only place that knows the zip side of the format, and
 * it makes the bytes reproducible (CI compares builds, SOURCE_DATE_EPOCH):
 * fixed entry order, one given mtime on every entry, deflate, no extra
 * fields, and the part XML serialized by libxml2 without reformatting. The
 * built-in renderer's parts (render.h) go through the same writer, so the
 * stylesheet and the renderer give the same file for the same parts.
 *
 * Deflate level 3: on the 10 MB benchmark corpus (32 MB of XML) level 6
 * spent 0.2 s more of a 0.9 s build than level 3 for a package 24% smaller
 * (2.69 MB against 3.53 MB), and level 1 was no faster than 3 but 11% larger
 * (3.94 MB). A resolution's package grows from 9.4 to 10.4 KB.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r, strdup, fchmod */

#include "docx_package.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlsave.h>
#include <zip.h>

#include "render.h"

#define PKG_NS "http://schemas.microsoft.com/office/2006/xmlPackage"
#define CT_NS "http://schemas.openxmlformats.org/package/2006/content-types"
#define CT_RELS "application/vnd.openxmlformats-package.relationships+xml"
#define CT_XML "application/xml"

/* The deflate level of every entry, in both packagers (see above). */
#define DEFLATE_LEVEL 3

/* 1980-01-01T00:00:00Z, the earliest time a zip (DOS) timestamp can hold. */
#define ZIP_EPOCH ((time_t)315532800)

/* One entry to write: its name (without the leading '/') and its bytes,
 * owned by the entry unless borrowed (a renderer's parts stay the caller's). */
struct entry {
    char *name;
    unsigned char *data;
    size_t len;
    int borrowed;
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
        if (e[i].borrowed)
            continue;
        free(e[i].name);
        free(e[i].data);
    }
    free(e);
}

/* [Content_Types].xml with its two Defaults; the parts add their Overrides. */
static xmlDocPtr content_types_new(xmlNodePtr *types, xmlNsPtr *ns)
{
    xmlDocPtr ct = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr d;

    if (ct == NULL)
        return NULL;
    ct->standalone = 1;
    *types = xmlNewDocNode(ct, NULL, BAD_CAST "Types", NULL);
    if (*types == NULL) {
        xmlFreeDoc(ct);
        return NULL;
    }
    xmlDocSetRootElement(ct, *types);
    *ns = xmlNewNs(*types, BAD_CAST CT_NS, NULL);
    xmlSetNs(*types, *ns);
    d = xmlNewChild(*types, *ns, BAD_CAST "Default", NULL);
    if (d == NULL ||
        xmlNewProp(d, BAD_CAST "Extension", BAD_CAST "rels") == NULL ||
        xmlNewProp(d, BAD_CAST "ContentType", BAD_CAST CT_RELS) == NULL) {
        xmlFreeDoc(ct);
        return NULL;
    }
    d = xmlNewChild(*types, *ns, BAD_CAST "Default", NULL);
    if (d == NULL ||
        xmlNewProp(d, BAD_CAST "Extension", BAD_CAST "xml") == NULL ||
        xmlNewProp(d, BAD_CAST "ContentType", BAD_CAST CT_XML) == NULL) {
        xmlFreeDoc(ct);
        return NULL;
    }
    return ct;
}

/* Serializes [Content_Types].xml into entry e. -1 when out of memory. */
static int content_types_entry(xmlDocPtr ct, struct entry *e)
{
    xmlChar *mem = NULL;
    int size = 0;

    xmlDocDumpMemoryEnc(ct, &mem, &size, "UTF-8");
    if (mem == NULL || size < 0)
        return -1;
    e->name = strdup("[Content_Types].xml");
    e->data = malloc((size_t)size + 1);
    if (e->name == NULL || e->data == NULL) {
        xmlFree(mem);
        return -1;
    }
    memcpy(e->data, mem, (size_t)size);
    e->len = (size_t)size;
    xmlFree(mem);
    return 0;
}

/*
 * Ends collecting n entries: when status is 0, serializes the content types
 * into e[0] and hands the entries out; otherwise (-2: out of memory, -1: err
 * already set) frees them. Returns the count, or 0 with err set.
 */
static size_t collected(xmlDocPtr ct, struct entry *e, size_t n, int status,
                        struct entry **out, char *err, size_t errlen)
{
    if (status == 0 && content_types_entry(ct, &e[0]) != 0)
        status = -2;
    if (status == -2)
        set_err(err, errlen, "out of memory");
    if (ct != NULL)
        xmlFreeDoc(ct);
    if (status != 0) {
        if (e != NULL)
            free_entries(e, n);
        return 0;
    }
    *out = e;
    return n;
}

/*
 * Collects the entries: e[0] is [Content_Types].xml, then the parts in
 * document order. Returns the count, or 0 with err set.
 */
static size_t collect(xmlDocPtr flat, struct entry **out, char *err, size_t errlen)
{
    xmlNodePtr root = xmlDocGetRootElement(flat);
    xmlDocPtr ct = NULL;
    xmlNodePtr types;
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
    if (e == NULL)
        goto nomem;
    ct = content_types_new(&types, &ns);
    if (ct == NULL)
        goto nomem;

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

    return collected(ct, e, n, 0, out, err, errlen);

nomem:
    return collected(ct, e, n, -2, out, err, errlen);
fail:
    return collected(ct, e, n, -1, out, err, errlen);
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

static int write_all(int fd, const unsigned char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);

        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/*
 * Creates a new file beside path with the given mode; its name goes to
 * *tmp (freed by the caller). Returns the descriptor, or -1.
 */
static int create_beside(const char *path, mode_t mode, char **tmp)
{
    size_t n = strlen(path) + 32;
    int fd = -1;

    *tmp = malloc(n);
    if (*tmp == NULL)
        return -1;
    for (int i = 0; fd < 0 && i < 100; i++) {
        snprintf(*tmp, n, "%s.%ld-%d", path, (long)getpid(), i);
        fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0 && errno != EEXIST)
            return -1;
    }
    if (fd >= 0 && fchmod(fd, mode) != 0) {
        close(fd);
        unlink(*tmp);
        return -1;
    }
    return fd;
}

/*
 * Writes the bytes to path so that a failure leaves path as it was. A new
 * file, or an empty one (the temporary file of a caller that writes
 * atomically), is written in place, and removed or emptied again on
 * failure; a file with content is replaced by a new file beside it with its
 * mode, renamed over it once complete.
 */
static int write_file(const char *path, const unsigned char *data, size_t len,
                      char *err, size_t errlen)
{
    char *tmp = NULL;
    struct stat st;
    int fd, ok, saved, created = 0;

    fd = open(path, O_WRONLY);
    if (fd < 0 && errno == ENOENT) {
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
        created = fd >= 0;
    } else if (fd >= 0 && fstat(fd, &st) != 0) {
        saved = errno;
        close(fd);
        fd = -1;
        errno = saved;
    } else if (fd >= 0 && (!S_ISREG(st.st_mode) || st.st_size != 0)) {
        close(fd);
        fd = create_beside(path, st.st_mode & 07777, &tmp);
    }
    if (fd < 0) {
        set_err(err, errlen, "%s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    ok = write_all(fd, data, len) == 0;
    saved = errno;
    if (!ok && tmp == NULL && !created && ftruncate(fd, 0) != 0) {
        /* the file stays as far as it was written; nothing more to try */
    }
    if (close(fd) != 0 && ok) {
        ok = 0;
        saved = errno;
    }
    if (ok && tmp != NULL && rename(tmp, path) != 0) {
        ok = 0;
        saved = errno;
    }
    if (!ok) {
        set_err(err, errlen, "%s: %s", path, strerror(saved));
        if (tmp != NULL)
            unlink(tmp);
        else if (created)
            unlink(path);
    }
    free(tmp);
    return ok ? 0 : -1;
}

/*
 * Writes the entries as a zip at path and frees them. Both packagers end
 * here, so that the same parts give the same bytes whichever made them. The
 * archive is built in memory: libzip writing a file goes through a temporary
 * file of its own whose random name initializes OpenSSL, which costs more
 * than packing a whole resolution.
 */
static int write_zip(struct entry *e, size_t n, const char *path, time_t mtime,
                     char *err, size_t errlen)
{
    zip_error_t ze;
    zip_source_t *out;
    zip_t *za;
    zip_stat_t st;
    zip_uint16_t dtime, ddate;
    unsigned char *bytes = NULL;
    int rc;

    zip_error_init(&ze);
    out = zip_source_buffer_create(NULL, 0, 0, &ze);
    za = out != NULL ? zip_open_from_source(out, ZIP_CREATE | ZIP_TRUNCATE, &ze) : NULL;
    if (za == NULL) {
        set_err(err, errlen, "%s: %s", path, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        if (out != NULL)
            zip_source_free(out);
        free_entries(e, n);
        return -1;
    }
    zip_error_fini(&ze);
    zip_source_keep(out); /* the archive frees its reference when closed */
    dos_time(mtime, &dtime, &ddate);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *src;
        zip_int64_t idx;

        /* the source takes an owned buffer (freep = 1) and only reads a
         * borrowed one */
        src = zip_source_buffer(za, e[i].data, e[i].len, !e[i].borrowed);
        if (src == NULL)
            goto zipfail;
        if (!e[i].borrowed)
            e[i].data = NULL;
        idx = zip_file_add(za, e[i].name, src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            goto zipfail;
        }
        if (zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, DEFLATE_LEVEL) != 0 ||
            zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) != 0 ||
            zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0, ZIP_OPSYS_DOS, 0) != 0)
            goto zipfail;
    }
    if (zip_close(za) != 0)
        goto zipfail;
    free_entries(e, n);

    zip_stat_init(&st);
    if (zip_source_stat(out, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        (bytes = malloc(st.size > 0 ? st.size : 1)) == NULL ||
        zip_source_open(out) != 0) {
        set_err(err, errlen, "%s: cannot read the archive back", path);
        free(bytes);
        zip_source_free(out);
        return -1;
    }
    rc = zip_source_read(out, bytes, st.size) == (zip_int64_t)st.size ? 0 : -1;
    zip_source_close(out);
    zip_source_free(out);
    if (rc != 0)
        set_err(err, errlen, "%s: cannot read the archive back", path);
    else
        rc = write_file(path, bytes, (size_t)st.size, err, errlen);
    free(bytes);
    return rc;

zipfail:
    set_err(err, errlen, "%s: %s", path, zip_strerror(za));
    zip_discard(za);
    zip_source_free(out);
    free_entries(e, n);
    return -1;
}

int docx_package_write(xmlDocPtr flat_opc, const char *path, time_t mtime,
                       char *err, size_t errlen)
{
    struct entry *e = NULL;
    size_t n;

    if (err != NULL && errlen > 0)
        err[0] = '\0';
    if (flat_opc == NULL || path == NULL) {
        set_err(err, errlen, "no document or no path");
        return -1;
    }
    n = collect(flat_opc, &e, err, errlen);
    if (n == 0)
        return -1;
    return write_zip(e, n, path, mtime, err, errlen);
}

/*
 * Collects a renderer's parts as entries that borrow their bytes: e[0] is
 * [Content_Types].xml, then the parts in their order. Returns the count, or
 * 0 with err set.
 */
static size_t collect_parts(const struct docx_parts *parts, struct entry **out,
                            char *err, size_t errlen)
{
    struct entry *e;
    xmlDocPtr ct;
    xmlNodePtr types;
    xmlNsPtr ns;
    size_t n = 1;

    e = calloc(parts->n + 1, sizeof *e);
    ct = content_types_new(&types, &ns);
    if (e == NULL || ct == NULL)
        return collected(ct, e, n, -2, out, err, errlen);
    for (size_t i = 0; i < parts->n; i++, n++) {
        const struct docx_part *p = &parts->part[i];
        char *pname;
        int rc;

        if (p->name == NULL || p->name[0] == '\0' || p->name[0] == '/' ||
            p->content_type == NULL) {
            set_err(err, errlen, "a part without a name or a content type");
            return collected(ct, e, n, -1, out, err, errlen);
        }
        if (strcasecmp(p->name, "[Content_Types].xml") == 0) {
            set_err(err, errlen, "part %s: [Content_Types].xml is generated, not a part", p->name);
            return collected(ct, e, n, -1, out, err, errlen);
        }
        for (size_t j = 1; j < n; j++)
            if (strcasecmp(e[j].name, p->name) == 0) {
                set_err(err, errlen, "part %s appears twice", p->name);
                return collected(ct, e, n, -1, out, err, errlen);
            }
        e[n].name = (char *)p->name;
        e[n].data = (unsigned char *)p->data.data;
        e[n].len = p->data.len;
        e[n].borrowed = 1;
        /* [Content_Types].xml names parts with their leading '/' */
        pname = malloc(strlen(p->name) + 2);
        if (pname == NULL)
            return collected(ct, e, n, -2, out, err, errlen);
        pname[0] = '/';
        strcpy(pname + 1, p->name);
        rc = add_content_type(types, ns, pname, p->content_type);
        free(pname);
        if (rc != 0)
            return collected(ct, e, n, -2, out, err, errlen);
    }
    return collected(ct, e, n, 0, out, err, errlen);
}

int docx_package_write_parts(const struct docx_parts *parts, const char *path,
                             time_t mtime, char *err, size_t errlen)
{
    struct entry *e = NULL;
    size_t n;

    if (err != NULL && errlen > 0)
        err[0] = '\0';
    if (parts == NULL || path == NULL) {
        set_err(err, errlen, "no parts or no path");
        return -1;
    }
    n = collect_parts(parts, &e, err, errlen);
    if (n == 0)
        return -1;
    return write_zip(e, n, path, mtime, err, errlen);
}

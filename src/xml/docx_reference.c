/* resc build --reference-doc FILE.docx: a Word file or template whose styles, page
 * set-up, headers and footers (with what they refer to), theme and font table replace
 * resc's own, as pandoc's option of the same name does. The file is untrusted: it is
 * read through libzip with every entry bounded (docx_read_entry), its XML parsed with
 * no network, DTD or entities, and only parts inside word/ are taken. The styles resc
 * uses that the file lacks are added from the built-in stylesheets/styles.xml, so that
 * every paragraph keeps a style. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "build.h"
#include "import/docx.h"
#include "render.h"
#include "render_docx_parts.h"
#include "stylesheets.h"

#define REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"

struct rel {
  char *id, *type, *target, *mode;
};

struct reader {
  zip_t *z;
  struct docx_reference *ref;
  char *err;
  size_t errlen;
  int next_id; /* the relationships added to document.xml.rels: rIdReference1... */
};

static char *prop(const xmlNode *n, const char *name) {
  return (char *)xmlGetProp((xmlNodePtr)n, BAD_CAST name);
}

static void rel_free(struct rel *r) {
  xmlFree(r->id), xmlFree(r->type), xmlFree(r->target), xmlFree(r->mode);
}

/* The relationship ID (or, when ID is NULL, the first of a type ending in TYPE) of the
 * relationships part RELS; 0 when there is none. */
static int find_rel(xmlDocPtr rels, const char *id, const char *type, struct rel *out) {
  xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, BAD_CAST "Relationship")) continue;
    struct rel r = {prop(c, "Id"), prop(c, "Type"), prop(c, "Target"), prop(c, "TargetMode")};
    size_t tl = r.type ? strlen(r.type) : 0, want = type ? strlen(type) : 0;
    int match = r.id && r.type && r.target &&
                (id ? strcmp(r.id, id) == 0 : tl >= want && strcmp(r.type + tl - want, type) == 0);
    if (match) {
      *out = r;
      return 1;
    }
    rel_free(&r);
  }
  return 0;
}

/* The part a relationship of a part in word/ points at, or NULL when it lies outside
 * word/ or outside the package (an external link is left as it is). */
static char *word_part(const char *target) {
  if (strstr(target, "..") || strstr(target, "://") || strchr(target, '\\')) return NULL;
  size_t n = strlen(target) + sizeof "word/";
  char *name = malloc(n);
  if (!name) return NULL;
  if (target[0] == '/') snprintf(name, n, "%s", target + 1);
  else snprintf(name, n, "word/%s", target);
  if (strncmp(name, "word/", 5) != 0) {
    free(name);
    return NULL;
  }
  return name;
}

static const char *media_type(const char *name) {
  static const struct {
    const char *ext, *type;
  } types[] = {{".png", "image/png"},     {".jpeg", "image/jpeg"},    {".jpg", "image/jpeg"},
               {".gif", "image/gif"},     {".emf", "image/x-emf"},    {".wmf", "image/x-wmf"},
               {".svg", "image/svg+xml"}, {".xml", "application/xml"}};
  const char *dot = strrchr(name, '.');
  for (size_t i = 0; dot && i < sizeof types / sizeof *types; i++)
    if (strcasecmp(dot, types[i].ext) == 0) return types[i].type;
  return NULL;
}

/* Copies the part NAME into the reference's parts. Returns 0, or -1 (message set). */
static int copy_part(struct reader *rd, char *name, const char *type) {
  for (size_t i = 0; i < rd->ref->parts.n; i++)
    if (strcmp(rd->ref->parts.part[i].name, name) == 0) {
      free(name);
      return 0;
    }
  size_t len = 0;
  char *data = docx_read_entry(rd->z, name, &len, rd->err, rd->errlen);
  if (!data) {
    if (!rd->err[0]) snprintf(rd->err, rd->errlen, "%s: no such part", name);
    free(name);
    return -1;
  }
  sb_add(docx_part_add(&rd->ref->parts, name, type), data, len);
  free(data);
  return 0;
}

/* A header or footer part with its own relationships part and the images and other
 * parts that it refers to. */
static int copy_with_rels(struct reader *rd, char *name, const char *type) {
  const char *slash = strrchr(name, '/');
  size_t n = strlen(name) + sizeof "_rels/.rels";
  char *rels_name = malloc(n);
  if (!rels_name) return -1;
  snprintf(rels_name, n, "%.*s_rels/%s.rels", (int)(slash - name + 1), name, slash + 1);
  zip_stat_t zs;
  int has_rels = zip_stat(rd->z, rels_name, 0, &zs) == 0;
  xmlDocPtr rels = has_rels ? docx_parse_part(rd->z, rels_name, rd->err, rd->errlen) : NULL;
  if (copy_part(rd, name, type) != 0 || (has_rels && !rels)) {
    free(rels_name);
    xmlFreeDoc(rels);
    return -1;
  }
  int rc = 0;
  xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
  for (xmlNode *c = root ? root->children : NULL; c && rc == 0; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    char *target = prop(c, "Target"), *mode = prop(c, "TargetMode");
    char *part = target && !(mode && strcmp(mode, "External") == 0) ? word_part(target) : NULL;
    const char *mt = part ? media_type(part) : NULL;
    if (part && mt) rc = copy_part(rd, part, mt);
    else free(part);
    xmlFree(target), xmlFree(mode);
  }
  xmlFreeDoc(rels);
  if (rc == 0 && has_rels)
    rc = copy_part(rd, rels_name, "application/vnd.openxmlformats-package.relationships+xml");
  else free(rels_name);
  return rc;
}

/* Takes the part a document relationship points at, and gives it a relationship of its
 * own in resc's document.xml.rels; the new id is written into ID. */
static int take_rel(struct reader *rd, const struct rel *r, const char *type, int with_rels,
                    char *id, size_t idlen) {
  char *name = word_part(r->target);
  if (!name) {
    snprintf(rd->err, rd->errlen, "a part outside word/: '%s'", r->target);
    return -1;
  }
  if ((with_rels ? copy_with_rels(rd, name, type) : copy_part(rd, name, type)) != 0) return -1;
  snprintf(id, idlen, "rIdReference%d", ++rd->next_id);
  sb_printf(&rd->ref->rels, "<Relationship Id=\"%s\" Type=\"", id);
  docx_escape_attr(&rd->ref->rels, r->type, strlen(r->type));
  sb_adds(&rd->ref->rels, "\" Target=\"");
  docx_escape_attr(&rd->ref->rels, r->target, strlen(r->target));
  sb_adds(&rd->ref->rels, "\"/>");
  return 0;
}

static void dump(struct strbuf *out, xmlDocPtr doc, xmlNode *n) {
  xmlBufferPtr b = xmlBufferCreate();
  xmlNodeDump(b, doc, n, 0, 0);
  sb_add(out, (const char *)xmlBufferContent(b), (size_t)xmlBufferLength(b));
  xmlBufferFree(b);
}

/* The body's section properties: page set-up, headers and footers, w:titlePg. */
static int read_section(struct reader *rd, xmlDocPtr doc, xmlDocPtr rels) {
  xmlNode *body = docx_child_w(xmlDocGetRootElement(doc), "body");
  xmlNode *sect = docx_child_w(body, "sectPr");
  if (!sect) return 0;
  for (xmlNode *c = sect->children; c; c = c->next) {
    if (docx_is_w(c, "pgSz") || docx_is_w(c, "pgMar") || docx_is_w(c, "cols")) {
      dump(&rd->ref->page, doc, c);
    } else if (docx_is_w(c, "titlePg")) {
      char *v = docx_wval(c, "val");
      rd->ref->title_pg = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0);
      xmlFree(v);
    } else if (docx_is_w(c, "headerReference") || docx_is_w(c, "footerReference")) {
      int header = docx_is_w(c, "headerReference");
      char *kind = docx_wval(c, "type"), *rid = NULL;
      for (xmlAttr *a = c->properties; a; a = a->next)
        if (xmlStrEqual(a->name, BAD_CAST "id") && a->ns &&
            xmlStrEqual(a->ns->href, BAD_CAST DOCX_R_NS))
          rid = (char *)xmlNodeGetContent((xmlNode *)a);
      struct rel r;
      char id[32];
      int rc = 0;
      if (rid && find_rel(rels, rid, NULL, &r)) {
        rc = take_rel(rd, &r, header ? DOCX_CT_WML "header+xml" : DOCX_CT_WML "footer+xml", 1, id,
                      sizeof id);
        if (rc == 0)
          sb_printf(&rd->ref->refs, "<w:%s w:type=\"%s\" r:id=\"%s\"/>",
                    header ? "headerReference" : "footerReference", kind ? kind : "default", id);
        rel_free(&r);
      }
      xmlFree(kind);
      xmlFree(rid);
      if (rc != 0) return -1;
    }
  }
  return 0;
}

/* Gives the reference's style FROM resc's id TO (the same but for case): the style itself
 * and every w:basedOn, w:next and w:link that names it, since Word's style ids are
 * case-sensitive and resc's paragraphs name its own. */
static void rename_style(xmlNode *root, const char *from, const char *to) {
  static const char *const refs[] = {"basedOn", "next", "link"};
  for (xmlNode *t = root->children; t; t = t->next) {
    if (!docx_is_w(t, "style")) continue;
    char *tid = docx_wval(t, "styleId");
    if (tid && strcmp(tid, from) == 0) xmlSetNsProp(t, t->ns, BAD_CAST "styleId", BAD_CAST to);
    xmlFree(tid);
    for (xmlNode *c = t->children; c; c = c->next)
      for (size_t i = 0; i < sizeof refs / sizeof *refs; i++) {
        if (!docx_is_w(c, refs[i])) continue;
        char *v = docx_wval(c, "val");
        if (v && strcmp(v, from) == 0) xmlSetNsProp(c, c->ns, BAD_CAST "val", BAD_CAST to);
        xmlFree(v);
      }
  }
}

/* The reference's styles, with each built-in style whose id it lacks appended. Ids are
 * compared without case, as LibreOffice capitalizes them (enumlev1 -> Enumlev1): such a
 * style is the reference's, renamed to the id resc's paragraphs use. */
static int read_styles(struct reader *rd) {
  xmlDocPtr styles = docx_parse_part(rd->z, "word/styles.xml", rd->err, rd->errlen);
  if (!styles) {
    if (!rd->err[0]) snprintf(rd->err, rd->errlen, "it has no word/styles.xml");
    return -1;
  }
  const struct embedded_stylesheet *e = embedded_file("styles");
  xmlDocPtr builtin =
      xmlReadMemory((const char *)e->data, (int)e->len, "styles.xml", NULL, XML_PARSE_NONET);
  xmlNode *root = xmlDocGetRootElement(styles);
  if (!root || !docx_is_w(root, "styles") || !builtin) {
    snprintf(rd->err, rd->errlen, "word/styles.xml is not a w:styles part");
    xmlFreeDoc(styles);
    xmlFreeDoc(builtin);
    return -1;
  }
  for (xmlNode *s = xmlDocGetRootElement(builtin)->children; s; s = s->next) {
    if (!docx_is_w(s, "style")) continue;
    char *id = docx_wval(s, "styleId");
    char *other = NULL; /* the reference's id of the same style, if its case differs */
    int found = 0;
    for (xmlNode *t = root->children; t && id && !found; t = t->next) {
      if (!docx_is_w(t, "style")) continue;
      char *tid = docx_wval(t, "styleId");
      found = tid && strcasecmp(tid, id) == 0;
      if (found && strcmp(tid, id) != 0) other = strdup(tid);
      xmlFree(tid);
    }
    if (other) rename_style(root, other, id);
    free(other);
    if (id && !found) {
      xmlNode *copy = xmlDocCopyNode(s, styles, 1);
      xmlAddChild(root, copy);
      xmlReconciliateNs(styles, copy);
    }
    xmlFree(id);
  }
  xmlChar *buf = NULL;
  int len = 0;
  styles->standalone = 1;
  xmlDocDumpMemoryEnc(styles, &buf, &len, "UTF-8");
  sb_add(&rd->ref->styles, (const char *)buf, (size_t)len);
  xmlFree(buf);
  xmlFreeDoc(styles);
  xmlFreeDoc(builtin);
  return 0;
}

/* The theme and the font table, when the file has them. */
static int read_optional(struct reader *rd, xmlDocPtr rels) {
  static const struct {
    const char *type, *content_type;
  } parts[] = {{"/theme", "application/vnd.openxmlformats-officedocument.theme+xml"},
               {"/fontTable", DOCX_CT_WML "fontTable+xml"}};
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
    struct rel r;
    if (!find_rel(rels, NULL, parts[i].type, &r)) continue;
    char id[32];
    int rc = take_rel(rd, &r, parts[i].content_type, 0, id, sizeof id);
    rel_free(&r);
    if (rc != 0) return -1;
  }
  return 0;
}

int build_load_reference(const char *path, struct docx_reference *ref, char *err, size_t errlen) {
  char why[400] = "";
  int zerr = 0;
  zip_t *z = zip_open(path, ZIP_RDONLY, &zerr);
  if (!z) {
    snprintf(err, errlen, "--reference-doc: cannot open '%s' as a Word file", path);
    return -1;
  }
  struct reader rd = {.z = z, .ref = ref, .err = why, .errlen = sizeof why};
  xmlDocPtr rels = docx_parse_part(z, "word/_rels/document.xml.rels", why, sizeof why);
  xmlDocPtr doc = rels ? docx_parse_part(z, "word/document.xml", why, sizeof why) : NULL;
  int rc = doc && read_styles(&rd) == 0 && read_section(&rd, doc, rels) == 0 &&
                   read_optional(&rd, rels) == 0
               ? 0
               : -1;
  if (rc != 0) {
    if (!why[0]) snprintf(why, sizeof why, "it is not a Word document");
    snprintf(err, errlen, "--reference-doc: %s: %s", path, why);
    docx_reference_free(ref);
    *ref = (struct docx_reference){0};
  }
  xmlFreeDoc(doc);
  xmlFreeDoc(rels);
  zip_close(z);
  return rc;
}

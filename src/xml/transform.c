/* XSLT with libxslt: parse the embedded stylesheet (akn.xsl) from memory without network or
 * entity loading, cache them, and apply them with every file and network access
 * forbidden. */
#define _DEFAULT_SOURCE /* realpath */
#include "transform.h"

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

#include "stylesheets.h"

#define CACHE_MAX 8

static struct {
  char *key;
  xsltStylesheetPtr style;
} cache[CACHE_MAX];
static int ncache;
static xsltSecurityPrefsPtr prefs;

static const int parse_opts = XML_PARSE_NONET | XML_PARSE_NOCDATA;

static char *dupstr(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = xmlMalloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

static char *allowed_dir; /* realpath of the directory stylesheets may read, or NULL */

int transform_allow_read(const char *dir) {
  char *r = realpath(dir, NULL);
  if (!r) return -1;
  free(allowed_dir);
  allowed_dir = r;
  return 0;
}

/* Reading is allowed only for files whose real path lies below the allowed directory
 * (so neither "../" nor a symbolic link leads out of it). */
static int read_check(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value) {
  (void)sec;
  (void)ctxt;
  if (!allowed_dir || !value) return 0;
  const char *path = strncmp(value, "file://", 7) == 0 ? value + 7 : value;
  if (strstr(path, "://")) return 0;
  char *r = realpath(path, NULL);
  if (!r) return 0;
  size_t n = strlen(allowed_dir);
  int ok = strncmp(r, allowed_dir, n) == 0 && (r[n] == '/' || r[n] == '\0');
  free(r);
  return ok;
}

static xsltSecurityPrefsPtr security(void) {
  if (prefs) return prefs;
  prefs = xsltNewSecurityPrefs();
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, read_check);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  return prefs;
}

/* libxslt reports through a global handler; collect the first message for the
 * caller instead of letting it print. */
static char *last_error;
static size_t last_error_len;

static void capture_error(void *ctx, const char *fmt, ...) {
  (void)ctx;
  if (!last_error) return;
  /* libxslt reports a failure in pieces (where, then why): keep them on one line. */
  size_t n = strlen(last_error);
  if (n + 3 >= last_error_len) return;
  if (n) {
    strcpy(last_error + n, ": ");
    n += 2;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(last_error + n, last_error_len - n, fmt, ap);
  va_end(ap);
  n = strlen(last_error);
  while (n && (last_error[n - 1] == '\n' || last_error[n - 1] == ' ' || last_error[n - 1] == ':'))
    last_error[--n] = '\0';
  for (char *p = last_error; *p; p++)
    if (*p == '\n') *p = ' ';
}

static void errors_to(char *err, size_t errlen) {
  last_error = err;
  last_error_len = errlen;
  if (err && errlen) err[0] = '\0';
  xsltSetGenericErrorFunc(NULL, capture_error);
  xmlSetGenericErrorFunc(NULL, capture_error);
}

xsltStylesheetPtr transform_load(const char *name, const char *override, char *err, size_t errlen) {
  const char *key = override ? override : name;
  for (int i = 0; i < ncache; i++)
    if (strcmp(cache[i].key, key) == 0) return cache[i].style;
  errors_to(err, errlen);
  xmlDocPtr doc = NULL;
  if (override) {
    doc = xmlReadFile(override, NULL, parse_opts);
  } else {
    const struct embedded_stylesheet *e = embedded_stylesheets;
    while (e->name && strcmp(e->name, name) != 0) e++;
    if (!e->name) {
      snprintf(err, errlen, "no built-in stylesheet for format '%s'", name);
      return NULL;
    }
    char url[64];
    snprintf(url, sizeof url, "resc:%s.xsl", name);
    doc = xmlReadMemory((const char *)e->data, (int)e->len, url, "UTF-8", parse_opts);
  }
  if (!doc) {
    if (!err[0]) snprintf(err, errlen, "cannot read stylesheet %s", key);
    return NULL;
  }
  xsltStylesheetPtr style = xsltParseStylesheetDoc(doc);
  if (!style || style->errors) {
    if (!err[0]) snprintf(err, errlen, "stylesheet %s has errors", key);
    if (style) xsltFreeStylesheet(style);
    else xmlFreeDoc(doc);
    return NULL;
  }
  if (ncache < CACHE_MAX) {
    cache[ncache].key = dupstr(key);
    cache[ncache].style = style;
    ncache++;
  }
  return style;
}

xmlDocPtr transform_apply(xsltStylesheetPtr style, xmlDocPtr in, const char **params, char *err,
                          size_t errlen) {
  errors_to(err, errlen);
  xsltTransformContextPtr ctx = xsltNewTransformContext(style, in);
  if (!ctx) {
    snprintf(err, errlen, "cannot start the transformation");
    return NULL;
  }
  xsltSetCtxtSecurityPrefs(security(), ctx);
  if (params) xsltQuoteUserParams(ctx, params);
  xmlDocPtr out = xsltApplyStylesheetUser(style, in, NULL, NULL, NULL, ctx);
  int failed = ctx->state != XSLT_STATE_OK;
  xsltFreeTransformContext(ctx);
  if (!out || failed) {
    if (!err[0]) snprintf(err, errlen, "the transformation failed");
    if (out) xmlFreeDoc(out);
    return NULL;
  }
  return out;
}

int transform_serialize(xsltStylesheetPtr style, xmlDocPtr result, xmlChar **out, int *len) {
  *out = NULL;
  *len = 0;
  if (xsltSaveResultToString(out, len, result, style) < 0) return -1;
  if (!*out) {
    *out = xmlMalloc(1);
    if (!*out) return -1;
    (*out)[0] = 0;
  }
  return 0;
}

void transform_cleanup(void) {
  for (int i = 0; i < ncache; i++) {
    xsltFreeStylesheet(cache[i].style);
    xmlFree(cache[i].key);
  }
  ncache = 0;
  if (prefs) xsltFreeSecurityPrefs(prefs);
  prefs = NULL;
  free(allowed_dir);
  allowed_dir = NULL;
  xsltCleanupGlobals();
  xmlCleanupParser();
}

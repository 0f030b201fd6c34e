/* The zip writer (see zip_write.h). Layout (APPNOTE 6.3): for each entry a local
 * header then its deflated bytes; then the central directory and its end record.
 * Sizes and CRC are known before an entry is written (it is deflated in memory
 * first), so no data descriptors are needed. */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "zip_write.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "arena.h"
#include "strbuf.h"

/* 1980-01-01T00:00:00Z, the earliest time a zip (DOS) timestamp can hold. */
#define ZIP_EPOCH ((time_t)315532800)

struct zip_entry {
  char *name;
  uint32_t crc, csize, usize, offset;
};

struct zip_writer {
  FILE *f;
  uint16_t dtime, ddate;
  struct zip_entry *e;
  size_t n, cap;
  uint64_t pos;
};

static void put16(struct strbuf *sb, unsigned v) {
  sb_addc(sb, (char)(v & 0xFF));
  sb_addc(sb, (char)((v >> 8) & 0xFF));
}

static void put32(struct strbuf *sb, uint32_t v) {
  put16(sb, v & 0xFFFF);
  put16(sb, v >> 16);
}

/* The fields a local header and a central directory record share, from "version
 * needed" to the name's length. */
static void put_entry(struct strbuf *sb, const struct zip_writer *z, const struct zip_entry *e) {
  put16(sb, 20);     /* version needed: 2.0 (deflate) */
  put16(sb, 0x0800); /* flags: names are UTF-8 */
  put16(sb, 8);      /* deflated */
  put16(sb, z->dtime);
  put16(sb, z->ddate);
  put32(sb, e->crc);
  put32(sb, e->csize);
  put32(sb, e->usize);
  put16(sb, (unsigned)strlen(e->name));
}

static int write_all(struct zip_writer *z, const void *p, size_t n, char *err, size_t errlen) {
  if (n && fwrite(p, 1, n, z->f) != n) {
    snprintf(err, errlen, "cannot write the package: %s", strerror(errno));
    return -1;
  }
  z->pos += n;
  return 0;
}

struct zip_writer *zip_write_open(const char *path, time_t mtime, char *err, size_t errlen) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    snprintf(err, errlen, "cannot create %s: %s", path, strerror(errno));
    return NULL;
  }
  struct zip_writer *z = xcalloc(1, sizeof *z);
  z->f = f;
  if (mtime < ZIP_EPOCH) mtime = ZIP_EPOCH;
  struct tm tm;
  gmtime_r(&mtime, &tm);
  if (tm.tm_year + 1900 > 2107) tm.tm_year = 2107 - 1900; /* the last year a DOS date holds */
  z->dtime = (uint16_t)((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  z->ddate = (uint16_t)(((tm.tm_year + 1900 - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
  return z;
}

void zip_deflate_start(struct zip_deflate *d) {
  memset(d, 0, sizeof *d);
  z_stream *s = xcalloc(1, sizeof *s);
  d->stream = s;
  d->crc = (uint32_t)crc32(0, NULL, 0);
  /* Raw deflate (no zlib header), as zip wants. */
  if (deflateInit2(s, ZIP_WRITE_LEVEL, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    d->failed = 1;
}

/* Runs deflate over the input given (FLUSH Z_NO_FLUSH) or to the end of the stream
 * (Z_FINISH), appending its output to d->out. */
static void pump(struct zip_deflate *d, int flush) {
  z_stream *s = d->stream;
  const size_t chunk = 64 * 1024;
  for (;;) {
    s->next_out = (Bytef *)sb_reserve(&d->out, chunk);
    s->avail_out = (uInt)chunk;
    int rc = deflate(s, flush);
    d->out.len += chunk - s->avail_out;
    if (rc == Z_STREAM_END) return;
    if (rc == Z_STREAM_ERROR) {
      d->failed = 1;
      return;
    }
    /* Output space left over: deflate has taken all the input it was given. */
    if (flush == Z_NO_FLUSH && s->avail_out != 0) return;
  }
}

void zip_deflate_add(struct zip_deflate *d, const void *data, size_t len) {
  if (d->failed || !len) return;
  z_stream *s = d->stream;
  const unsigned char *p = data;
  d->crc = (uint32_t)crc32_z(d->crc, p, len);
  d->size += len;
  while (len) {
    size_t n = len > (1u << 30) ? (1u << 30) : len;
    s->next_in = (Bytef *)p;
    s->avail_in = (uInt)n;
    pump(d, Z_NO_FLUSH);
    p += n;
    len -= n;
  }
}

int zip_deflate_finish(struct zip_deflate *d) {
  if (!d->failed) {
    z_stream *s = d->stream;
    s->next_in = NULL;
    s->avail_in = 0;
    pump(d, Z_FINISH);
  }
  return d->failed ? -1 : 0;
}

void zip_deflate_free(struct zip_deflate *d) {
  if (d->stream) {
    deflateEnd(d->stream);
    free(d->stream);
  }
  sb_free(&d->out);
  memset(d, 0, sizeof *d);
}

int zip_write_add_deflated(struct zip_writer *z, const char *name, const struct zip_deflate *d,
                           char *err, size_t errlen) {
  if (d->failed) {
    snprintf(err, errlen, "cannot deflate a package entry");
    return -1;
  }
  if (d->size > 0x7FFFFFFF || d->out.len > 0x7FFFFFFF || z->pos > 0x7FFFFFFF) {
    snprintf(err, errlen, "the package would be larger than 2 GiB");
    return -1;
  }
  if (z->n == z->cap) {
    z->cap = z->cap ? 2 * z->cap : 16;
    z->e = xrealloc(z->e, z->cap * sizeof *z->e);
  }
  struct zip_entry *e = &z->e[z->n++];
  e->name = xstrdup(name);
  e->crc = d->crc;
  e->csize = (uint32_t)d->out.len;
  e->usize = (uint32_t)d->size;
  e->offset = (uint32_t)z->pos;
  struct strbuf h = {0};
  put32(&h, 0x04034b50);
  put_entry(&h, z, e);
  put16(&h, 0); /* extra */
  sb_adds(&h, name);
  int rc = write_all(z, h.data, h.len, err, errlen);
  if (rc == 0) rc = write_all(z, d->out.data, d->out.len, err, errlen);
  sb_free(&h);
  return rc;
}

int zip_write_add(struct zip_writer *z, const char *name, const void *data, size_t len, char *err,
                  size_t errlen) {
  struct zip_deflate d;
  zip_deflate_start(&d);
  zip_deflate_add(&d, data, len);
  zip_deflate_finish(&d);
  int rc = zip_write_add_deflated(z, name, &d, err, errlen);
  zip_deflate_free(&d);
  return rc;
}

static void free_writer(struct zip_writer *z) {
  for (size_t i = 0; i < z->n; i++) free(z->e[i].name);
  free(z->e);
  free(z);
}

int zip_write_close(struct zip_writer *z, char *err, size_t errlen) {
  struct strbuf cd = {0};
  uint32_t start = (uint32_t)z->pos;
  size_t dir_size;
  for (size_t i = 0; i < z->n; i++) {
    const struct zip_entry *e = &z->e[i];
    put32(&cd, 0x02014b50);
    put16(&cd, 20); /* made by: MS-DOS attributes, version 2.0 */
    put_entry(&cd, z, e);
    put16(&cd, 0); /* extra */
    put16(&cd, 0); /* comment */
    put16(&cd, 0); /* disk */
    put16(&cd, 0); /* internal attributes */
    put32(&cd, 0); /* external attributes */
    put32(&cd, e->offset);
    sb_adds(&cd, e->name);
  }
  dir_size = cd.len;
  put32(&cd, 0x06054b50);
  put16(&cd, 0);
  put16(&cd, 0);
  put16(&cd, (unsigned)z->n);
  put16(&cd, (unsigned)z->n);
  put32(&cd, (uint32_t)dir_size);
  put32(&cd, start);
  put16(&cd, 0);
  int rc = write_all(z, cd.data, cd.len, err, errlen);
  sb_free(&cd);
  if (fclose(z->f) != 0 && rc == 0) {
    snprintf(err, errlen, "cannot write the package: %s", strerror(errno));
    rc = -1;
  }
  free_writer(z);
  return rc;
}

void zip_write_abort(struct zip_writer *z) {
  if (!z) return;
  fclose(z->f);
  free_writer(z);
}

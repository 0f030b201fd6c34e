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
  struct strbuf cbuf; /* one entry's deflated bytes */
};

static void put16(struct strbuf *sb, unsigned v) {
  sb_addc(sb, (char)(v & 0xFF));
  sb_addc(sb, (char)((v >> 8) & 0xFF));
}

static void put32(struct strbuf *sb, uint32_t v) {
  put16(sb, v & 0xFFFF);
  put16(sb, v >> 16);
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

/* Raw deflate (no zlib header), as zip wants, into z->cbuf. */
static int deflate_into(struct zip_writer *z, const void *data, size_t len, char *err,
                        size_t errlen) {
  z_stream s;
  memset(&s, 0, sizeof s);
  if (deflateInit2(&s, ZIP_WRITE_LEVEL, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    snprintf(err, errlen, "cannot start deflate");
    return -1;
  }
  sb_clear(&z->cbuf);
  size_t bound = deflateBound(&s, (uLong)len);
  char *out = sb_reserve(&z->cbuf, bound);
  s.next_in = (Bytef *)data;
  s.avail_in = (uInt)len;
  s.next_out = (Bytef *)out;
  s.avail_out = (uInt)bound;
  int rc = deflate(&s, Z_FINISH);
  z->cbuf.len = s.total_out;
  deflateEnd(&s);
  if (rc != Z_STREAM_END) {
    snprintf(err, errlen, "cannot deflate a package entry");
    return -1;
  }
  return 0;
}

int zip_write_add(struct zip_writer *z, const char *name, const void *data, size_t len,
                  char *err, size_t errlen) {
  if (len > 0x7FFFFFFF || z->pos > 0x7FFFFFFF) {
    snprintf(err, errlen, "the package would be larger than 2 GiB");
    return -1;
  }
  if (deflate_into(z, data, len, err, errlen) != 0) return -1;
  if (z->n == z->cap) {
    z->cap = z->cap ? 2 * z->cap : 16;
    z->e = xrealloc(z->e, z->cap * sizeof *z->e);
  }
  struct zip_entry *e = &z->e[z->n++];
  e->name = xstrdup(name);
  e->crc = (uint32_t)crc32_z(crc32(0, NULL, 0), data, len);
  e->csize = (uint32_t)z->cbuf.len;
  e->usize = (uint32_t)len;
  e->offset = (uint32_t)z->pos;
  size_t nlen = strlen(name);
  struct strbuf h = {0};
  put32(&h, 0x04034b50);
  put16(&h, 20); /* version needed: 2.0 (deflate) */
  put16(&h, 0x0800); /* flags: names are UTF-8 */
  put16(&h, 8);  /* deflated */
  put16(&h, z->dtime);
  put16(&h, z->ddate);
  put32(&h, e->crc);
  put32(&h, e->csize);
  put32(&h, e->usize);
  put16(&h, (unsigned)nlen);
  put16(&h, 0);
  sb_add(&h, name, nlen);
  int rc = write_all(z, h.data, h.len, err, errlen);
  if (rc == 0) rc = write_all(z, z->cbuf.data, z->cbuf.len, err, errlen);
  sb_free(&h);
  return rc;
}

static void free_writer(struct zip_writer *z) {
  for (size_t i = 0; i < z->n; i++) free(z->e[i].name);
  free(z->e);
  sb_free(&z->cbuf);
  free(z);
}

int zip_write_close(struct zip_writer *z, char *err, size_t errlen) {
  struct strbuf cd = {0};
  uint32_t start = (uint32_t)z->pos;
  size_t dir_size;
  for (size_t i = 0; i < z->n; i++) {
    const struct zip_entry *e = &z->e[i];
    size_t nlen = strlen(e->name);
    put32(&cd, 0x02014b50);
    put16(&cd, 20); /* made by: MS-DOS attributes, version 2.0 */
    put16(&cd, 20);
    put16(&cd, 0x0800);
    put16(&cd, 8);
    put16(&cd, z->dtime);
    put16(&cd, z->ddate);
    put32(&cd, e->crc);
    put32(&cd, e->csize);
    put32(&cd, e->usize);
    put16(&cd, (unsigned)nlen);
    put16(&cd, 0); /* extra */
    put16(&cd, 0); /* comment */
    put16(&cd, 0); /* disk */
    put16(&cd, 0); /* internal attributes */
    put32(&cd, 0); /* external attributes */
    put32(&cd, e->offset);
    sb_add(&cd, e->name, nlen);
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

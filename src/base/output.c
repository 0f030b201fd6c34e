/* Atomic file output (temporary file, rename). */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "strbuf.h"

/* The temporary file of an output to standard output, in $TMPDIR. */
static int begin_stdout(struct output_tmp *t, char *err, size_t errlen) {
  memset(t, 0, sizeof *t);
  if (isatty(STDOUT_FILENO)) {
    snprintf(err, errlen,
             "binary output is not written to a terminal: redirect standard "
             "output to a file or a pipe, or use -o FILE");
    return -1;
  }
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  size_t n = strlen(dir) + 32;
  t->path = xmalloc(n);
  snprintf(t->path, n, "%s/resc-out-XXXXXX", dir);
  int fd = mkstemp(t->path);
  if (fd < 0) {
    snprintf(err, errlen, "cannot create a temporary file in %s: %s", dir, strerror(errno));
    free(t->path);
    t->path = NULL;
    return -1;
  }
  close(fd);
  t->to_stdout = 1;
  return 0;
}

static int write_all(int fd, const char *p, size_t len);

/* Copies the finished temporary file to standard output and removes it. */
static int commit_stdout(struct output_tmp *t, char *err, size_t errlen) {
  int fd = open(t->path, O_RDONLY), rc = fd < 0 ? -1 : 0;
  char buf[65536];
  while (rc == 0) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      rc = r < 0 ? -1 : 0;
      break;
    }
    rc = write_all(STDOUT_FILENO, buf, (size_t)r);
  }
  if (rc != 0) snprintf(err, errlen, "cannot write to standard output: %s", strerror(errno));
  if (fd >= 0) close(fd);
  output_abort(t);
  return rc;
}

int output_begin(struct output_tmp *t, const char *target, char *err, size_t errlen) {
  if (!target || strcmp(target, "-") == 0) return begin_stdout(t, err, errlen);
  t->to_stdout = 0;
  size_t n = strlen(target);
  t->target = xstrdup(target);
  t->path = xmalloc(n + 16);
  snprintf(t->path, n + 16, "%s.tmp-XXXXXX", target);
  int fd = mkstemp(t->path);
  if (fd < 0) {
    snprintf(err, errlen, "cannot create %s: %s", target, strerror(errno));
    free(t->path);
    free(t->target);
    t->path = t->target = NULL;
    return -1;
  }
  /* mkstemp makes the file private; give it the mode a new file would have, or the
   * mode of the file it replaces. */
  struct stat st;
  mode_t mode;
  if (stat(target, &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  fchmod(fd, mode);
  close(fd);
  return 0;
}

int output_commit(struct output_tmp *t, char *err, size_t errlen) {
  if (t->to_stdout) return commit_stdout(t, err, errlen);
  if (rename(t->path, t->target) != 0) {
    snprintf(err, errlen, "cannot write %s: %s", t->target, strerror(errno));
    output_abort(t);
    return -1;
  }
  free(t->path);
  free(t->target);
  t->path = t->target = NULL;
  return 0;
}

void output_abort(struct output_tmp *t) {
  if (t->path) unlink(t->path);
  free(t->path);
  free(t->target);
  t->path = t->target = NULL;
}

static int write_all(int fd, const char *p, size_t len) {
  while (len) {
    ssize_t w = write(fd, p, len);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    len -= (size_t)w;
  }
  return 0;
}

int output_write(const char *target, const void *data, size_t len, char *err, size_t errlen) {
  if (!target || strcmp(target, "-") == 0) {
    if (write_all(STDOUT_FILENO, data, len) != 0) {
      snprintf(err, errlen, "cannot write to standard output: %s", strerror(errno));
      return -1;
    }
    return 0;
  }
  struct output_tmp t;
  if (output_begin(&t, target, err, errlen) != 0) return -1;
  int fd = open(t.path, O_WRONLY | O_TRUNC);
  if (fd < 0 || write_all(fd, data, len) != 0) {
    snprintf(err, errlen, "cannot write %s: %s", target, strerror(errno));
    if (fd >= 0) close(fd);
    output_abort(&t);
    return -1;
  }
  if (close(fd) != 0) {
    snprintf(err, errlen, "cannot write %s: %s", target, strerror(errno));
    output_abort(&t);
    return -1;
  }
  return output_commit(&t, err, errlen);
}

static void stream_spill(struct strbuf *sb, void *ctx) {
  struct output_stream *s = ctx;
  if (!s->error && write_all(s->fd, sb->data, sb->len) != 0) s->error = errno ? errno : EIO;
}

int output_stream_begin(struct output_stream *s, const char *target, struct strbuf *sb, char *err,
                        size_t errlen) {
  memset(s, 0, sizeof *s);
  if (!target || strcmp(target, "-") == 0) {
    s->to_stdout = 1;
    s->fd = STDOUT_FILENO;
  } else {
    if (output_begin(&s->tmp, target, err, errlen) != 0) return -1;
    s->fd = open(s->tmp.path, O_WRONLY | O_TRUNC);
    if (s->fd < 0) {
      snprintf(err, errlen, "cannot write %s: %s", target, strerror(errno));
      output_abort(&s->tmp);
      return -1;
    }
  }
  sb->spill = stream_spill;
  sb->spill_ctx = s;
  sb->spill_at = OUTPUT_STREAM_CHUNK;
  return 0;
}

int output_stream_end(struct output_stream *s, struct strbuf *sb, char *err, size_t errlen) {
  stream_spill(sb, s);
  sb->len = 0;
  sb->spill = NULL;
  const char *what = s->to_stdout ? "standard output" : s->tmp.target;
  if (s->error) {
    snprintf(err, errlen, "cannot write %s: %s", s->to_stdout ? "to standard output" : what,
             strerror(s->error));
    output_stream_abort(s, sb);
    return -1;
  }
  if (s->to_stdout) return 0;
  if (close(s->fd) != 0) {
    snprintf(err, errlen, "cannot write %s: %s", what, strerror(errno));
    s->fd = -1;
    output_stream_abort(s, sb);
    return -1;
  }
  s->fd = -1;
  return output_commit(&s->tmp, err, errlen);
}

void output_stream_abort(struct output_stream *s, struct strbuf *sb) {
  sb->spill = NULL;
  if (s->to_stdout) return;
  if (s->fd >= 0) close(s->fd);
  s->fd = -1;
  output_abort(&s->tmp);
}

/* kiln disk cache: the `kiln cache ls|verify|gc|stats [dir]` and `kiln
 * cache prune --max-bytes N [dir]` command line (kiln_disk_cli). Works on
 * a closed cache; gc and prune take the cache lock. It
 * obeys the cache's rules: no writes into a directory that is not a kiln
 * cache, no open of a non-regular file, and only provable crash leftovers
 * removed. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <lz4.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "disk_format.h"
#include "disk_io.h"
#include "kiln_err.h"

/* The CLI verifies files of any size a writer could produce. */
#define CLI_MAX_RAW ((size_t)LZ4_MAX_INPUT_SIZE)

typedef struct cli_file {
  char sub[3];
  char name[64];
  int temp;               /* a kiln temp name ("tmp.<pid>.<thread>.<n>") */
  int leftover;           /* temp provably written by kiln: a crash leftover */
  mode_t mode;            /* file type, from fstatat (no open) */
  int miss;               /* kiln_disk_miss after checking, or -1 unchecked */
  char why[160];
  char *type, *key;       /* malloc'd copies when readable */
  size_t type_len, key_len;
  uint32_t version;
  uint64_t script_hash;
  uint64_t raw, stored;
  struct timespec mtime;
  struct timespec access; /* later of atime and mtime: the size cap's LRU order */
} cli_file;

typedef struct cli_list {
  cli_file *f;
  size_t n, cap;
} cli_list;

static int cli_collect(void *ud, int subfd, const char *sub, const char *name) {
  cli_list *l = ud;
  kiln__disk_h128 h;
  int temp = kiln__disk_temp_name(name);
  if (!temp && !kiln__disk_entry_name(sub, name, &h)) return 0; /* not ours */
  if (strlen(name) >= sizeof l->f->name) return 0;
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 256;
    cli_file *nf = realloc(l->f, ncap * sizeof *nf);
    if (!nf) return KILN_NOMEM;
    l->f = nf;
    l->cap = ncap;
  }
  cli_file *f = &l->f[l->n++];
  memset(f, 0, sizeof *f);
  snprintf(f->sub, sizeof f->sub, "%s", sub);
  strcpy(f->name, name);
  f->temp = temp;
  f->leftover = temp && kiln__disk_temp_leftover(kiln_disk_io_posix(), subfd, name);
  f->miss = -1;
  return 0;
}

static int cli_timespec_after(struct timespec a, struct timespec b) {
  return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
}

static void set_why(cli_file *f, const char *s) {
  size_t n = strlen(s);
  if (n >= sizeof f->why) n = sizeof f->why - 1;
  memcpy(f->why, s, n);
  f->why[n] = '\0';
}

static char *dup_bytes(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    if (n) memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

/* Reads and checks one entry. With full = 0 only the header, type and key
 * (ls); with full = 1 checksum, name hash and lz4 stream too. */
static void cli_check(int topfd, cli_file *f, int full) {
  char path[80];
  snprintf(path, sizeof path, "%s/%s", f->sub, f->name);
  f->miss = KILN_DISK_MISS_IO;
  struct stat st;
  const char *not_reg;
  const kiln_disk_io *io = kiln_disk_io_posix();
  int fd = kiln__disk_open_regular(io, topfd, path, &st, &not_reg);
  if (fd < 0) {
    if (not_reg) f->mode = st.st_mode;
    snprintf(f->why, sizeof f->why, "cannot open: %s", not_reg ? not_reg : strerror(errno));
    return;
  }
  f->mode = st.st_mode;
  f->mtime = st.st_mtim;
  f->access = cli_timespec_after(st.st_atim, st.st_mtim) ? st.st_atim : st.st_mtim;
  f->stored = (uint64_t)st.st_size;
  size_t len = (size_t)st.st_size;
  if (!full && len > KILN__DISK_HDR + KILN_DISK_TYPE_MAX + KILN_DISK_KEY_MAX)
    len = KILN__DISK_HDR + KILN_DISK_TYPE_MAX + KILN_DISK_KEY_MAX;
  uint8_t *buf = (uint64_t)st.st_size > CLI_MAX_RAW * 2 ? NULL : malloc(len ? len : 1);
  ssize_t got = buf ? kiln__disk_pread_all(io, fd, buf, len, 0) : -1;
  close(fd);
  if (got < 0) {
    snprintf(f->why, sizeof f->why, "cannot read: %s", buf ? strerror(errno) : "too large");
    free(buf);
    return;
  }
  char detail[KILN_ERRMSG_MAX];
  kiln__disk_hdr h;
  int miss;
  if (kiln__disk_hdr_parse(buf, (size_t)got, CLI_MAX_RAW, &h, &miss, detail) != KILN_OK) {
    f->miss = miss;
    set_why(f, detail);
    free(buf);
    return;
  }
  f->version = h.version;
  f->script_hash = h.script_hash;
  f->raw = h.raw_len;
  if ((size_t)got < KILN__DISK_HDR + h.type_len + h.key_len) {
    f->miss = KILN_DISK_MISS_TRUNCATED;
    snprintf(f->why, sizeof f->why, "truncated: %zd bytes", got);
    free(buf);
    return;
  }
  const char *type = (const char *)buf + KILN__DISK_HDR;
  f->type = dup_bytes(type, h.type_len);
  f->key = dup_bytes(type + h.type_len, h.key_len);
  f->type_len = h.type_len;
  f->key_len = h.key_len;
  f->miss = KILN_DISK_HIT;
  if (h.file_len != (size_t)st.st_size) {
    f->miss = h.file_len > (size_t)st.st_size ? KILN_DISK_MISS_TRUNCATED : KILN_DISK_MISS_HEADER;
    snprintf(f->why, sizeof f->why, "%s: %lld bytes, the header describes %zu",
             kiln_disk_miss_name(f->miss), (long long)st.st_size, h.file_len);
  } else if (full) {
    kiln_disk_view v;
    kiln__disk_h128 want, got_h = kiln__disk_hash(f->type, f->type_len, f->key, f->key_len);
    kiln__disk_entry_name(f->sub, f->name, &want);
    if (kiln_disk_parse(buf, (size_t)got, CLI_MAX_RAW, &v, detail) != KILN_OK) {
      f->miss = v.miss;
      set_why(f, detail);
    } else if (want.lo != got_h.lo || want.hi != got_h.hi) {
      f->miss = KILN_DISK_MISS_COLLISION;
      snprintf(f->why, sizeof f->why, "collision: stored type/key do not hash to this file name");
    } else if (v.codec == KILN__DISK_LZ4) {
      uint8_t *raw = malloc(v.raw_len ? v.raw_len : 1);
      if (!raw) {
        f->miss = KILN_DISK_MISS_NOMEM;
        snprintf(f->why, sizeof f->why, "no memory to decode %zu bytes", v.raw_len);
      } else if (kiln_disk_decode(&v, raw, v.raw_len, detail) != KILN_OK) {
        f->miss = KILN_DISK_MISS_DECODE;
        set_why(f, detail);
      }
      free(raw);
    }
  }
  free(buf);
}

static int cli_cmp(const void *a, const void *b) {
  const cli_file *x = a, *y = b;
  if (!x->type || !y->type) return (x->type == NULL) - (y->type == NULL);
  size_t n = x->type_len < y->type_len ? x->type_len : y->type_len;
  int c = memcmp(x->type, y->type, n);
  if (c || x->type_len != y->type_len) return c ? c : x->type_len < y->type_len ? -1 : 1;
  n = x->key_len < y->key_len ? x->key_len : y->key_len;
  c = n ? memcmp(x->key, y->key, n) : 0;
  if (c || x->key_len != y->key_len) return c ? c : x->key_len < y->key_len ? -1 : 1;
  return 0;
}

static void cli_age(time_t s, char *buf, size_t cap) {
  if (s < 0) s = 0;
  if (s < 60) snprintf(buf, cap, "%llds", (long long)s);
  else if (s < 3600) snprintf(buf, cap, "%lldm", (long long)s / 60);
  else if (s < 86400) snprintf(buf, cap, "%lldh", (long long)s / 3600);
  else snprintf(buf, cap, "%lldd", (long long)s / 86400);
}

static void cli_progress(const char *cmd, size_t i, size_t n, int tty) {
  if (!tty) return;
  if (i == n) fprintf(stderr, "\r%40s\r", "");
  else if (i % 64 == 0) fprintf(stderr, "\r%s: %zu/%zu", cmd, i, n);
}

static int cli_same_type(const cli_file *a, const cli_file *b) {
  return a->type_len == b->type_len && memcmp(a->type, b->type, a->type_len) == 0;
}

/* "N", "NK", "NM", "NG" (KiB, MiB, GiB; "KiB" etc. too) -> bytes. */
static int cli_size(const char *s, uint64_t *out) {
  if (!s || *s < '0' || *s > '9') return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno) return -1;
  int shift = 0;
  if (*end == 'K' || *end == 'k') shift = 10;
  else if (*end == 'M' || *end == 'm') shift = 20;
  else if (*end == 'G' || *end == 'g') shift = 30;
  if (shift) {
    end++;
    if (!strcmp(end, "iB") || !strcmp(end, "B")) end += strlen(end);
  }
  if (*end || v > (UINT64_MAX >> shift)) return -1;
  *out = (uint64_t)v << shift;
  return 0;
}

static uint64_t cli_access_s(const cli_file *f) { return (uint64_t)f->access.tv_sec; }

/* Bad entries first (they only waste space), then least recently accessed. */
static int cli_lru_cmp(const void *a, const void *b) {
  const cli_file *x = *(cli_file *const *)a, *y = *(cli_file *const *)b;
  int bx = x->miss != KILN_DISK_HIT, by = y->miss != KILN_DISK_HIT;
  if (bx != by) return by - bx;
  if (cli_timespec_after(y->access, x->access)) return -1;
  return cli_timespec_after(x->access, y->access);
}

/* prune: removes entries, least recently accessed first, until the entry
 * files' bytes are at or under max. Returns the exit code. */
static int cli_prune(int topfd, const char *dir, cli_list *l, uint64_t max, time_t now) {
  cli_file **v = malloc((l->n ? l->n : 1) * sizeof *v);
  if (!v) {
    fprintf(stderr, "kiln cache prune: out of memory\n");
    return 1;
  }
  size_t n = 0, removed = 0, kept_err = 0;
  uint64_t total = 0, removed_bytes = 0;
  for (size_t i = 0; i < l->n; i++) {
    cli_file *f = &l->f[i];
    if (f->temp || S_ISDIR(f->mode)) continue; /* gc's business */
    v[n++] = f;
    total += f->stored;
  }
  qsort(v, n, sizeof *v, cli_lru_cmp);
  for (size_t i = 0; i < n && total > max; i++) {
    cli_file *f = v[i];
    char path[80], age[24], t[48], k[64];
    snprintf(path, sizeof path, "%s/%s", f->sub, f->name);
    if (unlinkat(topfd, path, 0) != 0) {
      printf("kept %s/%s: %s\n", dir, path, strerror(errno));
      kept_err++;
      continue;
    }
    removed++;
    removed_bytes += f->stored;
    total -= f->stored;
    if (f->miss != KILN_DISK_HIT) {
      printf("removed %s/%s: unreadable (%s), %llu bytes\n", dir, path, f->why,
             (unsigned long long)f->stored);
      continue;
    }
    kiln__disk_escape(f->type, f->type_len, t, sizeof t);
    kiln__disk_escape(f->key, f->key_len, k, sizeof k);
    cli_age(now - (time_t)cli_access_s(f), age, sizeof age);
    printf("removed %s/%s: type '%s', key '%s', %llu bytes, last access %s ago\n", dir, path, t, k,
           (unsigned long long)f->stored, age);
  }
  free(v);
  printf("prune: removed %zu files (%llu bytes); %zu entries, %llu bytes left (max %llu)\n",
         removed, (unsigned long long)removed_bytes, n - removed, (unsigned long long)total,
         (unsigned long long)max);
  return kept_err ? 1 : 0;
}

/* stats: per type its entries, bytes and oldest access (l sorted by type). */
static int cli_stats(cli_list *l, time_t now) {
  printf("%-24s %10s %14s %8s\n", "TYPE", "ENTRIES", "BYTES", "OLDEST");
  size_t entries = 0, types = 0, bad = 0;
  uint64_t bytes = 0;
  for (size_t i = 0; i < l->n;) {
    cli_file *f = &l->f[i];
    if (f->temp || f->miss != KILN_DISK_HIT) {
      bad += !f->temp;
      i++;
      continue;
    }
    size_t k = i, n = 0;
    uint64_t b = 0;
    time_t oldest = (time_t)cli_access_s(f);
    for (; k < l->n && !l->f[k].temp && l->f[k].miss == KILN_DISK_HIT && cli_same_type(f, &l->f[k]); k++) {
      n++;
      b += l->f[k].stored;
      if ((time_t)cli_access_s(&l->f[k]) < oldest) oldest = (time_t)cli_access_s(&l->f[k]);
    }
    char t[48], age[24];
    kiln__disk_escape(f->type, f->type_len, t, sizeof t);
    cli_age(now - oldest, age, sizeof age);
    printf("%-24s %10zu %14llu %8s\n", t, n, (unsigned long long)b, age);
    entries += n;
    bytes += b;
    types++;
    i = k;
  }
  printf("stats: %zu entries, %llu bytes, %zu types, %zu unreadable\n", entries,
         (unsigned long long)bytes, types, bad);
  return 0;
}

int kiln_disk_cli(int argc, char **argv) {
  static const char usage[] =
      "usage: kiln cache ls|verify|gc|stats [dir]\n"
      "       kiln cache prune --max-bytes N [dir]\n"
      "  dir defaults to " KILN_DISK_DEFAULT_DIR "; N is bytes, or with a K, M or G suffix KiB, MiB, GiB\n";
  if (argc < 1 || !argv || !argv[0]) {
    fputs(usage, stderr);
    return 2;
  }
  const char *cmd = argv[0];
  int op = !strcmp(cmd, "ls") ? 0 : !strcmp(cmd, "verify") ? 1 : !strcmp(cmd, "gc") ? 2
         : !strcmp(cmd, "prune") ? 3 : !strcmp(cmd, "stats") ? 4 : -1;
  if (op < 0) {
    fprintf(stderr, "kiln cache: unknown command '%s'\n%s", cmd, usage);
    return 2;
  }
  const char *dir = NULL, *nstr = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!a) continue;
    if (op == 3 && nstr && (!strcmp(a, "--max-bytes") || !strncmp(a, "--max-bytes=", 12))) {
      fprintf(stderr, "kiln cache prune: --max-bytes given twice\n%s", usage);
      return 2;
    }
    if (op == 3 && !strcmp(a, "--max-bytes")) {
      if (i + 1 >= argc || !argv[i + 1]) {
        fprintf(stderr, "kiln cache prune: --max-bytes needs a value\n%s", usage);
        return 2;
      }
      nstr = argv[++i];
    } else if (op == 3 && !strncmp(a, "--max-bytes=", 12)) {
      nstr = a + 12;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "kiln cache %s: unknown option '%s'\n%s", cmd, a, usage);
      return 2;
    } else if (dir) {
      fprintf(stderr, "kiln cache %s: unexpected argument '%s'\n%s", cmd, a, usage);
      return 2;
    } else {
      dir = a;
    }
  }
  uint64_t max = 0;
  if (op == 3 && !nstr) {
    fprintf(stderr, "kiln cache prune: --max-bytes N is required\n%s", usage);
    return 2;
  }
  if (op == 3 && cli_size(nstr, &max) != 0) {
    fprintf(stderr, "kiln cache prune: bad --max-bytes value '%s': bytes, or a number with a K, M or G suffix\n%s",
            nstr, usage);
    return 2;
  }
  if (!dir) dir = KILN_DISK_DEFAULT_DIR;
  char msg[KILN_ERRMSG_MAX];
  int topfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (topfd < 0) {
    fprintf(stderr, "kiln cache %s: cannot open '%s': %s\n", cmd, dir, strerror(errno));
    return 1;
  }
  /* The cache's own rule: never touch a directory that is not kiln's; gc
   * marks an empty one or one that holds only an older kiln's layout. */
  int writes = op == 2 || op == 3;
  if (op == 3 && faccessat(topfd, KILN_DISK_MARKER, F_OK, AT_SYMLINK_NOFOLLOW) != 0 &&
      kiln__disk_claim(topfd, dir, 0, 0, msg) == KILN_OK) {
    /* Not marked yet: an empty directory (a typo?) stays untouched, with
     * nothing to prune; an older kiln's cache is adopted, as gc does. */
    cli_list none = { 0 };
    int w = kiln__disk_walk(topfd, dir, cli_collect, &none, msg);
    size_t n = none.n;
    free(none.f); /* only names were collected */
    if (w == KILN_OK && n == 0) {
      printf("prune: '%s' holds no kiln cache yet: nothing to prune, nothing written\n", dir);
      close(topfd);
      return 0;
    }
  }
  if (kiln__disk_claim(topfd, dir, writes, 1, msg) != KILN_OK) {
    fprintf(stderr, "kiln cache %s: %s\n", cmd, msg);
    close(topfd);
    return 1;
  }
  int lockfd = -1;
  if (writes && (lockfd = kiln__disk_lock(topfd, dir, msg)) < 0) {
    fprintf(stderr, "kiln cache %s: %s\n", cmd, msg);
    close(topfd);
    return 1;
  }
  cli_list l = { 0 };
  int r = kiln__disk_walk(topfd, dir, cli_collect, &l, msg);
  int rc = 0;
  if (r != KILN_OK) {
    fprintf(stderr, "kiln cache %s: %s\n", cmd, r == KILN_NOMEM ? "out of memory" : msg);
    rc = 1;
  }
  int tty = isatty(STDERR_FILENO);
  size_t entries = 0, temps = 0, bad = 0, removed = 0, unremoved = 0;
  uint64_t raw = 0, stored = 0, removed_bytes = 0;
  size_t rm_temp = 0, rm_format = 0, rm_bad = 0, rm_stale = 0;
  for (size_t i = 0; rc == 0 && i < l.n; i++) {
    cli_progress(cmd, i, l.n, tty);
    if (!l.f[i].temp) cli_check(topfd, &l.f[i], op == 1 || op == 2);
  }
  cli_progress(cmd, l.n, l.n, tty);
  if (rc == 0 && l.n && (op == 0 || op == 4)) qsort(l.f, l.n, sizeof *l.f, cli_cmp);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  if (rc == 0 && op >= 3) {
    rc = op == 3 ? cli_prune(topfd, dir, &l, max, now.tv_sec) : cli_stats(&l, now.tv_sec);
    goto out;
  }
  if (rc == 0 && op == 0) printf("%-16s %-40s %8s %12s %12s %6s\n", "TYPE", "KEY", "VERSION", "RAW", "STORED", "AGE");
  for (size_t i = 0; rc == 0 && i < l.n; i++) {
    cli_file *f = &l.f[i];
    char path[80];
    snprintf(path, sizeof path, "%s/%s", f->sub, f->name);
    if (f->temp && !f->leftover) {
      /* kiln's name but not kiln's bytes (or not a regular file): kept. */
      if (op != 0) printf("kept %s/%s: named like a kiln temp file but not written by kiln\n", dir, path);
      continue;
    }
    if (f->temp) {
      temps++;
      if (op == 1) printf("temp %s/%s: leftover of an interrupted write\n", dir, path);
      if (op == 2) {
        struct stat st;
        uint64_t sz = fstatat(topfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 ? (uint64_t)st.st_size : 0;
        if (unlinkat(topfd, path, 0) == 0) { removed++; rm_temp++; removed_bytes += sz; }
      }
      continue;
    }
    entries++;
    if (f->miss != KILN_DISK_HIT) {
      bad++;
      if (op == 0) printf("%-16s %s/%s: unreadable: %s\n", "?", dir, path, f->why);
      if (op == 1) printf("BAD %s/%s: %s\n", dir, path, f->why);
      /* An entry path is kiln's: whatever sits there goes, except a
       * directory with files in it, which may hold someone's data. */
      int dir_at = S_ISDIR(f->mode);
      if (op == 2 && unlinkat(topfd, path, dir_at ? AT_REMOVEDIR : 0) == 0) {
        removed++;
        removed_bytes += dir_at ? 0 : f->stored;
        if (f->miss == KILN_DISK_MISS_FORMAT) rm_format++;
        else rm_bad++;
      } else if (op == 2) {
        printf("kept %s/%s: %s\n", dir, path,
               dir_at && (errno == ENOTEMPTY || errno == EEXIST)
                   ? "a directory with files in it at a cache entry's path; remove it by hand"
                   : strerror(errno));
        unremoved++;
      }
      continue;
    }
    raw += f->raw;
    stored += f->stored;
    if (op == 0) {
      char t[48], k[64], age[24];
      kiln__disk_escape(f->type, f->type_len, t, sizeof t);
      kiln__disk_escape(f->key, f->key_len, k, sizeof k);
      cli_age(now.tv_sec - f->mtime.tv_sec, age, sizeof age);
      printf("%-16s %-40s %8u %12llu %12llu %6s\n", t, k, f->version, (unsigned long long)f->raw,
             (unsigned long long)f->stored, age);
    }
  }
  if (rc == 0 && op == 2) {
    /* Per type, the (version, script hash) of the newest file is current. */
    for (size_t i = 0; i < l.n; i++) {
      cli_file *f = &l.f[i];
      if (f->temp || f->miss != KILN_DISK_HIT) continue;
      const cli_file *newest = f;
      for (size_t k = 0; k < l.n; k++) {
        const cli_file *g = &l.f[k];
        if (g->temp || g->miss != KILN_DISK_HIT || !cli_same_type(f, g)) continue;
        if (cli_timespec_after(g->mtime, newest->mtime)) newest = g;
      }
      if (newest->version == f->version && newest->script_hash == f->script_hash) continue;
      char path[80];
      snprintf(path, sizeof path, "%s/%s", f->sub, f->name);
      f->miss = KILN_DISK_MISS_STALE; /* later rounds skip it */
      if (unlinkat(topfd, path, 0) == 0) {
        removed++;
        rm_stale++;
        removed_bytes += f->stored;
        raw -= f->raw;
        stored -= f->stored;
      }
    }
  }
  if (rc == 0) {
    if (op == 0)
      printf("ls: %zu entries, %llu raw bytes, %llu stored bytes, %zu unreadable, %zu temp files\n",
             entries - bad, (unsigned long long)raw, (unsigned long long)stored, bad, temps);
    if (op == 1)
      printf("verify: %zu entries, %zu ok, %zu bad, %zu temp files\n", entries, entries - bad, bad,
             temps);
    if (op == 2)
      printf("gc: removed %zu files (%llu bytes): %zu temp, %zu other format, %zu damaged, %zu stale; kept %zu entries\n",
             removed, (unsigned long long)removed_bytes, rm_temp, rm_format, rm_bad, rm_stale,
             entries - rm_format - rm_bad - rm_stale);
    if (op == 1 && bad) rc = 1;
    if (op == 2 && unremoved) rc = 1;
  }
out:
  for (size_t i = 0; i < l.n; i++) {
    free(l.f[i].type);
    free(l.f[i].key);
  }
  free(l.f);
  if (lockfd >= 0) close(lockfd);
  close(topfd);
  return rc;
}

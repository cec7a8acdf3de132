/* kiln disk cache: lifecycle (kiln_disk_new, kiln_disk_free), the write
 * queue (kiln_disk_write) and kiln_disk_drain. The I/O threads that take
 * the queued jobs are in disk.c; locks and what they guard are described
 * there. */
#include "disk_impl.h"
#include "stats.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "disk_io.h"
#include "kiln_err.h"

#define MAX_IO_THREADS 64

typedef kiln__disk_job job;
typedef kiln__disk_shard shard;

/* ------------------------------------------------------------ lifecycle */

static void destroy(kiln_disk *d) {
  if (d->shards) {
    if (d->have_mu) {
      pthread_mutex_lock(&d->mu);
      d->closing = 1;
      for (int i = 0; i < d->nthreads; i++)
        if (d->shards[i].started) pthread_cond_broadcast(&d->shards[i].cv);
      pthread_mutex_unlock(&d->mu);
    }
    for (int i = 0; i < d->nthreads; i++) {
      shard *sh = &d->shards[i];
      if (sh->started) {
        pthread_join(sh->thr, NULL);
        pthread_cond_destroy(&sh->cv);
      }
      free(sh->buf);
      free(sh->g[0].slots);
      free(sh->g[1].slots);
      if (sh->xs) XXH3_freeState(sh->xs);
    }
  }
  /* Threads are gone: what is still queued completes as canceled here. */
  for (int i = 0; d->shards && i < d->nthreads; i++) {
    job *j = d->shards[i].head;
    while (j) {
      job *next = j->next;
      if (j->op != KILN__DISK_OP_WRITE) {
        kiln__disk_free_op(j); /* a removal that never ran: the file stays */
        j = next;
        continue;
      }
      char desc[300], msg[KILN_ERRMSG_MAX];
      kiln_errf(msg, KILN_CANCELED, "kiln disk: write of %s canceled: cache closed before it was written",
                kiln__disk_job_desc(j, desc, sizeof desc));
      ADD(d->n_canceled, 1);
      kiln__disk_complete(j, KILN_CANCELED, msg);
      j = next;
    }
  }
  free(d->shards);
  if (d->have_ix) {
    kiln__disk_ix_destroy(&d->ix);
  }
  if (d->have_idle) pthread_cond_destroy(&d->idle_cv);
  if (d->have_mu) pthread_mutex_destroy(&d->mu);
  for (int i = 0; i < KILN__DISK_NSUB; i++) {
    int fd = atomic_load(&d->rsub[i]);
    if (fd >= 0) close(fd);
  }
  for (int i = 0; i < KILN__DISK_RETIRE_MAX; i++)
    if (d->rretired[i] >= 0) close(d->rretired[i]);
  if (d->lockfd >= 0) close(d->lockfd); /* releases the flock */
  if (d->dirfd >= 0) close(d->dirfd);
  free(d->dir);
  free(d);
}

static _Thread_local const kiln_disk *tls_io_of; /* the cache whose I/O thread this is */

static void *io_entry(void *arg) {
  shard *sh = arg;
  tls_io_of = sh->d;
  return kiln__disk_io_main(arg);
}

int kiln_disk_new(const kiln_disk_config *cfg, kiln_disk **out, char *msg) {
  static const kiln_disk_config defaults;
  if (!out) return kiln_errf(msg, KILN_INVAL, "kiln disk: NULL out pointer");
  *out = NULL;
  if (!cfg) cfg = &defaults;
  if (cfg->durability != KILN_DISK_FSYNC && cfg->durability != KILN_DISK_RENAME)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: durability %d is neither KILN_DISK_FSYNC nor KILN_DISK_RENAME",
                     cfg->durability);
  if (cfg->io_threads < 0 || cfg->io_threads > MAX_IO_THREADS)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: io_threads %d outside 0..%d", cfg->io_threads,
                     MAX_IO_THREADS);
  if (cfg->batch_max < 0 || cfg->batch_max > 1024)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: batch_max %d outside 0..1024", cfg->batch_max);
  if (cfg->retry_max > 64)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: retry_max %d above 64", cfg->retry_max);
  const char *dir = cfg->cache_dir ? cfg->cache_dir : KILN_DISK_DEFAULT_DIR;
  if (!*dir) return kiln_errf(msg, KILN_INVAL, "kiln disk: empty cache_dir");

  kiln_disk *d = calloc(1, sizeof *d);
  if (!d) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory");
  d->dirfd = d->lockfd = -1;
  for (int i = 0; i < KILN__DISK_NSUB; i++) atomic_init(&d->rsub[i], -1);
  for (int i = 0; i < KILN__DISK_RETIRE_MAX; i++) d->rretired[i] = -1;
  d->pid = getpid();
  kiln__disk_io_resolve(cfg->io, &d->io);
  d->durability = cfg->durability;
  d->nthreads = cfg->io_threads ? cfg->io_threads : 1;
  d->batch_max = cfg->batch_max ? cfg->batch_max : 64;
  d->retry_max = cfg->retry_max == 0 ? 8 : cfg->retry_max < 0 ? 0 : cfg->retry_max;
  d->retry_base_ms = cfg->retry_base_ms ? cfg->retry_base_ms : 10;
  d->retry_cap_ms = cfg->retry_cap_ms ? cfg->retry_cap_ms : 1000;
  d->full_probe_ms = cfg->full_probe_ms ? cfg->full_probe_ms : 1000;
  if (d->retry_cap_ms < d->retry_base_ms) d->retry_cap_ms = d->retry_base_ms;
  d->max_raw = cfg->max_raw_size ? cfg->max_raw_size : KILN_DISK_DEFAULT_MAX_RAW;
  d->max_bytes = cfg->max_bytes;
  /* I/O thread 0 checks the cap of what the scan found (a smaller cap than
   * last run's): counted now so a drain waits for it. */
  d->evict_running = d->evict_inflight = d->max_bytes ? 1 : 0;
  if (d->max_raw > SIZE_MAX / 4) d->max_raw = SIZE_MAX / 4;
  int r = KILN_OK;
  if (!(d->dir = strdup(dir))) {
    r = kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory");
    goto fail;
  }
  if ((r = kiln__disk_mkdir_p(&d->io, dir, d->durability == KILN_DISK_FSYNC, msg)) != KILN_OK)
    goto fail;
  d->dirfd = d->io.openat(d->io.ctx, AT_FDCWD, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (d->dirfd < 0) {
    r = kiln_errf(msg, KILN_IO, "kiln disk: cannot open cache dir '%s': %s", dir, strerror(errno));
    goto fail;
  }
  /* Before the lock file or anything else is written into it. */
  if ((r = kiln__disk_claim(d->dirfd, dir, 1, d->durability == KILN_DISK_FSYNC, msg)) != KILN_OK)
    goto fail;
  if ((d->lockfd = kiln__disk_lock(d->dirfd, dir, msg)) < 0) {
    r = d->lockfd;
    d->lockfd = -1;
    goto fail;
  }
  if (pthread_mutex_init(&d->mu, NULL) != 0) {
    r = kiln_errf(msg, KILN_THREAD, "kiln disk: pthread_mutex_init failed");
    goto fail;
  }
  d->have_mu = 1;
  if (kiln__disk_init_mono_cond(&d->idle_cv) != 0) {
    r = kiln_errf(msg, KILN_THREAD, "kiln disk: pthread_cond_init failed");
    goto fail;
  }
  d->have_idle = 1;
  if ((r = kiln__disk_ix_init(&d->ix)) != KILN_OK) {
    kiln_errf(msg, r, "kiln disk: cannot create the index: %s", kiln_strerror(r));
    goto fail;
  }
  d->have_ix = 1;
  if ((r = kiln__disk_scan(d, msg)) != KILN_OK) goto fail;
  if ((r = kiln__disk_make_subdirs(d, msg)) != KILN_OK) goto fail;
  d->shards = calloc((size_t)d->nthreads, sizeof *d->shards);
  if (!d->shards) {
    r = kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory");
    goto fail;
  }
  for (int i = 0; i < d->nthreads; i++) {
    shard *sh = &d->shards[i];
    sh->d = d;
    sh->idx = i;
    sh->busy_min = UINT64_MAX;
    sh->g[0].slots = calloc((size_t)d->batch_max, sizeof(kiln__disk_slot));
    sh->g[1].slots = calloc((size_t)d->batch_max, sizeof(kiln__disk_slot));
    sh->xs = XXH3_createState();
    if (!sh->g[0].slots || !sh->g[1].slots || !sh->xs) {
      r = kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory for I/O thread %d", i);
      goto fail;
    }
    if (kiln__disk_init_mono_cond(&sh->cv) != 0) {
      r = kiln_errf(msg, KILN_THREAD, "kiln disk: pthread_cond_init failed");
      goto fail;
    }
    if (pthread_create(&sh->thr, NULL, io_entry, sh) != 0) {
      pthread_cond_destroy(&sh->cv);
      r = kiln_errf(msg, KILN_THREAD, "kiln disk: cannot start I/O thread %d: %s", i, strerror(errno));
      goto fail;
    }
    sh->started = 1;
  }
  *out = d;
  return KILN_OK;
fail:
  destroy(d);
  return r;
}

void kiln_disk_free(kiln_disk *d) {
  if (!d) return;
  if (tls_io_of == d) {
    fprintf(stderr, "kiln disk: kiln_disk_free called from its own I/O thread (a completion callback)\n");
    abort(); /* broken contract: it would join itself */
  }
  destroy(d);
}

/* ----------------------------------------------------------------- write */

/* Queues a write job on its key's shard. On error j is freed (its payload
 * stays the caller's). */
static int queue_write(kiln_disk *d, job *j, char *msg) {
  shard *sh = &d->shards[j->h.lo % (uint64_t)d->nthreads];
  pthread_mutex_lock(&d->mu);
  if (d->closing) {
    pthread_mutex_unlock(&d->mu);
    free(j);
    return kiln_errf(msg, KILN_CLOSED, "kiln disk: write after kiln_disk_free began");
  }
  j->seq = ++d->next_seq;
  if (sh->tail) sh->tail->next = j;
  else sh->head = j;
  sh->tail = j;
  d->pending_jobs++;
  d->pending_bytes += j->len;
  pthread_cond_signal(&sh->cv);
  pthread_mutex_unlock(&d->mu);
  return KILN_OK;
}

int kiln_disk_write(kiln_disk *d, const kiln_disk_id *id, uint8_t kind, void *payload,
                    size_t len, void (*payload_free)(void *), const void *meta,
                    size_t meta_len, kiln_disk_done_fn done, void *ud, char *msg) {
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: write on a NULL cache");
  int r = kiln__disk_check_id(id, msg);
  if (r != KILN_OK) return r;
  char desc[300];
  if (meta_len > KILN_DISK_META_MAX || (meta_len && !meta))
    return kiln_errf(msg, KILN_INVAL, "kiln disk: meta of %s must be 0..%u bytes (got %zu)",
                     kiln__disk_describe(desc, sizeof desc, id->type, id->type_len, id->key, id->key_len),
                     KILN_DISK_META_MAX, meta_len);
  if (len && !payload)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: NULL payload of %zu bytes for %s", len,
                     kiln__disk_describe(desc, sizeof desc, id->type, id->type_len, id->key, id->key_len));
  if (len > d->max_raw)
    return kiln_errf(msg, KILN_TOOBIG, "kiln disk: payload of %s is %zu bytes, above max_raw_size %zu",
                     kiln__disk_describe(desc, sizeof desc, id->type, id->type_len, id->key, id->key_len), len,
                     d->max_raw);
  job *j = malloc(sizeof *j + id->type_len + id->key_len + meta_len);
  if (!j) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory to queue a write");
  *j = (job){ .h = kiln__disk_hash(id->type, id->type_len, id->key, id->key_len),
              .version = id->version, .script_hash = id->script_hash, .kind = kind,
              .payload = payload, .len = len, .payload_free = payload_free, .done = done,
              .ud = ud, .type_len = (uint32_t)id->type_len, .key_len = (uint32_t)id->key_len,
              .meta_len = (uint32_t)meta_len };
  j->type = (char *)(j + 1);
  j->key = j->type + id->type_len;
  j->meta = (uint8_t *)j->key + id->key_len;
  memcpy(j->type, id->type, id->type_len);
  if (id->key_len) memcpy(j->key, id->key, id->key_len);
  if (meta_len) memcpy(j->meta, meta, meta_len);
  return queue_write(d, j, msg);
}

int kiln_disk_write_file(kiln_disk *d, const kiln_disk_id *id, void *file, size_t file_len,
                         void (*file_free)(void *), kiln_disk_done_fn done, void *ud, char *msg) {
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: write on a NULL cache");
  int r = kiln__disk_check_id(id, msg);
  if (r != KILN_OK) return r;
  if (!file) return kiln_errf(msg, KILN_INVAL, "kiln disk: write_file: no file");
  /* Only a file that passes every check a read makes, and holds exactly
   * this identity, may enter the cache. */
  kiln_disk_view v;
  char why[KILN_ERRMSG_MAX];
  r = kiln_disk_parse(file, file_len, d->max_raw, &v, why);
  if (r != KILN_OK) return kiln_errf(msg, r, "kiln disk: write_file: %s", why);
  if (kiln_disk_view_match(&v, id) != KILN_DISK_HIT) /* parse has checked the format */
    return kiln_errf(msg, KILN_CORRUPT, "kiln disk: write_file: the file holds another identity");
  job *j = malloc(sizeof *j + id->type_len + id->key_len);
  if (!j) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory to queue a write");
  *j = (job){ .h = kiln__disk_hash(id->type, id->type_len, id->key, id->key_len),
              .version = id->version, .script_hash = id->script_hash, .kind = v.kind,
              .payload = file, .len = v.raw_len, .file_len = file_len, .payload_free = file_free,
              .done = done, .ud = ud, .type_len = (uint32_t)id->type_len,
              .key_len = (uint32_t)id->key_len };
  j->type = (char *)(j + 1);
  j->key = j->type + id->type_len;
  j->meta = NULL;
  memcpy(j->type, id->type, id->type_len);
  if (id->key_len) memcpy(j->key, id->key, id->key_len);
  return queue_write(d, j, msg);
}

/* ----------------------------------------------------------------- drain */

/* Every job with seq <= upto has completed, and no cap pass or removal is
 * queued or running. Under d->mu. */
static int drained(kiln_disk *d, uint64_t upto) {
  if (d->evict_inflight) return 0;
  for (int i = 0; i < d->nthreads; i++) {
    shard *sh = &d->shards[i];
    if ((sh->head && sh->head->seq <= upto) || sh->busy_min <= upto) return 0;
  }
  return 1;
}

int kiln_disk_drain(kiln_disk *d, double timeout_s, char *msg) {
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: drain on a NULL cache");
  if (tls_io_of == d)
    return kiln_errf(msg, KILN_THREAD, "kiln disk: drain called from an I/O thread (a completion callback)");
  struct timespec until = kiln_mono_after(timeout_s < 0 ? 0 : timeout_s);
  job *missed = NULL, **tail = &missed;
  size_t n_missed = 0;
  uint64_t missed_bytes = 0;
  pthread_mutex_lock(&d->mu);
  uint64_t upto = d->next_seq;
  while (!drained(d, upto)) {
    if (timeout_s < 0) {
      pthread_cond_wait(&d->idle_cv, &d->mu);
    } else if (pthread_cond_timedwait(&d->idle_cv, &d->mu, &until) == ETIMEDOUT) {
      if (drained(d, upto)) break;
      /* Deadline: take the writes still queued (removals stay: they are
       * quick and keep the cache in its cap), and cut short retries of the
       * ones being written. Queued jobs of a shard are in seq order. */
      for (int i = 0; i < d->nthreads; i++) {
        shard *sh = &d->shards[i];
        job **pp = &sh->head, *last = NULL;
        while (*pp && (*pp)->seq <= upto) {
          job *j = *pp;
          if (j->op != KILN__DISK_OP_WRITE) {
            last = j;
            pp = &j->next;
            continue;
          }
          *pp = j->next;
          j->next = NULL;
          *tail = j;
          tail = &j->next;
          n_missed++;
          missed_bytes += j->len;
        }
        if (!*pp) sh->tail = last;
        pthread_cond_broadcast(&sh->cv);
      }
      if (d->abandon_seq < upto) d->abandon_seq = upto;
      d->pending_jobs -= n_missed;
      d->pending_bytes -= missed_bytes;
      break;
    }
  }
  int late = !drained(d, upto);
  pthread_mutex_unlock(&d->mu);
  if (!late && !n_missed) return KILN_OK;
  char first[300] = "none queued";
  if (missed) kiln__disk_job_desc(missed, first, sizeof first);
  for (job *j = missed, *next; j; j = next) {
    next = j->next;
    char desc[300], m[KILN_ERRMSG_MAX];
    kiln_errf(m, KILN_TIMEDOUT,
              "kiln disk: write of %s missed the drain deadline (%.3f s) and was not written",
              kiln__disk_job_desc(j, desc, sizeof desc), timeout_s);
    ADD(d->n_timedout, 1);
    kiln__disk_complete(j, KILN_TIMEDOUT, m);
  }
  if (n_missed) {
    /* The missed jobs are out of the queue: wake a drain that waits on them. */
    pthread_mutex_lock(&d->mu);
    pthread_cond_broadcast(&d->idle_cv);
    pthread_mutex_unlock(&d->mu);
  }
  return kiln_errf(msg, KILN_TIMEDOUT,
                   "kiln disk: drain deadline (%.3f s) passed: %zu queued write%s not written (first: %s)%s",
                   timeout_s, n_missed, n_missed == 1 ? "" : "s", first,
                   late ? "; writes and cap evictions in progress complete on their own" : "");
}


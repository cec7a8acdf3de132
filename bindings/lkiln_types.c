/* Cache types (name, version, script hash) and the scripts rt:load added,
 * which worker states load on their own threads. */
#include "lkiln_rt.h"

#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "file.h"
#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* ----------------------------------------------------------------- types */

static int type_register(struct kiln_rt *rt, const char *name, uint32_t version,
                         uint64_t script_hash, int timeout_ms, int has_output, int has_apply,
                         char *msg) {
  char *nm = dups(name);
  if (!nm) return kiln_errf(msg, KILN_NOMEM, "out of memory");
  pthread_mutex_lock(&rt->lock);
  int id = -1;
  for (int i = 0; i < rt->ntypes; i++)
    if (strcmp(rt->types[i].name, name) == 0) { id = i; break; }
  if (id < 0) {
    if (rt->ntypes == rt->captypes) {
      int ncap = rt->captypes ? rt->captypes * 2 : 16;
      kiln_ltype *nt = realloc(rt->types, (size_t)ncap * sizeof *nt);
      if (!nt) {
        pthread_mutex_unlock(&rt->lock);
        free(nm);
        return kiln_errf(msg, KILN_NOMEM, "out of memory");
      }
      rt->types = nt;
      rt->captypes = ncap;
    }
    id = rt->ntypes++;
    memset(&rt->types[id], 0, sizeof rt->types[id]);
    rt->types[id].name = nm;
    nm = NULL;
  }
  kiln_ltype *t = &rt->types[id];
  t->version = version;
  t->script_hash = script_hash;
  t->timeout_ms = timeout_ms;
  t->has_output = has_output;
  t->has_apply = has_apply;
  if (timeout_ms > 0) rt->any_timeout = 1;
  pthread_mutex_unlock(&rt->lock);
  free(nm);
  return id;
}

static int type_lookup(struct kiln_rt *rt, const char *name) {
  int id = -1;
  pthread_mutex_lock(&rt->lock);
  for (int i = 0; i < rt->ntypes; i++)
    if (strcmp(rt->types[i].name, name) == 0) { id = i; break; }
  pthread_mutex_unlock(&rt->lock);
  return id;
}

static int script_add(struct kiln_rt *rt, const char *path, const char *src, size_t len, char *msg) {
  kiln_script *s = calloc(1, sizeof *s);
  if (!s || !(s->path = dups(path)) || !(s->src = dupn(src, len))) {
    if (s) { free(s->path); free(s); }
    return kiln_errf(msg, KILN_NOMEM, "out of memory");
  }
  s->len = len;
  pthread_mutex_lock(&rt->lock);
  if (rt->nscripts == rt->capscripts) {
    int ncap = rt->capscripts ? rt->capscripts * 2 : 8;
    kiln_script **ns = realloc(rt->scripts, (size_t)ncap * sizeof *ns);
    if (!ns) {
      pthread_mutex_unlock(&rt->lock);
      free(s->path); free(s->src); free(s);
      return kiln_errf(msg, KILN_NOMEM, "out of memory");
    }
    rt->scripts = ns;
    rt->capscripts = ncap;
  }
  rt->scripts[rt->nscripts++] = s;
  pthread_mutex_unlock(&rt->lock);
  kiln_sched_broadcast(rt->sched);
  return KILN_OK;
}

static int a_script_count(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  int n = rt->nscripts;
  pthread_mutex_unlock(&rt->lock);
  return n;
}

/* Scripts are immutable once added: the pointers stay valid. */
static const char *a_script_get(struct kiln_rt *rt, int i, size_t *len, const char **path) {
  pthread_mutex_lock(&rt->lock);
  kiln_script *sc = i >= 0 && i < rt->nscripts ? rt->scripts[i] : NULL;
  pthread_mutex_unlock(&rt->lock);
  if (!sc) return NULL;
  *len = sc->len;
  *path = sc->path;
  return sc->src;
}


/* rt:load: the script's bytes. Only a regular file is read (a FIFO would
 * block the render thread in open): see kiln_file_read. */
static int a_script_read(const char *path, char **src, size_t *len, char *msg) {
  return kiln_file_read(path, 0, 0, "a script file", src, len, msg);
}

/* Worker: the ids of the types last registered by the script with this
 * hash (a worker that cannot load that script fails their items). */
static int a_types_of_script(struct kiln_rt *rt, uint64_t hash, int *out, int max) {
  int n = 0;
  pthread_mutex_lock(&rt->lock);
  for (int i = 0; i < rt->ntypes && n < max; i++)
    if (rt->types[i].script_hash == hash) out[n++] = i;
  pthread_mutex_unlock(&rt->lock);
  return n;
}

void kiln__ltypes_api(kiln_api *a) {
  a->types_of_script = a_types_of_script;
  a->script_read = a_script_read;
  a->free = free;
  a->type_register = type_register;
  a->type_lookup = type_lookup;
  a->script_add = script_add;
  a->script_count = a_script_count;
  a->script_get = a_script_get;
}

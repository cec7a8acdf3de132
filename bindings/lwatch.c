/* kiln.watch: file watching for hot reload, over Linux inotify.
 *
 * kiln.watch(dir | { dir, ... } [, { ext = ".lua" }]) -> watcher
 *   Watches each directory and every subdirectory below it (new ones too).
 * w:changes() -> { path, ... }
 *   The files written (closed after writing, or renamed into place) since
 *   the last call, each once, in order; only names ending in ext (default
 *   ".lua"; "" for all) and not starting with '.' (editor swap and lock
 *   files). Never blocks: the inotify descriptor is non-blocking and is
 *   drained once per call, so a render loop calls it once per frame. When
 *   the kernel queue overflowed, events were lost and the list has
 *   `overflow = true`: reload everything.
 * w:files() -> sorted { path, ... } of the matching files present now.
 * w:close() (also __gc): idempotent.
 *
 * A full userdata per watcher, liolib-style: a registry-named metatable,
 * the C memory (directory table) owned by the userdata, paths built in
 * stack buffers, and a directory being listed held by a small userdata
 * with __gc: a Lua error (out of memory) never leaks. Thread: the one
 * running the Lua state that made it (the render thread in the demo).
 * Limits: paths longer than PATH_MAX are skipped; a watched directory
 * renamed inside the tree keeps reporting under its old path. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "lkiln.h"

#define KILN_WATCH_MT "kiln.watch"
#define KILN_WATCH_DIR_MT "kiln.watch.dir"
#define WATCH_MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ONLYDIR)
#define WATCH_EXT_MAX 32

typedef struct wdir {
  int wd;
  char *path; /* as given (root) or joined from it; no trailing '/' */
} wdir;

typedef struct lwatch {
  int fd;       /* inotify descriptor; -1 once closed */
  wdir *dirs;   /* one per watch descriptor */
  int ndirs, capdirs;
  char **roots; /* the directories given, for files() */
  int nroots;
  char ext[WATCH_EXT_MAX];
} lwatch;

static lwatch *check_watch(lua_State *L) {
  lwatch *w = luaL_checkudata(L, 1, KILN_WATCH_MT);
  if (w->fd < 0) luaL_error(L, "kiln.watch: the watcher is closed");
  return w;
}

static void free_dirs(lwatch *w) {
  for (int i = 0; i < w->ndirs; i++) free(w->dirs[i].path);
  free(w->dirs);
  w->dirs = NULL;
  w->ndirs = w->capdirs = 0;
  for (int i = 0; i < w->nroots; i++) free(w->roots[i]);
  free(w->roots);
  w->roots = NULL;
  w->nroots = 0;
}

/* Idempotent: close and __gc share it. */
static void shut(lwatch *w) {
  if (w->fd >= 0) close(w->fd);
  w->fd = -1;
  free_dirs(w);
}

static int l_close(lua_State *L) {
  shut(luaL_checkudata(L, 1, KILN_WATCH_MT));
  return 0;
}

static int wants(const lwatch *w, const char *name) {
  if (name[0] == '.') return 0; /* .foo.lua.swp, emacs .#foo.lua */
  size_t n = strlen(name), e = strlen(w->ext);
  return n > e && strcmp(name + n - e, w->ext) == 0;
}

/* dir + "/" + name into out (PATH_MAX bytes): 0, or -1 when too long. */
static int join(char *out, const char *dir, const char *name) {
  int n = snprintf(out, PATH_MAX, "%s/%s", dir, name);
  return n < 0 || n >= PATH_MAX ? -1 : 0;
}

static int find_wd(const lwatch *w, int wd) {
  for (int i = 0; i < w->ndirs; i++)
    if (w->dirs[i].wd == wd) return i;
  return -1;
}

static int is_dir(const char *dir, const struct dirent *de) {
  if (de->d_type == DT_DIR) return 1;
  if (de->d_type != DT_UNKNOWN) return 0; /* symlinks are not followed: no cycles */
  char p[PATH_MAX];
  struct stat st;
  return join(p, dir, de->d_name) == 0 && lstat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Watches path and, recursively, its subdirectories (skipping hidden ones
 * like .git). Returns 0, or an errno value with *bad set to the path that
 * failed (malloc'd; the caller frees). A subdirectory that vanished while
 * we walked is not an error. */
static int add_tree(lwatch *w, const char *path, char **bad) {
  int wd = inotify_add_watch(w->fd, path, WATCH_MASK);
  if (wd < 0) {
    int e = errno;
    *bad = strdup(path);
    return e;
  }
  if (find_wd(w, wd) >= 0) return 0; /* already watched (given twice) */
  if (w->ndirs == w->capdirs) {
    int ncap = w->capdirs ? 2 * w->capdirs : 16;
    wdir *nd = realloc(w->dirs, (size_t)ncap * sizeof *nd);
    if (!nd) {
      inotify_rm_watch(w->fd, wd);
      *bad = strdup(path);
      return ENOMEM;
    }
    w->dirs = nd;
    w->capdirs = ncap;
  }
  char *own = strdup(path);
  if (!own) {
    inotify_rm_watch(w->fd, wd);
    *bad = strdup(path);
    return ENOMEM;
  }
  w->dirs[w->ndirs].wd = wd;
  w->dirs[w->ndirs].path = own;
  w->ndirs++;
  DIR *d = opendir(path);
  if (!d) {
    int e = errno;
    if (e == ENOENT) return 0;
    *bad = strdup(path);
    return e;
  }
  int rc = 0;
  struct dirent *de;
  char *sub = malloc(PATH_MAX); /* recursion: keep the stack small */
  if (!sub) { closedir(d); *bad = strdup(path); return ENOMEM; }
  while (rc == 0 && (de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.' || !is_dir(path, de) || join(sub, path, de->d_name) != 0) continue;
    rc = add_tree(w, sub, bad);
    if (rc == ENOENT || rc == ENOTDIR) { free(*bad); *bad = NULL; rc = 0; } /* raced away */
  }
  free(sub);
  closedir(d);
  return rc;
}

/* Raises "kiln.watch: cannot watch 'p': <errno text>"; frees bad first. */
static int watch_error(lua_State *L, int e, char *bad) {
  char p[PATH_MAX];
  snprintf(p, sizeof p, "%s", bad ? bad : "?");
  free(bad);
  return luaL_error(L, "kiln.watch: cannot watch '%s': %s%s", p, strerror(e),
                    e == ENOSPC ? " (the inotify watch limit: raise fs.inotify.max_user_watches)" : "");
}

/* Appends the wanted files under path (recursively) to the array at stack
 * index t, each once (seen: a path -> true table). Used by files(), and by
 * changes() for a directory created or moved in: files written into it
 * before its watch was added would otherwise be missed. */
static void add_path(lua_State *L, const char *p, int t, int seen) {
  lua_pushstring(L, p);
  lua_rawget(L, seen);
  if (lua_isnil(L, -1)) {
    lua_pushstring(L, p);
    lua_pushboolean(L, 1);
    lua_rawset(L, seen);
    lua_pushstring(L, p);
    lua_rawseti(L, t, (int)lua_objlen(L, t) + 1);
  }
  lua_pop(L, 1);
}

/* An open directory owned by a userdata, so an error while listing it
 * (out of memory in lua_pushstring) cannot leak the handle. */
static int dir_gc(lua_State *L) {
  DIR **d = luaL_checkudata(L, 1, KILN_WATCH_DIR_MT);
  if (*d) closedir(*d);
  *d = NULL;
  return 0;
}

static void list_files(lua_State *L, const lwatch *w, const char *path, int t, int seen) {
  luaL_checkstack(L, 6, "kiln.watch: directory tree too deep");
  DIR **d = lua_newuserdata(L, sizeof *d);
  *d = NULL;
  luaL_getmetatable(L, KILN_WATCH_DIR_MT);
  lua_setmetatable(L, -2);
  *d = opendir(path);
  if (*d) {
    char p[PATH_MAX];
    struct dirent *de;
    while ((de = readdir(*d)) != NULL) {
      if (de->d_name[0] == '.' || join(p, path, de->d_name) != 0) continue;
      if (is_dir(path, de)) list_files(L, w, p, t, seen);
      else if (wants(w, de->d_name)) add_path(L, p, t, seen);
    }
    closedir(*d);
    *d = NULL;
  }
  lua_pop(L, 1);
}

/* kiln.watch(dir | { dir, ... } [, { ext = ".lua" }]) */
static int l_watch(lua_State *L) {
  int nroots;
  if (lua_type(L, 1) == LUA_TSTRING) {
    nroots = 1;
  } else if (lua_type(L, 1) == LUA_TTABLE) {
    nroots = (int)lua_objlen(L, 1);
    if (nroots < 1) return luaL_error(L, "kiln.watch: the list of directories is empty");
    for (int i = 1; i <= nroots; i++) {
      lua_rawgeti(L, 1, i);
      if (lua_type(L, -1) != LUA_TSTRING)
        return luaL_error(L, "kiln.watch: directory #%d must be a string, got %s", i,
                          luaL_typename(L, -1));
      lua_pop(L, 1);
    }
  } else {
    return luaL_error(L, "kiln.watch: expected a directory path or a list of them, got %s",
                      luaL_typename(L, 1));
  }
  const char *ext = ".lua";
  if (!lua_isnoneornil(L, 2)) {
    if (!lua_istable(L, 2))
      return luaL_error(L, "kiln.watch: options must be a table, got %s", luaL_typename(L, 2));
    lua_pushnil(L);
    while (lua_next(L, 2)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) != LUA_TSTRING || strcmp(lua_tostring(L, -1), "ext") != 0)
        return luaL_error(L, "kiln.watch: unknown option '%s' (options: ext)",
                          lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
    }
    lua_getfield(L, 2, "ext");
    if (!lua_isnil(L, -1)) {
      if (lua_type(L, -1) != LUA_TSTRING)
        return luaL_error(L, "kiln.watch: option 'ext' must be a string, got %s",
                          luaL_typename(L, -1));
      ext = lua_tostring(L, -1);
      if (strlen(ext) >= WATCH_EXT_MAX)
        return luaL_error(L, "kiln.watch: option 'ext' is longer than %d bytes", WATCH_EXT_MAX - 1);
    }
    lua_pop(L, 1);
  }
  /* The userdata exists, closed-but-valid, before anything can fail. */
  lwatch *w = lua_newuserdata(L, sizeof *w);
  memset(w, 0, sizeof *w);
  w->fd = -1;
  luaL_getmetatable(L, KILN_WATCH_MT);
  lua_setmetatable(L, -2);
  memcpy(w->ext, ext, strlen(ext) + 1);
  w->roots = calloc((size_t)nroots, sizeof *w->roots);
  if (!w->roots) return luaL_error(L, "kiln.watch: out of memory");
  for (int i = 0; i < nroots; i++) {
    if (lua_type(L, 1) == LUA_TSTRING) lua_pushvalue(L, 1);
    else lua_rawgeti(L, 1, i + 1);
    size_t n;
    const char *p = lua_tolstring(L, -1, &n);
    if (n == 0) return luaL_error(L, "kiln.watch: directory #%d is an empty path", i + 1);
    while (n > 1 && p[n - 1] == '/') n--;
    w->roots[i] = malloc(n + 1);
    if (!w->roots[i]) return luaL_error(L, "kiln.watch: out of memory");
    memcpy(w->roots[i], p, n);
    w->roots[i][n] = '\0';
    w->nroots = i + 1;
    lua_pop(L, 1);
  }
  w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (w->fd < 0) {
    int e = errno;
    return luaL_error(L, "kiln.watch: inotify_init1: %s%s", strerror(e),
                      e == EMFILE ? " (the inotify instance limit: fs.inotify.max_user_instances)"
                                  : "");
  }
  for (int i = 0; i < w->nroots; i++) {
    char *bad = NULL;
    int e = add_tree(w, w->roots[i], &bad);
    if (e) {
      shut(w);
      return watch_error(L, e, bad);
    }
  }
  return 1;
}

/* w:changes() -> { path, ... [, overflow = true] } */
static int l_changes(lua_State *L) {
  lwatch *w = check_watch(L);
  lua_newtable(L);
  int t = lua_gettop(L);
  lua_newtable(L); /* path -> true: each path once */
  int seen = t + 1;
  /* Aligned as the kernel requires for struct inotify_event. */
  char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
  for (;;) {
    ssize_t n = read(w->fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break; /* EAGAIN: drained (other errors: nothing more to read either) */
    for (char *p = buf; p < buf + n;) {
      const struct inotify_event *ev = (const struct inotify_event *)p;
      p += sizeof *ev + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        lua_pushboolean(L, 1);
        lua_setfield(L, t, "overflow");
        continue;
      }
      int i = find_wd(w, ev->wd);
      if (ev->mask & IN_IGNORED) { /* directory removed: forget it */
        if (i >= 0) {
          free(w->dirs[i].path);
          w->dirs[i] = w->dirs[--w->ndirs];
        }
        continue;
      }
      char path[PATH_MAX];
      if (i < 0 || ev->len == 0 || join(path, w->dirs[i].path, ev->name) != 0) continue;
      if (ev->mask & IN_ISDIR) {
        if (ev->name[0] != '.' && (ev->mask & (IN_CREATE | IN_MOVED_TO))) {
          char *bad = NULL;
          add_tree(w, path, &bad); /* best effort: a failure only loses its events */
          free(bad);
          list_files(L, w, path, t, seen);
        }
      } else if ((ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) && wants(w, ev->name)) {
        add_path(L, path, t, seen);
      }
    }
  }
  lua_settop(L, t);
  return 1;
}

/* w:files() -> sorted { path, ... } */
static int l_files(lua_State *L) {
  lwatch *w = check_watch(L);
  lua_newtable(L);
  int t = lua_gettop(L);
  lua_newtable(L);
  for (int i = 0; i < w->nroots; i++) list_files(L, w, w->roots[i], t, t + 1);
  lua_settop(L, t);
  lua_getglobal(L, "table");
  lua_getfield(L, -1, "sort");
  lua_pushvalue(L, t);
  lua_call(L, 1, 0);
  lua_settop(L, t);
  return 1;
}

static int l_tostring(lua_State *L) {
  lwatch *w = luaL_checkudata(L, 1, KILN_WATCH_MT);
  if (w->fd < 0) lua_pushliteral(L, "kiln.watch (closed)");
  else lua_pushfstring(L, "kiln.watch (%d directories)", w->ndirs);
  return 1;
}

static const luaL_Reg watch_methods[] = {
  { "changes", l_changes },
  { "files", l_files },
  { "close", l_close },
  { NULL, NULL }
};

static const luaL_Reg watch_meta[] = {
  { "__gc", l_close },
  { "__tostring", l_tostring },
  { NULL, NULL }
};

/* Pushes the kiln.watch constructor. */
int kiln__lwatch_open(lua_State *L) {
  if (luaL_newmetatable(L, KILN_WATCH_DIR_MT)) {
    lua_pushcfunction(L, dir_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, KILN_WATCH_MT)) {
    luaL_register(L, NULL, watch_meta);
    lua_newtable(L);
    luaL_register(L, NULL, watch_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  lua_pushcfunction(L, l_watch);
  return 1;
}

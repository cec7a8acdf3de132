/* kiln gpu: texture uploads staged by worker threads, committed on the
 * render thread.
 *
 * Workers validate an upload and memcpy it into a staging ring; they never
 * call GL. The render thread, once per frame, retires finished uploads with
 * zero-timeout fence polls (never waits) and issues staged uploads in
 * priority order (staging order within a priority) within a byte, count
 * and time budget. Backends:
 *   RING    persistent, coherent mapped buffer (GL 4.4 / ARB_buffer_storage):
 *           workers write straight into GPU-visible memory; glTexSubImage
 *           reads from buffer offsets; a fence per commit guards reuse.
 *   PBO     GL < 4.4 fallback: workers write a CPU ring; commit copies each
 *           batch into an orphaned pixel-unpack buffer from a small pool.
 *   DIRECT  glTexSubImage straight from the CPU ring (client memory).
 *   NULL    no GL at all: each texture is a CPU copy (headless runs, specs).
 *
 * Threads: "render thread" is the thread that called kiln_gpu_attach with
 * the GL context current. With the NULL backend no attach is needed and the
 * "render thread only" functions may run on any one thread at a time.
 *
 * Ordering contract: every staged upload gets a seq (monotonic, from 1);
 * kiln_gpu_issued_seq() is the highest seq such that every upload with a
 * seq <= it was issued to GL or dropped, so an item's apply may run once
 * issued_seq >= the seq of its last upload. GL executes commands in order,
 * so anything the renderer draws after that sees the new texels.
 *
 * GL thread check: with KILN_GL_CHECKS, glad's pre-call hook flags any GL
 * call on a thread that has not attached a kiln_gpu (one TLS load per call;
 * see kiln_gpu_gl_violations). Attach right after making the context
 * current: until then glad's default hooks call glGetError around every
 * call. */
#ifndef KILN_GPU_H
#define KILN_GPU_H

#include <stddef.h>
#include <stdint.h>

#include "kiln_err.h"

typedef struct kiln_gpu kiln_gpu;

typedef enum kiln_gpu_backend {
  KILN_GPU_AUTO = 0, /* RING if the context has buffer storage, else PBO */
  KILN_GPU_RING,
  KILN_GPU_PBO,
  KILN_GPU_DIRECT,
  KILN_GPU_NULL
} kiln_gpu_backend;

/* Texel formats. 0 is never a valid format, so a zeroed upload is caught. */
typedef enum kiln_gpu_format {
  KILN_GPU_FORMAT_NONE = 0,
  KILN_GPU_R8,
  KILN_GPU_RG8,
  KILN_GPU_RGBA8,
  KILN_GPU_R16F,
  KILN_GPU_RG16F,
  KILN_GPU_RGBA16F,
  KILN_GPU_R32F,
  KILN_GPU_RG32F,
  KILN_GPU_RGBA32F,
  KILN_GPU_RGB8,
  KILN_GPU_SRGB8,           /* bytes stored as given, read as sRGB */
  KILN_GPU_SRGB8_ALPHA8,
  KILN_GPU_R16,             /* 16-bit UNORM */
  KILN_GPU_RG16,
  KILN_GPU_RGBA16,
  KILN_GPU_RGB16F,
  KILN_GPU_RGB32F,
  KILN_GPU_R8UI,            /* integer: GL_RED_INTEGER, sampled with usampler */
  KILN_GPU_R32UI,
  /* Block-compressed, 4x4 texels a block (8 bytes: bc1, bc4; 16: the
   * others). 2d, 2d_array, cube and cube_array textures only. bc1/bc3 need
   * GL_EXT_texture_compression_s3tc (their sRGB forms also
   * GL_EXT_texture_sRGB); bc4/bc5 (RGTC) and bc7 (BPTC) are core GL. */
  KILN_GPU_BC1,             /* GL_COMPRESSED_RGBA_S3TC_DXT1_EXT */
  KILN_GPU_BC1_SRGB,
  KILN_GPU_BC3,             /* GL_COMPRESSED_RGBA_S3TC_DXT5_EXT */
  KILN_GPU_BC3_SRGB,
  KILN_GPU_BC4,             /* GL_COMPRESSED_RED_RGTC1 */
  KILN_GPU_BC5,             /* GL_COMPRESSED_RG_RGTC2 */
  KILN_GPU_BC7,             /* GL_COMPRESSED_RGBA_BPTC_UNORM */
  KILN_GPU_BC7_SRGB,
  KILN_GPU_FORMAT_COUNT
} kiln_gpu_format;

/* Sampler state of a kiln-made texture; 0 leaves GL's defaults. */
typedef enum kiln_gpu_filter {
  KILN_GPU_FILTER_DEFAULT = 0,
  KILN_GPU_FILTER_NEAREST,  /* min and mag GL_NEAREST (level base only) */
  KILN_GPU_FILTER_LINEAR,   /* min and mag GL_LINEAR (level base only) */
  KILN_GPU_FILTER_TRILINEAR,/* min GL_LINEAR_MIPMAP_LINEAR, mag GL_LINEAR */
  KILN_GPU_FILTER_COUNT
} kiln_gpu_filter;

typedef enum kiln_gpu_wrap {
  KILN_GPU_WRAP_DEFAULT = 0,
  KILN_GPU_WRAP_REPEAT,     /* GL_REPEAT on s, t and r */
  KILN_GPU_WRAP_CLAMP,      /* GL_CLAMP_TO_EDGE */
  KILN_GPU_WRAP_MIRROR,     /* GL_MIRRORED_REPEAT */
  KILN_GPU_WRAP_COUNT
} kiln_gpu_wrap;

typedef enum kiln_gpu_kind {
  KILN_GPU_TEX_2D = 0,
  KILN_GPU_TEX_2D_ARRAY,
  KILN_GPU_TEX_3D,
  KILN_GPU_TEX_CUBE,
  KILN_GPU_TEX_1D,          /* height 1 */
  KILN_GPU_TEX_1D_ARRAY,    /* height 1; layers are region z */
  KILN_GPU_TEX_CUBE_ARRAY,  /* layers cubes; region z = 6 * layer + face */
  KILN_GPU_KIND_COUNT
} kiln_gpu_kind;

/* Zero means default for every field. */
typedef struct kiln_gpu_config {
  kiln_gpu_backend backend; /* AUTO */
  size_t ring_bytes;        /* staging ring size; 0: 32 MiB; rounded up to 4 KiB */
  int legacy_gl;            /* act as if the context lacked GL 4.4/4.5
                               (no buffer storage, no DSA): tests the
                               fallback paths on a modern driver */
  int gl_debug;             /* check glGetError after every GL call (slow);
                               errors are counted like thread violations
                               (kiln_gpu_gl_violations), so kiln's own
                               glGetError checks no longer see them */
} kiln_gpu_config;

/* Texture handle: slot index and generation, so a freed-then-reused slot is
 * caught. 0 is never valid. */
typedef uint32_t kiln_gpu_tex;

typedef struct kiln_gpu_texture_desc {
  const char *name;         /* unique, 1..63 bytes; copied */
  int width, height;        /* >= 1; cube(_array): width == height;
                               1d(_array): height 0 or 1 */
  kiln_gpu_format format;
  kiln_gpu_kind kind;
  int layers;               /* 2d_array, 1d_array: layers, cube_array:
                               cubes; >= 1 (0: 1); others must be 0 or 1 */
  int depth;                /* 3d: >= 1 (0: 1); others must be 0 or 1 */
  int levels;               /* mip levels; 0: the full chain (down to 1x1);
                               at most the full chain */
  kiln_gpu_filter filter;   /* kiln-made textures only (adopt: must be 0);
                               integer formats: nearest or default */
  kiln_gpu_wrap wrap;       /* kiln-made textures only (adopt: must be 0) */
} kiln_gpu_texture_desc;

/* A box in one mip level. z is the layer (2d_array, 1d_array), slice (3d),
 * face (cube, 0..5 = +X -X +Y -Y +Z -Z) or layer-face (cube_array,
 * 6 * layer + face); d counts layers/slices/faces from z (0: 1). 1d and
 * 1d_array regions have y 0 and h 1. Texel data is tightly packed: rows
 * of w texels, w*h per image, images in z order. Compressed formats count
 * in 4x4 blocks: x and y multiples of 4, w and h too unless the region
 * ends at the level's edge; data is rows of ceil(w/4) blocks,
 * ceil(h/4) block rows per image (kiln_gpu_format_size). */
typedef struct kiln_gpu_region {
  int x, y, z;
  int w, h, d;
  int level;
} kiln_gpu_region;

typedef struct kiln_gpu_upload {
  const char *texture;      /* texture name, or NULL when id is set */
  kiln_gpu_tex id;          /* nonzero: used instead of the name lookup */
  kiln_gpu_format format;   /* the DATA's format: the texture's, or one
                               GL converts from on upload
                               (kiln_gpu_format_converts) */
  kiln_gpu_region region;
  /* Where the region's texels sit in data (all 0: tightly packed from the
   * start). The worker copies just the region's rows into the ring, packed
   * there, so a sub-rectangle of a larger image or one level of a mip chain
   * packed in one buffer costs no extra copy. */
  size_t offset;            /* bytes from data to texel (0,0,0) of the region */
  int row_length;           /* texels per source row; 0: region w */
  int image_height;         /* rows per source image (3d, arrays); 0: region h */
  int priority;             /* commit issues higher first, FIFO within one */
  size_t max_band_bytes;    /* largest ring reservation per band (the item's
                               reservation); 0 or more than the ring: the
                               ring's capacity */
} kiln_gpu_upload;

/* Per-commit limits; 0 means no limit. At least one upload is issued per
 * commit whatever the limits, so staged work always progresses. The time
 * limit is kiln_gpu_commit_ns's max_ns. */
typedef struct kiln_gpu_budget {
  size_t max_upload_bytes;
  unsigned max_uploads;
} kiln_gpu_budget;

typedef struct kiln_gpu_commit_result {
  unsigned issued;          /* uploads handed to GL in this call */
  unsigned dropped;         /* stale or orphaned uploads discarded */
  size_t bytes;             /* texel bytes issued */
  int oversized;            /* 1: the first upload alone exceeded
                               max_upload_bytes and was issued anyway (an
                               upload that could never fit a budget must
                               still make progress); nothing else followed */
  unsigned fences_retired;
  uint64_t ns;              /* time spent in the call */
} kiln_gpu_commit_result;

typedef struct kiln_gpu_stats {
  kiln_gpu_backend backend; /* AUTO until attach picks one */
  size_t ring_capacity;     /* bytes */
  size_t ring_used;         /* bytes held by staged or in-flight uploads,
                               padding included */
  uint64_t staged, issued, dropped;   /* uploads */
  uint64_t bytes_staged, bytes_issued;
  uint64_t stalls;          /* stage calls that had to wait (for ring space
                               or behind an earlier waiter) */
  unsigned fences_pending;
  unsigned textures;
  uint64_t gl_violations;   /* process-wide, see kiln_gpu_gl_violations */
} kiln_gpu_stats;

/* Called on the render thread from kiln_gpu_commit, with no lock held, with
 * reserved bytes (kiln_gpu_release_after) that are free again. */
typedef void (*kiln_gpu_release_fn)(void *ud, size_t bytes);

/* GL loader: glfwGetProcAddress, SDL_GL_GetProcAddress... */
typedef void (*(*kiln_gpu_getproc_fn)(const char *name))(void);
/* The same returning a data pointer (a LuaJIT cdata `void *(*)(const char *)`). */
typedef void *(*kiln_gpu_proc_fn)(const char *name);
/* A loader with a user pointer (e.g. a trampoline into a Lua function). */
typedef void *(*kiln_gpu_loader_fn)(void *ud, const char *name);

/* ------------------------------------------------------------ lifetime -- */

/* Any thread; no GL. cfg may be NULL (all defaults). For the NULL backend
 * the object is usable at once; GL backends need kiln_gpu_attach.
 * Errors: KILN_INVAL (bad backend), KILN_TOOBIG (ring_bytes), KILN_NOMEM.
 * *out is NULL on failure. */
int kiln_gpu_new(const kiln_gpu_config *cfg, kiln_gpu **out, char *msg);

/* Render thread, context current: loads GL through glad, records the
 * calling thread as the render thread and the current context, installs
 * the GL thread check and sets up the backend (AUTO: RING when GL >= 4.4
 * or GL_ARB_buffer_storage, else PBO). A forced backend the context cannot
 * do fails. getproc NULL: the loader of whatever context is current is
 * found at run time (glXGetProcAddressARB when glXGetCurrentContext() is
 * set, else eglGetProcAddress for eglGetCurrentContext(), else
 * glfwGetProcAddress for glfwGetCurrentContext()); the NULL backend needs
 * none. GL function pointers are process-wide (glad), so attach every
 * kiln_gpu to the same kind of context.
 * The context: GLX, EGL or GLFW's current-context pointer at attach (with
 * an explicit loader, the first of the three that is set; none: not
 * checked). Every later render-thread entry point (commit, texture_new,
 * texture_free, texture_gl, read_texture, free) first checks that it is
 * still current and otherwise fails with KILN_THREAD, issuing no GL
 * (texture_free does nothing, free leaks the GL objects). A commit with
 * nothing to issue or poll checks only GLFW's current context (when GLFW
 * knew it at attach): libglvnd's glX/eglGetCurrentContext cost a syscall.
 * GL state: kiln restores what it changes of the host's state (pixel
 * unpack/pack buffer bindings, GL_UNPACK_* / GL_PACK_* parameters, texture
 * bindings of the active unit; it never changes the active unit).
 * Needs GL 4.2 (glTexStorage) and sync objects; RING needs 4.4 or
 * GL_ARB_buffer_storage; reads use glGetTextureSubImage with GL 4.5.
 * Errors: KILN_GL (no context current, loader failed, backend unsupported,
 * mapping failed), KILN_EXISTS (already attached), KILN_NOMEM. */
int kiln_gpu_attach(kiln_gpu *gpu, kiln_gpu_getproc_fn getproc, char *msg);
/* kiln_gpu_attach with a loader returning void * (NULL: found as above). */
int kiln_gpu_attach_proc(kiln_gpu *gpu, kiln_gpu_proc_fn get_proc_address, char *msg);
/* kiln_gpu_attach with loader(ud, name) (NULL: found as above). */
int kiln_gpu_attach_loader(kiln_gpu *gpu, kiln_gpu_loader_fn loader, void *ud, char *msg);

/* Render thread: KILN_OK when the context kiln attached to is current (or
 * could not be identified, or the NULL backend), else KILN_THREAD with a
 * message naming both contexts; KILN_AGAIN before attach. The message
 * behind a KILN_THREAD from kiln_gpu_commit, which has no msg. */
int kiln_gpu_context_check(kiln_gpu *gpu, char *msg);

/* Any thread: the API whose context attach recorded: "glx", "egl",
 * "glfw", or "unknown" (not attached, NULL backend, or not identified). */
const char *kiln_gpu_context_api(kiln_gpu *gpu);

/* Any thread: wakes every worker blocked in kiln_gpu_stage and makes every
 * later stage fail with KILN_CANCELED. Commit keeps working so the render
 * thread can drain. Idempotent. */
void kiln_gpu_shutdown_waiters(kiln_gpu *gpu);

/* Render thread with the context current when attached to GL (deletes the
 * textures kiln made, never adopted ones, the ring and pending fences); any
 * thread otherwise (GL objects are then leaked, never touched off-thread).
 * Wakes blocked workers with KILN_CANCELED and waits until they have left
 * kiln_gpu_stage; no thread may call into gpu afterwards. NULL is a no-op. */
void kiln_gpu_free(kiln_gpu *gpu);

/* ------------------------------------------------------------ textures -- */

/* Render thread (NULL backend: any thread). Creates an immutable-storage
 * texture (glTexStorage*). desc->name is copied. Errors name the field:
 * KILN_INVAL (bad size, kind, format, layers, depth, levels, filter,
 * wrap), KILN_EXISTS (name taken), KILN_THREAD, KILN_GL (GL refused the
 * storage; the format needs an extension the context lacks), KILN_NOMEM,
 * KILN_AGAIN (GL backend not attached yet). */
int kiln_gpu_texture_new(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc,
                         kiln_gpu_tex *id, char *msg);

/* Render thread (NULL backend: any thread). Adopts a texture the host
 * created, under desc->name, so workers stage into it by name like a
 * kiln-made one. kiln uploads into it and never deletes it (texture_free
 * and kiln_gpu_free only forget it); the host must keep it alive until it
 * is freed here. On GL, gl_name must name a texture of desc->kind whose
 * level 0 has desc's width, height (layers/depth) and the internal format
 * of desc->format (unsized GL_RED/GL_RG/GL_RGB/GL_RGBA is accepted for
 * r8/rg8/rgb8/rgba8), with desc->levels levels present (0: the full chain); any
 * mismatch is an error naming the field. The texture's sampler state and
 * bindings are not touched. NULL backend: gl_name is not checked (there is
 * no GL) and the texture gets a CPU copy like a kiln-made one, so headless
 * runs of the same script work; pass 0.
 * Errors: as kiln_gpu_texture_new, plus KILN_INVAL (field 'gl': 0, not a
 * texture, or already known to this gpu; a size, kind, format or levels
 * mismatch). */
int kiln_gpu_texture_adopt(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, unsigned gl_name,
                           kiln_gpu_tex *id, char *msg);

/* Render thread (NULL backend: the thread that commits). Deletes a
 * kiln-made texture, forgets an adopted one (its GL texture is left to the
 * host). Uploads still staged for it are dropped at the next commit and
 * counted in `dropped` (their ring space is freed); they are never issued
 * into a later texture of the same name, which gets a new id. Unknown or
 * stale ids are ignored. */
void kiln_gpu_texture_free(kiln_gpu *gpu, kiln_gpu_tex id);

/* As kiln_gpu_texture_free, by name. Errors: KILN_NOTFOUND (field 'name'),
 * KILN_THREAD, KILN_AGAIN (GL backend not attached). */
int kiln_gpu_texture_free_name(kiln_gpu *gpu, const char *name, char *msg);

/* Any thread. Errors: KILN_NOTFOUND. */
int kiln_gpu_texture_find(kiln_gpu *gpu, const char *name, kiln_gpu_tex *id);

/* Any thread. Copies the description (levels, layers and depth resolved,
 * never 0); desc->name points into gpu and stays valid until the texture is
 * freed. Errors: KILN_NOTFOUND. */
int kiln_gpu_texture_info(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_texture_desc *desc);

/* Render thread. The GL texture name for the renderer; 0 for an unknown id,
 * the NULL backend or a call off the render thread. */
unsigned kiln_gpu_texture_gl(kiln_gpu *gpu, kiln_gpu_tex id);

/* Render thread (NULL backend: the thread that commits). Reads a region
 * back, tightly packed, into out (len must equal the region's size), in
 * the texture's format: glGetTextureSubImage, glGetTexImage without GL
 * 4.5, the CPU copy for NULL. Compressed textures return their blocks
 * (glGetCompressedTextureSubImage / glGetCompressedTexImage). For tests and tools; it waits for the GPU.
 * Errors: as kiln_gpu_stage's validation, KILN_THREAD, KILN_GL, KILN_NOMEM. */
int kiln_gpu_read_texture(kiln_gpu *gpu, kiln_gpu_tex id, const kiln_gpu_region *region,
                          void *out, size_t len, char *msg);

/* -------------------------------------------------------------- worker -- */

/* Worker (any thread; never calls GL). Validates the upload against its
 * texture, then reserves ring space and copies the region's rows from data
 * (see kiln_gpu_upload.offset; len is data's length, which must hold
 * offset plus the last byte read). An upload whose packed size exceeds
 * max_band_bytes (or the ring) is split into bands of rows (of whole
 * images when one fits), each reserved, copied and later committed on its
 * own as ring space frees; *seq is the last band's, so an apply gated on
 * it runs after the whole upload was issued. On an error after some bands
 * were staged, *seq is the last staged band's (they are issued or dropped
 * like any upload). Blocks
 * on a condition variable while the ring has no contiguous space (it is
 * freed as the render thread retires fences); reservations are served in
 * arrival order. On the render thread (the one that attached; NULL
 * backend: the one that created gpu or last committed) it never waits, as
 * only its own commit could free space: it fails with KILN_AGAIN instead.
 * session tags the upload: kiln_gpu_commit drops uploads of an older
 * session. *seq receives the upload's seq (may be NULL). data is only read
 * during the call.
 * Errors (msg names the field): KILN_NOTFOUND (texture), KILN_INVAL
 * (format, level, region, offset, row_length, image_height, data size),
 * KILN_TOOBIG (one row larger than a band; on the render thread, an upload
 * needing more than one band),
 * KILN_CANCELED (kiln_gpu_shutdown_waiters or free), KILN_AGAIN (GL backend
 * not attached; ring full on the render thread), KILN_NOMEM. */
int kiln_gpu_stage(kiln_gpu *gpu, const kiln_gpu_upload *up, const void *data, size_t len,
                   uint64_t session, uint64_t *seq, char *msg);

/* Worker, after its last stage for an item: hands back `bytes` of the
 * caller's reservation through the release callback once every upload
 * staged so far (by any thread) has retired, i.e. its ring space is free.
 * Never blocks. Errors: KILN_NOMEM. */
int kiln_gpu_release_after(kiln_gpu *gpu, size_t bytes);

/* Any thread, before workers run. fn may be NULL (releases are then just
 * counted away). */
void kiln_gpu_set_release_cb(kiln_gpu *gpu, kiln_gpu_release_fn fn, void *ud);

/* Any thread: staging ring capacity in bytes (the admission pool's size).
 * One upload takes its size rounded up to 64 bytes, plus padding when it
 * would straddle the ring's end. */
size_t kiln_gpu_capacity(const kiln_gpu *gpu);

/* -------------------------------------------------------- render thread -- */

/* Render thread. Never waits for the GPU:
 *  1. retires fences that have signalled (zero-timeout glClientWaitSync),
 *     freeing their ring space in FIFO order and waking blocked workers;
 *  2. drops every staged upload of a session older than current_session,
 *     or for a freed texture (no GL call, the texture keeps its contents,
 *     its space is freed); issues the others with glTex(ture)SubImage* in
 *     priority order (higher first, seq order within a priority) until the
 *     budget (bytes, count, time) is spent. Within a priority it stops at
 *     the first upload whose copy is still in progress;
 *  3. fences the batch (RING) and calls the release callback. Ring space
 *     frees in ring order: an upload issued ahead of an earlier one keeps
 *     its space until the earlier one is issued and fenced too.
 * budget may be NULL (no limit); res may be NULL. Leaves the host's
 * GL_UNPACK_* state, pixel-unpack buffer and texture bindings as it found
 * them; queries none of it when nothing is issued. Errors: KILN_THREAD
 * (off the render thread, or another context current: see
 * kiln_gpu_context_check for the message), KILN_AGAIN (GL backend not
 * attached). */
int kiln_gpu_commit(kiln_gpu *gpu, const kiln_gpu_budget *budget, uint64_t current_session,
                    kiln_gpu_commit_result *res);

/* kiln_gpu_commit with a time budget too: stops issuing once max_ns (0: no
 * limit) have passed since the call began, measured between uploads (it
 * takes a batch sized by the rate so far, so it may run over by about one
 * upload); the first upload is always issued. */
int kiln_gpu_commit_ns(kiln_gpu *gpu, const kiln_gpu_budget *budget, uint64_t max_ns,
                       uint64_t current_session, kiln_gpu_commit_result *res);

/* Any thread: see the ordering contract above. 0 before any upload. With
 * priorities it may lag behind uploads issued ahead of lower-priority ones
 * (see kiln_gpu_seq_issued). */
uint64_t kiln_gpu_issued_seq(const kiln_gpu *gpu);

/* Any thread: 1 when the upload with this seq was issued to GL or dropped
 * (seq 0: 1). Exact even when priorities reorder commits. An item's
 * uploads staged at one priority issue in seq order, so its last seq
 * stands for all of them. */
int kiln_gpu_seq_issued(kiln_gpu *gpu, uint64_t seq);

/* Any thread: a consistent snapshot. */
void kiln_gpu_stats_get(kiln_gpu *gpu, kiln_gpu_stats *st);

/* Any thread. The GL thread check (builds with KILN_GL_CHECKS): glad's
 * pre-call hook flags every GL call made on a thread that has not attached
 * a kiln_gpu, and, with cfg.gl_debug, glGetError after each call. Returns
 * the process-wide count of such events and copies the latest message
 * (naming the GL function) into msg (KILN_ERRMSG_MAX, may be NULL). The
 * first event is also printed to stderr. */
uint64_t kiln_gpu_gl_violations(char *msg);

/* Any thread: backend name ("auto", "ring", "pbo", "direct", "null"). */
const char *kiln_gpu_backend_name(kiln_gpu_backend b);

/* ------------------------------------------------------------- formats -- */

/* Any thread. Bytes per texel (compressed: per 4x4 block), 0 for an
 * unknown format. */
size_t kiln_gpu_format_bytes(kiln_gpu_format f);
/* Any thread. 1 for a block-compressed format, else 0. */
int kiln_gpu_format_compressed(kiln_gpu_format f);
/* Any thread. Bytes of a tightly packed w x h x d region of format f
 * (compressed: whole 4x4 blocks); 0 for an unknown format or a size < 1. */
size_t kiln_gpu_format_size(kiln_gpu_format f, int w, int h, int d);
/* Any thread. 1 when data of format `data` may be uploaded into a texture
 * of format `tex`: the same format, or the same channel count within one
 * class where GL converts on upload: float (16f/32f either way), 8-bit
 * UNORM (linear or sRGB: bytes stored as given), 16-bit UNORM. Integer and
 * compressed formats only into themselves. */
int kiln_gpu_format_converts(kiln_gpu_format data, kiln_gpu_format tex);
/* Any thread. "rgba8"... or NULL for an unknown format. */
const char *kiln_gpu_format_name(kiln_gpu_format f);
/* Any thread. KILN_GPU_FORMAT_NONE for an unknown name. */
kiln_gpu_format kiln_gpu_format_from_name(const char *name);
/* Any thread. GL internal format, format and type; KILN_INVAL if unknown.
 * Compressed formats have format and type 0 (glCompressedTexSubImage*). */
int kiln_gpu_format_gl(kiln_gpu_format f, unsigned *internal_format, unsigned *format,
                       unsigned *type);
/* Any thread. "2d", "2d_array", "3d", "cube", "1d", "1d_array",
 * "cube_array", or NULL. */
const char *kiln_gpu_kind_name(kiln_gpu_kind k);
/* Any thread. "nearest", "linear", "trilinear" / "repeat", "clamp",
 * "mirror"; "default" for 0; NULL when unknown. */
const char *kiln_gpu_filter_name(kiln_gpu_filter f);
const char *kiln_gpu_wrap_name(kiln_gpu_wrap w);
/* Any thread. 0 (DEFAULT) for an unknown or NULL name. */
kiln_gpu_filter kiln_gpu_filter_from_name(const char *name);
kiln_gpu_wrap kiln_gpu_wrap_from_name(const char *name);

#endif

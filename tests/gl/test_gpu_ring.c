/* kiln gpu ring stress: 10,000 uploads of varied sizes from 2 worker
 * threads through a 256 KiB persistent ring (many wrap-arounds, fences
 * retired and the space reused while workers block), committed under small
 * per-frame budgets, then every texel read back. */
#include "test_gpu_common.h"

enum { N = 10000, TEX = 2048, CELL = 16, PER_ROW = TEX / CELL };

static void cell_of(int i, int *x, int *y, int *w, int *h) {
  *x = (i % PER_ROW) * CELL;
  *y = (i / PER_ROW) * CELL;
  *w = 4 + (i * 7) % 13;   /* 4..16 texels: sizes (and wrap points) vary */
  *h = 3 + (i * 5) % 14;
}

struct worker { kiln_gpu *gpu; int first, step; int rc; size_t reserved; };

static void *worker(void *arg) {
  struct worker *wk = arg;
  uint8_t buf[CELL * CELL * 4];
  for (int i = wk->first; i < N && wk->rc == 0; i += wk->step) {
    int x, y, w, h;
    cell_of(i, &x, &y, &w, &h);
    size_t n = (size_t)w * h * 4;
    tg_fill(buf, n, KILN_GPU_RGBA8, (uint32_t)i);
    kiln_gpu_upload up = {.texture = "big", .format = KILN_GPU_RGBA8, .region = {x, y, 0, w, h, 1, 0}};
    char msg[KILN_ERRMSG_MAX];
    wk->rc = kiln_gpu_stage(wk->gpu, &up, buf, n, 1, NULL, msg);
    if (wk->rc) fprintf(stderr, "stage %d: %s\n", i, msg);
    /* as the runtime does after an item's last upload */
    if (wk->rc == 0 && kiln_gpu_release_after(wk->gpu, n) == KILN_OK) wk->reserved += n;
  }
  return NULL;
}

static size_t released;
static void on_release(void *ud, size_t bytes) { released += bytes; }

static void stress(kiln_gpu_backend b, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(b, 256 << 10, 0);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = tg_tex(gpu, "big", TEX, TEX, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  released = 0;
  kiln_gpu_set_release_cb(gpu, on_release, NULL);
  struct worker wk[2] = {{gpu, 0, 2, 0, 0}, {gpu, 1, 2, 0, 0}};
  pthread_t th[2];
  for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, worker, &wk[i]);
  uint64_t issued = 0, commits = 0, fences = 0, last = 0;
  const kiln_gpu_budget budget = {.max_upload_bytes = 48 << 10, .max_uploads = 96};
  while (issued < N) {
    kiln_gpu_commit_result r;
    KT_REQUIRE(kiln_gpu_commit(gpu, &budget, 1, &r) == KILN_OK);
    KT_CHECK(r.issued <= budget.max_uploads && (r.bytes <= budget.max_upload_bytes || r.oversized));
    KT_CHECK(kiln_gpu_issued_seq(gpu) >= last);
    last = kiln_gpu_issued_seq(gpu);
    issued += r.issued;
    fences += r.fences_retired;
    commits++;
    if (r.issued == 0) sched_yield();
  }
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  KT_CHECK(wk[0].rc == 0 && wk[1].rc == 0);
  KT_CHECK(last == N);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.bytes_staged > 8 * st.ring_capacity);  /* wrapped many times */
  fprintf(stderr, "  %s: %llu commits, %llu fences retired, %llu stalls, %.1f MiB through a %zu KiB ring\n",
          kiln_gpu_backend_name(b), (unsigned long long)commits, (unsigned long long)fences,
          (unsigned long long)st.stalls, st.bytes_staged / 1048576.0, st.ring_capacity >> 10);
  tg_drain(gpu, 1);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.fences_pending == 0 && st.issued == N);
  KT_CHECK(released == wk[0].reserved + wk[1].reserved && released == st.bytes_staged);
  if (b == KILN_GPU_RING) KT_CHECK(fences > 0);

  size_t len = (size_t)TEX * TEX * 4;
  uint8_t *img = malloc(len);
  KT_REQUIRE(img);
  char msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, TEX, TEX, 1, 0}, img, len, msg) == KILN_OK);
  long bad = 0, first_bad = -1;
  uint8_t want[CELL * CELL * 4];
  for (int i = 0; i < PER_ROW * PER_ROW; i++) {
    int x, y, w, h;
    cell_of(i, &x, &y, &w, &h);
    if (i < N) tg_fill(want, (size_t)w * h * 4, KILN_GPU_RGBA8, (uint32_t)i);
    for (int yy = 0; yy < CELL; yy++)
      for (int xx = 0; xx < CELL; xx++) {
        const uint8_t *p = img + ((size_t)(y + yy) * TEX + (size_t)(x + xx)) * 4;
        bool inside = i < N && xx < w && yy < h;
        for (int c = 0; c < 4; c++) {
          uint8_t e = inside ? want[((size_t)yy * w + xx) * 4 + c] : 0;
          if (p[c] != e) { bad++; if (first_bad < 0) first_bad = i; }
        }
      }
  }
  if (bad) fprintf(stderr, "  %ld wrong texel bytes, first in upload %ld\n", bad, first_bad);
  KT_CHECK(bad == 0);
  free(img);
  kiln_gpu_free(gpu);
}

KT_TEST(ring_wrap_10k) { stress(KILN_GPU_RING, kt_failed); }
KT_TEST(pbo_wrap_10k) { stress(KILN_GPU_PBO, kt_failed); }

int main(int argc, char **argv) {
  if (!tg_open()) { printf("gpu_ring: 0 passed, 1 failed\n"); return 1; }
  static const struct kt_case cases[] = {KT_CASE(ring_wrap_10k), KT_CASE(pbo_wrap_10k)};
  int rc = kt_run("gpu_ring", cases, sizeof cases / sizeof cases[0], argc, argv);
  tg_close();
  return rc;
}

/* kiln gpu staging on a real GL context, for the ring, pbo and direct
 * backends (and the non-DSA paths of pbo/direct with legacy_gl): a
 * sub-rectangle of a larger image (offset, row_length), a mip chain packed
 * in one buffer staged level by level, an upload 4x the ring's size split
 * into bands with the apply gate opening only after the last, commit
 * priority order, and the commit time budget. Every texel is read back. */
#include "test_gpu_common.h"

#include <sched.h>

static int read_eq(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_region r, const uint8_t *want, size_t n) {
  uint8_t *got = calloc(1, n);
  char msg[KILN_ERRMSG_MAX] = "";
  int ok = kiln_gpu_read_texture(gpu, id, &r, got, n, msg) == KILN_OK && memcmp(want, got, n) == 0;
  if (!ok) fprintf(stderr, "  read back differs %s\n", msg);
  free(got);
  return ok;
}

static void crop(const uint8_t *src, int w, int x, int y, int rw, int rh, size_t bpp, uint8_t *out) {
  for (int j = 0; j < rh; j++)
    memcpy(out + (size_t)j * rw * bpp, src + ((size_t)(y + j) * w + (size_t)x) * bpp, (size_t)rw * bpp);
}

/* Worker: one stage call; the seq it returns is the item's gpu_seq. */
struct stager { kiln_gpu *gpu; kiln_gpu_upload up; const void *data; size_t len; int rc; uint64_t seq;
                _Atomic int done; };

static void *stage_thread(void *arg) {
  struct stager *s = arg;
  char msg[KILN_ERRMSG_MAX] = "";
  s->rc = kiln_gpu_stage(s->gpu, &s->up, s->data, s->len, 1, &s->seq, msg);
  if (s->rc) fprintf(stderr, "  stage: %s\n", msg);
  if (s->rc == KILN_OK) kiln_gpu_release_after(s->gpu, kiln_gpu_capacity(s->gpu));
  s->done = 1;
  return NULL;
}

static int stage_on_worker(kiln_gpu *gpu, kiln_gpu_upload up, const void *data, size_t len, uint64_t *seq) {
  struct stager s = {.gpu = gpu, .up = up, .data = data, .len = len};
  pthread_t th;
  pthread_create(&th, NULL, stage_thread, &s);
  pthread_join(th, NULL);
  if (seq) *seq = s.seq;
  return s.rc;
}

static size_t released;
static void on_release(void *ud, size_t bytes) { (void)ud; released += bytes; }

static void subrect_and_mips(kiln_gpu_backend b, int legacy, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(b, 1 << 20, legacy);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = tg_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  kiln_gpu_tex mips = tg_tex(gpu, "mips", 32, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 6);
  kiln_gpu_tex r8 = tg_tex(gpu, "r8", 37, 19, KILN_GPU_R8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id && mips && r8);
  enum { SW = 100, SH = 80 };
  static uint8_t src[SW * SH * 4];
  tg_fill(src, sizeof src, KILN_GPU_RGBA8, 42);
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {5, 7, 0, 20, 10, 1, 0},
                        .offset = (21 * SW + 13) * 4, .row_length = SW};
  KT_CHECK(stage_on_worker(gpu, up, src, sizeof src, NULL) == KILN_OK);
  /* odd row sizes: r8 rows of 33 texels out of 50-texel source rows */
  static uint8_t s8[50 * 30];
  tg_fill(s8, sizeof s8, KILN_GPU_R8, 43);
  kiln_gpu_upload u8 = {.texture = "r8", .format = KILN_GPU_R8, .region = {1, 2, 0, 33, 15, 1, 0},
                        .offset = 3 * 50 + 7, .row_length = 50};
  KT_CHECK(stage_on_worker(gpu, u8, s8, sizeof s8, NULL) == KILN_OK);
  /* a mip chain in one buffer, each level at its offset */
  size_t off[6], total = 0;
  for (int l = 0; l < 6; l++) {
    off[l] = total;
    total += (size_t)(32 >> l ? 32 >> l : 1) * (size_t)(16 >> l ? 16 >> l : 1) * 4;
  }
  uint8_t *chain = malloc(total);
  tg_fill(chain, total, KILN_GPU_RGBA8, 99);
  for (int l = 0; l < 6; l++) {
    int w = 32 >> l ? 32 >> l : 1, h = 16 >> l ? 16 >> l : 1;
    kiln_gpu_upload m = {.texture = "mips", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, w, h, 1, l},
                         .offset = off[l]};
    KT_CHECK(stage_on_worker(gpu, m, chain, total, NULL) == KILN_OK);
  }
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.bytes_staged == 20 * 10 * 4 + 33 * 15 + total);  /* only the regions entered the ring */
  tg_drain(gpu, 1);
  uint8_t want[20 * 10 * 4];
  crop(src, SW, 13, 21, 20, 10, 4, want);
  KT_CHECK(read_eq(gpu, id, up.region, want, sizeof want));
  uint8_t want8[33 * 15];
  crop(s8, 50, 7, 3, 33, 15, 1, want8);
  KT_CHECK(read_eq(gpu, r8, u8.region, want8, sizeof want8));
  for (int l = 0; l < 6; l++) {
    int w = 32 >> l ? 32 >> l : 1, h = 16 >> l ? 16 >> l : 1;
    KT_CHECK(read_eq(gpu, mips, (kiln_gpu_region){0, 0, 0, w, h, 1, l}, chain + off[l], (size_t)w * h * 4));
  }
  free(chain);
  kiln_gpu_free(gpu);
}

/* 256x256 rgba8 (256 KiB) through a 64 KiB ring: a worker stages it in
 * bands while the render thread commits one upload a frame; the item's
 * gate (its seq issued) opens only with the last band. */
static void big_upload(kiln_gpu_backend b, int legacy, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(b, 64 << 10, legacy);
  KT_REQUIRE(gpu);
  released = 0;
  kiln_gpu_set_release_cb(gpu, on_release, NULL);
  kiln_gpu_tex id = tg_tex(gpu, "big", 256, 256, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  size_t len = 256 * 256 * 4;
  uint8_t *data = malloc(len);
  tg_fill(data, len, KILN_GPU_RGBA8, 5);
  struct stager s = {.gpu = gpu, .data = data, .len = len,
                     .up = {.texture = "big", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 256, 256, 1, 0}}};
  pthread_t th;
  pthread_create(&th, NULL, stage_thread, &s);
  unsigned issued = 0, commits = 0;
  uint64_t gate[64];
  unsigned ngate = 0;
  for (long spins = 0; spins < 50000000; spins++) {
    kiln_gpu_commit_result r;
    KT_REQUIRE(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == KILN_OK);
    commits++;
    issued += r.issued;
    if (r.issued && ngate < 64) gate[ngate++] = kiln_gpu_issued_seq(gpu);
    if (s.done && issued >= 4) break;
    if (!r.issued) sched_yield();
  }
  pthread_join(th, NULL);
  KT_CHECK(s.rc == KILN_OK);
  KT_CHECK(issued == 4 && s.seq == 4 && ngate == 4);
  for (unsigned i = 0; i < ngate; i++) KT_CHECK((gate[i] >= s.seq) == (i == ngate - 1));
  KT_CHECK(kiln_gpu_seq_issued(gpu, s.seq));
  tg_drain(gpu, 1);
  KT_CHECK(read_eq(gpu, id, s.up.region, data, len));
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.staged == 4 && st.issued == 4 && st.bytes_issued == len && st.ring_used == 0 && st.fences_pending == 0);
  KT_CHECK(released == kiln_gpu_capacity(gpu));
  if (b == KILN_GPU_RING) KT_CHECK(st.stalls > 0);  /* band 2 waited for band 1's fence */
  /* on the render thread it cannot wait for its own commits: refused whole */
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_gpu_stage(gpu, &s.up, data, len, 1, NULL, msg) == KILN_TOOBIG && strstr(msg, "worker"));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.staged == 4);
  free(data);
  kiln_gpu_free(gpu);
}

static void priority_and_time(kiln_gpu_backend b, int legacy, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(b, 4 << 20, legacy);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = tg_tex(gpu, "t", 128, 128, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  uint8_t tiles[4][16 * 16 * 4];
  const int prio[4] = {0, 7, 0, 7};
  uint64_t seq[4];
  for (int i = 0; i < 4; i++) {
    tg_fill(tiles[i], sizeof tiles[i], KILN_GPU_RGBA8, 100 + i);
    kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {16 * i, 0, 0, 16, 16, 1, 0},
                          .priority = prio[i]};
    KT_REQUIRE(stage_on_worker(gpu, up, tiles[i], sizeof tiles[i], &seq[i]) == KILN_OK);
  }
  static const uint8_t zero[16 * 16 * 4];
  const int order[4] = {1, 3, 0, 2};  /* high first, FIFO within a priority */
  for (int k = 0; k < 4; k++) {
    kiln_gpu_commit_result r;
    KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == KILN_OK && r.issued == 1);
    for (int j = 0; j < 4; j++) {
      int done = 0;
      for (int q = 0; q <= k; q++) done |= order[q] == j;
      KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){16 * j, 0, 0, 16, 16, 1, 0}, done ? tiles[j] : zero,
                       sizeof zero));
      KT_CHECK(kiln_gpu_seq_issued(gpu, seq[j]) == done);
    }
  }
  KT_CHECK(kiln_gpu_issued_seq(gpu) == seq[3]);
  tg_drain(gpu, 1);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.fences_pending == 0);

  /* time budget: 1 ns still issues one; a generous one is bounded by count */
  static uint8_t row[128 * 8 * 4];
  for (int i = 0; i < 16; i++) {
    tg_fill(row, sizeof row, KILN_GPU_RGBA8, 200 + i);
    kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {0, 8 * i, 0, 128, 8, 1, 0}};
    KT_REQUIRE(stage_on_worker(gpu, up, row, sizeof row, NULL) == KILN_OK);
  }
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit_ns(gpu, NULL, 1, 1, &r) == KILN_OK && r.issued == 1);
  KT_CHECK(kiln_gpu_commit_ns(gpu, &(kiln_gpu_budget){.max_uploads = 4}, 1, 1, &r) == KILN_OK && r.issued == 1);
  KT_CHECK(kiln_gpu_commit_ns(gpu, &(kiln_gpu_budget){.max_uploads = 4}, 5000000000ull, 1, &r) == KILN_OK &&
           r.issued == 4);
  KT_CHECK(kiln_gpu_commit_ns(gpu, NULL, 5000000000ull, 1, &r) == KILN_OK && r.issued == 10);
  tg_drain(gpu, 1);
  for (int i = 0; i < 16; i++) {
    tg_fill(row, sizeof row, KILN_GPU_RGBA8, 200 + i);
    KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){0, 8 * i, 0, 128, 8, 1, 0}, row, sizeof row));
  }
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.issued == 20);
  kiln_gpu_free(gpu);
}

KT_TEST(subrect_mips_ring) { subrect_and_mips(KILN_GPU_RING, 0, kt_failed); }
KT_TEST(subrect_mips_pbo) { subrect_and_mips(KILN_GPU_PBO, 0, kt_failed); }
KT_TEST(subrect_mips_direct) { subrect_and_mips(KILN_GPU_DIRECT, 0, kt_failed); }
KT_TEST(subrect_mips_direct_legacy) { subrect_and_mips(KILN_GPU_DIRECT, 1, kt_failed); }
KT_TEST(big_upload_ring) { big_upload(KILN_GPU_RING, 0, kt_failed); }
KT_TEST(big_upload_pbo) { big_upload(KILN_GPU_PBO, 0, kt_failed); }
KT_TEST(big_upload_direct) { big_upload(KILN_GPU_DIRECT, 0, kt_failed); }
KT_TEST(big_upload_pbo_legacy) { big_upload(KILN_GPU_PBO, 1, kt_failed); }
KT_TEST(priority_time_ring) { priority_and_time(KILN_GPU_RING, 0, kt_failed); }
KT_TEST(priority_time_pbo) { priority_and_time(KILN_GPU_PBO, 0, kt_failed); }
KT_TEST(priority_time_direct) { priority_and_time(KILN_GPU_DIRECT, 0, kt_failed); }

int main(int argc, char **argv) {
  if (!tg_open()) { printf("gpu_staging: 0 passed, 1 failed\n"); return 1; }
  static const struct kt_case cases[] = {
    KT_CASE(subrect_mips_ring), KT_CASE(subrect_mips_pbo), KT_CASE(subrect_mips_direct),
    KT_CASE(subrect_mips_direct_legacy), KT_CASE(big_upload_ring), KT_CASE(big_upload_pbo),
    KT_CASE(big_upload_direct), KT_CASE(big_upload_pbo_legacy), KT_CASE(priority_time_ring),
    KT_CASE(priority_time_pbo), KT_CASE(priority_time_direct),
  };
  int rc = kt_run("gpu_staging", cases, sizeof cases / sizeof cases[0], argc, argv);
  tg_close();
  return rc;
}

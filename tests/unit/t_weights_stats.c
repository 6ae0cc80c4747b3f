/* t_weights_stats.c — the per-tensor statistics that `mulerr weights FILE --csv` prints agree
 * with ones computed here independently with MPFR at 2048 bits (sums of these fp32 values
 * are exact at that precision): count, mean, std (denominator n), min, max, excess kurtosis
 * and the fraction beyond 6 std.  Files: the shipped data/ (always), and when
 * $MULERR_SHARED/weights is there, stories260K.bin with the reference values read by fread
 * from its documented layout. */
#include "tap.h"
#include "t_weights_util.h"
#include "weights/weights.h"

#include <math.h>
#include <mpfr.h>

typedef struct row {
  char name[128], dtype[16], shape[64];
  unsigned long long count, nonfinite;
  double v[6]; /* mean std min max kurtosis beyond6 */
} row;

/* Run the CLI and parse its CSV (no quoted fields: these tensor names have no commas). */
static row *cli_rows(const char *file, size_t *n) {
  const char *m = getenv("MULERR");
  char cmd[3000], line[1024];
  FILE *p;
  row *r = calloc(4096, sizeof *r);
  *n = 0;
  snprintf(cmd, sizeof cmd, "'%s' weights '%s' --csv", m, file);
  if (!(p = popen(cmd, "r"))) return r;
  if (!fgets(line, sizeof line, p) ||
      strcmp(line, "name,dtype,shape,count,nonfinite,mean,std,min,max,kurtosis,beyond6\n"))
    diag("unexpected CSV header: %s", line);
  while (*n < 4096 && fgets(line, sizeof line, p)) {
    row *x = &r[*n];
    char *f[11], *s = line;
    int i;
    for (i = 0; i < 11; i++) {
      f[i] = s;
      s = strpbrk(s, ",\n");
      if (!s) break;
      *s++ = 0;
    }
    if (i < 10) continue;
    snprintf(x->name, sizeof x->name, "%s", f[0]);
    snprintf(x->dtype, sizeof x->dtype, "%s", f[1]);
    snprintf(x->shape, sizeof x->shape, "%s", f[2]);
    x->count = strtoull(f[3], NULL, 10);
    x->nonfinite = strtoull(f[4], NULL, 10);
    for (i = 0; i < 6; i++) x->v[i] = strtod(f[5 + i], NULL);
    (*n)++;
  }
  if (pclose(p) != 0) diag("%s exited non-zero", cmd);
  return r;
}

/* Reference statistics of v[0..n). */
static void reference(const double *v, size_t n, double out[6]) {
  mpfr_t sum, mean, d, d2, s2, s4, t;
  double mn = INFINITY, mx = -INFINITY, sd;
  size_t i, beyond = 0;
  mpfr_inits2(2048, sum, mean, d, d2, s2, s4, t, (mpfr_ptr)0);
  mpfr_set_zero(sum, 1);
  for (i = 0; i < n; i++) {
    mpfr_add_d(sum, sum, v[i], MPFR_RNDN); /* exact at 2048 bits */
    if (v[i] < mn) mn = v[i];
    if (v[i] > mx) mx = v[i];
  }
  mpfr_div_ui(mean, sum, (unsigned long)n, MPFR_RNDN);
  mpfr_set_zero(s2, 1);
  mpfr_set_zero(s4, 1);
  for (i = 0; i < n; i++) {
    mpfr_d_sub(d, v[i], mean, MPFR_RNDN);
    mpfr_sqr(d2, d, MPFR_RNDN);
    mpfr_add(s2, s2, d2, MPFR_RNDN);
    mpfr_sqr(d2, d2, MPFR_RNDN);
    mpfr_add(s4, s4, d2, MPFR_RNDN);
  }
  mpfr_div_ui(s2, s2, (unsigned long)n, MPFR_RNDN); /* m2 */
  mpfr_div_ui(s4, s4, (unsigned long)n, MPFR_RNDN); /* m4 */
  out[0] = mpfr_get_d(mean, MPFR_RNDN);
  mpfr_sqrt(t, s2, MPFR_RNDN);
  out[1] = sd = mpfr_get_d(t, MPFR_RNDN);
  out[2] = mn;
  out[3] = mx;
  mpfr_sqr(t, s2, MPFR_RNDN);
  mpfr_div(t, s4, t, MPFR_RNDN);
  mpfr_sub_ui(t, t, 3, MPFR_RNDN);
  out[4] = mpfr_get_d(t, MPFR_RNDN);
  /* |x - mean| > 6 sigma, sigma exact: compare (x - mean)^2 > 36 m2 */
  mpfr_mul_ui(t, s2, 36, MPFR_RNDN);
  for (i = 0; i < n; i++) {
    mpfr_d_sub(d, v[i], mean, MPFR_RNDN);
    mpfr_sqr(d2, d, MPFR_RNDN);
    beyond += mpfr_cmp(d2, t) > 0;
  }
  out[5] = (double)beyond / (double)n;
  (void)sd;
  mpfr_clears(sum, mean, d, d2, s2, s4, t, (mpfr_ptr)0);
}

/* Compare the CLI's rows for file with references from get(name, &values, &n). */
typedef double *(*getter)(const char *name, size_t *n, void *ctx);

static void check_file(const char *label, const char *file, getter get, void *ctx, size_t want_rows) {
  size_t nr, i;
  row *r = cli_rows(file, &nr);
  int bad = 0, j;
  static const char *const what[6] = {"mean", "std", "min", "max", "kurtosis", "beyond6"};
  for (i = 0; i < nr; i++) {
    size_t n;
    double ref[6], *v = get(r[i].name, &n, ctx);
    if (!v || n != r[i].count || r[i].nonfinite != 0) {
      diag("%s: %s: count %llu (reference %zu)", label, r[i].name, r[i].count, v ? n : 0);
      bad++;
      free(v);
      continue;
    }
    reference(v, n, ref);
    for (j = 0; j < 6; j++) {
      double got = r[i].v[j], tol;
      switch (j) {
      case 0: tol = 2 * ldexp(1, ilogb(ref[0]) - 52); break;           /* 2 ulps */
      case 1: tol = 4 * ldexp(1, ilogb(ref[1]) - 52); break;           /* 4 ulps */
      case 4: tol = 32 * ldexp(1, ilogb(fabs(ref[4]) + 3) - 52); break; /* kurtosis + 3, 32 ulps */
      default: tol = 0;                                                 /* min, max, beyond6: exact */
      }
      if (!(fabs(got - ref[j]) <= tol)) {
        if (bad < 8) diag("%s: %s %s = %.17g (%a), reference %.17g (%a)", label, r[i].name, what[j], got,
                          got, ref[j], ref[j]);
        bad++;
      }
    }
    free(v);
  }
  ok(nr == want_rows && bad == 0, "%s: `mulerr weights --csv` statistics of %zu tensors agree with MPFR "
     "(%d disagree)", label, nr, bad);
  free(r);
}

/* values through the library reader */
static double *from_reader(const char *name, size_t *n, void *ctx) {
  const mulerr_tensor *t = mulerr_weights_find(ctx, name);
  double *v;
  if (!t) return NULL;
  v = malloc(t->count * sizeof *v);
  mulerr_tensor_read(t, 0, t->count, v);
  *n = t->count;
  return v;
}

/* values read with fread from the llama2.c layout of stories260K.bin */
typedef struct binctx { float *f; } binctx;
static double *from_bin(const char *name, size_t *n, void *ctx) {
  static const struct { const char *part; size_t per; } parts[9] = {
      {"attn_norm", 64}, {"attn_q", 4096}, {"attn_k", 2048}, {"attn_v", 2048}, {"attn_output", 4096},
      {"ffn_norm", 64}, {"ffn_gate", 11008}, {"ffn_down", 11008}, {"ffn_up", 11008}};
  const float *f = ((binctx *)ctx)->f;
  size_t base = 512 * 64, i, count = 0, at = 0;
  char part[32];
  int l;
  double *v;
  if (!strcmp(name, "token_embd.weight")) at = 0, count = 512 * 64;
  else if (!strcmp(name, "output_norm.weight")) {
    for (i = 0; i < 9; i++) base += 5 * parts[i].per;
    at = base, count = 64;
  } else if (sscanf(name, "blk.%d.%31[a-z_].weight", &l, part) == 2) {
    for (i = 0; i < 9; i++) {
      if (!strcmp(part, parts[i].part)) {
        at = base + (size_t)l * parts[i].per, count = parts[i].per;
        break;
      }
      base += 5 * parts[i].per;
    }
  }
  if (!count) return NULL;
  v = malloc(count * sizeof *v);
  for (i = 0; i < count; i++) v[i] = f[at + i];
  *n = count;
  return v;
}

int main(void) {
  mulerr_weights *w;
  if (!getenv("MULERR")) {
    printf("Bail out! MULERR must name the mulerr program (make check sets it)\n");
    return 1;
  }
  if (mulerr_weights_open(data_path("stories260K.gguf"), &w) == MULERR_OK) {
    check_file("data/stories260K.gguf", data_path("stories260K.gguf"), from_reader, w, 47);
    mulerr_weights_close(w);
  } else ok(0, "open data/stories260K.gguf: %s", mulerr_errmsg());
  if (mulerr_weights_open(data_path("gpt2-attn-sample.safetensors"), &w) == MULERR_OK) {
    check_file("data/gpt2-attn-sample.safetensors", data_path("gpt2-attn-sample.safetensors"), from_reader,
               w, 24);
    mulerr_weights_close(w);
  } else ok(0, "open data/gpt2-attn-sample.safetensors: %s", mulerr_errmsg());
  if (shared_dir()) {
    char path[1200];
    size_t n;
    unsigned char *raw;
    binctx c;
    snprintf(path, sizeof path, "%s/stories260K.bin", shared_dir());
    raw = read_all(path, &n);
    if (raw && n == 1056540) {
      c.f = malloc(n - 28);
      memcpy(c.f, raw + 28, n - 28);
      check_file("stories260K.bin (fread reference)", path, from_bin, &c, 47);
      free(c.f);
    } else ok(0, "read %s", path);
    free(raw);
  } else
    printf("ok %d # SKIP $MULERR_SHARED/weights not found: no llama2.c .bin to read with fread\n", ++tap_count);
  return tap_done();
}

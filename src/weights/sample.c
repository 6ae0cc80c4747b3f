/* sample.c — `mulerr weights sample`: a sample of the selected tensors of checkpoints, written
 * as a safetensors file that records its provenance (sources with their SHA-256, command,
 * seed, sampling rule, population).  Uniform without replacement over each tensor's finite
 * values (Floyd's algorithm), MT19937 per tensor seeded from (seed, file base name, tensor
 * name), so a sample does not depend on which other tensors are selected. */
#include "config.h"
#include "internal.h"
#include "weights/weights.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* ------------------------------------------------------------------ sample */

typedef struct picked {
  const mulerr_tensor *t;
  const mulerr_weights *w;
  char *name;         /* in the output */
  uint64_t finite;    /* population */
  uint64_t k;         /* sample size */
  uint64_t *pos;      /* element indices, ascending */
  mulerr_wdtype out;  /* stored dtype, or F32 for Q8_0 */
} picked;

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The slot of x in an open-addressing set of cap (a power of two) entries, UINT64_MAX for
 * empty: where x is, or the empty slot where it would go. */
static uint64_t slot(const uint64_t *set, uint64_t cap, uint64_t x) {
  uint64_t h = mulerr_mix64(x) & (cap - 1);
  while (set[h] != UINT64_MAX && set[h] != x) h = (h + 1) & (cap - 1);
  return h;
}

/* k distinct ranks of 0..n-1 (k <= n), every k-subset equally likely (Floyd's algorithm:
 * exactly k draws), ascending. */
static int choose(gsl_rng *r, uint64_t n, uint64_t k, uint64_t *out) {
  uint64_t cap = 16, j, m = 0, *set;
  while (cap < 2 * k) cap *= 2;
  if (!(set = malloc(cap * sizeof *set))) return -1;
  memset(set, 0xff, cap * sizeof *set); /* every slot UINT64_MAX: empty (never a rank) */
  for (j = n - k; j < n; j++) {
    uint64_t t = mulerr_uniform_u64(r, j + 1), h = slot(set, cap, t);
    if (set[h] == t) h = slot(set, cap, t = j); /* t taken: take j (not yet in the set) */
    set[h] = t;
    out[m++] = t;
  }
  free(set);
  qsort(out, k, sizeof *out, cmp_u64);
  return 0;
}

/* Finite ranks to element indices, given the ascending non-finite indices. */
static void ranks_to_index(uint64_t *r, uint64_t k, const uint64_t *bad, uint64_t nbad) {
  uint64_t i, c = 0;
  for (i = 0; i < k; i++) { /* r ascending: walk the bad list once */
    while (c < nbad && bad[c] - c <= r[i]) c++;
    r[i] += c;
  }
}

static mulerr_status write_sample(const char *out, picked *p, size_t np, char *meta_json) {
  char *tmp = malloc(strlen(out) + 16), *hdr = NULL;
  size_t hlen = 0, i;
  uint64_t off = 0, j;
  FILE *f = NULL, *h;
  int fd;
  mulerr_status rc = MULERR_OK;
  if (!tmp) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  sprintf(tmp, "%s.tmpXXXXXX", out);
  if (!(h = open_memstream(&hdr, &hlen))) {
    free(tmp);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  fputs("{\"__metadata__\":", h);
  fputs(meta_json, h);
  for (i = 0; i < np; i++) {
    uint64_t bytes = p[i].k * (p[i].out == MULERR_WT_F32 ? 4 : 2);
    fputc(',', h);
    mulerr_fprint_json_string(h, p[i].name);
    fprintf(h, ":{\"dtype\":\"%s\",\"shape\":[%llu],\"data_offsets\":[%llu,%llu]}",
            mulerr_wdtype_name(p[i].out), (unsigned long long)p[i].k, (unsigned long long)off,
            (unsigned long long)(off + bytes));
    off += bytes;
  }
  fputc('}', h);
  while ((ftell(h) % 8) != 0) fputc(' ', h); /* pad: the data starts 8-byte aligned */
  fclose(h);
  if ((fd = mkstemp(tmp)) >= 0) { /* mkstemp makes it 0600: give it the usual mode */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
  }
  if (fd < 0 || !(f = fdopen(fd, "wb"))) {
    rc = mulerr_fail(MULERR_EIO, "%s: cannot create a file beside it: %s", out, strerror(errno));
    if (fd >= 0) close(fd), unlink(tmp);
    free(hdr);
    free(tmp);
    return rc;
  }
  {
    unsigned char len8[8];
    for (i = 0; i < 8; i++) len8[i] = (unsigned char)((uint64_t)hlen >> (8 * i));
    fwrite(len8, 1, 8, f);
    fwrite(hdr, 1, hlen, f);
  }
  for (i = 0; i < np; i++)
    for (j = 0; j < p[i].k; j++) {
      const mulerr_tensor *t = p[i].t;
      uint64_t e = p[i].pos[j];
      if (t->dtype == MULERR_WT_F32) fwrite(t->data + 4 * e, 1, 4, f); /* the stored bytes */
      else if (t->dtype == MULERR_WT_F16 || t->dtype == MULERR_WT_BF16) fwrite(t->data + 2 * e, 1, 2, f);
      else { /* Q8_0: d * q is a binary32 value exactly (weights.h) */
        float v = (float)mulerr_tensor_get(t, e);
        uint32_t u;
        unsigned char b[4];
        memcpy(&u, &v, 4);
        b[0] = (unsigned char)u, b[1] = (unsigned char)(u >> 8), b[2] = (unsigned char)(u >> 16),
        b[3] = (unsigned char)(u >> 24);
        fwrite(b, 1, 4, f);
      }
    }
  if (ferror(f) | (fclose(f) != 0)) rc = mulerr_fail(MULERR_EIO, "%s: write error: %s", tmp, strerror(errno));
  else if (rename(tmp, out) != 0) rc = mulerr_fail(MULERR_EIO, "%s: cannot replace it: %s", out, strerror(errno));
  if (rc) unlink(tmp);
  free(hdr);
  free(tmp);
  return rc;
}

mulerr_status mulerr_weights_sample(int nfiles, char *const *files, const char *patterns, uint64_t per,
                                    int proportional, uint64_t seed, const char *out, const char *cmdline,
                                    uint64_t *values, size_t *tensors) {
  mulerr_weights **w = calloc((size_t)nfiles, sizeof *w);
  picked *p = NULL;
  size_t np = 0, cap = 0, i, k;
  int f;
  mulerr_status rc = MULERR_OK;
  uint64_t total_finite = 0, total_k = 0;
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  char *meta = NULL;
  size_t mlen;
  FILE *m;
  struct stat so;
  mulerr_status s;
  if (!w || !r) {
    rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
    goto out;
  }
  for (f = 0; f < nfiles; f++) {
    size_t *idx, n;
    if ((s = mulerr_weights_open(files[f], &w[f])) != MULERR_OK ||
        (s = mulerr_weights_select(w[f], patterns, 0, &idx, &n)) != MULERR_OK) {
      rc = s;
      goto out;
    }
    if (stat(out, &so) == 0) { /* never overwrite an input */
      struct stat si;
      if (stat(files[f], &si) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino) {
        free(idx);
        rc = mulerr_fail(MULERR_EINVAL, "sample: the output %s is one of the inputs", out);
        goto out;
      }
    }
    for (k = 0; k < n; k++) {
      picked *q;
      uint64_t nbad, *bad;
      if (np == cap) {
        picked *nq = realloc(p, (cap = cap ? 2 * cap : 64) * sizeof *nq);
        if (!nq) {
          free(idx);
          rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
          goto out;
        }
        p = nq;
      }
      q = &p[np++];
      memset(q, 0, sizeof *q);
      q->t = &w[f]->tensors[idx[k]];
      q->w = w[f];
      q->out = q->t->dtype == MULERR_WT_Q8_0 ? MULERR_WT_F32 : q->t->dtype;
      if ((s = mulerr_tensor_nonfinite(q->t, &nbad, &bad)) != MULERR_OK) {
        free(idx);
        rc = s;
        goto out;
      }
      free(bad);
      if (nbad)
        fprintf(stderr, "mulerr weights: warning: %s: tensor '%s' holds %llu non-finite values "
                "(NaN or Inf); they are not sampled\n", files[f], q->t->name, (unsigned long long)nbad);
      q->finite = q->t->count - nbad;
      total_finite += q->finite;
      if (!(q->name = malloc(strlen(files[f]) + strlen(q->t->name) + 2))) {
        free(idx);
        rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
        goto out;
      }
      if (nfiles > 1) sprintf(q->name, "%s/%s", base_name(files[f]), q->t->name);
      else strcpy(q->name, q->t->name);
    }
    free(idx);
  }
  for (i = 0; i < np; i++) /* output names must be unique (two files with one base name) */
    for (k = i + 1; k < np; k++)
      if (!strcmp(p[i].name, p[k].name)) {
        rc = mulerr_fail(MULERR_EINVAL, "sample: two selected tensors would both be named '%s' in the "
                         "output (two files with the same base name?)", p[i].name);
        goto out;
      }
  /* sample sizes */
  if (!proportional)
    for (i = 0; i < np; i++) p[i].k = p[i].finite < per ? p[i].finite : per;
  else if (per >= total_finite)
    for (i = 0; i < np; i++) p[i].k = p[i].finite;
  else { /* largest remainders of per * finite_i / total, in exact integer arithmetic */
    unsigned __int128 *rem = calloc(np, sizeof *rem);
    uint64_t given = 0;
    if (!rem) {
      rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
      goto out;
    }
    for (i = 0; i < np; i++) {
      unsigned __int128 prod = (unsigned __int128)per * p[i].finite;
      p[i].k = (uint64_t)(prod / total_finite);
      rem[i] = prod % total_finite;
      given += p[i].k;
    }
    while (given < per) { /* at most np rounds; ties to the earlier tensor */
      size_t best = np;
      for (i = 0; i < np; i++)
        if (p[i].k < p[i].finite && (best == np || rem[i] > rem[best])) best = i;
      p[best].k++;
      rem[best] = 0;
      given++;
    }
    free(rem);
  }
  for (i = 0; i < np; i++) {
    uint64_t nbad, *bad;
    char key[1024];
    total_k += p[i].k;
    if (!(p[i].pos = malloc((p[i].k ? p[i].k : 1) * sizeof *p[i].pos))) {
      rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
      goto out;
    }
    snprintf(key, sizeof key, "%s/%s", base_name(p[i].w->path), p[i].t->name);
    gsl_rng_set(r, (unsigned long)(1 + mulerr_mix64(seed ^ mulerr_mix64(mulerr_hash64(key))) % 4294967295u));
    if (p[i].k == p[i].finite)
      for (k = 0; k < p[i].k; k++) p[i].pos[k] = k;
    else if (choose(r, p[i].finite, p[i].k, p[i].pos) != 0) {
      rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
      goto out;
    }
    if ((s = mulerr_tensor_nonfinite(p[i].t, &nbad, &bad)) != MULERR_OK) {
      rc = s;
      goto out;
    }
    ranks_to_index(p[i].pos, p[i].k, bad, nbad);
    free(bad);
  }
  /* provenance: every value is a string, as safetensors requires */
  m = open_memstream(&meta, &mlen);
  {
    char buf[512], *src = NULL, *pop = NULL;
    size_t l1, l2;
    FILE *fs = open_memstream(&src, &l1), *fp = open_memstream(&pop, &l2);
    if (!m || !fs || !fp) {
      if (m) fclose(m);
      if (fs) fclose(fs), free(src);
      if (fp) fclose(fp), free(pop);
      rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
      goto out;
    }
    for (f = 0; f < nfiles; f++)
      fprintf(fs, "%s%s size=%llu sha256=%s", f ? "; " : "", base_name(files[f]),
              (unsigned long long)w[f]->size, mulerr_weights_sha256(w[f]));
    for (i = 0; i < np; i++)
      fprintf(fp, "%s%s=%llu/%llu", i ? "; " : "", p[i].name, (unsigned long long)p[i].k,
              (unsigned long long)p[i].finite);
    fclose(fs);
    fclose(fp);
    fputs("{\"mulerr.sources\":", m);
    mulerr_fprint_json_string(m, src);
    fputs(",\"mulerr.command\":", m);
    mulerr_fprint_json_string(m, cmdline);
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)seed);
    fputs(",\"mulerr.seed\":", m);
    mulerr_fprint_json_string(m, buf);
    fputs(",\"mulerr.tensors\":", m);
    mulerr_fprint_json_string(m, patterns ? patterns : "*");
    snprintf(buf, sizeof buf, "%s: %s; uniform without replacement over each tensor's finite "
             "values, in file order, stored dtype (Q8_0 as F32); MT19937 per tensor seeded from "
             "(seed, file base name, tensor name)", proportional ? "proportional" : "stratified",
             proportional ? "the total split by finite values (largest remainders)"
                          : "the same number of values from each tensor (all if fewer)");
    fputs(",\"mulerr.sampling\":", m);
    mulerr_fprint_json_string(m, buf);
    fputs(",\"mulerr.population\":", m);
    mulerr_fprint_json_string(m, pop);
    snprintf(buf, sizeof buf, "mulerr %s (git %s)", mulerr_version(), mulerr_git_revision());
    fputs(",\"mulerr.version\":", m);
    mulerr_fprint_json_string(m, buf);
    fputs(",\"format\":\"pt\"}", m);
    free(src);
    free(pop);
  }
  fclose(m);
  if ((rc = write_sample(out, p, np, meta)) == MULERR_OK) *values = total_k, *tensors = np;
out:
  free(meta);
  for (i = 0; i < np; i++) {
    free(p[i].name);
    free(p[i].pos);
  }
  free(p);
  for (f = 0; w && f < nfiles; f++) mulerr_weights_close(w[f]);
  free(w);
  if (r) gsl_rng_free(r);
  return rc;
}


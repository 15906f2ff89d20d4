/* Our own minimal C reference of tuiyan's flood scheme (sim-core/hazards/flood/localInertial.ts):
 * the local-inertial update of Bates et al. (2010) with de Almeida et al. (2012)'s θ, semi-implicit
 * Manning friction, the outflow limiter and continuity, closed edges, on the all-wet case of
 * server/bench/allWetCase.ts (the same integer formulas build the same grid here). Every cell is
 * wet, so every cell is computed every sub-step. Built by `tuiyan bench` with `cc -O2`.
 * Usage: allWet SIDE CELL SECONDS ; prints "cellUpdates cpuSeconds storedVolume" (CPU time of
 * this process, as the bench reads the JavaScript kernels' CPU time: the machine is shared). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define G 9.81

int main(int argc, char **argv) {
  if (argc < 4) return 2;
  const int W = atoi(argv[1]), H = W;
  const double dx = atof(argv[2]), seconds = atof(argv[3]);
  const double alpha = 0.3, theta = 0.7, dry = 0.001, rain = 1e-5;
  const int N = W * H, W1 = W + 1;
  double *z = calloc(N, 8), *n2 = calloc(N, 8), *h = calloc(N, 8);
  double *qx = calloc((size_t)W1 * H, 8), *qy = calloc((size_t)W * (H + 1), 8), *qyOld = calloc(W, 8);
  for (int j = 0; j < H; j++) for (int i = 0; i < W; i++) {
    int c = j * W + i;
    /* Same as allWetCase.ts: a plane falling east and north with a ripple, 2-4 cm bumps. */
    z[c] = 0.002 * i + 0.001 * j + 0.01 * abs((i * 7 + j * 13) % 31 - 15);
    float n = (float)(0.03 + 0.01 * ((i + j) % 3)); /* a Float32Array cell in JS */
    n2[c] = (double)n * (double)n;
    h[c] = 0.5 + 0.001 * ((i * 3 + j * 5) % 17);
  }
  const double halfRest = 0.5 * (1 - theta);
  double updates = 0, elapsed = 0;
  double hmax = 0;
  for (int c = 0; c < N; c++) if (h[c] > hmax) hmax = h[c];
  struct timespec t0, t1; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
  for (;;) {
    double remaining = seconds - elapsed;
    double dt = alpha * dx / sqrt(G * (hmax > 0.01 ? hmax : 0.01));
    int last = dt >= remaining * (1 - 1e-12); if (last) dt = remaining;
    double gdt = G * dt, gdx = gdt / dx;
    for (int j = 0; j < H; j++) {
      double qPrev = qx[j * W1];
      for (int i = 1; i < W; i++) {
        int f = j * W1 + i, a = j * W + i - 1, b = a + 1;
        double q0 = qx[f], qL = qPrev; qPrev = q0;
        double za = z[a], zb = z[b], ea = za + h[a], eb = zb + h[b];
        double hf = (ea > eb ? ea : eb) - (za > zb ? za : zb);
        if (hf <= dry) { qx[f] = 0; continue; }
        double qw = theta * q0 + halfRest * (qL + qx[f + 1]); if (qw * q0 < 0) qw = q0;
        double num = qw - gdx * hf * (eb - ea);
        if (q0 == 0) { qx[f] = num; continue; }
        qx[f] = num / (1 + gdt * (0.5 * (n2[a] + n2[b])) * fabs(q0) / (hf * hf * cbrt(hf)));
      }
    }
    for (int i = 0; i < W; i++) qyOld[i] = qy[i];
    for (int j = 1; j < H; j++) {
      for (int i = 0; i < W; i++) {
        int f = j * W + i, a = f - W, b = f;
        double q0 = qy[f], qD = qyOld[i]; qyOld[i] = q0;
        double za = z[a], zb = z[b], ea = za + h[a], eb = zb + h[b];
        double hf = (ea > eb ? ea : eb) - (za > zb ? za : zb);
        if (hf <= dry) { qy[f] = 0; continue; }
        double qw = theta * q0 + halfRest * (qD + qy[f + W]); if (qw * q0 < 0) qw = q0;
        double num = qw - gdx * hf * (eb - ea);
        if (q0 == 0) { qy[f] = num; continue; }
        qy[f] = num / (1 + gdt * (0.5 * (n2[a] + n2[b])) * fabs(q0) / (hf * hf * cbrt(hf)));
      }
    }
    for (int j = 0; j < H; j++) for (int i = 0; i < W; i++) {
      int c = j * W + i, fw = j * W1 + i;
      double qW = qx[fw], qE = qx[fw + 1], qS = qy[c], qN = qy[c + W], out = 0;
      if (qW < 0) out -= qW; if (qE > 0) out += qE; if (qS < 0) out -= qS; if (qN > 0) out += qN;
      if (out == 0) continue;
      double avail = (h[c] + rain * dt) * dx; if (out * dt <= avail) continue;
      double k = avail / (out * dt);
      if (qW < 0) qx[fw] = qW * k; if (qE > 0) qx[fw + 1] = qE * k; if (qS < 0) qy[c] = qS * k; if (qN > 0) qy[c + W] = qN * k;
    }
    hmax = 0; double dtdx = dt / dx;
    for (int j = 0; j < H; j++) for (int i = 0; i < W; i++) {
      int c = j * W + i, fw = j * W1 + i;
      double v = h[c] + dtdx * (qx[fw] - qx[fw + 1] + qy[c] - qy[c + W]) + rain * dt;
      if (v < 0) v = 0; h[c] = v; if (v > hmax) hmax = v;
    }
    updates += (double)N;
    if (last) break; elapsed += dt;
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
  double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9, stored = 0;
  for (int c = 0; c < N; c++) stored += h[c];
  printf("%.0f %.6f %.6f\n", updates, secs, stored * dx * dx);
  return 0;
}

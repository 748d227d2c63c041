// Bounds for tests that spawn a process (tsc, npm, a generator, Redocly, Prism, Chromium). Generous on
// purpose: on a loaded 2-core machine such a process can take many times what it takes on an idle one
// (the suite once failed at 20 s under load). A bound exists only so that a hung process fails the run
// instead of holding it; it is never a claim about speed (speed is measured in bench/, BENCHMARKS.md).

/** One test that spawns one or a few processes. */
export const SPAWN_TIMEOUT_MS = 180_000;

/** A hook that builds or installs something (a packed package, the docs portal, lint of many copies). */
export const BUILD_TIMEOUT_MS = 300_000;

/** A test that diffs, bundles or renders the whole description in this process (CPU-bound, so slowed by load). */
export const HEAVY_TIMEOUT_MS = 120_000;

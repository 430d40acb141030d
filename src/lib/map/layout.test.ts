import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildVectors } from '../related/doc-vectors';
import { layoutPapers, MAP_VECTOR_OPTIONS, spreadAreas } from './layout';
import { neighbourhoodAgreement } from './agreement';

/** Three vocabularies: papers drawing on one should lie together. */
// Sixteen words each, seven a paper: each word is in under a quarter of the papers (rarer than
// the related-papers vectors' cut for common words).
const WORDS = [
  'robot grasp manipulation gripper policy arm tactile dexterous locomotion quadruped teleoperation kinematics torque humanoid navigation embodied',
  'diffusion image denoising pixel generation sampler latent guidance inpainting upscaling photorealistic stylization render texture canvas portrait',
  'protein folding residue molecule binding sequence enzyme structure ligand antibody peptide genome mutation assay docking crystallography',
].map((w) => w.split(' '));
function docs(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const w = WORDS[i % 3]!;
    const pick = (k: number) => w[(i * 5 + k * 3) % w.length]!;
    return {
      title: `${pick(0)} ${pick(1)} study ${i}`,
      abstract: `We study ${pick(2)} and ${pick(3)} with ${pick(4)}, ${pick(5)} and ${pick(6)}.`,
      group: String(i % 3),
    };
  });
}

describe('map layout', () => {
  it('is deterministic, inside the unit square, and keeps similar papers together', () => {
    const d = docs(90);
    const v = buildVectors(d, MAP_VECTOR_OPTIONS);
    const a = layoutPapers(v);
    expect([...layoutPapers(v)]).toEqual([...a]);
    expect([...a].every((x) => x >= 0 && x <= 1)).toBe(true);
    const score = neighbourhoodAgreement(
      a,
      d.map((p) => p.group),
    );
    expect(score.agreement).toBeGreaterThan(0.8);
    expect(score.chance).toBeLessThan(0.35);
  });

  it('lays out a sample and places the rest near their most similar sample papers', () => {
    const d = docs(150);
    const xy = layoutPapers(buildVectors(d, MAP_VECTOR_OPTIONS), { sampleSize: 40 });
    expect(xy).toHaveLength(300);
    expect(
      neighbourhoodAgreement(
        xy,
        d.map((p) => p.group),
      ).agreement,
    ).toBeGreaterThan(0.8);
  });

  it('handles tiny listings', () => {
    expect(layoutPapers(buildVectors([], MAP_VECTOR_OPTIONS))).toHaveLength(0);
    const one = layoutPapers(buildVectors(docs(1), MAP_VECTOR_OPTIONS));
    expect([...one]).toEqual([0.5, 0.5]);
    expect(layoutPapers(buildVectors(docs(3), MAP_VECTOR_OPTIONS))).toHaveLength(6);
  });
});

describe('spreadAreas', () => {
  const rms = (pts: number[][], cx: number, cy: number) =>
    Math.sqrt(pts.reduce((s, [x = 0, y = 0]) => s + (x - cx) ** 2 + (y - cy) ** 2, 0) / pts.length);

  it('grows each area about its centre to 30 % of the gap to the nearest other', () => {
    const a = [
      [-0.01, 0],
      [0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ];
    const b = a.map(([x = 0, y = 0]) => [x + 1, y]);
    const lone = [5, 5];
    const points = [...a, ...b, lone].map((p) => [...p]);
    spreadAreas(points, (i) => (i < 4 ? 0 : i < 8 ? 1 : -1));
    expect(rms(points.slice(0, 4), 0, 0)).toBeCloseTo(0.06, 6); // capped at 6× of 0.01
    expect(points.slice(4, 8).map(([x = 0]) => x - 1)).toEqual(
      [-0.06, 0.06, 0, 0].map((v) => expect.closeTo(v, 6)),
    );
    expect(points[8]).toEqual([5, 5]);
  });

  it('keeps each centre and never shrinks an area', () => {
    const point = fc.tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.integer({ min: -1, max: 3 })), { maxLength: 40 }),
        (rows) => {
          const before = rows.map(([p]) => [...p]);
          const after = before.map((p) => [...p]);
          spreadAreas(after, (i) => rows[i]![1]);
          for (let area = 0; area <= 3; area++) {
            const idx = rows.flatMap(([, a], i) => (a === area ? [i] : []));
            if (idx.length === 0) continue;
            const mean = (pts: number[][], k: number) =>
              pts.reduce((s, p) => s + p[k]!, 0) / pts.length;
            const [b, a] = [idx.map((i) => before[i]!), idx.map((i) => after[i]!)];
            expect(mean(a, 0)).toBeCloseTo(mean(b, 0), 6);
            expect(mean(a, 1)).toBeCloseTo(mean(b, 1), 6);
            expect(rms(a, mean(a, 0), mean(a, 1))).toBeGreaterThanOrEqual(
              rms(b, mean(b, 0), mean(b, 1)) - 1e-9,
            );
          }
          rows.forEach(([, a], i) => a < 0 && expect(after[i]).toEqual(before[i]));
        },
      ),
    );
  });
});

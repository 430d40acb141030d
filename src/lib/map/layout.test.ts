import { describe, expect, it } from 'vitest';
import { buildVectors } from '../related/doc-vectors';
import { layoutPapers, MAP_VECTOR_OPTIONS } from './layout';
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

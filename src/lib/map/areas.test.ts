import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaColours, areaNumbers, areaSource, mainArea, mapAreas, NO_AREA } from './areas';

const tag = (id: string) => ({ id, evidence: [] });
const paper = (technique: string[], topic?: string[]) => ({
  tags: {
    technique: technique.map(tag),
    modality: [],
    contribution: tag('method'),
    ...(topic ? { topic: topic.map(tag) } : {}),
  },
});

describe('map areas', () => {
  it('name areas by the main topic when the corpus has topics, by technique otherwise', () => {
    const withTopics = [paper(['kv-cache'], ['video-generation', 'robots']), paper([], [])];
    expect(areaSource(withTopics)).toBe('topic');
    expect(mainArea(withTopics[0]!, 'topic')).toEqual({ group: 'topic', id: 'video-generation' });
    expect(mainArea(withTopics[1]!, 'topic')).toBeNull();
    const old = [paper(['kv-cache', 'sparse-attention']), paper([])];
    expect(areaSource(old)).toBe('technique');
    expect(mainArea(old[0]!, 'technique')).toEqual({ group: 'technique', id: 'kv-cache' });
    expect([...areaNumbers(old)]).toEqual([0, -1]);
  });

  it('orders areas by size, papers with none last in grey, each paper in one area', () => {
    const papers = [paper(['kv-cache']), paper([]), paper(['ssm']), paper(['kv-cache'])];
    const xy = Float32Array.from([0.1, 0.1, 0.5, 0.5, 0.9, 0.9, 0.12, 0.1]);
    const { areas, areaOf } = mapAreas(papers, xy);
    expect(areas.map((a) => [a.papers.length, a.colour])).toEqual([
      [2, 0],
      [1, 1],
      [1, -1],
    ]);
    expect(areas[2]!.name).toBe(NO_AREA);
    expect([...areaOf]).toEqual([0, 2, 1, 0]);
    expect(areas[0]!.x).toBeCloseTo(0.11, 5);
  });
});

describe('areaColours', () => {
  const ring = (n: number) =>
    Array.from({ length: n }, (_, i): [number, number] => [
      Math.cos((2 * Math.PI * i) / n),
      Math.sin((2 * Math.PI * i) / n),
    ]);
  it('gives twelve areas twelve colours, the first ten in order of size', () => {
    const colours = areaColours(ring(12));
    expect(new Set(colours).size).toBe(12);
    expect(colours.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });
  it('gives any twelve areas or fewer different colours (fast-check)', () => {
    const point = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 12 }), (points) => {
        const colours = areaColours(points);
        expect(new Set(colours).size).toBe(points.length);
      }),
    );
  });
  it('takes a colour no area has before reusing one, even beside a look-alike', () => {
    // Areas 1 (orange) and 6 (teal) side by side, the eleventh between them, the rest far off.
    const points: [number, number][] = [
      [0, 0],
      [1, 0],
      [9, 1],
      [9, 2],
      [9, 3],
      [9, 4],
      [1, 0.1],
      [9, 5],
      [9, 6],
      [9, 7],
      [1, 0.05],
    ];
    expect(new Set(areaColours(points)).size).toBe(11);
  });
  it('reuses a colour far away, not beside the area that has it', () => {
    const points = ring(12);
    const colours = areaColours([...points, [0.95, 0.05]]);
    // Beside the first area (colour 0): it takes the colour of the area across the ring.
    expect(colours[12]).not.toBe(colours[0]);
    expect(colours[12]).toBe(colours[6]);
  });
});
